package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.mail.MailNotSentException;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * E-mail reminders before sessions, once per session, client and lead time, however many app
 * instances run. The claim is the insert of a {@code session_reminder} row: a second worker's
 * insert of the same key waits on the first's transaction and then does nothing. A reminder whose
 * mail fails gives its claim back, so the next run tries again.
 */
@ApplicationScoped
@TenantAware
public class SessionReminders {

  private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());

  // Every lead time whose moment has come claims its row; one mail covers all claimed at once, so
  // a client enrolled 30 minutes before a session gets one reminder, not two. The cast matters: an
  // untyped parameter plus an interval is read as interval + interval.
  private static final String CLAIM_DUE =
      """
      insert into session_reminder (tenant_id, session_id, enrollment_id, lead_hours)
      select s.tenant_id, s.id, e.id, lead.hours
        from group_session s
        join enrollment e on e.group_id = s.group_id and e.status = 'ENROLLED'
        join client c on c.id = e.client_id and c.email is not null
        cross join unnest(cast(string_to_array(?, ',') as integer[])) as lead(hours)
       where s.status = 'SCHEDULED'
         and s.starts_at > cast(? as timestamptz)
         and s.starts_at <= cast(? as timestamptz) + make_interval(hours => lead.hours)
      on conflict do nothing
      returning session_id, enrollment_id
      """;

  @PersistenceContext private EntityManager em;
  @Inject ClinicSettingsService clinic;
  @Inject GroupNotices notices;

  /** Sends the current clinic's due reminders; returns how many e-mails went out. */
  @Transactional
  @Requires({})
  public int sendDue(Instant now) {
    ClinicSettings settings = clinic.current();
    if (settings.reminderLeadHours().isEmpty()) {
      return 0;
    }
    Timestamp at = Timestamp.from(now);
    @SuppressWarnings("unchecked")
    List<Object[]> claimed =
        ClinicSql.query(em, CLAIM_DUE)
            .setParameter(
                1,
                String.join(
                    ",", settings.reminderLeadHours().stream().map(String::valueOf).toList()))
            .setParameter(2, at)
            .setParameter(3, at)
            .getResultList();
    Map<UUID, UUID> enrollmentToSession = new LinkedHashMap<>();
    for (Object[] row : claimed) {
      enrollmentToSession.put(ClinicSql.uuid(row[1]), ClinicSql.uuid(row[0]));
    }
    ZoneId zone = ZoneId.of(settings.timeZone());
    int sent = 0;
    for (var claim : enrollmentToSession.entrySet()) {
      Enrollment enrollment = em.find(Enrollment.class, claim.getKey());
      GroupSession session = em.find(GroupSession.class, claim.getValue());
      try {
        notices.reminder(enrollment.getClient(), session.getStartsAt(), zone);
        sent++;
      } catch (MailNotSentException e) {
        LOG.log(Level.WARNING, "Reminder not sent; it is retried at the next run", e);
        ClinicSql.query(
                em, "delete from session_reminder where session_id = ? and enrollment_id = ?")
            .setParameter(1, session.getId())
            .setParameter(2, enrollment.getId())
            .executeUpdate();
      }
    }
    return sent;
  }
}
