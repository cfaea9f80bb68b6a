package org.aftercare.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The role matrix against the running code: every gated method of every bean in {@code
 * role-matrix.txt} is called as a person holding each single role, as an operator, as the portal's
 * own work, by an anonymous caller and by an API client (which passes only the methods marked
 * {@link OpenToApiClients}). A refusal must be the role gate's refusal, not an empty answer; what
 * passes the gate may still fail on the test's empty arguments, which is fine here. Each call runs
 * in a transaction that is rolled back.
 */
class RoleMatrixIT extends DeployedDomain {

  private static final Set<Role> CLINIC_ROLES =
      EnumSet.of(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.PEER_MENTOR, Role.CLIENT);

  @Inject Caller caller;

  @Resource UserTransaction transaction;

  @Test
  void everyRoleReachesWhatTheMatrixSaysAndNothingElse() throws Exception {
    Scenario a =
        clinicA()
            .withAdmin("Ada Admin")
            .withClinician("Cleo Clinician")
            .withMentor("Max Mentor")
            .withClients("Cody Client")
            .withPortalAccounts("Cody Client")
            .build();
    Map<Role, UUID> people =
        Map.of(
            Role.CLINIC_ADMIN, a.staffId("Ada Admin"),
            Role.CLINICIAN, a.staffId("Cleo Clinician"),
            Role.PEER_MENTOR, a.staffId("Max Mentor"),
            Role.CLIENT, a.portalAccount("Cody Client").getId());
    List<String> expected = RoleMatrix.load();
    var actual = new ArrayList<String>();
    var portalWorkRefused = new ArrayList<String>();
    var anonymousAdmitted = new ArrayList<String>();
    var apiClientAdmitted = new ArrayList<String>();
    var openToApiClients = new ArrayList<String>();
    var ehr = new ApiCaller(clinics.clinicA(), UUID.randomUUID(), "Some EHR", Set.of());
    Object bean = null;
    Class<?> type = null;
    for (String line : expected) {
      if (RoleMatrix.isClassLine(line)) {
        type = Class.forName(line);
        bean = null;
        actual.add(line);
        continue;
      }
      String name = RoleMatrix.methodOf(line);
      List<Method> overloads = RoleMatrix.publicMethods(type, name);
      if (overloads.stream().allMatch(m -> RoleGate.requiredRoles(m) == null)) {
        actual.add(RoleMatrix.line(name, "anyone"));
        continue;
      }
      if (bean == null) {
        bean = CDI.current().select(type).get();
      }
      Object target = bean;
      Set<Role> admitted = EnumSet.noneOf(Role.class);
      for (Role role : CLINIC_ROLES) {
        if (clinics.asClinicA(
            () -> fixtures.as(people.get(role), () -> admitsAll(target, overloads)))) {
          admitted.add(role);
        }
      }
      if (caller.callAs(platformOperator(), () -> admitsAll(target, overloads))) {
        admitted.add(Role.PLATFORM_OPERATOR);
      }
      boolean operatorWork = admitted.equals(EnumSet.of(Role.PLATFORM_OPERATOR));
      if (!operatorWork && !clinics.asClinicA(() -> admitsAll(target, overloads))) {
        portalWorkRefused.add(type.getSimpleName() + "." + name);
      }
      if (admitsAny(target, overloads)) {
        anonymousAdmitted.add(type.getSimpleName() + "." + name);
      }
      if (caller.callAsApiClient(ehr, () -> admitsAny(target, overloads))) {
        apiClientAdmitted.add(type.getSimpleName() + "." + name);
      }
      if (overloads.stream().anyMatch(m -> m.isAnnotationPresent(OpenToApiClients.class))) {
        openToApiClients.add(type.getSimpleName() + "." + name);
      }
      actual.add(
          RoleMatrix.line(
              name,
              admitted.isEmpty()
                  ? "portal"
                  : admitted.stream().map(Role::name).collect(Collectors.joining(" "))));
    }

    assertThat(String.join("\n", actual))
        .isEqualTo(String.join("\n", expected.stream().map(RoleMatrix::canonical).toList()));
    assertThat(portalWorkRefused).as("the portal's own work, inside a clinic").isEmpty();
    assertThat(anonymousAdmitted).as("no one signed in and no clinic entered").isEmpty();
    assertThat(apiClientAdmitted)
        .as("an API client, in its clinic")
        .isNotEmpty()
        .isEqualTo(openToApiClients);
  }

  private boolean admitsAll(Object bean, List<Method> overloads) {
    return overloads.stream().allMatch(m -> admits(bean, m));
  }

  private boolean admitsAny(Object bean, List<Method> overloads) {
    return overloads.stream().anyMatch(m -> admits(bean, m));
  }

  /** False only when the role gate refused the call. */
  private boolean admits(Object bean, Method method) {
    BooleanSupplier call =
        () -> {
          try {
            method.invoke(bean, emptyArguments(method));
            return true;
          } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof RoleGate.RoleRefusedException);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        };
    try {
      transaction.begin();
      try {
        return call.getAsBoolean();
      } finally {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not call " + method, e);
    }
  }

  private static Object[] emptyArguments(Method method) {
    return java.util.Arrays.stream(method.getParameterTypes())
        .map(RoleMatrixIT::emptyValue)
        .toArray();
  }

  private static Object emptyValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    return null;
  }
}
