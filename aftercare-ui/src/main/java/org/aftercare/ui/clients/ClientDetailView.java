package org.aftercare.ui.clients;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.aftercare.access.Role;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.coping.CopingTools;
import org.aftercare.engagement.Adherence;
import org.aftercare.identity.AccountService;
import org.aftercare.measures.Measures;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.ui.components.CopingUseLine;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.sharing.CareTeamSection;

/** One client's record. Opening it is a read of PHI, audited by the service. */
@CdiComponent
@Route("clients/:clientId")
@RolesAllowed(Role.Names.CLINICIAN)
public class ClientDetailView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  public static final RouteId CLIENT_ID = new RouteId("clientId", "Client");

  private final ClientService clients;
  private final CurrentClinic clinic;
  private final AccountService accounts;
  private final StaffInvitations invitations;
  private final Mentoring mentoring;
  private final Adherence adherence;
  private final AttendanceService attendance;
  private final CheckIns checkIns;
  private final Measures measures;
  private final CopingTools copingTools;
  private final Instance<CareTeamSection> careTeam;
  private Client client;

  @Inject
  public ClientDetailView(
      ClientService clients,
      CurrentClinic clinic,
      AccountService accounts,
      StaffInvitations invitations,
      Mentoring mentoring,
      Adherence adherence,
      AttendanceService attendance,
      CheckIns checkIns,
      Measures measures,
      CopingTools copingTools,
      Instance<CareTeamSection> careTeam) {
    this.copingTools = copingTools;
    this.careTeam = careTeam;
    this.measures = measures;
    this.mentoring = mentoring;
    this.adherence = adherence;
    this.attendance = attendance;
    this.checkIns = checkIns;
    this.clients = clients;
    this.clinic = clinic;
    this.accounts = accounts;
    this.invitations = invitations;
    addClassName("aftercare-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    client = clients.open(CLIENT_ID.in(event.getRouteParameters()));
    render();
  }

  private void render() {
    removeAll();
    var back = new RouterLink(getTranslation("clients.detail.back"), ClientListView.class);
    var title = new H1(client.getDisplayName());
    title.setId("client-title");
    var edit =
        new Button(
            getTranslation("clients.detail.edit"),
            VaadinIcon.EDIT.create(),
            click -> openEditDialog());
    edit.setId("edit-client");
    add(back, title, createDetails(), new HorizontalLayout(edit, createPortalAccess()));
    add(
        new MentorSection(client.getId(), mentoring, accounts, this::reload),
        new ClientEngagementSection(
            client.getId(), adherence, attendance, checkIns, clinic.zone(), this::reload),
        new ClientMeasuresSection(client.getId(), measures, clinic.zone()),
        CopingUseLine.of(copingTools.useCountsOf(client.getId())),
        careTeam.get().of(client.getId()));
  }

  /** The client's own portal account, or the button that invites them to one. */
  private Component createPortalAccess() {
    if (accounts.findForClient(client.getId()).isPresent()) {
      var hasAccount = new Span(getTranslation("clients.detail.hasAccount"));
      hasAccount.setId("portal-account");
      return hasAccount;
    }
    var invite =
        new Button(
            getTranslation("clients.detail.invite"),
            VaadinIcon.ENVELOPE.create(),
            click -> {
              invitations.inviteClient(client.getId());
              Notification.show(
                  getTranslation("clients.detail.invitationSent", client.getEmail()),
                  4000,
                  Notification.Position.BOTTOM_START);
            });
    invite.setId("invite-client");
    return invite;
  }

  private DescriptionList createDetails() {
    var details = new DescriptionList();
    details.addClassName("aftercare-details");
    details.add(
        new Term(getTranslation("clients.detail.legalName")),
        new Description(client.getLegalName()));
    details.add(
        new Term(getTranslation("clients.detail.eMail")),
        new Description(orDash(client.getEmail())));
    details.add(
        new Term(getTranslation("clients.detail.phone")),
        new Description(orDash(client.getPhone())));
    details.add(
        new Term(getTranslation("clients.detail.recoveryStart")),
        new Description(recoveryText(client.getRecoveryStartDate())));
    details.add(
        new Term(getTranslation("clients.detail.preferredLanguage")),
        new Description(Labels.language(client.getPreferredLanguage())));
    return details;
  }

  private String recoveryText(LocalDate start) {
    if (start == null) {
      return "—";
    }
    long days = ChronoUnit.DAYS.between(start, LocalDate.now(clinic.zone()));
    return getTranslation("clients.detail.recoverySince", SessionTimes.date(start), days);
  }

  private static String orDash(String value) {
    return Objects.requireNonNullElse(value, "—");
  }

  private void reload() {
    client = clients.open(client.getId());
    render();
  }

  private void openEditDialog() {
    new ClientDialog(
            clients,
            clinic.zone(),
            client,
            saved -> {
              client = saved;
              render();
            })
        .open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clientDetail");
  }
}
