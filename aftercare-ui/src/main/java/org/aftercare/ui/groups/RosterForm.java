package org.aftercare.ui.groups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceSuggestions;
import org.aftercare.attendance.SuggestedRoster;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.JoinWindow;
import org.aftercare.groups.SessionRemoval;
import org.aftercare.groups.SessionRemovals;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.ClientPicker;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.security.PortalSession;

/**
 * A session's roster for the facilitator: its {@link RosterLines}, drop-ins for open groups, and
 * one Save for the whole roster. Clients' own check-ins show as self-reported, and the video
 * service's report as reported by it, until saved here; the report can be confirmed in one click.
 */
class RosterForm extends VerticalLayout {

  private final AttendanceService attendance;
  private final AttendanceSuggestions suggestions;
  private final ClientService clients;
  private final SessionRemovals removals;
  private final GroupSession session;
  private final RosterLines lines;

  RosterForm(
      AttendanceService attendance,
      AttendanceSuggestions suggestions,
      ClientService clients,
      SessionRemovals removals,
      GroupSession session,
      ZoneId zone) {
    this.removals = removals;
    this.attendance = attendance;
    this.suggestions = suggestions;
    this.clients = clients;
    this.session = session;
    this.lines = new RosterLines(zone);
    setPadding(false);
    setId("roster");
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("groups.roster.attendance")));
    if (Instant.now().isBefore(JoinWindow.opensAt(session))) {
      add(new Paragraph(getTranslation("groups.roster.theRosterOpens")));
      return;
    }
    SuggestedRoster roster = suggestions.roster(session.getId());
    if (roster.lines().isEmpty()) {
      add(new Paragraph(getTranslation("groups.roster.noOneIs")));
    }
    lines.show(
        roster,
        removals.ofSession(session.getId()).stream()
            .filter(SessionRemoval::isInForce)
            .map(SessionRemoval::clientId)
            .collect(Collectors.toSet()));
    add(lines);
    var all = new Button(getTranslation("groups.roster.all"), click -> lines.markEveryonePresent());
    all.setId("mark-all-present");
    all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var save = new Button(getTranslation("groups.roster.save"), click -> save());
    save.setId("save-roster");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var actions = new HorizontalLayout(save, all);
    if (roster.hasSuggestions()) {
      var confirm = new Button(getTranslation("groups.roster.confirm"), click -> confirmReport());
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

  private void confirmReport() {
    try {
      suggestions.confirm(session.getId());
      Notification.show(
              getTranslation("groups.roster.theVideoService"),
              3000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    } catch (InvalidInputException invalid) {
      problem(PortalTranslations.refusal(invalid));
    } catch (ConflictException conflict) {
      problem(PortalTranslations.refusal(conflict));
    }
  }

  private ClientPicker dropIn() {
    var dropIn = new ClientPicker(clients, null);
    dropIn.setPlaceholder(getTranslation("groups.roster.dropIn.placeholder"));
    dropIn.setAriaLabel(getTranslation("groups.roster.dropIn.aria"));
    dropIn.addValueChangeListener(
        change -> {
          if (change.getValue() != null) {
            lines.addDropIn(change.getValue());
          }
        });
    return dropIn;
  }

  private void save() {
    try {
      attendance.saveRoster(session.getId(), lines.entries());
      Notification.show(
              getTranslation("groups.roster.attendanceSaved"),
              3000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    } catch (InvalidInputException invalid) {
      problem(PortalTranslations.refusal(invalid));
    } catch (ConflictException conflict) {
      problem(PortalTranslations.refusal(conflict));
    }
  }

  private static void problem(String message) {
    Notification.show(message, 6000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
