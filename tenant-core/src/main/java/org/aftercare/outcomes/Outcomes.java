package org.aftercare.outcomes;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.engagement.EngagementSql.Period;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.identity.Account;
import org.aftercare.measures.Instrument;
import org.aftercare.outcomes.OutcomeReport.Attendance;
import org.aftercare.outcomes.OutcomeReport.CheckInEngagement;
import org.aftercare.outcomes.OutcomeReport.MeasureChange;
import org.aftercare.outcomes.OutcomeReport.Retention;
import org.aftercare.outcomes.OutcomeReport.WeekOfAttendance;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The clinic's outcome figures (defined in {@link OutcomesSql}) for clinicians and clinic admins:
 * aggregates over the whole clinic or a part of it, never one client's record, so a peer mentor —
 * who sees only their own mentees — and a client get none of them.
 */
@ApplicationScoped
@TenantAware
public class Outcomes {

  /** A client counts as engaged in check-ins on at least half of the period's days. */
  public static final int CHECK_IN_PERCENT_OF_DAYS = 50;

  /**
   * A year and a day: longer periods make figures nobody compares and statements nobody waits for.
   */
  static final int LONGEST_PERIOD_DAYS = 366;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject ClinicSettingsService clinic;

  /** The figures of {@code scope} over the clinic's days {@code from} to {@code to}. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public OutcomeReport report(OutcomeScope scope, LocalDate from, LocalDate to) {
    requireInClinic(scope);
    ZoneId zone = zone();
    Period period = period(from, to, zone);
    LocalDate lastDay = lastDay(to, zone);
    Object[] row =
        (Object[])
            OutcomesSql.figures(
                    period,
                    lastDay,
                    CHECK_IN_PERCENT_OF_DAYS,
                    zone,
                    scope,
                    Instrument.PHQ_9.meaningfulChange(),
                    Instrument.GAD_7.meaningfulChange())
                .query(em)
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> weeks =
        OutcomesSql.weeks(period, lastDay, CHECK_IN_PERCENT_OF_DAYS, zone, scope)
            .query(em)
            .getResultList();
    int days = lastDay.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, lastDay) + 1;
    return new OutcomeReport(
        scope,
        from,
        to,
        number(row[0]),
        List.of(
            new Retention(30, share(row[2], row[1])),
            new Retention(60, share(row[4], row[3])),
            new Retention(90, share(row[6], row[5]))),
        new Attendance(
            weeks.stream().mapToInt(week -> number(week[1])).sum(),
            new Share(
                weeks.stream().mapToInt(week -> number(week[3])).sum(),
                weeks.stream().mapToInt(week -> number(week[2])).sum())),
        new CheckInEngagement(CHECK_IN_PERCENT_OF_DAYS, days, share(row[8], row[7])),
        List.of(
            new MeasureChange(
                Instrument.PHQ_9, Instrument.PHQ_9.meaningfulChange(), share(row[10], row[9])),
            new MeasureChange(
                Instrument.GAD_7, Instrument.GAD_7.meaningfulChange(), share(row[12], row[11]))),
        weeks.stream()
            .map(
                week ->
                    new WeekOfAttendance(
                        ((java.sql.Date) week[0]).toLocalDate(), share(week[3], week[2])))
            .toList());
  }

  /** Every peer mentor with a mentee at some time in the period, by name. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public List<MentorFigures> mentors(LocalDate from, LocalDate to) {
    ZoneId zone = zone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        OutcomesSql.mentors(period(from, to, zone), lastDay(to, zone), zone)
            .query(em)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new MentorFigures(
                    ClinicSql.uuid(row[0]),
                    (String) row[1],
                    number(row[2]),
                    number(row[3]),
                    share(row[5], row[4]),
                    share(row[7], row[6])))
        .toList();
  }

  /**
   * A group or mentor of another clinic is not found here, as in every other service: the report
   * must not tell a clinic whether an id exists elsewhere.
   */
  private void requireInClinic(OutcomeScope scope) {
    switch (scope.reach()) {
      case CLINIC -> {}
      case GROUP -> {
        if (em.find(RecoveryGroup.class, id(scope, "group")) == null) {
          throw new NotFoundException("Group");
        }
      }
      case KIND_OF_GROUP -> {
        try {
          Modality.valueOf(scope.value());
        } catch (IllegalArgumentException unknown) {
          throw InvalidInputException.worded(
              "scope", "Choose a kind of group.", "refusal.outcomes.scope.groupKind");
        }
      }
      case MENTOR -> {
        Account mentor = em.find(Account.class, id(scope, "mentor"));
        if (mentor == null || mentor.clientId().isPresent()) {
          throw new NotFoundException("Mentor");
        }
      }
    }
  }

  private static java.util.UUID id(OutcomeScope scope, String what) {
    try {
      return scope.id();
    } catch (IllegalArgumentException notAnId) {
      throw "group".equals(what)
          ? InvalidInputException.worded("scope", "Choose a group.", "refusal.outcomes.scope.group")
          : InvalidInputException.worded(
              "scope", "Choose a " + what + ".", "refusal.outcomes.scope.mentor");
    }
  }

  private ZoneId zone() {
    return ZoneId.of(clinic.current().timeZone());
  }

  private Period period(LocalDate from, LocalDate to, ZoneId zone) {
    if (from == null || to == null || to.isBefore(from)) {
      throw InvalidInputException.worded(
          "to", "The period ends on or after the day it starts.", "refusal.outcomes.period.order");
    }
    if (ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
      throw InvalidInputException.worded(
          "from", "Choose a period of at most a year.", "refusal.outcomes.period.tooLong");
    }
    Instant now = clock.instant();
    Period period = Period.of(from, to, zone, now);
    if (period.end().isBefore(period.start())) {
      // A period that has not begun yet: nothing has happened in it.
      return new Period(period.start(), period.start(), from, to);
    }
    return period;
  }

  /** The period's last day up to today: check-ins of days to come are not missed yet. */
  private LocalDate lastDay(LocalDate to, ZoneId zone) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return to.isAfter(today) ? today : to;
  }

  private static Share share(Object count, Object of) {
    return new Share(number(count), number(of));
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
