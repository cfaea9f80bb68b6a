package org.aftercare.ui.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.board.BoardDigest;
import org.aftercare.board.GroupBoards;
import org.aftercare.calendar.CalendarFeeds;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.coping.CopingPlans;
import org.aftercare.coping.CopingTools;
import org.aftercare.groups.MyGroups;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.measures.Measures;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.components.CalendarFeedCard;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The client's own home, made for a phone: the clinic's welcome, the support button, the
 * questionnaires due, today's check-in with the next milestone, a milestone of this week to share
 * on a group's board, the coping tools between sessions, their groups with the Join link, and their
 * calendar. Times are in the zone the phone reports. Where a client lands after signing in.
 */
@CdiComponent
@Route("home")
@Menu(order = 0, title = "Home")
@RolesAllowed(Role.Names.CLIENT)
public class ClientHome extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public ClientHome(
      CurrentClinic clinic,
      AccountService accounts,
      MyGroups myGroups,
      SessionConcerns concerns,
      CalendarFeeds feeds,
      AttendanceService attendance,
      BoardDigest boardDigest,
      GroupBoards boards,
      CheckIns checkIns,
      SupportAlerts alerts,
      Measures measures,
      CopingPlans plans,
      CopingTools tools) {
    addClassName("aftercare-page");
    add(
        new H1(
            getTranslation(
                "home.welcome",
                PortalSession.current().map(SignedInUser::displayName).orElse(""))));
    Account account =
        PortalSession.current().flatMap(user -> accounts.find(user.accountId())).orElseThrow();
    var clientId = account.clientId().orElseThrow();
    clinic
        .tenant()
        .map(Tenant::settings)
        .map(ClinicSettings::welcomeText)
        .ifPresent(
            text -> {
              var welcome = new Paragraph(text);
              welcome.setId("clinic-welcome");
              welcome.addClassNames("text-l");
              add(welcome);
            });
    add(
        new SupportButton(alerts, plans, clientId, getTranslation("support.button")),
        new DueMeasuresCard(measures, alerts, plans, clientId),
        new DailyCheckInCard(checkIns, clientId),
        new MilestoneShare(checkIns, myGroups, boards, clientId),
        new CopingToolsCard(plans, tools));
    getElement()
        .getNode()
        .runWhenAttached(
            ui ->
                ui.getPage()
                    .retrieveExtendedClientDetails(
                        details -> {
                          ZoneId zone = zoneOf(details.getTimeZoneId(), clinic.zone());
                          add(
                              new MyGroupsPanel(
                                  myGroups,
                                  concerns,
                                  feeds,
                                  attendance,
                                  boardDigest,
                                  account,
                                  zone),
                              new CalendarFeedCard(feeds, account.getId(), zone));
                        }));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.pageTitle");
  }

  private static ZoneId zoneOf(String browserZone, ZoneId fallback) {
    try {
      return browserZone == null ? fallback : ZoneId.of(browserZone);
    } catch (DateTimeException unknown) {
      return fallback;
    }
  }
}
