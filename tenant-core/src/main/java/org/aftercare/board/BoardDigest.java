package org.aftercare.board;

import static org.aftercare.access.Role.CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.mail.MailWords;
import org.aftercare.mail.Mailer;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The boards' daily digest, which each client turns on or off for themselves: one morning mail
 * saying how many posts are new on the boards of their groups since the last one, with a link — no
 * group, no name, no words of a post and no clinic, in the client's language, since a mail may be
 * read on a shared phone. Nothing new, no mail. Posts the client wrote, hidden posts and the boards
 * they were removed from do not count.
 */
@ApplicationScoped
@TenantAware
public class BoardDigest {

  private static final Logger LOG = Logger.getLogger(BoardDigest.class.getName());

  static final int SEND_FROM_HOUR = 8;

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Whether the signed-in client gets the digest. */
  @Requires(CLIENT)
  public boolean subscribed() {
    return !ClinicSql.query(em, "select 1 from board_digest_subscription where account_id = ?1")
        .setParameter(1, caller.requirePerson())
        .getResultList()
        .isEmpty();
  }

  /** Turns the signed-in client's digest on (counting posts from now) or off. */
  @Transactional
  @Requires(CLIENT)
  public void subscribe(boolean on) {
    UUID account = caller.requirePerson();
    if (!on) {
      ClinicSql.query(em, "delete from board_digest_subscription where account_id = ?1")
          .setParameter(1, account)
          .executeUpdate();
      return;
    }
    UUID client = caller.person().flatMap(person -> person.clientId()).orElseThrow();
    ClinicSql.query(
            em,
            "insert into board_digest_subscription (tenant_id, account_id, client_id,"
                + " subscribed_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, account)
        .setParameter(3, client)
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  /**
   * How many clients were mailed: none before the clinic's morning. Each client's row is claimed
   * for the day before their mail goes, so a second run or instance finds it taken.
   */
  @Transactional
  @Requires({})
  public int sendDue(Instant now) {
    ZonedDateTime local = now.atZone(ZoneId.of(clinic.current().timeZone()));
    if (local.toLocalTime().isBefore(LocalTime.of(SEND_FROM_HOUR, 0))) {
      return 0;
    }
    LocalDate today = local.toLocalDate();
    int mailed = 0;
    for (Object[] row : due(today)) {
      UUID account = ClinicSql.uuid(row[0]);
      int newPosts = ((Number) row[2]).intValue();
      if (claim(account, today, (Timestamp) row[3])) {
        Client client = em.find(Client.class, ClinicSql.uuid(row[1]));
        if (client != null && client.getEmail() != null && mail(client, newPosts)) {
          mailed++;
        }
      }
    }
    return mailed;
  }

  /**
   * The subscribers not yet mailed today with new posts to read: account, client, how many, and
   * when the newest of them was posted (the next digest counts from there).
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> due(LocalDate today) {
    return ClinicSql.query(
            em,
            "select s.account_id, s.client_id, count(p.id), max(p.posted_at)"
                + " from board_digest_subscription s"
                + " join enrollment e on e.client_id = s.client_id and e.status = 'ENROLLED'"
                + " join board_post p on p.group_id = e.group_id"
                + "   and p.posted_at > coalesce(s.last_sent_at, s.subscribed_at)"
                + "   and p.hidden_at is null and p.author_account_id <> s.account_id"
                + " where (s.last_sent_on is null or s.last_sent_on < ?1)"
                + " and not exists (select 1 from board_standing b where b.group_id = e.group_id"
                + "   and b.client_id = s.client_id and b.standing = 'REMOVED')"
                + " group by s.account_id, s.client_id")
        .setParameter(1, Date.valueOf(today))
        .getResultList();
  }

  private boolean claim(UUID account, LocalDate today, Timestamp newestTold) {
    return ClinicSql.query(
                em,
                "update board_digest_subscription set last_sent_on = ?1, last_sent_at = ?2"
                    + " where account_id = ?3 and (last_sent_on is null or last_sent_on < ?1)")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, newestTold)
            .setParameter(3, account)
            .executeUpdate()
        == 1;
  }

  private boolean mail(Client client, int newPosts) {
    MailWords words = MailWords.of(BoardDigest.class, client.getPreferredLanguage());
    try {
      mailer.sendToClient(
          clinic.current().clientFacingName(),
          client.getEmail(),
          words.text("subject"),
          words.text("body", newPosts, publicUrl + "/"));
      return true;
    } catch (MailNotSentException e) {
      LOG.log(Level.WARNING, "Board digest not sent; the posts are on the boards", e);
      return false;
    }
  }
}
