package org.aftercare.board;

import static org.aftercare.access.Role.CLIENT;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.board.Board.CodeOfConduct;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A group's board for its members and facilitators: reading it, posting and replying (after the
 * code of conduct, within the rate limit, without links unless the clinic allows them), and
 * reporting a post to the facilitators.
 */
@ApplicationScoped
@TenantAware
public class GroupBoards {

  static final String AUDIT_TYPE = "BoardPost";
  static final Duration RATE_WINDOW = Duration.ofMinutes(10);
  static final int REASON_MAX = 500;

  /** The newest posts a board shows; older ones stay until the retention period ends. */
  static final int SHOWN = 200;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject BoardSeats seats;
  @Inject BoardRules rules;
  @Inject AccountService accounts;
  @Inject AuditService audit;

  /** How many posts a member may write in ten minutes: enough to talk, too few to flood. */
  @Inject
  @ConfigProperty(name = "aftercare.board.posts-per-ten-minutes", defaultValue = "5")
  int postsPerWindow;

  @Requires({CLIENT, CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public Board open(UUID groupId) {
    BoardSeat seat = seats.seatAt(groupId);
    BoardSettings settings = rules.settingsNow();
    Optional<CodeOfConduct> toAccept =
        seat.isMember() && seat.acceptedConductVersion() < settings.conductVersion()
            ? Optional.of(new CodeOfConduct(settings.codeOfConduct(), settings.conductVersion()))
            : Optional.empty();
    boolean removed = seat.standing() == BoardStanding.REMOVED;
    return new Board(
        groupId,
        seat.groupName(),
        seat.moderates(),
        seat.standing(),
        toAccept,
        settings.linksAllowed(),
        removed ? List.of() : threads(seat),
        reportsBy(seat));
  }

  /**
   * Posts to the group's board, or replies to a post on it ({@code replyTo}; a reply to a reply
   * joins the same thread). Returns the new post's id.
   */
  @Transactional
  @Requires({CLIENT, CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public UUID post(UUID groupId, UUID replyTo, String text) {
    BoardSeat seat = seats.seatAt(groupId);
    BoardSettings settings = rules.settingsNow();
    requireMayPost(seat, settings);
    PostBody body = PostBody.of(text, settings.linksAllowed());
    UUID thread = replyTo == null ? null : threadOf(seat, replyTo);
    // The author's row lock orders two posts sent at once, so both count against the limit.
    accounts.findLocked(seat.accountId());
    Instant now = clock.instant();
    refuseFlooding(seat, now);
    var post = new BoardPost(seat, thread, body, now);
    em.persist(post);
    return post.getId();
  }

  /** Reports a post to the group's facilitators, with the reason; once per post and person. */
  @Transactional
  @Requires({CLIENT, CLINICIAN, PEER_MENTOR, CLINIC_ADMIN})
  public void report(UUID postId, String reason) {
    BoardPost post = visiblePost(postId);
    BoardSeat seat = seats.seatAt(post.getGroupId());
    if (seat.standing() == BoardStanding.REMOVED) {
      throw new NotFoundException("Post");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.worded(
          "reason",
          "Say in a few words what is wrong with this post.",
          "refusal.board.report.reason");
    }
    if (why.length() > REASON_MAX) {
      throw InvalidInputException.worded(
          "reason",
          "Keep the reason to " + REASON_MAX + " characters.",
          "refusal.board.report.reasonTooLong",
          REASON_MAX);
    }
    if (post.getAuthorAccountId().equals(seat.accountId())) {
      throw InvalidInputException.worded(
          "reason", "This is your own post.", "refusal.board.report.ownPost");
    }
    if (hasReported(postId, seat.accountId())) {
      throw InvalidInputException.worded(
          "reason",
          "You have already reported this post. The facilitators will look at it.",
          "refusal.board.report.already");
    }
    var report = new BoardReport(post, seat.accountId(), why, clock.instant());
    em.persist(report);
    audit.record(AuditAction.BOARD_POST_REPORTED, AUDIT_TYPE, postId, AuditOutcome.SUCCESS);
  }

  private void requireMayPost(BoardSeat seat, BoardSettings settings) {
    switch (seat.standing()) {
      case MUTED ->
          throw new ForbiddenException(
              "A facilitator has paused your posting on this board. You can still read it.");
      case REMOVED -> throw new NotFoundException(BoardSeats.NOT_FOUND);
      case ACTIVE -> {}
    }
    if (seat.isMember() && seat.acceptedConductVersion() < settings.conductVersion()) {
      throw new ForbiddenException("Read and accept the code of conduct before posting.");
    }
  }

  private void refuseFlooding(BoardSeat seat, Instant now) {
    long recent =
        em.createQuery(
                "select count(p) from BoardPost p where p.authorAccountId = :author"
                    + " and p.postedAt > :since",
                Long.class)
            .setParameter("author", seat.accountId())
            .setParameter("since", now.minus(RATE_WINDOW))
            .getSingleResult();
    if (recent >= postsPerWindow) {
      throw InvalidInputException.worded(
          PostBody.FIELD,
          "You have posted "
              + recent
              + " times in the last 10 minutes. Take a short break and post again in a few"
              + " minutes.",
          "refusal.board.post.tooOften",
          recent);
    }
  }

  /** The thread a reply joins: the post's own, or the post itself when it opens one. */
  private UUID threadOf(BoardSeat seat, UUID replyTo) {
    BoardPost parent = em.find(BoardPost.class, replyTo);
    if (parent == null
        || !parent.getGroupId().equals(seat.groupId())
        || (parent.isHidden() && !seat.moderates())) {
      throw new NotFoundException("Post");
    }
    return parent.getReplyTo() == null ? parent.getId() : parent.getReplyTo();
  }

  private BoardPost visiblePost(UUID postId) {
    BoardPost post = postId == null ? null : em.find(BoardPost.class, postId);
    if (post == null || post.isHidden()) {
      throw new NotFoundException("Post");
    }
    return post;
  }

  private boolean hasReported(UUID postId, UUID accountId) {
    return !em.createQuery(
            "select r.id from BoardReport r where r.postId = :post"
                + " and r.reporterAccountId = :reporter",
            UUID.class)
        .setParameter("post", postId)
        .setParameter("reporter", accountId)
        .getResultList()
        .isEmpty();
  }

  /** Newest threads first, each opening post followed by its replies in the order written. */
  private List<BoardPostLine> threads(BoardSeat seat) {
    List<BoardPostLine> newestFirst = lines(seat);
    Map<UUID, List<BoardPostLine>> replies = new LinkedHashMap<>();
    for (BoardPostLine line : newestFirst) {
      if (line.replyTo() != null) {
        replies.computeIfAbsent(line.replyTo(), thread -> new ArrayList<>()).addFirst(line);
      }
    }
    var ordered = new ArrayList<BoardPostLine>();
    for (BoardPostLine line : newestFirst) {
      if (line.replyTo() == null) {
        ordered.add(line);
        ordered.addAll(replies.getOrDefault(line.id(), List.of()));
      }
    }
    return ordered;
  }

  private List<BoardPostLine> lines(BoardSeat seat) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                """
                select p.id, p.reply_to, p.author_account_id, p.author_client_id,
                       coalesce(c.display_name, a.display_name), p.body, p.posted_at,
                       p.hidden_at is not null,
                       exists (select 1 from board_report r
                                where r.post_id = p.id and r.reporter_account_id = ?2)
                  from board_post p
                  join account a on a.id = p.author_account_id
                  left join client c on c.id = p.author_client_id
                 where p.group_id = ?1 and (?3 or p.hidden_at is null)
                 order by p.posted_at desc, p.id desc
                 limit ?4
                """)
            .setParameter(1, seat.groupId())
            .setParameter(2, seat.accountId())
            .setParameter(3, seat.moderates())
            .setParameter(4, SHOWN)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              UUID author = ClinicSql.uuid(row[2]);
              UUID authorClient = row[3] == null ? null : ClinicSql.uuid(row[3]);
              return new BoardPostLine(
                  ClinicSql.uuid(row[0]),
                  row[1] == null ? null : ClinicSql.uuid(row[1]),
                  seat.shown((String) row[4]),
                  authorClient == null,
                  (String) row[5],
                  instant(row[6]),
                  (Boolean) row[7],
                  author.equals(seat.accountId()),
                  (Boolean) row[8],
                  seat.moderates() ? authorClient : null);
            })
        .toList();
  }

  private List<ReportNotice> reportsBy(BoardSeat seat) {
    return em.createQuery(
            "select r from BoardReport r where r.groupId = :group"
                + " and r.reporterAccountId = :reporter order by r.reportedAt desc",
            BoardReport.class)
        .setParameter("group", seat.groupId())
        .setParameter("reporter", seat.accountId())
        .setMaxResults(20)
        .getResultStream()
        .map(
            r ->
                new ReportNotice(
                    r.getReportedAt(), r.getReason(), Optional.ofNullable(r.getOutcome())))
        .toList();
  }

  /** A timestamptz column of a native row, whichever type the driver gave it. */
  static Instant instant(Object column) {
    return switch (column) {
      case Timestamp timestamp -> timestamp.toInstant();
      case OffsetDateTime offset -> offset.toInstant();
      case Instant instant -> instant;
      default -> throw new IllegalStateException("Not a timestamp: " + column);
    };
  }
}
