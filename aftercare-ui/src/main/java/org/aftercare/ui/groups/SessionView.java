package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceSuggestions;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.MeetingLinks;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.groups.SessionRemovals;
import org.aftercare.identity.Account;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * One session: when, where to meet, who leads it and who is expected; and the one-off changes —
 * move, cancel with a reason clients are told, a substitute, a link for this meeting.
 */
@CdiComponent
@Route("sessions/:sessionId")
@PageTitle("Session · Aftercare")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN, Role.Names.PEER_MENTOR})
public class SessionView extends VerticalLayout implements BeforeEnterObserver {

  public static final RouteId SESSION_ID = new RouteId("sessionId", "Session");

  private final GroupSessions sessions;
  private final GroupService groups;
  private final Enrollments enrollments;
  private final MeetingLinks links;
  private final AttendanceService attendance;
  private final AttendanceSuggestions suggestions;
  private final ClientService clients;
  private final SessionRemovals removals;
  private final SessionConcerns concerns;
  private final ZoneId zone;
  private GroupSession session;
  private Map<UUID, Account> staff = Map.of();

  @Inject
  public SessionView(
      GroupSessions sessions,
      GroupService groups,
      Enrollments enrollments,
      MeetingLinks links,
      AttendanceService attendance,
      AttendanceSuggestions suggestions,
      ClientService clients,
      SessionRemovals removals,
      SessionConcerns concerns,
      CurrentClinic clinic) {
    this.removals = removals;
    this.concerns = concerns;
    this.attendance = attendance;
    this.suggestions = suggestions;
    this.clients = clients;
    this.sessions = sessions;
    this.groups = groups;
    this.enrollments = enrollments;
    this.links = links;
    this.zone = clinic.zone();
    addClassName("aftercare-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    session = load(SESSION_ID.in(event.getRouteParameters()));
    staff =
        groups.eligibleFacilitators().stream()
            .collect(Collectors.toMap(Account::getId, person -> person));
    render();
  }

  private GroupSession load(UUID id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("Session"));
  }

  private void render() {
    removeAll();
    var group = session.getGroup();
    var title = new H1(group.getName());
    title.setId("session-title");
    boolean runsTheClinic =
        PortalSession.holds(Role.CLINICIAN) || PortalSession.holds(Role.CLINIC_ADMIN);
    if (runsTheClinic) {
      add(
          new RouterLink(
              "Back to " + group.getName(), GroupView.class, GroupView.GROUP_ID.of(group.getId())));
    }
    // By address: the board is another screen package's page. A peer mentor who leads the group
    // reaches its board from here.
    var board = new Anchor("board/" + group.getId(), "Group board");
    board.setId("open-board");
    add(title, details(), board);
    boolean changeable = !session.isCancelled() && session.getEndsAt().isAfter(Instant.now());
    if (changeable && runsTheClinic) {
      add(actions());
    }
    if (PortalSession.holds(Role.CLINICIAN)) {
      add(new H2("Expected"), roster());
    }
    // A facilitating peer mentor takes the roster too; a clinic admin, who opens no client
    // record, does not.
    boolean takesRoster =
        PortalSession.holds(Role.CLINICIAN) || PortalSession.holds(Role.PEER_MENTOR);
    if (changeable && takesRoster) {
      add(new SessionParticipants(removals, session, zone, this::render));
    }
    if (!session.isCancelled() && takesRoster) {
      add(new RosterForm(attendance, suggestions, clients, removals, session, zone));
    }
    // Clients' concerns are for clinicians only: a concern may be about a peer mentor who leads.
    if (PortalSession.holds(Role.CLINICIAN)) {
      var concernsOfSession =
          new ConcernLines(
              concerns,
              () -> concerns.ofSession(session.getId()),
              zone,
              false,
              "No client has raised a concern about this session.");
      concernsOfSession.setId("session-concerns");
      add(new H2("Concerns from clients"), concernsOfSession);
    }
  }

  private DescriptionList details() {
    var details = new DescriptionList();
    details.addClassName("aftercare-details");
    var when = new Description(SessionTimes.of(session, zone) + " (" + zone.getId() + ")");
    when.setId("session-when");
    details.add(new Term("When"), when);
    var status = new Description(SessionStatusText.of(session));
    status.setId("session-status");
    details.add(new Term("Status"), status);
    details.add(
        new Term("Led by"),
        new Description(
            sessions.leadersOf(session).stream()
                    .map(
                        id ->
                            staff.containsKey(id) ? staff.get(id).getDisplayName() : "former staff")
                    .collect(Collectors.joining(", "))
                + (session.substituteFacilitator().isPresent() ? " (substitute)" : "")));
    var link = links.of(session);
    details.add(
        new Term("Meeting link"),
        link.<com.vaadin.flow.component.Component>map(
                href -> {
                  var anchor = new Anchor(href, href);
                  anchor.setTarget("_blank");
                  anchor.setId("session-link");
                  return anchor;
                })
            .orElseGet(() -> new Span("None: set one here, on the group, or in clinic settings")));
    return details;
  }

  private HorizontalLayout actions() {
    var move = new Button("Move", click -> openMove());
    move.setId("move-session");
    var substitute = new Button("Substitute", click -> openSubstitute());
    substitute.setId("substitute-session");
    var link = new Button("Meeting link", click -> openLink());
    link.setId("link-session");
    var cancel = new Button("Cancel session", click -> openCancel());
    cancel.setId("cancel-session");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var actions = new HorizontalLayout(move, substitute, link, cancel);
    actions.setWrap(true);
    return actions;
  }

  private Grid<Enrollment> roster() {
    var grid = new Grid<Enrollment>();
    grid.setId("session-roster");
    grid.setAllRowsVisible(true);
    grid.addColumn(e -> e.getClient().getDisplayName()).setHeader("Client");
    grid.addColumn(e -> e.hasAcceptedGroundRules() ? "Accepted" : "Not yet")
        .setHeader("Ground rules");
    List<Enrollment> enrolled =
        enrollments.ofGroup(session.getGroup().getId()).stream()
            .filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED)
            .toList();
    grid.setItems(enrolled);
    grid.setEmptyStateText("No one is enrolled in this group.");
    return grid;
  }

  private void openMove() {
    var start = new DateTimePicker("New start (" + zone.getId() + ")");
    start.setId("move-start");
    // Five-minute steps: a session is moved to times like 18:05, not only to quarter hours.
    start.setStep(Duration.ofMinutes(5));
    start.setValue(LocalDateTime.ofInstant(session.getStartsAt(), zone));
    var length = new IntegerField("Length (minutes)");
    length.setId("move-duration");
    length.setValue((int) session.duration().toMinutes());
    openDialog(
        "Move this session",
        "Clients are told the new time by e-mail. Other sessions of the series stay.",
        "Move",
        List.of(start, length),
        new FieldErrors(start).field("start", start).field("durationMinutes", length),
        () ->
            sessions.move(
                session.getId(),
                session.getVersion(),
                start.getValue() == null ? null : start.getValue().atZone(zone).toInstant(),
                length.getValue() == null ? 0 : length.getValue(),
                zone));
  }

  private void openCancel() {
    var reason = new TextArea("Reason (clients see it)");
    reason.setId("cancel-reason");
    reason.setMaxLength(500);
    reason.setRequired(true);
    openDialog(
        "Cancel this session",
        "Enrolled clients are told by e-mail. The rest of the series stays.",
        "Cancel session",
        List.of(reason),
        new FieldErrors(reason),
        () -> sessions.cancel(session.getId(), session.getVersion(), reason.getValue(), zone));
  }

  private void openSubstitute() {
    var person = new Select<Account>();
    person.setId("substitute-person");
    person.setLabel("Stand-in facilitator");
    person.setItems(
        staff.values().stream()
            .sorted((a, b) -> a.getDisplayName().compareTo(b.getDisplayName()))
            .toList());
    person.setItemLabelGenerator(
        a -> a == null ? "No substitute (usual facilitators)" : a.getDisplayName());
    person.setEmptySelectionAllowed(true);
    person.setEmptySelectionCaption("No substitute (usual facilitators)");
    session.substituteFacilitator().map(staff::get).ifPresent(person::setValue);
    openDialog(
        "Substitute facilitator",
        "Leads this session only.",
        "Save",
        List.of(person),
        new FieldErrors(person),
        () ->
            sessions.substitute(
                session.getId(),
                session.getVersion(),
                person.getValue() == null ? null : person.getValue().getId(),
                zone));
  }

  private void openLink() {
    var link = new TextField("Link for this session only");
    link.setId("session-link-field");
    link.setValue(session.ownMeetingLink().orElse(""));
    link.setHelperText("Empty: the group's link or the clinic's template is used.");
    openDialog(
        "Meeting link",
        "",
        "Save",
        List.of(link),
        new FieldErrors(link),
        () -> sessions.useMeetingLink(session.getId(), session.getVersion(), link.getValue()));
  }

  /** A dialog whose action shows the domain's field errors in place and keeps what was typed. */
  private void openDialog(
      String heading,
      String text,
      String confirmLabel,
      List<? extends com.vaadin.flow.component.Component> inputs,
      FieldErrors errors,
      Supplier<GroupSession> action) {
    var dialog = new Dialog(heading);
    var body = new VerticalLayout();
    body.setPadding(false);
    if (!text.isEmpty()) {
      body.add(new Span(text));
    }
    inputs.forEach(body::add);
    dialog.add(body);
    var confirm =
        new Button(
            confirmLabel,
            click -> {
              errors.clear();
              try {
                session = action.get();
                dialog.close();
                Notification.show("Saved", 3000, Notification.Position.BOTTOM_START);
                session = load(session.getId());
                render();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    confirm.setId("dialog-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Close", click -> dialog.close()), confirm);
    dialog.open();
  }
}
