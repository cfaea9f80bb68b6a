package org.aftercare.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.measures.Instrument;
import org.aftercare.shared.Identifiers;

/**
 * Standard measures in a demo clinic's past, so that a record shows results and trends and the
 * outcomes count improvements: the portal client's PHQ-9 every two weeks and GAD-7 every four,
 * easing as her recovery steadies (a small rise before the lapse), and her monthly BAM, whose last
 * one counts the lapse's drinking days; a mentee's PHQ-9 easing too. None is due today: a client's
 * home asks for nothing until the next one comes round. Every answer is scored by the core.
 */
final class DemoMeasures {

  /** The third client: the mentor's mentee who is neither the portal client nor slipping. */
  private static final int EASING_MENTEE = 2;

  /** One completed questionnaire, {@code day} days after the history's start. */
  private record Result(int day, List<Integer> answers) {}

  private static final List<Result> EASING_PHQ_9 =
      List.of(
          new Result(7, List.of(2, 2, 2, 2, 2, 2, 2, 1, 0)),
          new Result(21, List.of(2, 2, 1, 2, 1, 2, 1, 1, 0)),
          new Result(35, List.of(1, 2, 1, 2, 1, 1, 1, 1, 0)),
          new Result(49, List.of(2, 2, 2, 1, 1, 2, 1, 1, 0)),
          new Result(63, List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)),
          new Result(77, List.of(1, 1, 1, 1, 0, 1, 1, 0, 0)));

  private static final List<Result> EASING_GAD_7 =
      List.of(
          new Result(7, List.of(2, 2, 2, 1, 1, 2, 1)),
          new Result(35, List.of(1, 2, 1, 1, 1, 1, 1)),
          new Result(63, List.of(1, 1, 1, 1, 0, 1, 0)));

  /** Items 1–6, 7A–7G, 8–17: no use at first, then two days of drinking in the lapse's month. */
  private static final List<Result> MONTHLY_BAM =
      List.of(
          new Result(
              14, List.of(3, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 3, 2, 1, 2, 4, 2, 2, 1)),
          new Result(
              42, List.of(2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 1, 2, 3, 4, 1, 3, 2)),
          new Result(
              70, List.of(2, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 4, 2, 2, 3, 4, 2, 4, 2)));

  private static final List<Result> MENTEES_PHQ_9 =
      List.of(
          new Result(21, List.of(2, 1, 2, 1, 1, 2, 1, 1, 0)),
          new Result(35, List.of(1, 1, 2, 1, 1, 1, 1, 1, 0)),
          new Result(49, List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)),
          new Result(63, List.of(1, 1, 1, 1, 0, 1, 1, 0, 0)),
          new Result(77, List.of(1, 1, 1, 0, 0, 1, 1, 0, 0)));

  private final QueuedRows rows;
  private final DemoCast cast;
  private final UUID clinic;
  private final LocalDate start;

  DemoMeasures(QueuedRows rows, DemoCast cast, UUID clinic, LocalDate start) {
    this.rows = rows;
    this.cast = cast;
    this.clinic = clinic;
    this.start = start;
  }

  void write() {
    Client portalClient = cast.portalClient();
    assigned(portalClient, Instrument.PHQ_9, 14, EASING_PHQ_9);
    assigned(portalClient, Instrument.GAD_7, 28, EASING_GAD_7);
    assigned(portalClient, Instrument.BAM, 28, MONTHLY_BAM);
    assigned(cast.clients().get(EASING_MENTEE), Instrument.PHQ_9, 14, MENTEES_PHQ_9);
  }

  /** Assigned by the clinician on the first result's day, next due a period after the last. */
  private void assigned(Client client, Instrument instrument, int everyDays, List<Result> results) {
    UUID assignment = Identifiers.newId();
    int lastDay = results.getLast().day();
    rows.add(
        "insert into measure_assignment (id, tenant_id, client_id, instrument, every_days,"
            + " next_due, assigned_by, assigned_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        assignment,
        clinic,
        client.getId(),
        instrument.name(),
        everyDays,
        Date.valueOf(start.plusDays(lastDay + everyDays)),
        cast.clinician(),
        at(results.getFirst().day(), LocalTime.of(9, 0)));
    for (Result result : results) {
      var score = instrument.questionnaire().score(result.answers());
      rows.add(
          "insert into measure_response (id, tenant_id, assignment_id, client_id, instrument,"
              + " due_on, answers, total_score, band, completed_at)"
              + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
          Identifiers.newId(),
          clinic,
          assignment,
          client.getId(),
          instrument.name(),
          Date.valueOf(start.plusDays(result.day())),
          String.join(",", result.answers().stream().map(String::valueOf).toList()),
          score.total(),
          score.band(),
          at(result.day(), LocalTime.of(19, 30)));
    }
  }

  private Timestamp at(int day, LocalTime time) {
    return Timestamp.from(start.plusDays(day).atTime(time).atZone(cast.zone()).toInstant());
  }
}
