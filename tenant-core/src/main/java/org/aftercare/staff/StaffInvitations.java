package org.aftercare.staff;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PLATFORM_OPERATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.Account;
import org.aftercare.identity.LinkToken;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.mail.MailWords;
import org.aftercare.mail.Mailer;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.shared.Texts;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inviting staff and accepting invitations. The e-mail goes out after the invitation is committed,
 * so a link never points at nothing; if the mail server fails, the invitation stays and can be
 * resent. A client's is in their preferred language; a member of staff's in the language the
 * inviting admin chose for them, which their account keeps as their choice (English when none).
 */
@ApplicationScoped
public class StaffInvitations {

  /** How a new clinic's first admin is named until they choose their own name. */
  public static final String FIRST_ADMIN_NAME = "Clinic admin";

  private static final Set<Role> STAFF_ROLES =
      EnumSet.of(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.PEER_MENTOR);

  @Inject Invitations invitations;
  @Inject ClientService clients;
  @Inject Mailer mailer;
  @Inject TenantContext tenantContext;
  @Inject TenantService tenants;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * A clinic admin invites a member of staff to the current clinic, in {@code language} ("en",
   * "es"; null for none: English until the person chooses).
   */
  @Requires(CLINIC_ADMIN)
  public Invitation invite(String email, String displayName, Set<Role> roles, String language) {
    UUID clinic = tenantContext.tenantId().orElseThrow(() -> new ForbiddenException("No clinic"));
    if (language != null && !PreferredLanguages.OFFERED.contains(language)) {
      throw InvalidInputException.worded(
          "language", "Choose English or Spanish.", "account.language.unknown");
    }
    return inviteTo(clinic, email, displayName, roles, language);
  }

  /** The platform operator invites a new clinic's first admin. */
  @Requires(PLATFORM_OPERATOR)
  public Invitation inviteFirstAdmin(UUID clinicId, String email) {
    return inviteTo(clinicId, email, FIRST_ADMIN_NAME, EnumSet.of(Role.CLINIC_ADMIN), null);
  }

  /** Staff invite a client to the portal; the client's own e-mail address receives the link. */
  @Requires(CLINICIAN)
  public Invitation inviteClient(UUID clientId) {
    Client client = clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    if (client.getEmail() == null) {
      throw InvalidInputException.worded(
          "email",
          "Add the client's e-mail address to the record first.",
          "refusal.staff.invite.clientEmail");
    }
    var token = LinkToken.create();
    String invitedBy = caller.person().orElseThrow().getName();
    var invitation =
        invitations.createForClient(
            clientId, client.getEmail(), client.getDisplayName(), token, invitedBy);
    mail(currentClinic(), invitation, token);
    return invitation;
  }

  @Requires(CLINIC_ADMIN)
  public void resend(UUID invitationId) {
    var token = LinkToken.create();
    var invitation = invitations.renew(invitationId, token);
    mail(currentClinic(), invitation, token);
  }

  @Requires(CLINIC_ADMIN)
  public void revoke(UUID invitationId) {
    invitations.revoke(invitationId);
  }

  /** For the page a link opens: the invitation, if it can still be used. */
  public Optional<Invitation> usable(String clinicSlug, String token) {
    return tenants
        .findActiveByReference(clinicSlug)
        .flatMap(clinic -> caller.callAsPortal(clinic.getId(), () -> invitations.usable(token)));
  }

  /** The invited person chooses a password; the account is opened and the link used up. */
  public Account accept(String clinicSlug, String token, String password) {
    Tenant clinic =
        tenants
            .findActiveByReference(clinicSlug)
            .orElseThrow(() -> new NotFoundException("Invitation"));
    return caller.callAsPortal(clinic.getId(), () -> invitations.accept(token, password));
  }

  private Invitation inviteTo(
      UUID clinicId, String email, String displayName, Set<Role> roles, String language) {
    if (!Texts.isEmailAddress(email)) {
      throw InvalidInputException.worded(
          "email",
          "Enter an e-mail address such as name@example.org",
          "refusal.staff.invite.email");
    }
    if (displayName == null || displayName.isBlank()) {
      throw InvalidInputException.worded(
          "displayName", "Enter the person's name.", "refusal.staff.invite.name");
    }
    if (roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
      throw InvalidInputException.worded(
          "roles", "Choose at least one staff role.", "refusal.staff.invite.roles");
    }
    Tenant clinic = tenants.find(clinicId).orElseThrow(() -> new NotFoundException("Clinic"));
    var token = LinkToken.create();
    String invitedBy = caller.person().orElseThrow().getName();
    var invitation =
        tenantContext.callAs(
            clinicId,
            () -> invitations.create(email, displayName, roles, token, invitedBy, language));
    mail(clinic, invitation, token);
    return invitation;
  }

  private void mail(Tenant clinic, Invitation invitation, LinkToken token) {
    String link =
        publicUrl
            + "/invitation?clinic="
            + clinic.getId()
            + "&token="
            + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
    MailWords words = MailWords.of(StaffInvitations.class, invitations.languageOf(invitation));
    mailer.sendToClient(
        invitation.clientId().isPresent() ? clinic.clientFacingName() : null,
        invitation.getEmail(),
        subjectOf(words, invitation, clinic.getName(), clinic.clientFacingName()),
        bodyOf(words, invitation, clinic.getName(), clinic.clientFacingName(), link));
  }

  /** Staff are told which clinic invites them; a client's invitation names no clinic. */
  static String subjectOf(
      MailWords words, Invitation invitation, String clinicName, String clientFacingName) {
    return invitation.clientId().isPresent()
        ? words.text("client.subject", clientFacingName)
        : words.text("staff.subject", clinicName);
  }

  static String bodyOf(
      MailWords words,
      Invitation invitation,
      String clinicName,
      String clientFacingName,
      String link) {
    boolean isClient = invitation.clientId().isPresent();
    return words.text(
        "body",
        invitation.getDisplayName(),
        isClient ? words.text("client.invited") : words.text("staff.invited", clinicName),
        isClient ? clientFacingName : ClinicSettings.DEFAULT_NEUTRAL_NAME,
        link,
        String.valueOf(Invitation.VALID_FOR.toHours()));
  }

  private Tenant currentClinic() {
    return tenantContext
        .tenantId()
        .flatMap(tenants::find)
        .orElseThrow(() -> new ForbiddenException("No clinic"));
  }
}
