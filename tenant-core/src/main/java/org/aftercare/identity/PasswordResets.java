package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.aftercare.access.Caller;
import org.aftercare.mail.Mailer;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgot your password": a one-hour link by e-mail to the account's own address. Whether or not
 * the clinic and e-mail match an account, the person is told the same, and no mail reveals more.
 */
@ApplicationScoped
public class PasswordResets {

  @Inject AccountService accounts;
  @Inject TenantService tenants;
  @Inject Caller caller;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public void request(String clinicSlug, String email) {
    activeClinic(clinicSlug)
        .ifPresent(
            clinic ->
                caller
                    .callAsPortal(clinic.getId(), () -> accounts.startPasswordReset(email))
                    .ifPresent(link -> mail(clinic, link)));
  }

  public boolean isUsable(String clinicSlug, String token) {
    return activeClinic(clinicSlug)
        .map(clinic -> caller.callAsPortal(clinic.getId(), () -> accounts.isResetUsable(token)))
        .orElse(false);
  }

  public void reset(String clinicSlug, String token, String newPassword) {
    Tenant clinic = activeClinic(clinicSlug).orElseThrow(() -> new NotFoundException("Reset link"));
    caller.callAsPortal(clinic.getId(), () -> accounts.resetPassword(token, newPassword));
  }

  private void mail(Tenant clinic, PasswordResetLink link) {
    String url =
        publicUrl
            + "/reset-password?clinic="
            + clinic.getId()
            + "&token="
            + URLEncoder.encode(link.token().value(), StandardCharsets.UTF_8);
    // A client's account is named by the product alone; staff may be told the clinic.
    String account =
        link.account().clientId().isPresent()
            ? clinic.clientFacingName() + " account"
            : clinic.getName() + " account on Aftercare";
    String subject =
        "Reset your "
            + (link.account().clientId().isPresent() ? clinic.clientFacingName() : "Aftercare")
            + " password";
    mailer.sendToClient(
        link.account().clientId().isPresent() ? clinic.clientFacingName() : null,
        link.account().getEmail(),
        subject,
        """
        Hello %s,

        Someone asked to reset the password of your %s. If it was you, choose a new password here
        within the next hour:

        %s

        If it was not you, ignore this e-mail; your password stays as it is.
        """
            .formatted(link.account().getDisplayName(), account, url));
  }

  private Optional<Tenant> activeClinic(String reference) {
    return tenants.findActiveByReference(reference);
  }
}
