package org.aftercare.checkins;

import static org.aftercare.access.ApiScope.ALERTS_READ;
import static org.aftercare.access.ApiScope.ALERTS_WRITE;
import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.mail.Mailer;
import org.aftercare.mentoring.MentorAssignment;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "I need support now" — pressed by the client, or raised for them by an answer that calls for a
 * person at once (PHQ-9 item 9, see {@code measures.Measures}). The alert is saved first — it shows
 * on the mentor's and the clinicians' dashboards at once — and then e-mailed to the client's mentor
 * and the clinic's on-call clinician. Every alert waits for a member of staff to acknowledge it;
 * one still open after the clinic's escalation time is e-mailed to every clinician and admin. Mails
 * name no one: the link leads to the portal, where the reader signs in.
 */
@ApplicationScoped
@TenantAware
public class SupportAlerts {

  private static final Logger LOG = Logger.getLogger(SupportAlerts.class.getName());
  static final String AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Webhooks webhooks;
  @Inject CareRelationships care;
  @Inject Caller caller;
  @Inject ClientService clients;
  @Inject AccountService accounts;
  @Inject Mentoring mentoring;
  @Inject ClinicSettingsService clinic;
  @Inject Mailer mailer;
  @Inject AuditService audit;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Raises an alert for the client; an alert already open is returned instead of a second one. */
  @Transactional
  @Requires(CLIENT)
  public SupportAlert raise(UUID clientId) {
    care.requireSelf(clientId);
    clients.findLocked(clientId).orElseThrow(() -> new NotFoundException("Client"));
    var open = openOf(clientId);
    if (!open.isEmpty()) {
      return open.getFirst();
    }
    var alert = new SupportAlert(clientId, clock.instant());
    em.persist(alert);
    audit.record(AuditAction.SUPPORT_REQUESTED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.SUPPORT_REQUESTED, Map.of("alertId", alert.getId(), "clientId", clientId));
    notify(firstResponders(clientId), "A client asked for support now");
    return alert;
  }

  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  @OpenToApiClients(ALERTS_WRITE)
  public SupportAlert acknowledge(UUID alertId) {
    SupportAlert alert = em.find(SupportAlert.class, alertId);
    if (alert == null) {
      throw new NotFoundException("Alert");
    }
    care.requireMayOpen(alert.getClientId());
    if (!alert.isOpen()) {
      throw alreadyAcknowledged();
    }
    alert.acknowledge(caller.accountId().orElse(null), clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw alreadyAcknowledged().causedBy(e);
    }
    audit.record(
        AuditAction.SUPPORT_ACKNOWLEDGED, AUDIT_TYPE, alert.getClientId(), AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.SUPPORT_ACKNOWLEDGED,
        Map.of("alertId", alertId, "clientId", alert.getClientId()));
    return alert;
  }

  /** Open alerts of the clinic, oldest first. */
  @Requires(CLINICIAN)
  @OpenToApiClients(ALERTS_READ)
  public List<SupportAlert> open() {
    return em.createQuery(
            "select a from SupportAlert a where a.acknowledgedAt is null order by a.raisedAt",
            SupportAlert.class)
        .getResultList();
  }

  @Requires({CLIENT, CLINICIAN, PEER_MENTOR})
  public List<SupportAlert> openOf(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select a from SupportAlert a where a.clientId = :client and a.acknowledgedAt is null"
                + " order by a.raisedAt",
            SupportAlert.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /**
   * Escalates alerts left open past the clinic's escalation time; for the current clinic. Every app
   * instance runs this on its timer, so each alert is claimed by a conditional update: of two
   * instances at the same moment, one escalates and mails, the other finds it taken.
   */
  @Transactional
  @Requires({})
  public int escalateOverdue(Instant now) {
    EngagementSettings settings = clinic.engagement();
    List<SupportAlert> overdue =
        em.createQuery(
                "select a from SupportAlert a where a.acknowledgedAt is null"
                    + " and a.escalatedAt is null and a.raisedAt < :due",
                SupportAlert.class)
            .setParameter("due", now.minus(Duration.ofMinutes(settings.escalationMinutes())))
            .getResultList();
    int escalated = 0;
    for (SupportAlert alert : overdue) {
      if (claimEscalation(alert, now)) {
        escalated++;
        audit.record(
            AuditAction.SUPPORT_ESCALATED, AUDIT_TYPE, alert.getClientId(), AuditOutcome.SUCCESS);
      }
    }
    if (escalated > 0) {
      notify(
          accounts.staff().stream()
              .filter(Account::isActive)
              .filter(
                  a ->
                      a.getRoles().contains(Role.CLINICIAN)
                          || a.getRoles().contains(Role.CLINIC_ADMIN))
              .toList(),
          "Unanswered support request: please respond now");
    }
    return escalated;
  }

  /** True for the one caller whose update found the alert still open and not yet escalated. */
  private boolean claimEscalation(SupportAlert alert, Instant now) {
    return em.createQuery(
                "update SupportAlert a set a.escalatedAt = :now where a.id = :id"
                    + " and a.escalatedAt is null and a.acknowledgedAt is null")
            .setParameter("now", now)
            .setParameter("id", alert.getId())
            .executeUpdate()
        == 1;
  }

  /** What the client sees after pressing the button, in English (as staff preview it). */
  @Requires({CLIENT, CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public String crisisContacts() {
    CrisisContacts contacts = crisisContactsInParts();
    return contacts.written() != null
        ? contacts.written()
        : contacts.clinicPhone() == null ? "" : "Your clinic: " + contacts.clinicPhone();
  }

  /**
   * The same contacts in their parts, for a screen that words the clinic's phone line in the
   * reader's language; the clinic's own text is shown as the clinic wrote it.
   */
  @Requires({CLIENT, CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public CrisisContacts crisisContactsInParts() {
    String written = clinic.engagement().crisisContacts();
    return written != null
        ? new CrisisContacts(written, null)
        : new CrisisContacts(null, clinic.current().contactPhone());
  }

  private List<Account> firstResponders(UUID clientId) {
    Set<UUID> ids = new LinkedHashSet<>();
    mentoring.currentOf(clientId).map(MentorAssignment::getMentorId).ifPresent(ids::add);
    UUID onCall = clinic.engagement().onCallAccountId();
    if (onCall != null) {
      ids.add(onCall);
    }
    return ids.stream()
        .flatMap(id -> accounts.find(id).stream())
        .filter(Account::isActive)
        .toList();
  }

  private void notify(List<Account> people, String subject) {
    for (Account person : people) {
      try {
        mailer.send(
            person.getEmail(),
            subject,
            "A client has asked for support now in the portal, with the \"I need support now\""
                + " button or by an answer on a questionnaire. Open your dashboard to see who,"
                + " reach out, and acknowledge the alert:\n\n"
                + publicUrl
                + "/\n");
      } catch (MailNotSentException e) {
        LOG.log(Level.WARNING, "Support alert mail not sent; the alert is on the dashboards", e);
      }
    }
  }

  private static ConflictException alreadyAcknowledged() {
    return ConflictException.worded(
        "Someone has already acknowledged this alert.", "refusal.checkins.alert.acknowledged");
  }
}
