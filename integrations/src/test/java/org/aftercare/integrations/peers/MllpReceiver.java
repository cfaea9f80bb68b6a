package org.aftercare.integrations.peers;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.aftercare.integrations.hl7.MllpFrames;

/**
 * A care team's interface engine on loopback: listens for MLLP (plain, or TLS with a given
 * context), parses each message with HAPI, keeps the ones it accepts (a repeated MSH-10 is kept
 * once), and acknowledges with AA, or with the code it is told to use for the next messages. It can
 * also stay silent or answer with given text, and be stopped and started again on the same port.
 */
public final class MllpReceiver implements AutoCloseable {

  private final HapiContext hapi = new DefaultHapiContext();
  private final SSLContext tls;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Map<String, String> acceptedByControlId = new LinkedHashMap<>();
  private final List<String> received = new ArrayList<>();
  private Reply nextReplies = Reply.ACCEPT;
  private int repliesLeft;
  private ServerSocket listener;
  private Thread acceptor;
  private int port;

  private record Reply(String code, String verbatim, boolean silent, Duration perByte) {
    static final Reply ACCEPT = new Reply("AA", null, false, Duration.ZERO);
  }

  /** What goes back on the wire, and how slowly. */
  private record Answer(String text, Duration perByte) {}

  /** A plain TCP listener. */
  public MllpReceiver() {
    this(null);
  }

  /** A TLS listener presenting the key in {@code tls}; null for plain TCP. */
  public MllpReceiver(SSLContext tls) {
    this.tls = tls;
    // HAPI's default ID generator writes a file in the working directory; the ACKs' ids need none.
    hapi.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
  }

  /** Starts on a free loopback port the first time, on the same port after a stop. */
  public synchronized MllpReceiver start() {
    if (listener != null) {
      return this;
    }
    try {
      ServerSocket socket =
          tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listener = socket;
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("The MLLP receiver did not start on port " + port, e);
    }
    ServerSocket accepting = listener;
    acceptor =
        Thread.ofPlatform().daemon().name("mllp-receiver-" + port).start(() -> accept(accepting));
    return this;
  }

  /** Stops listening and drops open connections; what was received stays. */
  public synchronized void stop() {
    if (listener == null) {
      return;
    }
    closeQuietly(listener);
    connections.forEach(MllpReceiver::closeQuietly);
    connections.clear();
    try {
      acceptor.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    listener = null;
  }

  @Override
  public void close() throws IOException {
    stop();
    hapi.close();
  }

  public String host() {
    return "127.0.0.1";
  }

  /** The port; valid once started, and kept across a stop and start. */
  public synchronized int port() {
    return port;
  }

  /** Acknowledges the next {@code times} messages with {@code code} (AE, AR, CA, CE, CR...). */
  public synchronized MllpReceiver acknowledgeNext(int times, String code) {
    AcknowledgmentCode.valueOf(code); // fails here, in the test, on a code HL7 does not know
    return plan(times, new Reply(code, null, false, Duration.ZERO));
  }

  /** Reads the next {@code times} messages and answers nothing. */
  public synchronized MllpReceiver staySilentNext(int times) {
    return plan(times, new Reply(null, null, true, Duration.ZERO));
  }

  /** Answers the next {@code times} messages with this text, framed but otherwise as given. */
  public synchronized MllpReceiver replyNext(int times, String verbatim) {
    return plan(times, new Reply(null, verbatim, false, Duration.ZERO));
  }

  /** Accepts the next {@code times} messages but sends each ACK a byte at a time, this slowly. */
  public synchronized MllpReceiver dripNext(int times, Duration perByte) {
    return plan(times, new Reply("AA", null, false, perByte));
  }

  /** Accepts every message again. */
  public synchronized MllpReceiver reset() {
    return plan(0, Reply.ACCEPT);
  }

  /** Forgets what was received and kept. */
  public synchronized MllpReceiver clear() {
    received.clear();
    acceptedByControlId.clear();
    return this;
  }

  /** Every message that arrived, repeats and refused ones included, in ER7. */
  public synchronized List<String> received() {
    return List.copyOf(received);
  }

  /** The messages kept, once per MSH-10, in ER7. */
  public synchronized List<String> accepted() {
    return List.copyOf(acceptedByControlId.values());
  }

  private MllpReceiver plan(int times, Reply reply) {
    nextReplies = reply;
    repliesLeft = times;
    return this;
  }

  private void accept(ServerSocket accepting) {
    while (!accepting.isClosed()) {
      try {
        Socket connection = accepting.accept();
        connections.add(connection);
        Thread.ofVirtual().start(() -> converse(connection));
      } catch (IOException e) {
        // Closed by stop(): the loop ends.
      }
    }
  }

  /** One connection may carry several messages, each answered before the next is read. */
  private void converse(Socket connection) {
    try (connection) {
      var in = new BufferedInputStream(connection.getInputStream());
      String message;
      while ((message = MllpFrames.read(in)) != null) {
        Answer reply = answer(message);
        if (reply.text() != null && reply.perByte().isZero()) {
          MllpFrames.write(connection.getOutputStream(), reply.text());
        } else if (reply.text() != null) {
          drip(connection, reply);
        }
      }
    } catch (SocketException e) {
      // The sender hung up, or stop() closed the connection.
    } catch (IOException e) {
      // Not MLLP (or cut off mid-frame): like an engine, drop the connection; the sender times out.
    } finally {
      connections.remove(connection);
    }
  }

  /** A receiver that keeps the connection alive without ever finishing its answer in time. */
  private static void drip(Socket connection, Answer reply) throws IOException {
    var framed = new java.io.ByteArrayOutputStream();
    MllpFrames.write(framed, reply.text());
    var out = connection.getOutputStream();
    for (byte b : framed.toByteArray()) {
      out.write(b);
      out.flush();
      try {
        Thread.sleep(reply.perByte());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Answer answer(String er7) {
    Duration perByte;
    String text;
    synchronized (this) {
      perByte = nextReplies.perByte();
      text = acknowledge(er7);
    }
    return new Answer(text, perByte);
  }

  private synchronized String acknowledge(String er7) {
    received.add(er7);
    Reply reply = nextReplies;
    if (repliesLeft > 0 && --repliesLeft == 0) {
      nextReplies = Reply.ACCEPT;
    }
    if (reply.silent()) {
      return null;
    }
    if (reply.verbatim() != null) {
      return reply.verbatim();
    }
    try {
      Message message = hapi.getPipeParser().parse(er7);
      AcknowledgmentCode code = AcknowledgmentCode.valueOf(reply.code());
      boolean accepted = code == AcknowledgmentCode.AA || code == AcknowledgmentCode.CA;
      if (accepted) {
        acceptedByControlId.putIfAbsent(new Terser(message).get("/MSH-10"), er7);
      }
      Message ack =
          message.generateACK(
              code,
              accepted ? null : new HL7Exception("Refused by the test receiver (" + code + ")"));
      return hapi.getPipeParser().encode(ack);
    } catch (HL7Exception | IOException e) {
      return "MSH|^~\\&|||||||ACK|"
          + System.nanoTime()
          + "|P|2.5.1\rMSA|AR|\rERR||||E||||"
          + e.getMessage().replaceAll("[|^~\\\\&\r\n]", " ")
          + "\r";
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // Closing to stop; nothing left to do with it.
    }
  }
}
