package org.aftercare.ui.engagement;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.engagement.Dashboards;
import org.aftercare.engagement.Dashboards.ClinicianView;
import org.aftercare.engagement.Dashboards.FlaggedClient;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.ui.clients.ClientDetailView;
import org.aftercare.ui.components.FlagText;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.groups.SessionView;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The clinician's first look: open support requests, follow-ups overdue or left to the clinicians,
 * who is slipping and why, today's sessions.
 */
@CdiComponent
@Route("dashboard")
@Menu(order = 1, title = "Dashboard")
@RolesAllowed(Role.Names.CLINICIAN)
public class ClinicianDashboardView extends VerticalLayout implements HasDynamicTitle {

  private final Dashboards dashboards;
  private final SupportAlerts alerts;
  private final OutreachTasks followUps;
  private final ZoneId zone;
  private final UUID staffId;

  @Inject
  public ClinicianDashboardView(
      Dashboards dashboards, SupportAlerts alerts, OutreachTasks followUps, CurrentClinic clinic) {
    this.dashboards = dashboards;
    this.alerts = alerts;
    this.followUps = followUps;
    this.zone = clinic.zone();
    this.staffId = PortalSession.current().map(SignedInUser::accountId).orElseThrow();
    addClassName("aftercare-page");
    render();
  }

  private void render() {
    removeAll();
    ClinicianView view = dashboards.forClinician(Instant.now());
    add(new H1(getTranslation("engagement.dashboard.dashboard")));
    add(
        new H2(getTranslation("engagement.dashboard.openSupportRequests")),
        new AlertList(view.openAlerts(), alerts, zone, this::render));
    add(
        new H2(getTranslation("engagement.dashboard.followUpsOverdue")),
        new FollowUpList(
            followUps.forClinicians(),
            followUps,
            LocalDate.now(zone),
            getTranslation("engagement.dashboard.noFollowUps"),
            this::render));
    add(new H2(getTranslation("engagement.dashboard.clientsToReach")));
    var flagged = new VerticalLayout();
    flagged.setPadding(false);
    flagged.setId("flagged-clients");
    if (view.flagged().isEmpty()) {
      var none = new Paragraph(getTranslation("engagement.dashboard.none"));
      none.addClassName("aftercare-empty-state");
      flagged.add(none);
    }
    view.flagged().forEach(client -> flagged.add(row(client)));
    add(flagged);
    add(new H2(getTranslation("engagement.dashboard.todaySSessions")));
    if (view.today().isEmpty()) {
      add(new Paragraph(getTranslation("engagement.dashboard.noSessionsToday")));
    }
    view.today()
        .forEach(
            session ->
                add(
                    new RouterLink(
                        getTranslation(
                            session.isCancelled()
                                ? "engagement.dashboard.session.cancelled"
                                : "engagement.dashboard.session",
                            SessionTimes.of(session, zone),
                            session.getGroup().getName()),
                        SessionView.class,
                        SessionView.SESSION_ID.of(session.getId()))));
  }

  private Div row(FlaggedClient flagged) {
    var link =
        new RouterLink(
            flagged.client().getDisplayName(),
            ClientDetailView.class,
            ClientDetailView.CLIENT_ID.of(flagged.client().getId()));
    link.addClassName("aftercare-roster-name");
    var reasons = new Span(FlagText.of(flagged.flags()));
    var row = new Div(link, reasons);
    row.addClassName("aftercare-roster-row");
    row.getElement().setAttribute("data-client", flagged.client().getDisplayName());
    return row;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clinicianDashboard");
  }
}
