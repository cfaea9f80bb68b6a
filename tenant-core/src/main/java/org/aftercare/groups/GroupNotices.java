package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails clients about their groups. The wording never names the group or its kind: a subject line
 * on a shared phone must not reveal that someone is in addiction treatment. A failed notice is
 * logged and does not undo the change that caused it.
 */
@ApplicationScoped
public class GroupNotices {

  private static final Logger LOG = Logger.getLogger(GroupNotices.class.getName());
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (z)", Locale.ENGLISH);

  @Inject Mailer mailer;
  @Inject ClinicSettingsService clinic;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void sessionCancelled(Collection<Client> clients, Instant start, ZoneId zone, String reason) {
    for (Client client : clients) {
      send(
          client,
          "A session has been cancelled",
          "The session on "
              + WHEN.format(start.atZone(zone))
              + " will not take place.\n\nReason: "
              + reason
              + "\n\nYour next sessions are in the portal: "
              + publicUrl
              + "/\n");
    }
  }

  void sessionMoved(Collection<Client> clients, Instant from, Instant to, ZoneId zone) {
    for (Client client : clients) {
      send(
          client,
          "A session has a new time",
          "The session planned for "
              + WHEN.format(from.atZone(zone))
              + " now takes place on "
              + WHEN.format(to.atZone(zone))
              + ".\n\nSee the portal for details: "
              + publicUrl
              + "/\n");
    }
  }

  void seatOffered(Client client, Instant expiresAt, ZoneId zone) {
    send(
        client,
        "A place is free for you",
        "A place has opened in a group you are waiting for. Sign in to the portal and accept it"
            + " before "
            + WHEN.format(expiresAt.atZone(zone))
            + "; after that it goes to the next person.\n\n"
            + publicUrl
            + "/\n");
  }

  /** Sends in the caller's transaction and throws: a reminder that failed is retried later. */
  void reminder(Client client, Instant start, ZoneId zone) {
    mailer.sendToClient(
        clinic.current().clientFacingName(),
        client.getEmail(),
        "Reminder: your session "
            + DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
                .format(start.atZone(zone)),
        "This is a reminder of your session on "
            + WHEN.format(start.atZone(zone))
            + ".\n\nThe Join button in the portal opens 10 minutes before the start: "
            + publicUrl
            + "/\n");
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
