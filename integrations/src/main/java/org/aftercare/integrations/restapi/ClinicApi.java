package org.aftercare.integrations.restapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The REST API's resources, listed rather than scanned so that nothing else is exposed. */
@ApplicationPath(ClinicApi.PATH)
public class ClinicApi extends Application {

  public static final String PATH = "/api/v1";

  /** The API's description is /openapi; Jersey's generated WADL would be a second, wrong one. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        // MOXy knows no records; the API's own provider (JsonBodies) does the JSON.
        "jersey.config.server.disableMoxyJson",
        true,
        "jersey.config.server.wadl.disableWadl",
        true,
        // An error answered without a body stays JSON; never the container's HTML error page.
        "jersey.config.server.response.setStatusOverSendError",
        true);
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ClientsResource.class,
        GroupsResource.class,
        EnrolmentsResource.class,
        SessionsResource.class,
        MentorsResource.class,
        SupportAlertsResource.class,
        JsonBodies.class,
        Problems.Mapper.class,
        Problems.ViolationMapper.class,
        Problems.BodilessErrors.class);
  }
}
