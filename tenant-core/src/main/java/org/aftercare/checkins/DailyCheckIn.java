package org.aftercare.checkins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** One day's check-in by a client: mood, craving, any use, and a few words if they like. */
@Entity
@Table(name = "daily_check_in")
public class DailyCheckIn extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(nullable = false)
  private LocalDate day;

  private int mood;
  private int craving;
  private boolean used;
  private String note;

  @Column(name = "what_helped")
  private String whatHelped;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DailyCheckIn() {}

  DailyCheckIn(UUID clientId, LocalDate day) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.day = day;
  }

  void answer(CheckInAnswers answers, Instant at) {
    mood = answers.mood();
    craving = answers.craving();
    used = answers.used();
    note = answers.note();
    whatHelped = answers.whatHelped();
    createdAt = at;
  }

  public LocalDate getDay() {
    return day;
  }

  public CheckInAnswers answers() {
    return new CheckInAnswers(mood, craving, used, note, whatHelped);
  }
}
