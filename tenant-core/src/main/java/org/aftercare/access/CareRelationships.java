package org.aftercare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * What a role reaches of one client or one session. Clinicians care for every client of their
 * clinic; a peer mentor only for current mentees and the sessions they lead; a client only for
 * themself. Clinic admins run the clinic — staff, settings, groups and schedules, the audit trail —
 * but do not open client records: least privilege under 42 CFR Part 2, since running the clinic
 * needs no one's recovery record. The portal's own work (no person signed in) is not narrowed, nor
 * is a service called by another service, which acts on what the outer call already checked.
 */
@ApplicationScoped
@TenantAware
public class CareRelationships {

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;

  /** A client's record: clinicians, the client's current mentor, the client themself. */
  public void requireMayOpen(UUID clientId) {
    var person = caller.person();
    if (person.isEmpty()
        || caller.isCalledByService()
        || person.get().roles().contains(Role.CLINICIAN)
        || isTheClient(person.get(), clientId)
        || isCurrentMentor(person.get(), clientId)) {
      return;
    }
    throw new ForbiddenException("This client's record is not open to you.");
  }

  /** What only a client does for themself: check in, join, ask for support. */
  public void requireSelf(UUID clientId) {
    var person = caller.person();
    if (person.isPresent() && !caller.isCalledByService() && !isTheClient(person.get(), clientId)) {
      throw new ForbiddenException("You can do this only for yourself.");
    }
  }

  /** Work on one account's own things (a mentor's caseload, a calendar feed), by that person. */
  public void requireIsCaller(UUID accountId) {
    var person = caller.person();
    if (person.isPresent()
        && !caller.isCalledByService()
        && !person.get().accountId().equals(accountId)) {
      throw new ForbiddenException("You can do this only for your own account.");
    }
  }

  /** A session's roster: clinicians, or the peer mentor who leads that session. */
  public void requireMayTakeRoster(UUID sessionId) {
    var person = caller.person();
    if (person.isEmpty()
        || caller.isCalledByService()
        || person.get().roles().contains(Role.CLINICIAN)
        || leads(person.get(), sessionId)) {
      return;
    }
    throw new ForbiddenException("Only the session's facilitators take its roster.");
  }

  /** A client's own account, or any account for staff (for the staff list, the on-call). */
  public void requireOwnAccountUnlessStaff(UUID accountId) {
    var person = caller.person();
    if (person.isPresent()
        && !caller.isCalledByService()
        && person.get().roles().equals(Set.of(Role.CLIENT))
        && !person.get().accountId().equals(accountId)) {
      throw new ForbiddenException("You can see only your own account.");
    }
  }

  /** A session: clinic admins and clinicians, or the peer mentor who leads it. */
  public void requireMayOpenSession(UUID sessionId) {
    if (seesOnlyOwnSessions() && !leads(caller.person().orElseThrow(), sessionId)) {
      throw new ForbiddenException("Only the session's facilitators open it.");
    }
  }

  /** A peer mentor with no clinic-wide role sees only the sessions they lead. */
  public boolean seesOnlyOwnSessions() {
    var person = caller.person();
    return person.isPresent()
        && !caller.isCalledByService()
        && person.get().roles().contains(Role.PEER_MENTOR)
        && !person.get().roles().contains(Role.CLINICIAN)
        && !person.get().roles().contains(Role.CLINIC_ADMIN);
  }

  /** Whether the signed-in peer mentor leads the session. */
  public boolean leads(SignedInUser person, UUID sessionId) {
    return person.roles().contains(Role.PEER_MENTOR)
        && count(
                """
                select count(*) from group_session s
                 where s.id = ?1
                   and (s.substitute_facilitator_id = ?2
                        or (s.substitute_facilitator_id is null
                            and exists (select 1 from group_facilitator f
                                         where f.group_id = s.group_id and f.account_id = ?2)))
                """,
                sessionId,
                person.accountId())
            > 0;
  }

  private static boolean isTheClient(SignedInUser person, UUID clientId) {
    return person.roles().contains(Role.CLIENT)
        && Objects.equals(person.clientId().orElse(null), clientId);
  }

  private boolean isCurrentMentor(SignedInUser person, UUID clientId) {
    return person.roles().contains(Role.PEER_MENTOR)
        && count(
                "select count(*) from mentor_assignment"
                    + " where mentor_id = ?1 and client_id = ?2 and ended_at is null",
                person.accountId(),
                clientId)
            > 0;
  }

  private long count(String sql, UUID first, UUID second) {
    return ((Number)
            ClinicSql.query(em, sql)
                .setParameter(1, first)
                .setParameter(2, second)
                .getSingleResult())
        .longValue();
  }
}
