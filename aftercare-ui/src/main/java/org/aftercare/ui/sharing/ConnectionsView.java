package org.aftercare.ui.sharing;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.access.Role;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.RowAction;

/**
 * The clinic's connections to care teams' systems (FHIR servers, HL7 v2 interfaces): added,
 * changed, tested with a round trip that carries no one's information, and retired; and the words
 * of the clinic's consent.
 */
@CdiComponent
@Route("connections")
@PageTitle("Care-team connections · Aftercare")
@Menu(order = 7, title = "Care-team connections")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ConnectionsView extends VerticalLayout {

  private final CareTeams careTeams;
  private final Grid<CareTeamEndpoint> connections = new Grid<>(CareTeamEndpoint.class, false);

  @Inject
  public ConnectionsView(CareTeams careTeams, Consents consents) {
    this.careTeams = careTeams;
    addClassName("aftercare-page");
    var add = new Button("Add connection", VaadinIcon.PLUS.create(), click -> edit(null));
    add.setId("add-connection");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var header = new PageHeader("Care-team connections", add);
    var intro =
        new Paragraph(
            "The systems clients' outside care teams receive summaries on. Clinicians choose one"
                + " for each care-team member; nothing goes without the client's consent.");
    intro.addClassNames("text-secondary", "mt-0");
    configureGrid();
    add(header, intro, connections, new ConsentTextForm(consents));
    refresh();
  }

  private void configureGrid() {
    connections.setId("connections");
    connections.setAllRowsVisible(true);
    connections.addColumn(CareTeamEndpoint::getName).setHeader("Name").setAutoWidth(true);
    connections.addColumn(e -> e.getKind().label()).setHeader("Kind").setAutoWidth(true);
    connections.addColumn(CareTeamEndpoint::target).setHeader("Address");
    connections.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    connections.setEmptyStateText("No connections yet.");
  }

  private HorizontalLayout actions(CareTeamEndpoint endpoint) {
    var test = new RowAction("Test connection", () -> test(endpoint));
    test.addClassName("test-connection");
    var edit = new RowAction("Edit", () -> edit(endpoint));
    edit.addClassName("edit-connection");
    var retire = new RowAction("Retire", () -> confirmRetire(endpoint));
    retire.addClassName("retire-connection");
    retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var actions = new HorizontalLayout(test, edit, retire);
    actions.getElement().setAttribute("data-connection", endpoint.getName());
    return actions;
  }

  private void edit(CareTeamEndpoint endpoint) {
    new ConnectionDialog(
            careTeams,
            endpoint,
            saved -> {
              Notification.show(
                      "Saved " + saved.getName(), 3000, Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              refresh();
            })
        .open();
  }

  private void test(CareTeamEndpoint endpoint) {
    DeliveryOutcome outcome = careTeams.testConnection(endpoint.getId());
    boolean reached = outcome.result() == DeliveryOutcome.Result.DELIVERED;
    Notification.show(
            endpoint.getName()
                + (reached ? ": connected. " : ": not connected. ")
                + (outcome.detail() == null ? "" : outcome.detail()),
            8000,
            Notification.Position.BOTTOM_START)
        .addThemeVariants(
            reached ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }

  private void confirmRetire(CareTeamEndpoint endpoint) {
    var confirm =
        new ConfirmDialog(
            "Retire " + endpoint.getName() + "?",
            "Nothing more goes through it: summaries queued for it are cancelled, and care-team"
                + " members on it get none until a clinician moves them to another connection.",
            "Retire",
            event -> {
              careTeams.retireEndpoint(endpoint.getId());
              Notification.show(
                  endpoint.getName() + " retired", 3000, Notification.Position.BOTTOM_START);
              refresh();
            });
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  private void refresh() {
    connections.setItems(careTeams.endpoints());
  }
}
