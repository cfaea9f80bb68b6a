package org.aftercare.board;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * What a group's facilitators (and the clinic's clinicians) do on its board: go through the
 * reports, hide or remove posts, leave a reported post up, and mute or remove a member. Every step
 * is in the audit trail, and handling a post handles every open report of it, so each reporter is
 * told.
 */
@ApplicationScoped
@TenantAware
public class BoardModeration {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject BoardSeats seats;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;

  /** Reports no one has handled yet, oldest first, with the post each is about. */
  @Requires({CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public List<OpenReport> openReports(UUID groupId) {
    BoardSeat seat = seats.moderatorAt(groupId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                """
                select r.id, r.post_id, coalesce(c.display_name, a.display_name), p.body,
                       r.reason, r.reported_at
                  from board_report r
                  join board_post p on p.id = r.post_id
                  join account a on a.id = p.author_account_id
                  left join client c on c.id = p.author_client_id
                 where r.group_id = ?1 and r.outcome is null
                 order by r.reported_at, r.id
                """)
            .setParameter(1, groupId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new OpenReport(
                    ClinicSql.uuid(row[0]),
                    ClinicSql.uuid(row[1]),
                    seat.shown((String) row[2]),
                    (String) row[3],
                    (String) row[4],
                    GroupBoards.instant(row[5])))
        .toList();
  }

  /** Takes a post (and so its replies) off the members' board; facilitators still see it. */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public void hide(UUID postId) {
    BoardPost post = post(postId);
    BoardSeat seat = seats.moderatorAt(post.getGroupId());
    Instant now = clock.instant();
    post.hide(seat.accountId(), now);
    handleReports(List.of(postId), ReportOutcome.HIDDEN, now);
    audit.record(
        AuditAction.BOARD_POST_HIDDEN, GroupBoards.AUDIT_TYPE, postId, AuditOutcome.SUCCESS);
  }

  /**
   * Deletes a post and its replies: gone from the board for everyone. Only the audit entry and the
   * reports (without the text) remain, so reporters learn it was removed.
   */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public void remove(UUID postId) {
    BoardPost post = post(postId);
    seats.moderatorAt(post.getGroupId());
    var gone = new ArrayList<UUID>(List.of(postId));
    gone.addAll(
        em.createQuery("select p.id from BoardPost p where p.replyTo = :post", UUID.class)
            .setParameter("post", postId)
            .getResultList());
    handleReports(gone, ReportOutcome.REMOVED, clock.instant());
    em.createQuery("delete from BoardPost p where p.replyTo = :post")
        .setParameter("post", postId)
        .executeUpdate();
    em.remove(post);
    audit.record(
        AuditAction.BOARD_POST_REMOVED, GroupBoards.AUDIT_TYPE, postId, AuditOutcome.SUCCESS);
  }

  /** A reported post a facilitator read and left up; the reporter is told so. */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public void keep(UUID reportId) {
    BoardReport report = reportId == null ? null : em.find(BoardReport.class, reportId);
    if (report == null) {
      throw new NotFoundException("Report");
    }
    seats.moderatorAt(report.getGroupId());
    report.handle(ReportOutcome.KEPT, clock.instant());
    audit.record(
        AuditAction.BOARD_REPORT_CLOSED,
        GroupBoards.AUDIT_TYPE,
        report.getPostId(),
        AuditOutcome.SUCCESS);
  }

  /**
   * Mutes a member (they read but do not post), removes them from the board (they no longer open
   * it), or restores them ({@link BoardStanding#ACTIVE}). Their enrolment in the group is
   * untouched.
   */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public void setStanding(UUID groupId, UUID clientId, BoardStanding standing) {
    BoardSeat seat = seats.moderatorAt(groupId);
    if (clientId == null || !seats.isEnrolled(groupId, clientId)) {
      throw InvalidInputException.worded(
          "member", "Choose a member of this group.", "refusal.board.member");
    }
    if (standing == BoardStanding.ACTIVE) {
      ClinicSql.query(em, "delete from board_standing where group_id = ?1 and client_id = ?2")
          .setParameter(1, groupId)
          .setParameter(2, clientId)
          .executeUpdate();
    } else {
      ClinicSql.query(
              em,
              "insert into board_standing (tenant_id, group_id, client_id, standing, changed_at,"
                  + " changed_by) values (?1, ?2, ?3, ?4, ?5, ?6)"
                  + " on conflict (tenant_id, group_id, client_id) do update set"
                  + " standing = excluded.standing, changed_at = excluded.changed_at,"
                  + " changed_by = excluded.changed_by")
          .setParameter(1, tenantContext.tenantId().orElseThrow())
          .setParameter(2, groupId)
          .setParameter(3, clientId)
          .setParameter(4, standing.name())
          .setParameter(5, Timestamp.from(clock.instant()))
          .setParameter(6, seat.accountId())
          .executeUpdate();
    }
    audit.record(
        switch (standing) {
          case MUTED -> AuditAction.BOARD_MEMBER_MUTED;
          case REMOVED -> AuditAction.BOARD_MEMBER_REMOVED;
          case ACTIVE -> AuditAction.BOARD_MEMBER_RESTORED;
        },
        BoardRules.CLIENT_AUDIT_TYPE,
        clientId,
        AuditOutcome.SUCCESS);
  }

  private BoardPost post(UUID postId) {
    BoardPost post = postId == null ? null : em.find(BoardPost.class, postId);
    if (post == null) {
      throw new NotFoundException("Post");
    }
    return post;
  }

  private void handleReports(List<UUID> posts, ReportOutcome outcome, Instant at) {
    em.createQuery(
            "select r from BoardReport r where r.postId in :posts and r.outcome is null",
            BoardReport.class)
        .setParameter("posts", posts)
        .getResultStream()
        .forEach(report -> report.handle(outcome, at));
  }
}
