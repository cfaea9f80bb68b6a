package org.aftercare.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Finds the signed-in person's seat on a group's board. Clients sit on the boards of the groups
 * they are enrolled in (not waiting, not offered, not withdrawn); a board of another group is "not
 * found" to them, as another clinic's is. Staff moderate the boards of the groups they facilitate,
 * and clinicians every board of their clinic; other staff do not open boards, where clients speak
 * among themselves.
 */
@ApplicationScoped
@TenantAware
class BoardSeats {

  static final String NOT_FOUND = "Group board";

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;

  BoardSeat seatAt(UUID groupId) {
    SignedInUser person =
        caller.person().orElseThrow(() -> new ForbiddenException("Sign in to open a board."));
    RecoveryGroup group =
        Optional.ofNullable(groupId == null ? null : em.find(RecoveryGroup.class, groupId))
            .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (person.roles().contains(Role.CLIENT) && person.clientId().isPresent()) {
      UUID client = person.clientId().get();
      if (!isEnrolled(groupId, client)) {
        throw new NotFoundException(NOT_FOUND);
      }
      return new BoardSeat(
          groupId,
          group.getName(),
          group.isFirstNamesOnly(),
          person.accountId(),
          client,
          false,
          standingOf(groupId, client),
          acceptedConductVersion(person.accountId()));
    }
    if (!person.roles().contains(Role.CLINICIAN) && !facilitates(groupId, person.accountId())) {
      throw new ForbiddenException(
          "Only the group's members, its facilitators and clinicians open its board.");
    }
    return new BoardSeat(
        groupId,
        group.getName(),
        group.isFirstNamesOnly(),
        person.accountId(),
        null,
        true,
        BoardStanding.ACTIVE,
        0);
  }

  /** A seat from which one moderates, for a moderation step; refused to members. */
  BoardSeat moderatorAt(UUID groupId) {
    BoardSeat seat = seatAt(groupId);
    if (!seat.moderates()) {
      throw new ForbiddenException("Only the group's facilitators and clinicians moderate.");
    }
    return seat;
  }

  boolean isEnrolled(UUID groupId, UUID clientId) {
    return !em.createQuery(
            "select e.id from Enrollment e where e.group.id = :group and e.client.id = :client"
                + " and e.status = :enrolled",
            UUID.class)
        .setParameter("group", groupId)
        .setParameter("client", clientId)
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultList()
        .isEmpty();
  }

  private boolean facilitates(UUID groupId, UUID accountId) {
    return !em.createQuery(
            "select f.id from GroupFacilitator f where f.groupId = :group"
                + " and f.accountId = :account",
            UUID.class)
        .setParameter("group", groupId)
        .setParameter("account", accountId)
        .getResultList()
        .isEmpty();
  }

  private BoardStanding standingOf(UUID groupId, UUID clientId) {
    List<?> rows =
        ClinicSql.query(
                em, "select standing from board_standing where group_id = ?1 and client_id = ?2")
            .setParameter(1, groupId)
            .setParameter(2, clientId)
            .getResultList();
    return rows.isEmpty()
        ? BoardStanding.ACTIVE
        : BoardStanding.valueOf(rows.getFirst().toString());
  }

  private int acceptedConductVersion(UUID accountId) {
    List<?> rows =
        ClinicSql.query(
                em, "select conduct_version from board_conduct_acceptance where account_id = ?1")
            .setParameter(1, accountId)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).intValue();
  }
}
