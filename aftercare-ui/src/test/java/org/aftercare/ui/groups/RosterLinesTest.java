package org.aftercare.ui.groups;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.AttendanceSuggestion;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.RosterLine;
import org.aftercare.attendance.SuggestedRoster;
import org.aftercare.clients.Client;
import org.junit.jupiter.api.Test;

/**
 * The roster's lines without a browser or services: a tap is the entry saved with the version the
 * line was built on, unmarked lines are left out, the excuse reason appears only for Excused, a
 * drop-in joins as present once, "Everyone present" marks all, and the video service's report is
 * preselected and says so.
 */
class RosterLinesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private final Client sam = aClient().named("Sam T.").build();
  private final Client ray = aClient().named("Ray K.").build();
  private final RosterLines lines = new RosterLines(CHICAGO);

  @Test
  void eachMarkedLineIsAnEntryAndUnmarkedLinesAreLeftOut() {
    lines.show(rosterOf(sam, ray));

    status(sam).setValue(AttendanceStatus.LATE);

    assertThat(lines.entries())
        .containsExactly(new RosterEntry(sam.getId(), AttendanceStatus.LATE, "", -1));
  }

  @Test
  void theReasonShowsOnlyForAnExcuseAndIsSavedWithIt() {
    lines.show(rosterOf(sam));
    assertThat(reason(sam).isVisible()).isFalse();

    status(sam).setValue(AttendanceStatus.EXCUSED);
    reason(sam).setValue("Hospital appointment");

    assertThat(reason(sam).isVisible()).isTrue();
    assertThat(lines.entries())
        .containsExactly(
            new RosterEntry(sam.getId(), AttendanceStatus.EXCUSED, "Hospital appointment", -1));

    status(sam).setValue(AttendanceStatus.PRESENT);

    assertThat(reason(sam).isVisible()).isFalse();
  }

  @Test
  void everyonePresentMarksEveryLine() {
    lines.show(rosterOf(sam, ray));

    lines.markEveryonePresent();

    assertThat(lines.entries())
        .extracting(RosterEntry::status)
        .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
  }

  @Test
  void aDropInJoinsAsPresentOnceAndAClientOnTheRosterKeepsTheirMark() {
    lines.show(rosterOf(sam));
    status(sam).setValue(AttendanceStatus.ABSENT);

    lines.addDropIn(ray);
    lines.addDropIn(ray);
    lines.addDropIn(sam);

    assertThat(lines.entries())
        .containsExactly(
            new RosterEntry(sam.getId(), AttendanceStatus.ABSENT, "", -1),
            new RosterEntry(ray.getId(), AttendanceStatus.PRESENT, "", -1));
  }

  @Test
  void theVideoServicesReportIsPreselectedAndSaysWhereItCameFrom() {
    var report =
        new AttendanceSuggestion(
            AttendanceStatus.LATE,
            Instant.parse("2027-01-06T00:12:00Z"),
            Instant.parse("2027-01-06T01:30:00Z"));

    lines.show(
        new SuggestedRoster(
            List.of(new RosterLine(sam, Optional.empty())), Map.of(sam.getId(), report)));

    assertThat(status(sam).getValue()).isEqualTo(AttendanceStatus.LATE);
    assertThat(texts(row(sam)))
        .contains("joined 18:12, left 19:30 · reported by the video service · confirm");
  }

  @Test
  void showingTheRosterAgainStartsFromWhatItSays() {
    lines.show(rosterOf(sam));
    lines.addDropIn(ray);

    lines.show(rosterOf(sam));

    lines.markEveryonePresent();
    assertThat(lines.entries()).extracting(RosterEntry::clientId).containsExactly(sam.getId());
  }

  private static SuggestedRoster rosterOf(Client... clients) {
    return new SuggestedRoster(
        Stream.of(clients).map(client -> new RosterLine(client, Optional.empty())).toList(),
        Map.of());
  }

  private Component row(Client client) {
    return lines
        .getChildren()
        .filter(row -> client.getDisplayName().equals(row.getElement().getAttribute("data-client")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private RadioButtonGroup<AttendanceStatus> status(Client client) {
    return (RadioButtonGroup<AttendanceStatus>)
        row(client)
            .getChildren()
            .filter(RadioButtonGroup.class::isInstance)
            .findFirst()
            .orElseThrow();
  }

  private TextField reason(Client client) {
    return (TextField)
        row(client).getChildren().filter(TextField.class::isInstance).findFirst().orElseThrow();
  }

  private static List<String> texts(Component row) {
    return row.getChildren()
        .filter(Span.class::isInstance)
        .map(span -> ((Span) span).getText())
        .toList();
  }
}
