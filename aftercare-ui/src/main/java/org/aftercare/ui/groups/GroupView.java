package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.GroupStatus;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.identity.Account;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.ClientPicker;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/** One group: what it is and when it meets, its next sessions, and who is in it or waiting. */
@CdiComponent
@Route("groups/:groupId")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN})
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final RouteId GROUP_ID = new RouteId("groupId", "Group");
  private static final int SESSIONS_SHOWN = 12;

  private final GroupService groups;
  private final GroupSessions sessions;
  private final Enrollments enrollments;
  private final ClientService clients;
  private final AttendanceService attendance;
  private final ZoneId zone;
  private RecoveryGroup group;
  private Map<UUID, String> staffNames = Map.of();

  @Inject
  public GroupView(
      GroupService groups,
      GroupSessions sessions,
      Enrollments enrollments,
      ClientService clients,
      AttendanceService attendance,
      CurrentClinic clinic) {
    this.attendance = attendance;
    this.groups = groups;
    this.sessions = sessions;
    this.enrollments = enrollments;
    this.clients = clients;
    this.zone = clinic.zone();
    addClassName("aftercare-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    group = groups.get(GROUP_ID.in(event.getRouteParameters()));
    staffNames =
        groups.eligibleFacilitators().stream()
            .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    render();
  }

  private void render() {
    removeAll();
    var title = new H1(group.getName());
    title.setId("group-title");
    var edit =
        new Button(
            getTranslation("groups.group.edit"),
            VaadinIcon.EDIT.create(),
            click -> getUI().ifPresent(ui -> ui.navigate("groups/" + group.getId() + "/edit")));
    edit.setId("edit-group");
    // By address: the board is another screen package's page.
    var board = new Anchor("board/" + group.getId(), getTranslation("groups.board"));

    board.setId("open-board");
    var actions = new HorizontalLayout(edit, board);
    actions.setAlignItems(FlexComponent.Alignment.CENTER);
    if (group.getStatus() == GroupStatus.ACTIVE) {
      var archive = new Button(getTranslation("groups.group.archive"), click -> confirmArchive());
      archive.setId("archive-group");
      archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(archive);
    }
    add(
        new RouterLink(getTranslation("groups.group.allGroups"), GroupListView.class),
        title,
        details(),
        actions,
        new H2(getTranslation("groups.group.nextSessions")),
        sessionGrid());
    // Members and attendance name clients: clinicians see them, a clinic admin runs the group's
    // schedule without opening anyone's record.
    if (PortalSession.holds(Role.CLINICIAN)) {
      add(
          new H2(getTranslation("groups.group.members")),
          enrolForm(),
          memberGrid(),
          new AttendanceMatrix(group.getId(), sessions, attendance, zone));
    } else {
      var clinicianOnly = new Paragraph(getTranslation("groups.group.clinicianOnly"));
      clinicianOnly.setId("members-for-clinicians");
      add(clinicianOnly);
    }
  }

  private DescriptionList details() {
    var details = new DescriptionList();
    details.addClassName("aftercare-details");
    var summary = new Description(ScheduleSummary.of(group.schedule(), getLocale()));
    summary.setId("group-schedule");
    details.add(new Term(getTranslation("groups.group.meets")), summary);
    details.add(
        new Term(getTranslation("groups.group.kind")),
        new Description(
            Labels.of(group.getModality(), group.getModality().label())
                + (group.details().tradition() == null
                    ? ""
                    : " · " + group.details().tradition())));
    details.add(
        new Term(getTranslation("groups.group.facilitators")),
        new Description(
            groups.facilitatorsOf(group.getId()).stream()
                .map(id -> staffNames.getOrDefault(id, getTranslation("groups.formerStaff")))
                .sorted()
                .collect(Collectors.joining(", "))));
    details.add(
        new Term(getTranslation("groups.group.enrolment")),
        new Description(
            getTranslation(
                group.getEnrolment() == EnrolmentPolicy.OPEN
                    ? "groups.group.enrolment.open"
                    : "groups.group.enrolment.closed",
                group.getCapacity(),
                group.isFirstNamesOnly() ? 1 : 0)));
    details.add(
        new Term(getTranslation("groups.group.status")),
        new Description(Labels.of(group.getStatus())));
    return details;
  }

  private Grid<GroupSession> sessionGrid() {
    var grid = new Grid<GroupSession>();
    grid.setId("group-sessions");
    grid.setAllRowsVisible(true);
    grid.addColumn(session -> SessionTimes.of(session, zone))
        .setHeader(getTranslation("groups.group.column.when", zone.getId()))
        .setFlexGrow(2);
    grid.addColumn(SessionStatusText::of)
        .setHeader(getTranslation("groups.group.status"))
        .setFlexGrow(2);
    grid.addComponentColumn(
            session ->
                new RouterLink(
                    getTranslation("groups.group.open"),
                    SessionView.class,
                    SessionView.SESSION_ID.of(session.getId())))
        .setHeader(getTranslation("groups.group.column.session"));
    grid.setItems(sessions.ofGroup(group.getId(), Instant.now(), SESSIONS_SHOWN));
    grid.setEmptyStateText(getTranslation("groups.group.grid.empty"));
    return grid;
  }

  private Component enrolForm() {
    var client = new ClientPicker(clients, getTranslation("groups.group.client"));
    client.setId("enrol-client");
    client.setWidth("22rem");
    var override = new Checkbox(getTranslation("groups.group.override"));
    override.setId("enrol-override");
    override.setVisible(group.getEnrolment() == EnrolmentPolicy.CLOSED);
    var enrol =
        new Button(
            getTranslation("groups.group.enrol"),
            click -> {
              var errors = new FieldErrors(client);
              errors.clear();
              if (client.getValue() == null) {
                FieldErrors.showAt(client, getTranslation("groups.group.chooseAClient"));
                return;
              }
              try {
                Enrollment done =
                    enrollments.enrol(
                        group.getId(), client.getValue().getId(), override.getValue());
                Notification.show(
                    getTranslation(
                        done.getStatus() == EnrollmentStatus.ENROLLED
                            ? "groups.group.enrolled"
                            : "groups.group.waitlisted",
                        done.getClient().getDisplayName()),
                    4000,
                    Notification.Position.BOTTOM_START);
                render();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    enrol.setId("enrol");
    enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new HorizontalLayout(client, override, enrol);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    form.setVisible(group.getStatus() == GroupStatus.ACTIVE);
    return form;
  }

  private Grid<Enrollment> memberGrid() {
    var grid = new Grid<Enrollment>();
    grid.setId("group-members");
    grid.setAllRowsVisible(true);
    grid.addColumn(e -> e.getClient().getDisplayName())
        .setHeader(getTranslation("groups.group.column.client"));
    grid.addColumn(this::placeText)
        .setHeader(getTranslation("groups.group.column.place"))
        .setFlexGrow(2);
    grid.addComponentColumn(
            e -> {
              if (!e.getStatus().isCurrent()) {
                return new Span();
              }
              var withdraw =
                  new Button(getTranslation("groups.group.withdraw"), click -> confirmWithdraw(e));
              withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
              return withdraw;
            })
        .setHeader("");
    grid.setItems(enrollments.ofGroup(group.getId()));
    grid.setEmptyStateText(getTranslation("groups.group.grid.empty.noOneIs"));
    return grid;
  }

  private String placeText(Enrollment enrollment) {
    return switch (enrollment.getStatus()) {
      case ENROLLED -> getTranslation("groups.group.place.enrolled");
      case WAITLISTED -> getTranslation("groups.group.place.waitlist");
      case OFFERED ->
          getTranslation(
              "groups.group.place.offered",
              enrollment.offerExpiresAt().map(at -> SessionTimes.at(at, zone)).orElse(""));
      case WITHDRAWN ->
          enrollment
              .endReason()
              .map(reason -> getTranslation("groups.group.place.withdrawnFor", reason))
              .orElseGet(() -> getTranslation("groups.group.place.withdrawn"));
      case OFFER_EXPIRED -> getTranslation("groups.group.place.offerExpired");
    };
  }

  private void confirmWithdraw(Enrollment enrollment) {
    var reason = new TextField(getTranslation("groups.group.reason"));
    reason.setId("withdraw-reason");
    reason.setWidthFull();
    var confirm =
        Confirmation.destructive(
            getTranslation(
                "groups.group.withdrawDialog.title", enrollment.getClient().getDisplayName()),
            getTranslation("groups.group.withdrawDialog.text"),
            getTranslation("groups.group.withdraw"),
            () -> {
              enrollments.withdraw(enrollment.getId(), reason.getValue());
              Notification.show(
                  getTranslation("groups.group.withdrawn"),
                  3000,
                  Notification.Position.BOTTOM_START);
              render();
            });
    confirm.add(reason);
    confirm.open();
  }

  private void confirmArchive() {
    var confirm =
        Confirmation.destructive(
            getTranslation("groups.group.archiveDialog.title", group.getName()),
            getTranslation("groups.group.archiveDialog.text"),
            getTranslation("groups.group.archive"),
            () -> {
              group = groups.archive(group.getId());
              render();
            });
    confirm.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.group");
  }
}
