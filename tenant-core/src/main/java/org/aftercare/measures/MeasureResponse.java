package org.aftercare.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A client's answers to one occurrence of an assigned measure, with the total and band computed
 * when they were given. One per assignment and due day: the database refuses a second.
 */
@Entity
@Table(name = "measure_response")
public class MeasureResponse extends TenantOwned {

  @Id private UUID id;

  @Column(name = "assignment_id", nullable = false)
  private UUID assignmentId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Instrument instrument;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  /** The points of each chosen answer, in item order, comma-separated. */
  @Column(nullable = false)
  private String answers;

  @Column(name = "total_score", nullable = false)
  private int totalScore;

  @Column(nullable = false)
  private String band;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected MeasureResponse() {}

  MeasureResponse(
      MeasureAssignment assignment,
      LocalDate dueOn,
      List<Integer> answers,
      Score score,
      Instant at) {
    this.id = Identifiers.newId();
    this.assignmentId = assignment.getId();
    this.clientId = assignment.getClientId();
    this.instrument = assignment.getInstrument();
    this.dueOn = dueOn;
    this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.totalScore = score.total();
    this.band = score.band();
    this.completedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public List<Integer> answers() {
    return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
  }

  public int getTotalScore() {
    return totalScore;
  }

  public String getBand() {
    return band;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
