package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.mail.MailWords;
import org.aftercare.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails clients about their groups, in each client's language. The wording never names the group
 * or its kind: a subject line on a shared phone must not reveal that someone is in addiction
 * treatment. A failed notice is logged and does not undo the change that caused it.
 */
@ApplicationScoped
public class GroupNotices {

  private static final Logger LOG = Logger.getLogger(GroupNotices.class.getName());

  @Inject Mailer mailer;
  @Inject ClinicSettingsService clinic;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void sessionCancelled(Collection<Client> clients, Instant start, ZoneId zone, String reason) {
    for (Client client : clients) {
      MailWords words = wordsFor(client);
      send(
          client,
          words.text("cancelled.subject"),
          words.text("cancelled.body", when(words, start, zone), reason, portal()));
    }
  }

  void sessionMoved(Collection<Client> clients, Instant from, Instant to, ZoneId zone) {
    for (Client client : clients) {
      MailWords words = wordsFor(client);
      send(
          client,
          words.text("moved.subject"),
          words.text("moved.body", when(words, from, zone), when(words, to, zone), portal()));
    }
  }

  void seatOffered(Client client, Instant expiresAt, ZoneId zone) {
    MailWords words = wordsFor(client);
    send(
        client,
        words.text("offered.subject"),
        words.text("offered.body", when(words, expiresAt, zone), portal()));
  }

  /** Sends in the caller's transaction and throws: a reminder that failed is retried later. */
  void reminder(Client client, Instant start, ZoneId zone) {
    MailWords words = wordsFor(client);
    mailer.sendToClient(
        clinic.current().clientFacingName(),
        client.getEmail(),
        words.text("reminder.subject", words.dates("reminder.at").format(start.atZone(zone))),
        words.text("reminder.body", when(words, start, zone), portal()));
  }

  private static MailWords wordsFor(Client client) {
    return MailWords.of(GroupNotices.class, client.getPreferredLanguage());
  }

  private static String when(MailWords words, Instant at, ZoneId zone) {
    return words.dates("when").format(at.atZone(zone));
  }

  private String portal() {
    return publicUrl + "/";
  }

  private void send(Client client, String subject, String body) {
    if (client.getEmail() == null) {
      return;
    }
    try {
      mailer.sendToClient(clinic.current().clientFacingName(), client.getEmail(), subject, body);
    } catch (MailNotSentException e) {
      LOG.log(Level.WARNING, "Notice to a client not sent: " + subject, e);
    }
  }
}
