package org.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.aftercare.access.Role;
import org.junit.jupiter.api.Test;

/**
 * What an invitation e-mail says. A client's names no clinic anywhere in its subject or body (42
 * CFR Part 2: a treatment programme's name in an inbox discloses treatment); staff are told which
 * clinic invites them.
 */
class InvitationMailTest {

  private static final String CLINIC = "Riverside Recovery Center";
  private static final String NEUTRAL = "Wellness portal";
  private static final String LINK = "https://portal.example/invitation?token=t";

  @Test
  void clientsInvitationNamesNoClinic() {
    var invitation = invitation(Role.CLIENT).forClient(UUID.randomUUID());

    String subject = StaffInvitations.subjectOf(invitation, CLINIC, NEUTRAL);
    String body = StaffInvitations.bodyOf(invitation, CLINIC, NEUTRAL, LINK);

    assertThat(subject).isEqualTo("Your Wellness portal account").doesNotContain(CLINIC);
    assertThat(body)
        .doesNotContain(CLINIC)
        .contains("Hello Sam T.", "Choose your Wellness portal password", LINK, "72 hours");
  }

  @Test
  void staffInvitationNamesTheClinic() {
    var invitation = invitation(Role.CLINICIAN);

    assertThat(StaffInvitations.subjectOf(invitation, CLINIC, NEUTRAL))
        .isEqualTo("You're invited to " + CLINIC + " on Aftercare");
    assertThat(StaffInvitations.bodyOf(invitation, CLINIC, NEUTRAL, LINK))
        .contains(CLINIC + " has invited you", LINK);
  }

  private static Invitation invitation(Role role) {
    return new Invitation("sam@example.org", "Sam T.", EnumSet.of(role), "hash", "dana");
  }
}
