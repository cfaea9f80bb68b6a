package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.groups.CalendarFeeds;
import org.aftercare.groups.MyGroups;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.Role;
import org.aftercare.identity.SignedInUser;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.calendar.CalendarFeedCard;
import org.aftercare.ui.portal.MyGroupsPanel;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The start page after sign-in: who you are signed in as, and in which role. Clients see the
 * clinic's welcome and their groups, in the time zone their phone or browser reports.
 */
@CdiComponent
@Route("")
@PageTitle("Home · Aftercare")
@Menu(order = 0, title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

  @Inject
  public HomeView(
      CurrentClinic clinic, AccountService accounts, MyGroups myGroups, CalendarFeeds feeds) {
    addClassName("aftercare-page");
    var user = PortalSession.current();
    boolean client = user.map(SignedInUser::roles).orElse(Set.of()).contains(Role.CLIENT);
    add(new H1("Welcome, " + user.map(SignedInUser::displayName).orElse("")));
    if (!client) {
      add(
          new Paragraph(
              "Signed in as "
                  + user.map(SignedInUser::getName).orElse("")
                  + " · "
                  + roles(user.map(SignedInUser::roles).orElse(Set.of()))));
      add(new Paragraph("Use the menu to open the parts of the portal your role includes."));
      return;
    }
    clinic
        .tenant()
        .map(Tenant::settings)
        .map(ClinicSettings::welcomeText)
        .ifPresent(this::addWelcome);
    Account account = user.flatMap(signedIn -> accounts.find(signedIn.accountId())).orElseThrow();
    String slug = clinic.tenant().map(Tenant::getSlug).orElseThrow();
    getElement()
        .getNode()
        .runWhenAttached(
            ui ->
                ui.getPage()
                    .retrieveExtendedClientDetails(
                        details -> {
                          ZoneId zone = zoneOf(details.getTimeZoneId(), clinic.zone());
                          add(
                              new MyGroupsPanel(myGroups, feeds, account, zone),
                              new CalendarFeedCard(feeds, account.getId(), slug, zone));
                        }));
  }

  private static ZoneId zoneOf(String browserZone, ZoneId fallback) {
    try {
      return browserZone == null ? fallback : ZoneId.of(browserZone);
    } catch (DateTimeException unknown) {
      return fallback;
    }
  }

  private void addWelcome(String welcomeText) {
    var welcome = new Paragraph(welcomeText);
    welcome.setId("clinic-welcome");
    welcome.addClassNames("text-l");
    add(welcome);
  }

  private static String roles(Set<Role> roles) {
    return roles.stream()
        .map(role -> role.name().toLowerCase().replace('_', ' '))
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
