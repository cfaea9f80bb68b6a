package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Caller;
import org.aftercare.mail.MailWords;
import org.aftercare.mail.Mailer;
import org.aftercare.tenancy.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and mails a reset link for a "forgot your password" request, after the person was answered
 * (see {@link PasswordResets#request}): on a thread of its own, with a request context of its own.
 * Nothing is sent when the clinic or the address matches no active account. The mail is in the
 * language the person chose, English until they choose.
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
    MailWords words = MailWords.of(ResetMails.class, link.language());
    boolean isClient = link.account().clientId().isPresent();
    // A client's account is named by the product alone; staff may be told the clinic.
    String account =
        isClient
            ? words.text("client.account", clinic.clientFacingName())
            : words.text("staff.account", clinic.getName());
    mailer.sendToClient(
        isClient ? clinic.clientFacingName() : null,
        link.account().getEmail(),
        isClient
            ? words.text("client.subject", clinic.clientFacingName())
            : words.text("staff.subject"),
        words.text("body", link.account().getDisplayName(), account, url));
  }
}
