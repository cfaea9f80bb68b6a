package org.aftercare.sharing;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.shared.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Clients' consents to share with their care team: signed by the client in the portal, or recorded
 * by a clinician from a signed paper form; revoked by either. A revocation cancels every message
 * still queued under the consent in the same transaction, so nothing more leaves under it.
 */
@ApplicationScoped
@TenantAware
public class Consents {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject ClientService clients;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;
  @Inject CareTeams careTeams;
  @Inject OutboxCancellations cancellations;

  /** The signed-in client's own consent, signed by typing their name. */
  @Transactional
  @Requires(CLIENT)
  public Consent sign(ConsentRequest request) {
    UUID clientId = caller.person().flatMap(p -> p.clientId()).orElseThrow();
    return give(clientId, request, Consent.Method.PORTAL, null);
  }

  /** A consent the client signed on paper, entered by the clinician who holds the form. */
  @Transactional
  @Requires(CLINICIAN)
  public Consent recordPaper(UUID clientId, ConsentRequest request) {
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    return give(clientId, request, Consent.Method.PAPER, caller.requirePerson());
  }

  /** The text the client would sign for these choices, to read before signing. */
  @Requires({CLIENT, CLINICIAN})
  public String textFor(UUID clientId, ConsentRequest request) {
    care.requireMayOpen(clientId);
    ConsentRequest clean = request.normalised(today());
    return render(clientId, clean);
  }

  @Transactional
  @Requires({CLIENT, CLINICIAN})
  public Consent revoke(UUID consentId) {
    Consent consent = em.find(Consent.class, consentId);
    if (consent == null) {
      throw new NotFoundException("Consent");
    }
    care.requireMayOpen(consent.getClientId());
    if (consent.isRevoked()) {
      return consent;
    }
    Instant now = clock.instant();
    boolean byClient = !caller.holds(Role.CLINICIAN);
    consent.revoke(
        byClient ? Consent.Method.PORTAL : Consent.Method.STAFF,
        caller.accountId().orElse(null),
        now);
    cancellations.forConsent(
        consentId,
        byClient
            ? "The client revoked the consent."
            : "The consent was revoked (recorded by staff).",
        now);
    audit.record(AuditAction.CONSENT_REVOKED, "Consent", consentId, AuditOutcome.SUCCESS);
    return consent;
  }

  /** A client's consents, newest first, revoked ones included. */
  @Requires({CLIENT, CLINICIAN})
  public List<Consent> of(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select c from Consent c where c.clientId = :client order by c.givenAt desc",
            Consent.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** The consent in force today that lets the clinic disclose to this recipient, if any. */
  Optional<Consent> covering(CareTeamRecipient recipient, LocalDate day) {
    return em
        .createQuery(
            "select c from Consent c where c.clientId = :client and c.revokedAt is null"
                + " and (c.recipientId = :recipient or c.recipientId is null)"
                + " order by c.givenAt desc",
            Consent.class)
        .setParameter("client", recipient.getClientId())
        .setParameter("recipient", recipient.getId())
        .getResultList()
        .stream()
        .filter(consent -> consent.covers(recipient.getId(), day))
        .findFirst();
  }

  /** The clinic's own consent text; empty when it uses the default. */
  @Requires(CLINIC_ADMIN)
  public Optional<String> clinicText() {
    return storedText();
  }

  private Optional<String> storedText() {
    Object text =
        ClinicSql.query(em, "select consent_text from tenant where id = ?::uuid")
            .setParameter(1, clinicId().toString())
            .getSingleResult();
    return Optional.ofNullable((String) text);
  }

  /** Sets the clinic's consent text; blank returns to the default. Signed consents keep theirs. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public void saveClinicText(String text) {
    String clean = blankToNull(text);
    if (clean != null && clean.length() > ConsentTexts.MAX_TEXT) {
      throw InvalidInputException.worded(
          "consentText", "Use at most 6000 characters.", "refusal.sharing.consentText.tooLong");
    }
    if (clean != null && !(clean.contains("{recipient}") && clean.contains("{data}"))) {
      throw InvalidInputException.worded(
          "consentText",
          "Keep the {recipient} and {data} placeholders: a consent names who receives what.",
          "refusal.sharing.consentText.placeholders",
          "{recipient}",
          "{data}");
    }
    ClinicSql.query(
            em, "update tenant set consent_text = ?, version = version + 1 where id = ?::uuid")
        .setParameter(1, clean)
        .setParameter(2, clinicId().toString())
        .executeUpdate();
    audit.record(AuditAction.CLINIC_SETTINGS_CHANGED, "Clinic", clinicId(), AuditOutcome.SUCCESS);
  }

  public static String defaultText() {
    return ConsentTexts.defaultTemplate();
  }

  private Consent give(UUID clientId, ConsentRequest request, Consent.Method how, UUID recordedBy) {
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    LocalDate today = today();
    ConsentRequest clean = request.normalised(today);
    clean.validate(today);
    Consent consent =
        new Consent(clientId, clean, render(clientId, clean), how, recordedBy, clock.instant());
    em.persist(consent);
    audit.record(AuditAction.CONSENT_GIVEN, "Consent", consent.getId(), AuditOutcome.SUCCESS);
    return consent;
  }

  private String render(UUID clientId, ConsentRequest clean) {
    Client client = clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    String template = storedText().orElse(ConsentTexts.defaultTemplate());
    return ConsentTexts.render(
        template,
        client.getLegalName(),
        clinic.current().name(),
        recipientName(clientId, clean),
        clean);
  }

  /** Who the consent names; a recipient must be on this client's own care team. */
  private String recipientName(UUID clientId, ConsentRequest clean) {
    if (clean.recipientId() == null) {
      return clean.designation() == null ? "(choose a recipient)" : clean.designation();
    }
    CareTeamRecipient recipient = careTeams.recipient(clean.recipientId());
    if (!recipient.getClientId().equals(clientId)) {
      throw InvalidInputException.worded(
          "recipient",
          "Choose one of the client's own care team.",
          "refusal.sharing.consent.notCareTeam");
    }
    return recipient.getName();
  }

  private UUID clinicId() {
    return tenantContext.tenantId().orElseThrow(() -> new NotFoundException("Clinic"));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of(clinic.current().timeZone())));
  }
}
