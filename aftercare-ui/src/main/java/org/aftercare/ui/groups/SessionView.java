package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.aftercare.ui.components.Pickers;
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
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN, Role.Names.PEER_MENTOR})
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
              getTranslation("groups.session.back", group.getName()),
              GroupView.class,
              GroupView.GROUP_ID.of(group.getId())));
    }
    // By address: the board is another screen package's page. A peer mentor who leads the group
    // reaches its board from here.
    var board = new Anchor("board/" + group.getId(), getTranslation("groups.board"));

    board.setId("open-board");
    add(title, details(), board);
    boolean changeable = !session.isCancelled() && session.getEndsAt().isAfter(Instant.now());
    if (changeable && runsTheClinic) {
      add(actions());
    }
    if (PortalSession.holds(Role.CLINICIAN)) {
      add(new H2(getTranslation("groups.session.expected")), roster());
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
              getTranslation("groups.session.noConcerns"));
      concernsOfSession.setId("session-concerns");
      add(new H2(getTranslation("groups.session.concernsFromClients")), concernsOfSession);
    }
  }

  private DescriptionList details() {
    var details = new DescriptionList();
    details.addClassName("aftercare-details");
    var when =
        new Description(
            getTranslation("groups.session.whenIn", SessionTimes.of(session, zone), zone.getId()));
    when.setId("session-when");
    details.add(new Term(getTranslation("groups.session.when")), when);
    var status = new Description(SessionStatusText.of(session));
    status.setId("session-status");
    details.add(new Term(getTranslation("groups.session.status")), status);
    details.add(
        new Term(getTranslation("groups.session.ledBy")),
        new Description(
            sessions.leadersOf(session).stream()
                    .map(
                        id ->
                            staff.containsKey(id)
                                ? staff.get(id).getDisplayName()
                                : getTranslation("groups.formerStaff"))
                    .collect(Collectors.joining(", "))
                + (session.substituteFacilitator().isPresent()
                    ? getTranslation("groups.session.substituteNote")
                    : "")));
    var link = links.of(session);
    details.add(
        new Term(getTranslation("groups.session.meetingLink")),
        link.<com.vaadin.flow.component.Component>map(
                href -> {
                  var anchor = new Anchor(href, href);
                  anchor.setTarget("_blank");
                  anchor.setId("session-link");
                  return anchor;
                })
            .orElseGet(() -> new Span(getTranslation("groups.session.noneSetOne"))));
    return details;
  }

  private HorizontalLayout actions() {
    var move = new Button(getTranslation("groups.session.move"), click -> openMove());
    move.setId("move-session");
    var substitute =
        new Button(getTranslation("groups.session.substitute"), click -> openSubstitute());
    substitute.setId("substitute-session");
    var link = new Button(getTranslation("groups.session.meetingLink"), click -> openLink());
    link.setId("link-session");
    var cancel = new Button(getTranslation("groups.session.cancel"), click -> openCancel());
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
    grid.addColumn(e -> e.getClient().getDisplayName())
        .setHeader(getTranslation("groups.session.column.client"));
    grid.addColumn(
            e ->
                getTranslation(
                    e.hasAcceptedGroundRules()
                        ? "groups.session.groundRules.accepted"
                        : "groups.session.groundRules.notYet"))
        .setHeader(getTranslation("groups.session.column.groundRules"));
    List<Enrollment> enrolled =
        enrollments.ofGroup(session.getGroup().getId()).stream()
            .filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED)
            .toList();
    grid.setItems(enrolled);
    grid.setEmptyStateText(getTranslation("groups.session.grid.empty"));
    return grid;
  }

  private void openMove() {
    var start = Pickers.dateAndTime(getTranslation("groups.session.newStart", zone.getId()));
    start.setId("move-start");
    // Five-minute steps: a session is moved to times like 18:05, not only to quarter hours.
    start.setStep(Duration.ofMinutes(5));
    start.setValue(LocalDateTime.ofInstant(session.getStartsAt(), zone));
    var length = new IntegerField(getTranslation("groups.session.length"));
    length.setId("move-duration");
    length.setValue((int) session.duration().toMinutes());
    openDialog(
        getTranslation("groups.session.moveDialog.title"),
        getTranslation("groups.session.moveDialog.text"),
        getTranslation("groups.session.moveDialog.confirm"),
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
    var reason = new TextArea(getTranslation("groups.session.reason"));
    reason.setId("cancel-reason");
    reason.setMaxLength(500);
    reason.setRequired(true);
    openDialog(
        getTranslation("groups.session.cancelDialog.title"),
        getTranslation("groups.session.cancelDialog.text"),
        getTranslation("groups.session.cancelDialog.confirm"),
        List.of(reason),
        new FieldErrors(reason),
        () -> sessions.cancel(session.getId(), session.getVersion(), reason.getValue(), zone));
  }

  private void openSubstitute() {
    var person = new Select<Account>();
    person.setId("substitute-person");
    person.setLabel(getTranslation("groups.session.person"));
    person.setItems(
        staff.values().stream()
            .sorted((a, b) -> a.getDisplayName().compareTo(b.getDisplayName()))
            .toList());
    person.setItemLabelGenerator(
        a -> a == null ? getTranslation("groups.session.person.any") : a.getDisplayName());
    person.setEmptySelectionAllowed(true);
    person.setEmptySelectionCaption(getTranslation("groups.session.person.any"));
    session.substituteFacilitator().map(staff::get).ifPresent(person::setValue);
    openDialog(
        getTranslation("groups.session.substituteDialog.title"),
        getTranslation("groups.session.substituteDialog.text"),
        getTranslation("common.save"),
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
    var link = new TextField(getTranslation("groups.session.link"));
    link.setId("session-link-field");
    link.setValue(session.ownMeetingLink().orElse(""));
    link.setHelperText(getTranslation("groups.session.link.hint"));
    openDialog(
        getTranslation("groups.session.meetingLink"),
        "",
        getTranslation("common.save"),
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
                Notification.show(
                    getTranslation("groups.session.saved"),
                    3000,
                    Notification.Position.BOTTOM_START);
                session = load(session.getId());
                render();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    confirm.setId("dialog-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("groups.session.close"), click -> dialog.close()), confirm);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.session");
  }
}
