package org.aftercare.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.aftercare.access.Caller;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * "Forgot your password": a one-hour link by e-mail to the account's own address. Whether or not
 * the clinic and e-mail match an account, the person is told the same, and no mail reveals more.
 */
@ApplicationScoped
public class PasswordResets {

  @Inject Passwords passwords;
  @Inject TenantService tenants;
  @Inject Caller caller;
  @Inject ResetMails resetMails;
  @Inject AttemptLimits limits;
  @Inject RequestOrigin origin;

  @Resource ManagedExecutorService background;

  /**
   * Answers at once, the same for any input: the link is made and mailed afterwards, on another
   * thread, so how long the answer takes cannot tell whether the address has an account — which at
   * an addiction clinic would say who is a client.
   */
  public void request(String clinicReference, String email) {
    // No query on this thread: the work below runs on the executor, whose end closes the
    // non-transactional persistence context this request shares with it.
    String clinic = clinicReference == null ? "" : clinicReference.trim().toLowerCase(Locale.ROOT);
    if (limits.allowReset(origin.sourceAddress().orElse("unknown"), clinic)) {
      background.execute(() -> resetMails.send(clinicReference, email));
    }
  }

  public boolean isUsable(String clinicSlug, String token) {
    return tenants
        .findActiveByReference(clinicSlug)
        .map(clinic -> caller.callAsPortal(clinic.getId(), () -> passwords.isResetUsable(token)))
        .orElse(false);
  }

  public void reset(String clinicSlug, String token, String newPassword) {
    Tenant clinic =
        tenants
            .findActiveByReference(clinicSlug)
            .orElseThrow(() -> new NotFoundException("Reset link"));
    caller.callAsPortal(clinic.getId(), () -> passwords.resetPassword(token, newPassword));
  }
}
