package org.aftercare.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends plain-text mail; see the package description for where it goes. */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aftercare.mail.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "aftercare.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "aftercare.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "aftercare.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "aftercare.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(
      name = "aftercare.mail.from",
      defaultValue = "Aftercare <no-reply@aftercare.local>")
  String from;

  @Inject
  @ConfigProperty(name = "aftercare.mail.dev-mailbox", defaultValue = "mailbox")
  String devMailbox;

  /** Mail to staff, from the portal's configured sender. */
  public void send(String to, String subject, String body) {
    send(null, to, subject, body);
  }

  /**
   * Mail to a client: from the portal's address under the clinic's neutral name, never the clinic's
   * own (see {@code ClinicSettings#DEFAULT_NEUTRAL_NAME}).
   */
  public void sendToClient(String neutralName, String to, String subject, String body) {
    send(neutralName, to, subject, body);
  }

  private void send(String senderName, String to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session());
      var sender = new InternetAddress(from);
      if (senderName != null) {
        sender.setPersonal(senderName, "UTF-8");
      }
      message.setFrom(sender);
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      if (smtpHost.isPresent()) {
        Transport.send(message);
      } else {
        writeToDevMailbox(message);
      }
    } catch (MessagingException | IOException e) {
      throw new MailNotSentException(e);
    }
  }

  private Session session() {
    var properties = new Properties();
    smtpHost.ifPresent(host -> properties.put("mail.smtp.host", host));
    properties.put("mail.smtp.port", Integer.toString(smtpPort));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }

  private void writeToDevMailbox(MimeMessage message) throws IOException, MessagingException {
    Path folder = Files.createDirectories(Path.of(devMailbox));
    String name = clock.instant().toEpochMilli() + "-" + UUID.randomUUID();
    Path file = folder.resolve(name + ".eml");
    // Written aside and moved in whole: whoever reads the folder never finds half a mail.
    Path part = folder.resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(part)) {
      message.writeTo(out);
    }
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("No SMTP server configured: the e-mail is in " + file.toAbsolutePath());
  }
}
