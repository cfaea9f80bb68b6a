package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.engagement.Adherence;
import org.aftercare.measures.MeasureResponse;
import org.aftercare.measures.Measures;
import org.aftercare.tenancy.TenantContext;

/**
 * Writes a care-team summary — pushed through the outbox or pulled by an EHR — from the client's
 * figures for the period and, only when the consent includes them, the standard measures they
 * completed in it (the period's days in the clinic's time zone).
 */
@ApplicationScoped
class SummaryMessages {

  @Inject Adherence adherence;
  @Inject Measures measures;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;

  SummaryMessage write(
      UUID messageId,
      Instant writtenAt,
      CareTeamRecipient recipient,
      Consent consent,
      LocalDate from,
      LocalDate to) {
    var settings = clinic.current();
    ZoneId zone = ZoneId.of(settings.timeZone());
    List<MeasureResponse> results =
        consent.getSharedData().includesMeasures()
            ? measures.completedBetween(
                recipient.getClientId(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())
            : List.of();
    return SummaryMessage.of(
        messageId,
        writtenAt,
        tenantContext.tenantId().orElseThrow(),
        settings.name(),
        recipient,
        consent,
        adherence.figuresOf(recipient.getClientId(), from, to),
        results);
  }
}
