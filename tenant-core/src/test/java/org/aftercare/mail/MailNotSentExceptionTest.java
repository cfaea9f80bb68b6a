package org.aftercare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** A failed mail is logged; the log line must not carry the client's address. */
class MailNotSentExceptionTest {

  private static final String CLIENT = "riley.client@example.org";

  @Test
  void aRefusedRecipientIsNotNamedAnywhereInWhatIsLogged() throws Exception {
    var refused =
        new SendFailedException(
            "Invalid Addresses",
            new MessagingException("550 5.1.1 <" + CLIENT + ">: Recipient address rejected"),
            new InternetAddress[0],
            new InternetAddress[0],
            new InternetAddress[] {new InternetAddress(CLIENT)});

    var logged = printed(new MailNotSentException(refused));

    assertThat(logged).doesNotContain(CLIENT).contains("SendFailedException <- MessagingException");
  }

  @Test
  void anUnreachableServerIsNamedWithItsNetworkError() {
    var unreachable =
        new MessagingException(
            "Couldn't connect to host", new ConnectException("Connection refused"));

    assertThat(new MailNotSentException(unreachable).getMessage())
        .isEqualTo(
            "An e-mail could not be sent: MessagingException <- ConnectException: Connection"
                + " refused");
  }

  private static String printed(Throwable failure) {
    var out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
