package org.aftercare.staff;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.LinkToken;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations are single-use, revocable, renewable, stored as hashes and bound to their clinic. */
class InvitationsIT extends DeployedDomain {

  private static final String PASSWORD = "a long staff passphrase";

  @Inject Invitations invitations;
  @Inject AccountService accounts;
  @Inject ClientService clients;

  private LinkToken token;
  private Invitation invitation;
  private String email;

  @BeforeEach
  void inviteToClinicA() {
    token = LinkToken.create();
    email = "new-" + UUID.randomUUID() + "@a.example";
    invitation =
        clinics.asClinicA(
            () ->
                invitations.create(
                    email, "New Clinician", Set.of(Role.CLINICIAN), token, "admin", null));
  }

  @Test
  void acceptingOpensTheAccountWithTheInvitedRolesAndUsesTheLinkUp() {
    var account = clinics.asClinicA(() -> invitations.accept(token.value(), PASSWORD));

    assertThat(account.getRoles()).containsExactly(Role.CLINICIAN);
    assertThat(clinics.asClinicA(() -> accounts.signIn(email, PASSWORD))).isPresent();
    assertThatThrownBy(() -> clinics.asClinicA(() -> invitations.accept(token.value(), PASSWORD)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void weakPasswordIsRefusedAndTheInvitationStaysUsable() {
    assertThatThrownBy(() -> clinics.asClinicA(() -> invitations.accept(token.value(), "short")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(clinics.asClinicA(() -> invitations.usable(token.value()))).isPresent();
    assertThat(clinics.asClinicA(() -> accounts.findByEmail(email))).isEmpty();
  }

  @Test
  void revokedOrRenewedLinksStopWorking() {
    var renewed = LinkToken.create();
    clinics.asClinicA(() -> invitations.renew(invitation.getId(), renewed));

    assertThat(clinics.asClinicA(() -> invitations.usable(token.value()))).isEmpty();
    assertThat(clinics.asClinicA(() -> invitations.usable(renewed.value()))).isPresent();

    clinics.asClinicA(
        () -> {
          invitations.revoke(invitation.getId());
          return null;
        });
    assertThat(clinics.asClinicA(() -> invitations.usable(renewed.value()))).isEmpty();
  }

  @Test
  void anotherClinicCannotUseOrSeeTheInvitation() {
    assertThat(clinics.asClinicB(() -> invitations.usable(token.value()))).isEmpty();
    assertThat(clinics.asClinicB(() -> invitations.open())).isEmpty();
    assertThatThrownBy(() -> clinics.asClinicB(() -> invitations.accept(token.value(), PASSWORD)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void secondInvitationToTheSameAddressIsRefused() {
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () ->
                        invitations.create(
                            email,
                            "Again",
                            Set.of(Role.CLINICIAN),
                            LinkToken.create(),
                            "admin",
                            null)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void clientInvitationOpensAPortalAccountTiedToTheRecordAndNotAsStaff() {
    var client =
        clinics.asClinicA(
            () ->
                clients.add(
                    aClient().withEmail("sam-" + UUID.randomUUID() + "@example.org").build()));
    var clientToken = LinkToken.create();
    clinics.asClinicA(
        () ->
            invitations.createForClient(
                client.getId(), client.getEmail(), "Sam T.", clientToken, "dana"));

    var account = clinics.asClinicA(() -> invitations.accept(clientToken.value(), PASSWORD));

    assertThat(account.getRoles()).containsExactly(Role.CLIENT);
    assertThat(account.clientId()).contains(client.getId());
    assertThat(clinics.asClinicA(() -> accounts.findForClient(client.getId()))).isPresent();
    assertThat(clinics.asClinicA(() -> accounts.staff()))
        .extracting(a -> a.getId())
        .doesNotContain(account.getId());
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () ->
                        invitations.createForClient(
                            client.getId(),
                            "other@example.org",
                            "Sam",
                            LinkToken.create(),
                            "dana")))
        .isInstanceOf(InvalidInputException.class);
  }

  /** A client's invitation is mailed in the language on their record; staff's in English. */
  @Test
  void aClientsInvitationIsWordedInTheirLanguage() {
    var record = aClient().withEmail("ana-" + UUID.randomUUID() + "@example.org").build();
    record.setPreferredLanguage("es");
    var client = clinics.asClinicA(() -> clients.add(record));
    var clientInvitation =
        clinics.asClinicA(
            () ->
                invitations.createForClient(
                    client.getId(), client.getEmail(), "Ana", LinkToken.create(), "dana"));

    assertThat(clinics.asClinicA(() -> invitations.languageOf(clientInvitation))).isEqualTo("es");
    assertThat(clinics.asClinicA(() -> invitations.languageOf(invitation))).isNull();
  }

  /**
   * A member of staff has no account to hold a language yet: the admin chooses it on the
   * invitation, the mail is worded in it and the account opened from it keeps it as their choice.
   */
  @Test
  void aStaffInvitationInSpanishIsMailedInSpanishAndTheAccountKeepsTheChoice() {
    var spanishToken = LinkToken.create();
    var spanish =
        clinics.asClinicA(
            () ->
                invitations.create(
                    "rosa-" + UUID.randomUUID() + "@a.example",
                    "Rosa",
                    Set.of(Role.PEER_MENTOR),
                    spanishToken,
                    "admin",
                    "es"));

    assertThat(clinics.asClinicA(() -> invitations.languageOf(spanish))).isEqualTo("es");
    var account = clinics.asClinicA(() -> invitations.accept(spanishToken.value(), PASSWORD));
    assertThat(account.preferredLanguage()).contains("es");
    assertThat(
            clinics
                .asClinicA(() -> accounts.find(account.getId()))
                .orElseThrow()
                .preferredLanguage())
        .contains("es");
  }

  @Test
  void onlyTheTokensHashIsStored() {
    assertThat(token.hash()).isEqualTo(LinkToken.hashOf(token.value())).hasSize(64);
    assertThat(token.hash()).doesNotContain(token.value());
  }
}
