package org.aftercare.integrations.restapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The API's JSON: records in and out, instants and dates as ISO 8601, absent values left out.
 * Registered by the application so that Jersey does not choose: Payara's JSON-B (Yasson 3.0.4) and
 * MOXy know no records — they wrote every answer as {@code {}} in the portal's WAR — so the Jackson
 * that HAPI FHIR brings does the work.
 */
@Provider
@Priority(Priorities.USER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  /** As the API writes it; also what an idempotent request's kept answer stores. */
  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    // Content-Length is checked at the door; a chunked body is bounded here.
    byte[] body = entityStream.readNBytes(ApiRequestFilter.MAX_BODY + 1);
    if (body.length > ApiRequestFilter.MAX_BODY) {
      throw new WebApplicationException(
          Problems.of(413, "Body too large", "Send at most 256 KB per request."));
    }
    try {
      return JSON.readValue(body, JSON.constructType(genericType));
    } catch (JacksonException e) {
      throw new WebApplicationException(Problems.unreadable());
    }
  }

  /** Records and lists of them; a body already written (a replayed answer) passes as it is. */
  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() || List.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Object body,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws IOException {
    JSON.writeValue(entityStream, body);
  }
}
