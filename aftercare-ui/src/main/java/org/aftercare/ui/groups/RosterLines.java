package org.aftercare.ui.groups;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.AttendanceSuggestion;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.RosterLine;
import org.aftercare.attendance.SuggestedRoster;
import org.aftercare.clients.Client;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * The lines of a session's roster: one row per client with one-tap statuses (radio buttons, so
 * arrow keys move between them) and a reason when excused, and what the rows say as the entries to
 * save. Kept apart from {@link RosterForm}, which asks and tells the services, so that what a tap
 * does can be tested without them.
 */
class RosterLines extends Div {

  private final ZoneId zone;
  private final List<Row> rows = new ArrayList<>();

  /** One client's controls and the record version they were built on. */
  private record Row(
      Client client, RadioButtonGroup<AttendanceStatus> status, TextField reason, long version) {}

  RosterLines(ZoneId zone) {
    this.zone = zone;
  }

  /** Shows the roster's lines, each with what the video service suggests for it. */
  void show(SuggestedRoster roster) {
    show(roster, Set.of());
  }

  /** As {@link #show(SuggestedRoster)}; the lines of clients {@code removed} say so. */
  void show(SuggestedRoster roster, Set<UUID> removed) {
    removeAll();
    rows.clear();
    roster
        .lines()
        .forEach(
            line -> {
              Div row = addRow(line, roster.suggestionFor(line.client().getId()));
              if (removed.contains(line.client().getId())) {
                var note = new Span(text("groups.roster.note"));
                note.addClassName("aftercare-removed-status");
                row.add(note);
              }
            });
  }

  /** Adds a client who is not on the roster, as present; one already on it stays as marked. */
  void addDropIn(Client client) {
    if (rows.stream().noneMatch(row -> row.client().getId().equals(client.getId()))) {
      addRow(new RosterLine(client, Optional.empty()), Optional.empty());
      rows.getLast().status().setValue(AttendanceStatus.PRESENT);
    }
  }

  void markEveryonePresent() {
    rows.forEach(row -> row.status().setValue(AttendanceStatus.PRESENT));
  }

  /** What to save: the rows with a status, each with the version it was built on. */
  List<RosterEntry> entries() {
    return rows.stream()
        .filter(row -> row.status().getValue() != null)
        .map(
            row ->
                new RosterEntry(
                    row.client().getId(),
                    row.status().getValue(),
                    row.reason().getValue(),
                    row.version()))
        .toList();
  }

  /**
   * A client's line; where the video service reported what no facilitator has recorded, its
   * suggestion is preselected and says where it came from.
   */
  private Div addRow(RosterLine line, Optional<AttendanceSuggestion> suggested) {
    var status = new RadioButtonGroup<AttendanceStatus>();
    status.setAriaLabel(text("groups.roster.status.aria", line.client().getDisplayName()));
    status.setItems(AttendanceStatus.values());
    status.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    var reason = new TextField();
    reason.setPlaceholder(text("groups.roster.reason.placeholder"));
    reason.setAriaLabel(text("groups.roster.reason.aria", line.client().getDisplayName()));
    reason.setMaxLength(300);
    line.recorded().map(Attendance::getStatus).ifPresent(status::setValue);
    suggested.map(AttendanceSuggestion::status).ifPresent(status::setValue);
    line.recorded().flatMap(Attendance::excuseReason).ifPresent(reason::setValue);
    reason.setVisible(status.getValue() == AttendanceStatus.EXCUSED);
    status.addValueChangeListener(
        change -> reason.setVisible(change.getValue() == AttendanceStatus.EXCUSED));
    var name = new Span(line.client().getDisplayName());
    name.addClassName("aftercare-roster-name");
    var row = new Div(name, status, reason);
    row.addClassName("aftercare-roster-row");
    row.getElement().setAttribute("data-client", line.client().getDisplayName());
    suggested.ifPresentOrElse(
        suggestion -> row.add(reported(suggestion)),
        () ->
            line.recorded()
                .filter(Attendance::isSelfReported)
                .ifPresent(r -> row.add(new Span(text("groups.roster.checkedInThemselves")))));
    line.recorded()
        .filter(Attendance::isDropIn)
        .ifPresent(r -> row.add(new Span(text("groups.roster.dropIn"))));
    add(row);
    rows.add(new Row(line.client(), status, reason, line.version()));
    return row;
  }

  private Span reported(AttendanceSuggestion suggestion) {
    var times = new ArrayList<String>();
    suggestion
        .joined()
        .ifPresent(at -> times.add(text("groups.roster.joined", SessionTimes.time(at, zone))));
    suggestion
        .left()
        .ifPresent(at -> times.add(text("groups.roster.left", SessionTimes.time(at, zone))));
    var note =
        new Span(
            (times.isEmpty() ? "" : String.join(", ", times) + " · ")
                + text("groups.roster.reported"));
    note.addClassName("aftercare-video-report");
    return note;
  }

  /**
   * Words in the page's language, through the bundles directly so that the roster's unit test needs
   * no running Vaadin service (which {@code getTranslation} does).
   */
  private String text(String key, Object... arguments) {
    return PortalTranslations.in(getLocale(), key, arguments);
  }
}
