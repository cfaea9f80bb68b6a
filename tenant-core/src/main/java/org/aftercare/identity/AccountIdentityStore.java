package org.aftercare.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * Checks a clinic, e-mail and password against the accounts table. Every failure — unknown clinic,
 * suspended clinic, unknown e-mail, deactivated or locked account, an attempt made while the
 * throttle's delay runs, wrong password — gives the same result and costs one password hash, so the
 * answer does not reveal which accounts exist. Attempts over the {@link AttemptLimits} get that
 * same answer without any work.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Clock clock;
  @Inject TenantService tenants;
  @Inject Caller caller;
  @Inject AccountService accounts;
  @Inject PlatformOperatorService operators;
  @Inject PasswordHasher passwordHasher;
  @Inject AttemptLimits limits;
  @Inject RequestOrigin origin;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ClinicCredential signIn)) {
      return NOT_VALIDATED_RESULT;
    }
    if (!limits.allowSignIn(origin.sourceAddress().orElse("unknown"), limitedClinic(signIn))) {
      // The same answer as a wrong password, and no work at all.
      return INVALID_RESULT;
    }
    return signIn.isOperatorSignIn() ? validateOperator(signIn) : validateClinicUser(signIn);
  }

  private String limitedClinic(ClinicCredential signIn) {
    return signIn.isOperatorSignIn()
        ? "platform"
        : tenants
            .findBySlug(signIn.clinic())
            .map(clinic -> clinic.getId().toString())
            .orElse("none");
  }

  private CredentialValidationResult validateClinicUser(ClinicCredential signIn) {
    var tenant = tenants.findBySlug(signIn.clinic()).filter(Tenant::isActive);
    if (tenant.isEmpty()) {
      return fail(signIn);
    }
    var tenantId = tenant.get().getId();
    return caller
        .callAsPortal(tenantId, () -> accounts.signIn(signIn.email(), signIn.password()))
        .map(
            account ->
                success(
                    new SignedInUser(
                        account.getEmail(),
                        account.getId(),
                        tenantId,
                        account.getDisplayName(),
                        account.getRoles(),
                        clock.instant(),
                        account.sessionGeneration(),
                        account.clientId().orElse(null))))
        .orElse(INVALID_RESULT);
  }

  private CredentialValidationResult validateOperator(ClinicCredential signIn) {
    return operators
        .signIn(signIn.email(), signIn.password())
        .map(
            operator ->
                success(
                    new SignedInUser(
                        operator.getEmail(),
                        operator.getId(),
                        null,
                        operator.getDisplayName(),
                        EnumSet.of(Role.PLATFORM_OPERATOR),
                        clock.instant(),
                        0,
                        null)))
        .orElse(INVALID_RESULT);
  }

  private CredentialValidationResult fail(ClinicCredential signIn) {
    passwordHasher.matchesNothing(signIn.password());
    return INVALID_RESULT;
  }

  private static CredentialValidationResult success(SignedInUser user) {
    Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(user, groups);
  }
}
