package org.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.mail.MailWords;
import org.junit.jupiter.api.Test;

/**
 * What an invitation e-mail says. A client's names no clinic anywhere in its subject or body (42
 * CFR Part 2: a treatment programme's name in an inbox discloses treatment); staff are told which
 * clinic invites them. A client's is in their preferred language.
 */
class InvitationMailTest {

  private static final String CLINIC = "Riverside Recovery Center";
  private static final String NEUTRAL = "Wellness portal";
  private static final String LINK = "https://portal.example/invitation?token=t";
  private static final MailWords ENGLISH = MailWords.of(StaffInvitations.class, "en");

  @Test
  void clientsInvitationNamesNoClinic() {
    var invitation = invitation(Role.CLIENT).forClient(UUID.randomUUID());

    String subject = StaffInvitations.subjectOf(ENGLISH, invitation, CLINIC, NEUTRAL);
    String body = StaffInvitations.bodyOf(ENGLISH, invitation, CLINIC, NEUTRAL, LINK);

    assertThat(subject).isEqualTo("Your Wellness portal account").doesNotContain(CLINIC);
    assertThat(body)
        .doesNotContain(CLINIC)
        .contains("Hello Sam T.", "Choose your Wellness portal password", LINK, "72 hours");
  }

  @Test
  void aSpanishReadingClientsInvitationIsInSpanishAndNamesNoClinic() {
    var invitation = invitation(Role.CLIENT).forClient(UUID.randomUUID());
    var spanish = MailWords.of(StaffInvitations.class, "es");

    String subject = StaffInvitations.subjectOf(spanish, invitation, CLINIC, NEUTRAL);
    String body = StaffInvitations.bodyOf(spanish, invitation, CLINIC, NEUTRAL, LINK);

    assertThat(subject).isEqualTo("Su cuenta de Wellness portal");
    assertThat(body)
        .doesNotContain(CLINIC)
        .contains(
            "Hola, Sam T.:",
            "Recibió una invitación. Elija su contraseña de Wellness portal aquí",
            LINK,
            "vence en 72 horas");
  }

  @Test
  void staffInvitationNamesTheClinic() {
    var invitation = invitation(Role.CLINICIAN);

    assertThat(StaffInvitations.subjectOf(ENGLISH, invitation, CLINIC, NEUTRAL))
        .isEqualTo("You're invited to " + CLINIC + " on Aftercare");
    assertThat(StaffInvitations.bodyOf(ENGLISH, invitation, CLINIC, NEUTRAL, LINK))
        .contains(CLINIC + " has invited you", LINK);
  }

  private static Invitation invitation(Role role) {
    return new Invitation("sam@example.org", "Sam T.", EnumSet.of(role), "hash", "dana");
  }
}
