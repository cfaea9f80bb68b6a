package org.aftercare.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.tenancy.TenantContext;

/**
 * Enforces {@link Requires} on the outermost service call of a request. It runs before the
 * transaction interceptor, so a refusal costs no connection. The portal's own work (no person
 * signed in) passes only inside a clinic it entered itself and never into operator work;
 * {@code @Requires({})} marks a method that is the portal's own work only (sign-in, links from
 * mails).
 */
@Requires({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleGate {

  @Inject Caller caller;
  @Inject TenantContext tenantContext;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    if (caller.isInsideService()) {
      return caller.enterService(invocation::proceed);
    }
    Role[] allowed = Objects.requireNonNullElse(requiredRoles(invocation.getMethod()), new Role[0]);
    var person = caller.person();
    var system = caller.apiClient();
    if (system.isPresent()) {
      OpenToApiClients open = invocation.getMethod().getAnnotation(OpenToApiClients.class);
      if (open == null || !tenantContext.tenantId().equals(Optional.of(system.get().tenantId()))) {
        throw new RoleRefusedException();
      }
      requireScope(open.value(), system.get());
    } else if (person.isPresent()) {
      if (Arrays.stream(allowed).noneMatch(person.get().roles()::contains)) {
        throw new RoleRefusedException();
      }
      // A second line behind the request filter: a person acts only in their own clinic.
      if (person.get().tenantId().isPresent()
          && !person.get().tenantId().equals(tenantContext.tenantId())) {
        throw new RoleRefusedException();
      }
    } else if (tenantContext.tenantId().isEmpty() || isOperatorWork(allowed)) {
      throw new RoleRefusedException();
    }
    return caller.enterService(invocation::proceed);
  }

  private static void requireScope(ApiScope[] anyOf, ApiCaller system) {
    if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(system::holds)) {
      throw new ScopeRefusedException(anyOf[0]);
    }
  }

  /** The roles a method's (or else its class's) {@link Requires} names; null without one. */
  static Role[] requiredRoles(Method method) {
    Requires onMethod = method.getAnnotation(Requires.class);
    Requires required =
        onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Requires.class);
    return required == null ? null : required.value();
  }

  private static boolean isOperatorWork(Role[] allowed) {
    return allowed.length == 1 && allowed[0] == Role.PLATFORM_OPERATOR;
  }

  /** A refusal by role, told apart from a refusal by relationship in the role matrix test. */
  public static class RoleRefusedException extends ForbiddenException {
    RoleRefusedException() {
      super("Your role does not allow this.");
    }
  }

  /** A token without the scope an operation needs; the API names the scope to ask for. */
  public static class ScopeRefusedException extends ForbiddenException {
    private final ApiScope missing;

    ScopeRefusedException(ApiScope missing) {
      super("The token does not carry " + missing.value() + "; ask for it at the token endpoint.");
      this.missing = missing;
    }

    public ApiScope missing() {
      return missing;
    }
  }
}
