package org.aftercare.ui.overview;

import static org.aftercare.ui.components.PortalTranslations.text;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.access.Role;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.sharing.DeliveryStatus;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.staff.Invitations;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.ui.components.Figure;
import org.aftercare.ui.groups.GroupListView;
import org.aftercare.ui.settings.ClinicSettingsView;
import org.aftercare.ui.sharing.DeliveriesView;
import org.aftercare.ui.staff.StaffView;

/**
 * Where a clinic admin lands: staff, groups, deliveries to care teams and the settings clients
 * depend on, each as a few figures with a link to the page that runs it. Counts only: an admin
 * opens no client record.
 */
@CdiComponent
@Route("overview")
@Menu(order = 0, title = "Overview")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ClinicOverviewView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public ClinicOverviewView(
      AccountService accounts,
      Invitations invitations,
      GroupService groups,
      SummaryOutbox outbox,
      ClinicSettingsService settings,
      SupportAlerts alerts) {
    addClassName("aftercare-page");
    var cards =
        new Div(
            createStaffCard(accounts.staff(), invitations.open().size()),
            createGroupsCard(groups.list(GroupFilter.active()).size()),
            createDeliveriesCard(outbox),
            createSettingsCard(settings.current(), alerts.crisisContacts()));
    cards.addClassName("aftercare-overview");
    add(new H1(text("overview.clinicOverview")), cards);
  }

  private static Card createStaffCard(List<Account> staff, int openInvitations) {
    long active = staff.stream().filter(Account::isActive).count();
    long locked = staff.stream().filter(Account::isActive).filter(Account::isLocked).count();
    return card(
        "overview-staff",
        text("overview.staff"),
        new RouterLink(text("overview.manageStaff"), StaffView.class),
        new Figure(String.valueOf(active), text("overview.activeAccounts")),
        new Figure(String.valueOf(locked), text("overview.lockedOut")),
        new Figure(String.valueOf(openInvitations), text("overview.openInvitations")));
  }

  private static Card createGroupsCard(int activeGroups) {
    return card(
        "overview-groups",
        text("overview.groups"),
        new RouterLink(text("overview.openGroups"), GroupListView.class),
        new Figure(String.valueOf(activeGroups), text("overview.activeGroups")));
  }

  private static Card createDeliveriesCard(SummaryOutbox outbox) {
    return card(
        "overview-deliveries",
        text("overview.deliveries"),
        new RouterLink(text("overview.followDeliveries"), DeliveriesView.class),
        new Figure(
            String.valueOf(outbox.countDeliveries(DeliveryStatus.QUEUED)),
            text("overview.waiting")),
        new Figure(
            String.valueOf(outbox.countDeliveries(DeliveryStatus.DEAD)), text("overview.dead")),
        new Figure(
            String.valueOf(outbox.countDeliveries(DeliveryStatus.DELIVERED)),
            text("overview.delivered")));
  }

  private static Card createSettingsCard(ClinicSettings settings, String crisisContacts) {
    var details = new DescriptionList();
    details.addClassName("aftercare-details");
    details.add(
        new Term(text("overview.timeZone")),
        new Description(settings.timeZone()),
        new Term(text("overview.contact")),
        new Description(contact(settings)),
        new Term(text("overview.nameOnClients")),
        new Description(settings.clientFacingName()),
        new Term(text("overview.crisisContacts")),
        new Description(
            crisisContacts.isBlank() ? text("overview.crisisContacts.none") : crisisContacts));
    return card(
        "overview-settings",
        text("overview.settings"),
        new RouterLink(text("overview.changeSettings"), ClinicSettingsView.class),
        details);
  }

  private static String contact(ClinicSettings settings) {
    String contact =
        Stream.of(settings.contactPhone(), settings.contactEmail())
            .filter(value -> value != null && !value.isBlank())
            .collect(Collectors.joining(" · "));
    return contact.isEmpty() ? text("overview.noneSet") : contact;
  }

  private static Card card(String id, String title, RouterLink link, Component... content) {
    var card = new Card();
    card.setId(id);
    card.setTitle(title, 2);
    card.setHeaderSuffix(link);
    var figures = new Div(content);
    figures.addClassName("aftercare-figures");
    card.add(figures);
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clinicOverview");
  }
}
