package org.aftercare.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.mail.Mailer;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each morning, one mail to every mentor with follow-ups due: how many and a link, no client's name
 * and no flag's reason — a mail may be read on a shared screen or forwarded. The upkeep offers it
 * hourly; the clinic's first run from {@value #SEND_FROM_HOUR}:00 in its own zone claims the day
 * (one row per clinic and day), so it goes once however many portal instances run.
 */
@ApplicationScoped
@TenantAware
public class OutreachDigest {

  private static final Logger LOG = Logger.getLogger(OutreachDigest.class.getName());

  static final int SEND_FROM_HOUR = 8;

  static final String SUBJECT = "Follow-ups due today";

  @PersistenceContext private EntityManager em;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;
  @Inject AccountService accounts;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** How many mentors were mailed: none before the clinic's morning or once the day is claimed. */
  @Transactional
  @Requires({})
  public int sendDue(Instant now) {
    ZonedDateTime local = now.atZone(ZoneId.of(clinic.current().timeZone()));
    LocalDate today = local.toLocalDate();
    if (local.toLocalTime().isBefore(LocalTime.of(SEND_FROM_HOUR, 0)) || !claim(today, now)) {
      return 0;
    }
    int mailed = 0;
    for (Object[] row :
        em.createQuery(
                "select t.mentorId, count(t) from OutreachTask t where t.status = :open"
                    + " and t.mentorId is not null and t.dueOn <= :today group by t.mentorId",
                Object[].class)
            .setParameter("open", TaskStatus.OPEN)
            .setParameter("today", today)
            .getResultList()) {
      var mentor = accounts.find((UUID) row[0]).filter(Account::isActive);
      if (mentor.isPresent() && mail(mentor.get(), ((Number) row[1]).intValue())) {
        mailed++;
      }
    }
    return mailed;
  }

  private boolean claim(LocalDate day, Instant now) {
    return ClinicSql.query(
                em,
                "insert into outreach_digest (tenant_id, day, sent_at) values (?1, ?2, ?3)"
                    + " on conflict (tenant_id, day) do nothing")
            .setParameter(1, tenantContext.tenantId().orElseThrow())
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  private boolean mail(Account mentor, int due) {
    try {
      mailer.send(
          mentor.getEmail(),
          SUBJECT,
          (due == 1 ? "You have 1 follow-up due." : "You have " + due + " follow-ups due.")
              + " Sign in to see who and to mark each one done:\n\n"
              + publicUrl
              + "/mentees\n");
      return true;
    } catch (MailNotSentException e) {
      LOG.log(Level.WARNING, "Follow-up digest not sent; the tasks are on the dashboard", e);
      return false;
    }
  }
}
