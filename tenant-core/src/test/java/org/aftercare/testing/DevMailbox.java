package org.aftercare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The folder mail goes to when no SMTP server is configured (see {@link Deployments}); read inside
 * the container, where the test runs. Addresses in tests are unique, so counting by recipient finds
 * only this test's mail.
 */
public final class DevMailbox {

  private DevMailbox() {}

  /** Mails to {@code to} whose subject starts with {@code subject}. */
  public static long count(String to, String subject) {
    return mailsTo(to).stream().filter(mail -> mail.contains("Subject: " + subject)).count();
  }

  /** The mails to {@code to} once there are {@code expected} of them: for mail sent afterwards. */
  public static List<String> awaitMailsTo(String to, int expected) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<String> mails = mailsTo(to);
    while (mails.size() < expected && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      mails = mailsTo(to);
    }
    return mails;
  }

  /** Every mail to {@code to}, headers and body, as written to the mailbox, oldest first. */
  public static List<String> mailsTo(String to) {
    Path mailbox =
        Path.of(
            ConfigProvider.getConfig()
                .getOptionalValue("aftercare.mail.dev-mailbox", String.class)
                .orElse("mailbox"));
    if (!Files.isDirectory(mailbox)) {
      return List.of();
    }
    try (Stream<Path> mails = Files.list(mailbox)) {
      return mails
          .filter(mail -> mail.getFileName().toString().endsWith(".eml"))
          .sorted() // by the moment written, which starts each file's name
          .map(DevMailbox::read)
          .filter(mail -> mail.contains("To: " + to + "\r\n") || mail.contains("To: " + to + "\n"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path mail) {
    try {
      return Files.readString(mail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
