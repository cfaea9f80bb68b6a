package org.aftercare.ui.groups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftercare.access.Role;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.AttendanceSuggestion;
import org.aftercare.attendance.AttendanceSuggestions;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.RosterLine;
import org.aftercare.attendance.SuggestedRoster;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.JoinWindow;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.ClientPicker;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.PortalSession;

/**
 * A session's roster for the facilitator: one row per client with one-tap statuses (radio buttons,
 * so arrow keys move between them), a reason when excused, drop-ins for open groups, and one Save
 * for the whole roster. Clients' own check-ins show as self-reported, and the video service's
 * report as reported by it, until saved here; the report can be confirmed in one click.
 */
class RosterForm extends VerticalLayout {

  private final AttendanceService attendance;
  private final AttendanceSuggestions suggestions;
  private final ClientService clients;
  private final GroupSession session;
  private final ZoneId zone;
  private final List<Row> rows = new ArrayList<>();
  private final Div lines = new Div();

  /** One client's controls and the record version they were built on. */
  private record Row(
      Client client, RadioButtonGroup<AttendanceStatus> status, TextField reason, long version) {}

  RosterForm(
      AttendanceService attendance,
      AttendanceSuggestions suggestions,
      ClientService clients,
      GroupSession session,
      ZoneId zone) {
    this.attendance = attendance;
    this.suggestions = suggestions;
    this.clients = clients;
    this.session = session;
    this.zone = zone;
    setPadding(false);
    setId("roster");
    render();
  }

  private void render() {
    removeAll();
    rows.clear();
    lines.removeAll();
    add(new H2("Attendance"));
    if (Instant.now().isBefore(JoinWindow.opensAt(session))) {
      add(new Paragraph("The roster opens 10 minutes before the session starts."));
      return;
    }
    SuggestedRoster roster = suggestions.roster(session.getId());
    if (roster.lines().isEmpty()) {
      add(new Paragraph("No one is enrolled in this group."));
    }
    roster.lines().forEach(line -> addRow(line, roster.suggestionFor(line.client().getId())));
    add(lines);
    var all =
        new Button(
            "Everyone present",
            click -> rows.forEach(r -> r.status().setValue(AttendanceStatus.PRESENT)));
    all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var save = new Button("Save attendance", click -> save());
    save.setId("save-roster");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var actions = new HorizontalLayout(save, all);
    if (roster.hasSuggestions()) {
      var confirm = new Button("Confirm the video service's report", click -> confirmReport());
      confirm.setId("confirm-video-report");
      confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
      actions.addComponentAtIndex(0, confirm);
    }
    // Finding a drop-in searches the client directory, which only clinicians browse.
    if (session.getGroup().getEnrolment() == EnrolmentPolicy.OPEN
        && PortalSession.holds(Role.CLINICIAN)) {
      actions.add(dropIn());
    }
    actions.setWrap(true);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(actions);
  }

  /**
   * A client's line; where the video service reported what no facilitator has recorded, its
   * suggestion is preselected and says where it came from.
   */
  private void addRow(RosterLine line, Optional<AttendanceSuggestion> suggested) {
    var status = new RadioButtonGroup<AttendanceStatus>();
    status.setAriaLabel("Attendance of " + line.client().getDisplayName());
    status.setItems(AttendanceStatus.values());
    status.setItemLabelGenerator(AttendanceStatus::label);
    var reason = new TextField();
    reason.setPlaceholder("Reason for excuse");
    reason.setAriaLabel("Reason " + line.client().getDisplayName() + " is excused");
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
                .ifPresent(r -> row.add(new Span("checked in themselves · confirm"))));
    line.recorded().filter(Attendance::isDropIn).ifPresent(r -> row.add(new Span("drop-in")));
    lines.add(row);
    rows.add(new Row(line.client(), status, reason, line.version()));
  }

  private Span reported(AttendanceSuggestion suggestion) {
    var times = new ArrayList<String>();
    suggestion.joined().ifPresent(at -> times.add("joined " + SessionTimes.time(at, zone)));
    suggestion.left().ifPresent(at -> times.add("left " + SessionTimes.time(at, zone)));
    var note =
        new Span(
            (times.isEmpty() ? "" : String.join(", ", times) + " · ")
                + "reported by the video service · confirm");
    note.addClassName("aftercare-video-report");
    return note;
  }

  private void confirmReport() {
    try {
      suggestions.confirm(session.getId());
      Notification.show(
              "The video service's report is confirmed", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    } catch (InvalidInputException | ConflictException problem) {
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private ClientPicker dropIn() {
    var dropIn = new ClientPicker(clients, null);
    dropIn.setPlaceholder("Add a drop-in");
    dropIn.setAriaLabel("Add a drop-in attendee");
    dropIn.addValueChangeListener(
        change -> {
          Client client = change.getValue();
          if (client != null
              && rows.stream().noneMatch(r -> r.client().getId().equals(client.getId()))) {
            addRow(new RosterLine(client, Optional.empty()), Optional.empty());
            rows.getLast().status().setValue(AttendanceStatus.PRESENT);
          }
        });
    return dropIn;
  }

  private void save() {
    var entries =
        rows.stream()
            .filter(row -> row.status().getValue() != null)
            .map(
                row ->
                    new RosterEntry(
                        row.client().getId(),
                        row.status().getValue(),
                        row.reason().getValue(),
                        row.version()))
            .toList();
    try {
      attendance.saveRoster(session.getId(), entries);
      Notification.show("Attendance saved", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    } catch (InvalidInputException | ConflictException problem) {
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
