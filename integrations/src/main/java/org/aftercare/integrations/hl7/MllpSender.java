package org.aftercare.integrations.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.preparser.PreParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.aftercare.integrations.delivery.OutcomeDetail;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.sharing.SummaryMessage;

/**
 * Sends HL7 v2 messages over MLLP (one connection per message) and reads the acknowledgement: AA or
 * CA delivered; AE or CE, no answer in time, a refused connection or an unreadable answer worth a
 * retry; AR or CR refused for good.
 *
 * <p>A plain socket of our own gives the connect and read timeouts, and TLS with host name
 * verification; {@link MllpFrames} frames the messages.
 */
public final class MllpSender {

  private final Duration connectTimeout;
  private final Duration readTimeout;

  /**
   * @param connectTimeout how long to wait for the connection
   * @param readTimeout how long to wait for the TLS handshake and for the acknowledgement
   */
  public MllpSender(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  /** One attempt to deliver the summary as an ORU^R01. */
  public DeliveryOutcome deliver(
      MllpEndpoint endpoint, SummaryMessage message, MllpParties parties) {
    return send(endpoint, AdherenceMessages.er7(message, parties));
  }

  /** One attempt to send a message (ER7) and read its acknowledgement. */
  public DeliveryOutcome send(MllpEndpoint endpoint, String er7) {
    String controlId = controlId(er7);
    Socket connected;
    try {
      connected = connect(endpoint);
    } catch (IOException e) {
      return networkFailure(endpoint, e);
    }
    var expired = new AtomicBoolean();
    // The read timeout is per read: a receiver sending a byte now and then would hold the delivery
    // (and outlive the relay's lease). The whole answer gets the read timeout, then the socket
    // goes.
    Thread deadline =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(readTimeout);
                    expired.set(true);
                    connected.close();
                  } catch (InterruptedException | IOException finished) {
                    // Answered in time, or already closed.
                  }
                });
    try (Socket socket = connected) {
      MllpFrames.write(socket.getOutputStream(), er7);
      String reply = MllpFrames.read(new BufferedInputStream(socket.getInputStream()));
      if (reply == null) {
        return DeliveryOutcome.retry("The connection was closed without an acknowledgement.");
      }
      return classify(AdherenceMessages.acknowledgment(reply), controlId);
    } catch (SocketTimeoutException e) {
      return cutOff();
    } catch (MllpFrames.MllpFrameException | HL7Exception e) {
      return expired.get()
          ? cutOff()
          : DeliveryOutcome.retry(
              OutcomeDetail.of("The acknowledgement could not be read: " + e.getMessage()));
    } catch (IOException e) {
      return expired.get() ? cutOff() : networkFailure(endpoint, e);
    } finally {
      deadline.interrupt();
    }
  }

  /** Silent, or answering too slowly: the same to the deliveries view. */
  private DeliveryOutcome cutOff() {
    return DeliveryOutcome.retry("No acknowledgement within " + readTimeout.toMillis() + " ms.");
  }

  /**
   * Opens the connection (and completes the TLS handshake) and closes it again; sends no message.
   * This proves the address, the port and the certificate, not that the engine accepts our
   * messages: HL7 v2 has no message for a bare ping, and a test message would be filed as one.
   */
  public DeliveryOutcome testConnection(MllpEndpoint endpoint) {
    try {
      connect(endpoint).close();
      return DeliveryOutcome.delivered("Connected to " + endpoint + ".");
    } catch (IOException e) {
      return networkFailure(endpoint, e);
    }
  }

  private Socket connect(MllpEndpoint endpoint) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(
          new InetSocketAddress(endpoint.host(), endpoint.port()),
          Math.toIntExact(connectTimeout.toMillis()));
      socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
      if (!endpoint.isTls()) {
        return socket;
      }
      SSLSocket tls =
          (SSLSocket) endpoint.tls().createSocket(socket, endpoint.host(), endpoint.port(), true);
      // A bare SSLSocket checks the chain but not the name: without this, any trusted
      // certificate would do for any host.
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      tls.startHandshake();
      return tls;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static DeliveryOutcome classify(Acknowledgment ack, String controlId) {
    if (ack.controlId() != null
        && !ack.controlId().isBlank()
        && !ack.controlId().equals(controlId)) {
      return DeliveryOutcome.retry(
          OutcomeDetail.of(
              "The acknowledgement is for another message (MSA-2 " + ack.controlId() + ")."));
    }
    String detail =
        OutcomeDetail.of(
            ack.code()
                + (ack.text() == null ? "" : ": " + OutcomeDetail.withoutIdentifiers(ack.text())));
    return switch (ack.code()) {
      case "AA", "CA" -> DeliveryOutcome.delivered(detail);
      case "AR", "CR" -> DeliveryOutcome.rejected(detail);
      case "AE", "CE" -> DeliveryOutcome.retry(detail);
      default -> DeliveryOutcome.retry(OutcomeDetail.of("Unknown acknowledgement code " + detail));
    };
  }

  private DeliveryOutcome networkFailure(MllpEndpoint endpoint, IOException e) {
    if (e instanceof SocketTimeoutException) {
      return DeliveryOutcome.retry(
          endpoint.isTls()
              ? "No connection or TLS handshake with " + endpoint + " in time."
              : "No connection to " + endpoint + " within " + connectTimeout.toMillis() + " ms.");
    }
    if (e instanceof ConnectException) {
      return DeliveryOutcome.retry("Could not connect to " + endpoint + ": refused.");
    }
    if (e instanceof UnknownHostException) {
      return DeliveryOutcome.retry("Unknown host " + endpoint.host() + ".");
    }
    if (e instanceof SSLException) {
      return DeliveryOutcome.retry(
          OutcomeDetail.of("TLS failed with " + endpoint + ": " + e.getMessage()));
    }
    return DeliveryOutcome.retry(
        OutcomeDetail.of("Network failure with " + endpoint + ": " + e.getClass().getSimpleName()));
  }

  private static String controlId(String er7) {
    try {
      String[] fields = PreParser.getFields(er7, "MSH-10");
      return fields.length == 0 ? null : fields[0];
    } catch (HL7Exception e) {
      throw new IllegalArgumentException("Not an HL7 v2 message in ER7", e);
    }
  }
}
