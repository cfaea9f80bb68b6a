package org.aftercare.library;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftercare.groups.Modality;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic's library: staff add links and uploads and assign them to a group or a client; a
 * client sees what is theirs ("For you") and the shelf, and downloads a file only when it is open
 * to them. Uploads are judged by content and size, refused with nothing stored. Retiring takes a
 * resource off every list but the staff's.
 */
class LibraryIT extends DeployedDomain {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Inject Library library;

  private Scenario a;
  private String group;

  @BeforeEach
  void clinicWithAGroupItsFacilitatorAndTwoClients() {
    group = "Thursday SMART " + UUID.randomUUID();
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withAdmin("Ada Admin")
            .withMentor("Morgan Mentor")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withGroup(aGroup().named(group).ofKind(Modality.SMART_RECOVERY), "Morgan Mentor")
            .enrolling("Alex P.")
            .build();
  }

  @Test
  void aClientSeesWhatWasAssignedToThemOrTheirGroupAndNothingOfAnotherClients() {
    String title = "Urge surfing explained " + UUID.randomUUID();
    UUID article = a.as("Dana Lead", () -> library.add(privateArticle(title), null));
    UUID leaflet =
        a.as("Dana Lead", () -> library.add(document("Relapse leaflet"), pdf("leaflet.pdf")));

    a.as("Dana Lead", () -> library.assignToClient(article, a.client("Alex P.").getId()));
    a.as("Ada Admin", () -> library.assignToGroup(leaflet, a.group(group).getId()));

    assertThat(a.as("Alex P.", () -> library.forMe()))
        .extracting(forYou -> forYou.resource().id())
        .containsExactly(leaflet, article);
    assertThat(a.as("Blake R.", () -> library.forMe())).isEmpty();
    assertThat(a.as("Alex P.", () -> library.file(leaflet)))
        .hasValueSatisfying(
            file -> {
              assertThat(file.content()).isEqualTo(PDF);
              assertThat(file.contentType()).isEqualTo("application/pdf");
              assertThat(file.fileName()).isEqualTo("leaflet.pdf");
            });
    assertThat(a.as("Blake R.", () -> library.file(leaflet))).as("another client").isEmpty();
    assertThat(a.as("Morgan Mentor", () -> library.file(leaflet))).as("staff").isPresent();
    assertThat(a.call(() -> library.file(leaflet))).as("no one signed in").isEmpty();
    assertThat(a.as("Dana Lead", () -> library.list(title, false, 0, 10)))
        .singleElement()
        .satisfies(line -> assertThat(line.link()).isEqualTo("https://example.org/urge"));
  }

  @Test
  void whatIsOnTheShelfReachesEveryClientAndItsFileToo() {
    String title = "Shelf leaflet " + UUID.randomUUID();
    UUID leaflet =
        a.as(
            "Dana Lead",
            () ->
                library.add(
                    new ResourceDetails(
                        ResourceKind.DOCUMENT,
                        title,
                        null,
                        null,
                        null,
                        Set.of(),
                        List.of("Sleep", " sleep "),
                        true,
                        List.of()),
                    pdf("sleep.pdf")));

    assertThat(a.as("Blake R.", () -> library.shelf(0, 100)))
        .filteredOn(line -> line.id().equals(leaflet))
        .singleElement()
        .satisfies(line -> assertThat(line.topics()).containsExactly("sleep"));
    assertThat(a.as("Blake R.", () -> library.file(leaflet))).isPresent();
  }

  @Test
  void uploadsAreJudgedByContentAndSizeAndNothingIsStoredWhenRefused() {
    String title = "Renamed picture " + UUID.randomUUID();
    byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

    assertRefusedNaming(
        "file",
        () ->
            a.as(
                "Dana Lead",
                () -> library.add(document(title), new UploadedFile("leaflet.pdf", PNG))));
    assertRefusedNaming(
        "file",
        () ->
            a.as(
                "Dana Lead",
                () -> library.add(document(title), new UploadedFile("big.pdf", huge))));
    assertRefusedNaming(
        "file",
        () ->
            a.as(
                "Dana Lead",
                () ->
                    library.add(
                        document(title),
                        new UploadedFile("talk.pdf", new byte[] {'I', 'D', '3', 4, 0}))));
    assertRefusedNaming("link", () -> a.as("Dana Lead", () -> library.add(document(title), null)));

    assertThat(a.as("Dana Lead", () -> library.count(title, true))).isZero();
  }

  @Test
  void aRetiredResourceLeavesForYouAndItsFileReachesOnlyStaff() {
    UUID leaflet = a.as("Dana Lead", () -> library.add(document("Old leaflet"), pdf("old.pdf")));
    a.as("Dana Lead", () -> library.assignToClient(leaflet, a.client("Alex P.").getId()));

    a.as("Dana Lead", () -> done(() -> library.retire(leaflet)));

    assertThat(a.as("Alex P.", () -> library.forMe())).isEmpty();
    assertThat(a.as("Alex P.", () -> library.file(leaflet))).isEmpty();
    assertThat(a.as("Dana Lead", () -> library.file(leaflet))).isPresent();
    assertRefusedNaming(
        "resource",
        () ->
            a.as("Dana Lead", () -> library.assignToClient(leaflet, a.client("Blake R.").getId())));
  }

  @Test
  void rolesDecideWhoAddsAndAssigns() {
    UUID article =
        a.as("Dana Lead", () -> library.add(privateArticle("Roles " + UUID.randomUUID()), null));

    assertThatThrownBy(
            () ->
                a.as(
                    "Morgan Mentor",
                    () -> library.add(privateArticle("Mentor's " + UUID.randomUUID()), null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                a.as(
                    "Ada Admin",
                    () -> library.assignToClient(article, a.client("Alex P.").getId())))
        .as("an admin opens no client record")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Alex P.", () -> library.list("", false, 0, 10)))
        .isInstanceOf(ForbiddenException.class);
    assertRefusedNaming(
        "assignee",
        () ->
            a.as(
                "Dana Lead",
                () -> {
                  library.assignToClient(article, a.client("Alex P.").getId());
                  return library.assignToClient(article, a.client("Alex P.").getId());
                }));
  }

  private static ResourceDetails privateArticle(String title) {
    return new ResourceDetails(
        ResourceKind.ARTICLE,
        title,
        "What an urge is and how it passes",
        "https://example.org/urge",
        null,
        Set.of(Modality.SMART_RECOVERY),
        List.of("cravings"),
        false,
        List.of());
  }

  static ResourceDetails document(String title) {
    return new ResourceDetails(
        ResourceKind.DOCUMENT, title, null, null, null, Set.of(), List.of(), false, List.of());
  }

  private static UploadedFile pdf(String name) {
    return new UploadedFile(name, PDF);
  }

  private static Object done(Runnable command) {
    command.run();
    return null;
  }
}
