package org.aftercare.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A member's report of a post, and how the facilitators handled it. It outlives a removed post, so
 * the reporter still learns what became of it.
 */
@Entity
@Table(name = "board_report")
public class BoardReport extends TenantOwned {

  @Id private UUID id;

  @Column(name = "group_id", nullable = false)
  private UUID groupId;

  @Column(name = "post_id", nullable = false)
  private UUID postId;

  @Column(name = "reporter_account_id", nullable = false)
  private UUID reporterAccountId;

  @Column(nullable = false)
  private String reason;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  private ReportOutcome outcome;

  @Column(name = "handled_at")
  private Instant handledAt;

  protected BoardReport() {}

  BoardReport(BoardPost post, UUID reporterAccountId, String reason, Instant at) {
    this.id = Identifiers.newId();
    this.groupId = post.getGroupId();
    this.postId = post.getId();
    this.reporterAccountId = reporterAccountId;
    this.reason = reason;
    this.reportedAt = at;
  }

  /** The first handling stands: a post hidden and then removed was handled when it was hidden. */
  void handle(ReportOutcome how, Instant at) {
    if (outcome == null) {
      outcome = how;
      handledAt = at;
    }
  }

  UUID getId() {
    return id;
  }

  UUID getGroupId() {
    return groupId;
  }

  UUID getPostId() {
    return postId;
  }

  String getReason() {
    return reason;
  }

  Instant getReportedAt() {
    return reportedAt;
  }

  ReportOutcome getOutcome() {
    return outcome;
  }

  Instant getHandledAt() {
    return handledAt;
  }
}
