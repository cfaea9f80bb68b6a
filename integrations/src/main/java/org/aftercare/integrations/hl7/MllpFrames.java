package org.aftercare.integrations.hl7;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * MLLP framing (HL7 v2 over TCP): a message goes between a start block (0x0B) and an end block with
 * a carriage return (0x1C 0x0D), in UTF-8 (MSH-18 says so).
 *
 * <p>Ours rather than HAPI's {@code MinLLPReader}, which answers a read timeout with "no message"
 * as it does a closed connection: the sender must tell the two apart.
 */
public final class MllpFrames {

  static final int START = 0x0B;
  static final int END = 0x1C;
  static final int CARRIAGE_RETURN = 0x0D;

  /** No acknowledgement or summary comes near this; a peer sending more is not speaking MLLP. */
  public static final int MAX_MESSAGE_BYTES = 1024 * 1024;

  private MllpFrames() {}

  public static void write(OutputStream out, String message) throws IOException {
    out.write(START);
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.write(END);
    out.write(CARRIAGE_RETURN);
    out.flush();
  }

  /**
   * The next message, or null when the peer closed the connection between messages. A read timeout
   * surfaces as the socket's {@link java.net.SocketTimeoutException}.
   *
   * @throws MllpFrameException when what arrives is not an MLLP frame
   * @throws EOFException when the connection closes inside a frame
   */
  public static String read(InputStream in) throws IOException {
    int first = in.read();
    if (first == -1) {
      return null;
    }
    if (first != START) {
      throw new MllpFrameException("Expected an MLLP start block, got byte " + first);
    }
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b == -1) {
        throw new EOFException("The connection closed inside an MLLP frame");
      }
      if (b == END) {
        int next = in.read();
        if (next != CARRIAGE_RETURN) {
          throw new MllpFrameException("Expected a carriage return after the MLLP end block");
        }
        return message.toString(StandardCharsets.UTF_8);
      }
      if (message.size() >= MAX_MESSAGE_BYTES) {
        throw new MllpFrameException("An MLLP frame longer than " + MAX_MESSAGE_BYTES + " bytes");
      }
      message.write(b);
    }
  }

  /** What arrived is not MLLP. */
  public static final class MllpFrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public MllpFrameException(String message) {
      super(message);
    }
  }
}
