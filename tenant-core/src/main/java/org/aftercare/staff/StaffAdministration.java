package org.aftercare.staff;

import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The clinic admin's work on staff accounts: roles, deactivation, ending sessions, unlocking. Every
 * change is audited, and the clinic always keeps an active admin.
 */
@ApplicationScoped
@TenantAware
public class StaffAdministration {

  @Inject AccountService accounts;
  @Inject AuditService audit;

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account changeRoles(UUID accountId, Set<Role> roles) {
    if (roles.isEmpty() || roles.contains(Role.PLATFORM_OPERATOR)) {
      throw InvalidInputException.worded(
          "roles", "Choose at least one clinic role.", "refusal.staff.roles.none");
    }
    Account account = existing(accountId);
    if (account.isActiveAdmin() && !roles.contains(Role.CLINIC_ADMIN)) {
      requireAnotherAdmin(account);
    }
    account.changeRoles(roles);
    audit.record(
        AuditAction.STAFF_ROLES_CHANGED,
        AccountService.AUDIT_TYPE,
        accountId,
        AuditOutcome.SUCCESS);
    return account;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account deactivate(UUID accountId) {
    Account account = existing(accountId);
    if (account.isActiveAdmin()) {
      requireAnotherAdmin(account);
    }
    account.deactivate();
    audit.record(
        AuditAction.STAFF_DEACTIVATED, AccountService.AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  /** Ends every open session of the person at its next request (a lost phone, a shared PC). */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account signOutEverywhere(UUID accountId) {
    Account account = existing(accountId);
    account.endSessions();
    audit.record(
        AuditAction.SESSIONS_ENDED, AccountService.AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account unlock(UUID accountId) {
    Account account = existing(accountId);
    account.unlock();
    audit.record(
        AuditAction.ACCOUNT_UNLOCKED, AccountService.AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  /** A clinic always keeps one active admin, or nobody could manage its staff again. */
  private void requireAnotherAdmin(Account leaving) {
    boolean another =
        accounts.staff().stream()
            .anyMatch(a -> a.isActiveAdmin() && !a.getId().equals(leaving.getId()));
    if (!another) {
      throw ConflictException.worded(
          "This is the clinic's last admin. Make someone else an admin first.",
          "refusal.staff.lastAdmin");
    }
  }

  private Account existing(UUID accountId) {
    return accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account"));
  }
}
