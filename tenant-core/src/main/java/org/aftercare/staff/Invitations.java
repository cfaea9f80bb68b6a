package org.aftercare.staff;

import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.LinkToken;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The current clinic's invitations, one transaction per change; {@link StaffInvitations} decides
 * who may.
 */
@ApplicationScoped
@TenantAware
public class Invitations {

  static final String AUDIT_TYPE = "Invitation";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject AccountService accounts;
  @Inject AuditService audit;

  @Requires(CLINIC_ADMIN)
  public List<Invitation> open() {
    return em.createNamedQuery(Invitation.OPEN, Invitation.class).getResultList();
  }

  /** A client's invitation to their own portal account. */
  @Transactional
  Invitation createForClient(
      UUID clientId, String email, String displayName, LinkToken token, String invitedBy) {
    if (accounts.findForClient(clientId).isPresent()) {
      throw InvalidInputException.worded(
          "email",
          "This client already has a portal account.",
          "refusal.staff.invite.clientHasAccount");
    }
    return create(email, displayName, EnumSet.of(Role.CLIENT), token, invitedBy, null)
        .forClient(clientId);
  }

  @Transactional
  Invitation create(
      String email,
      String displayName,
      Set<Role> roles,
      LinkToken token,
      String invitedBy,
      String language) {
    if (accounts.findByEmail(email).isPresent()) {
      throw InvalidInputException.worded(
          "email",
          "This person already has an account in the clinic.",
          "refusal.staff.invite.personHasAccount");
    }
    if (open().stream().anyMatch(i -> i.getEmail().equalsIgnoreCase(email.trim()))) {
      throw InvalidInputException.worded(
          "email",
          "An invitation to this address is open; resend it instead.",
          "refusal.staff.invite.openInvitation");
    }
    var invitation =
        new Invitation(email, displayName, roles, token.hash(), invitedBy).inLanguage(language);
    em.persist(invitation);
    audit.record(AuditAction.STAFF_INVITED, AUDIT_TYPE, invitation.getId(), AuditOutcome.SUCCESS);
    return invitation;
  }

  @Transactional
  Invitation renew(UUID invitationId, LinkToken token) {
    Invitation invitation = existing(invitationId);
    invitation.renew(token.hash(), clock.instant());
    return invitation;
  }

  @Transactional
  void revoke(UUID invitationId) {
    existing(invitationId).revoke(clock.instant());
    audit.record(AuditAction.INVITATION_REVOKED, AUDIT_TYPE, invitationId, AuditOutcome.SUCCESS);
  }

  Optional<Invitation> usable(String token) {
    return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
        .setParameter("tokenHash", LinkToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .filter(invitation -> invitation.isUsableAt(clock.instant()));
  }

  /**
   * The language of the invitation's mail: a client's preferred one, else the one the admin chose
   * for a member of staff, else none (English).
   */
  String languageOf(Invitation invitation) {
    return invitation
        .clientId()
        .map(client -> em.find(Client.class, client))
        .map(Client::getPreferredLanguage)
        .or(invitation::language)
        .orElse(null);
  }

  /** Opens the account the invitation promised, and uses the invitation up. */
  @Transactional
  Account accept(String token, String password) {
    Invitation invitation = usable(token).orElseThrow(() -> new NotFoundException("Invitation"));
    Account account =
        invitation
            .clientId()
            .map(
                client ->
                    accounts.openForClient(
                        client, invitation.getEmail(), invitation.getDisplayName(), password))
            .orElseGet(
                () ->
                    accounts.open(
                        invitation.getEmail(),
                        invitation.getDisplayName(),
                        password,
                        invitation.getRoles()));
    invitation.language().ifPresent(account::preferLanguage);
    invitation.accept(clock.instant());
    audit.record(
        invitation.getEmail(),
        AuditAction.INVITATION_ACCEPTED,
        AUDIT_TYPE,
        invitation.getId(),
        AuditOutcome.SUCCESS);
    return account;
  }

  private Invitation existing(UUID invitationId) {
    return Optional.ofNullable(em.find(Invitation.class, invitationId))
        .orElseThrow(() -> new NotFoundException("Invitation"));
  }
}
