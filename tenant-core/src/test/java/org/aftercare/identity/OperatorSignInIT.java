package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.PlatformAuditEvent;
import org.aftercare.audit.PlatformAuditService;
import org.aftercare.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators' sign-ins are throttled like everyone's and recorded in the platform's audit trail. */
@ExtendWith(ArquillianExtension.class)
class OperatorSignInIT {

  private static final String PASSWORD = "operators keep the lights on";

  @Deployment
  static WebArchive deployment() {
    return Deployments.domain();
  }

  @Inject PlatformOperatorService operators;
  @Inject PlatformAuditService platformAudit;

  private String email;

  @BeforeEach
  void createOperator() {
    email = "ops-" + UUID.randomUUID() + "@aftercare.example";
    operators.create(email, PASSWORD);
  }

  @Test
  void successAndFailureAreAuditedInThePlatformTrail() {
    assertThat(operators.signIn(email, "not the password")).isEmpty();
    assertThat(operators.signIn(email, PASSWORD)).isPresent();

    assertThat(platformAudit.eventsOf(email))
        .extracting(PlatformAuditEvent::getAction)
        .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_SUCCEEDED);
  }

  @Test
  void twentyFailuresLockTheOperatorAndTheLockIsAudited() {
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      operators.signIn(email, "guess " + UUID.randomUUID());
    }

    assertThat(operators.signIn(email, PASSWORD)).isEmpty();
    assertThat(platformAudit.eventsOf(email))
        .extracting(PlatformAuditEvent::getAction)
        .contains(AuditAction.ACCOUNT_LOCKED);
  }
}
