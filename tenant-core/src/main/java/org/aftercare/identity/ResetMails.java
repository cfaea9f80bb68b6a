package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Caller;
import org.aftercare.mail.Mailer;
import org.aftercare.tenancy.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and mails a reset link for a "forgot your password" request, after the person was answered
 * (see {@link PasswordResets#request}): on a thread of its own, with a request context of its own.
 * Nothing is sent when the clinic or the address matches no active account.
 */
@ApplicationScoped
public class ResetMails {

  private static final Logger LOG = Logger.getLogger(ResetMails.class.getName());

  @Inject Passwords passwords;
  @Inject ResetClinic resetClinic;
  @Inject Caller caller;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @ActivateRequestContext
  public void send(String clinicReference, String email) {
    try {
      resetClinic
          .named(clinicReference)
          .ifPresent(
              clinic ->
                  caller
                      .callAsPortal(clinic.getId(), () -> passwords.startPasswordReset(email))
                      .ifPresent(link -> mail(clinic, link)));
    } catch (RuntimeException e) {
      // No one waits for this answer; the person can ask again.
      LOG.log(Level.WARNING, "A password reset request could not be served", e);
    }
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
}
