package org.aftercare.integrations.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.HL7Exception;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A care team's receiver answers our messages with whatever its software writes: an ACK is read
 * into an {@link Acknowledgment} or refused with {@link HL7Exception}, and an MLLP frame is a
 * message, the end of the connection or an {@link IOException} — which the sender turns into a
 * retry. Nothing else may escape: the relay would count it as a crash, not a refusal.
 */
class AcknowledgmentFuzzTest {

  /** The sender reads an ACK only when a frame arrived (a closed connection is a retry). */
  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "MSH|^~\\x5C&|", "\\x0D", "MSA|", "ERR|", "AA", "AE", "AR", "CA", "ACK", "ACK^R01^ACK",
        "|P|2.5.1",
    "|2.3", "|2.8", "^", "~", "\\x5C", "&", "MSH|", "BHS|", "FHS|", "|8859/1", "|UNICODE UTF-8"
  })
  void ackIsReadOrRefused(byte[] received) {
    String er7 = new String(received, StandardCharsets.UTF_8);

    try {
      var ack = AdherenceMessages.acknowledgment(er7);
      assertThat(ack.code()).isNotBlank();
    } catch (HL7Exception refused) {
      assertThat(refused).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "1m")
  void frameIsAMessageTheEndOrAnIoError(byte[] bytes) {
    try {
      String message = MllpFrames.read(new ByteArrayInputStream(bytes));
      assertThat(message == null || bytes.length >= 3).isTrue();
    } catch (IOException refused) {
      assertThat(refused).isNotNull();
    }
  }
}
