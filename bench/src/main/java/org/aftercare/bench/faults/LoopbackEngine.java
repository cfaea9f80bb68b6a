package org.aftercare.bench.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A care team's interface engine on loopback, as small as the bench needs: it reads MLLP frames,
 * counts every message by its MSH-10 (so repeats show), waits a while before each answer (so that a
 * backlog takes seconds to drain and a kill lands in the middle), and answers AA, or AR to the one
 * control id it is told to refuse. It can be stopped and started again on the same port.
 */
final class LoopbackEngine implements AutoCloseable {

  private static final int START = 0x0b;
  private static final int END = 0x1c;
  private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Duration beforeEachAnswer;
  private volatile String refused;
  private ServerSocket listener;
  private int port;

  LoopbackEngine(Duration beforeEachAnswer) {
    this.beforeEachAnswer = beforeEachAnswer;
  }

  /** Listens on a free loopback port the first time, on the same one after a stop. */
  synchronized LoopbackEngine start() throws IOException {
    var socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listener = socket;
    port = socket.getLocalPort();
    Thread.ofPlatform().daemon().name("loopback-engine").start(() -> accept(socket));
    return this;
  }

  /** Refuses connections from now on, as an engine that is down; what arrived stays counted. */
  synchronized void stop() {
    closeQuietly(listener);
    connections.forEach(LoopbackEngine::closeQuietly);
    connections.clear();
  }

  @Override
  public void close() {
    stop();
  }

  int port() {
    return port;
  }

  /** Answers AR to the message with this MSH-10, every time it comes. */
  void refuse(String controlId) {
    refused = controlId;
  }

  /** How many times each MSH-10 arrived (refused ones included). */
  Map<String, Integer> arrivals() {
    var counts = new HashMap<String, Integer>();
    arrivals.forEach((id, count) -> counts.put(id, count.get()));
    return counts;
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread.ofVirtual().start(() -> converse(connection));
      } catch (IOException stopped) {
        // stop() closed the listener: the loop ends.
      }
    }
  }

  private void converse(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      for (String message = read(in); message != null; message = read(in)) {
        String[] msh = message.split("\r", 2)[0].split("\\|", -1);
        String controlId = msh.length > 9 ? msh[9] : "";
        arrivals.computeIfAbsent(controlId, id -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(beforeEachAnswer);
        String code = controlId.equals(refused) ? "AR" : "AA";
        write(
            out,
            "MSH|^~\\&|ENGINE|BENCH|||"
                + LocalDateTime.now().format(HL7_TIME)
                + "||ACK^R01^ACK|A"
                + System.nanoTime() % 1_000_000_000
                + "|P|2.5.1\rMSA|"
                + code
                + "|"
                + controlId
                + "\r");
      }
    } catch (IOException | InterruptedException e) {
      // The sender hung up or died, or stop() closed the connection.
    } finally {
      connections.remove(connection);
    }
  }

  /** One framed message, or null at the end of the stream. */
  private static String read(InputStream in) throws IOException {
    int b = in.read();
    while (b != -1 && b != START) {
      b = in.read();
    }
    if (b == -1) {
      return null;
    }
    var message = new ByteArrayOutputStream();
    for (b = in.read(); b != END; b = in.read()) {
      if (b == -1) {
        return null; // cut off mid-frame: not a message
      }
      message.write(b);
    }
    in.read(); // the closing carriage return
    return message.toString(StandardCharsets.UTF_8);
  }

  private static void write(OutputStream out, String message) throws IOException {
    out.write(START);
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.write(END);
    out.write('\r');
    out.flush();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception e) {
      // Closing to stop; nothing left to do with it.
    }
  }
}
