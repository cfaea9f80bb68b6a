package org.aftercare.sharing;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.CsvFile;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The accounting of disclosures: the client sees who received their information, what and when; a
 * clinician can export a client's accounting.
 */
@ApplicationScoped
@TenantAware
public class Disclosures {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject ClinicSettingsService clinic;
  @Inject CareTeams careTeams;

  @Requires({CLIENT, CLINICIAN})
  public List<Disclosure> of(UUID clientId, int offset, int limit) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select d from Disclosure d where d.clientId = :client order by d.disclosedAt desc",
            Disclosure.class)
        .setParameter("client", clientId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Requires({CLIENT, CLINICIAN})
  public long count(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select count(d) from Disclosure d where d.clientId = :client", Long.class)
        .setParameter("client", clientId)
        .getSingleResult();
  }

  /**
   * Records an attendance letter for {@code from}–{@code to} as a disclosure to the recipient a
   * consent in force names; the letter may be printed only after this. A clinician's work.
   */
  @Transactional
  @Requires(CLINICIAN)
  public Disclosure recordLetter(UUID consentId, LocalDate from, LocalDate to) {
    Consent consent = em.find(Consent.class, consentId);
    if (consent == null) {
      throw new NotFoundException("Consent");
    }
    care.requireMayOpen(consent.getClientId());
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(clinic.current().timeZone())));
    if (!consent.isInForce(today)) {
      throw InvalidInputException.worded(
          "consent",
          "This consent is not in force today.",
          "refusal.sharing.disclosure.consentNotInForce");
    }
    if (from == null || to == null || to.isBefore(from) || to.isAfter(today)) {
      throw InvalidInputException.worded(
          "to",
          "The letter covers days up to today, in order.",
          "refusal.sharing.disclosure.period");
    }
    String recipient =
        consent.getRecipientId() == null
            ? consent.getDesignation()
            : careTeams.recipient(consent.getRecipientId()).getName();
    var letter = new Disclosure(consent, recipient, from, to, clock.instant());
    em.persist(letter);
    audit.record(
        AuditAction.ATTENDANCE_LETTER_DISCLOSED,
        "Disclosure",
        letter.getId(),
        AuditOutcome.SUCCESS);
    return letter;
  }

  /** The prohibition on re-disclosure every disclosure carries (42 CFR 2.32). */
  public static String redisclosureNotice() {
    return ConsentTexts.redisclosureNotice();
  }

  /** Every disclosure of one client's information, as CSV, for a request for an accounting. */
  @Requires(CLINICIAN)
  public void exportCsv(UUID clientId, ZoneId zone, Writer out) throws IOException {
    care.requireMayOpen(clientId);
    var when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    List<Disclosure> all =
        em.createQuery(
                "select d from Disclosure d where d.clientId = :client order by d.disclosedAt",
                Disclosure.class)
            .setParameter("client", clientId)
            .getResultList();
    audit.record(AuditAction.DISCLOSURES_EXPORTED, "Client", clientId, AuditOutcome.SUCCESS);
    var csv =
        new CsvFile(
            out,
            "disclosed_at",
            "recipient",
            "information",
            "period_from",
            "period_to",
            "channel",
            "consent_id",
            "message_id");
    for (Disclosure d : all) {
      csv.row(
          when.format(d.getDisclosedAt()),
          d.getRecipientName(),
          d.getSharedData().label(),
          d.getPeriodFrom(),
          d.getPeriodTo(),
          d.getChannel().label(),
          d.getConsentId(),
          d.getMessageId());
    }
    csv.flush();
  }
}
