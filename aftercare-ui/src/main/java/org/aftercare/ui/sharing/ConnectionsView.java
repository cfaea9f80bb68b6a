package org.aftercare.ui.sharing;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.access.Role;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.RowAction;

/**
 * The clinic's connections to care teams' systems (FHIR servers, HL7 v2 interfaces): added,
 * changed, tested with a round trip that carries no one's information, and retired; and the words
 * of the clinic's consent.
 */
@CdiComponent
@Route("connections")
@Menu(order = 7, title = "Care-team connections")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ConnectionsView extends VerticalLayout implements HasDynamicTitle {

  private final CareTeams careTeams;
  private final Grid<CareTeamEndpoint> connections = new Grid<>(CareTeamEndpoint.class, false);

  @Inject
  public ConnectionsView(CareTeams careTeams, Consents consents) {
    this.careTeams = careTeams;
    addClassName("aftercare-page");
    var add =
        new Button(
            getTranslation("sharing.connections.add"),
            VaadinIcon.PLUS.create(),
            click -> edit(null));
    add.setId("add-connection");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var header = new PageHeader(getTranslation("sharing.connections.header"), add);
    var intro = new Paragraph(getTranslation("sharing.connections.intro"));
    intro.addClassNames("text-secondary", "mt-0");
    configureGrid();
    add(header, intro, connections, new ConsentTextForm(consents));
    refresh();
  }

  private void configureGrid() {
    connections.setId("connections");
    connections.setAllRowsVisible(true);
    connections
        .addColumn(CareTeamEndpoint::getName)
        .setHeader(getTranslation("sharing.connections.column.name"))
        .setAutoWidth(true);
    connections
        .addColumn(e -> Labels.of(e.getKind(), e.getKind().label()))
        .setHeader(getTranslation("sharing.connections.column.kind"))
        .setAutoWidth(true);
    connections
        .addColumn(CareTeamEndpoint::target)
        .setHeader(getTranslation("sharing.connections.column.address"));
    connections.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    connections.setEmptyStateText(getTranslation("sharing.connections.connections.empty"));
  }

  private HorizontalLayout actions(CareTeamEndpoint endpoint) {
    var test = new RowAction(getTranslation("sharing.connections.test"), () -> test(endpoint));
    test.addClassName("test-connection");
    var edit = new RowAction(getTranslation("sharing.connections.edit"), () -> edit(endpoint));
    edit.addClassName("edit-connection");
    var retire =
        new RowAction(getTranslation("sharing.connections.retire"), () -> confirmRetire(endpoint));
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
                      getTranslation("sharing.saved", saved.getName()),
                      3000,
                      Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              refresh();
            })
        .open();
  }

  private void test(CareTeamEndpoint endpoint) {
    DeliveryOutcome outcome = careTeams.testConnection(endpoint.getId());
    boolean reached = outcome.result() == DeliveryOutcome.Result.DELIVERED;
    Notification.show(
            getTranslation(
                    reached ? "sharing.connections.connected" : "sharing.connections.notConnected",
                    endpoint.getName())
                + (outcome.detail() == null ? "" : outcome.detail()),
            8000,
            Notification.Position.BOTTOM_START)
        .addThemeVariants(
            reached ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }

  private void confirmRetire(CareTeamEndpoint endpoint) {
    Confirmation.destructive(
            getTranslation("sharing.connections.retireDialog.title", endpoint.getName()),
            getTranslation("sharing.connections.retireDialog.text"),
            getTranslation("sharing.connections.retireDialog.confirm"),
            () -> {
              careTeams.retireEndpoint(endpoint.getId());
              Notification.show(
                  getTranslation("sharing.connections.retired", endpoint.getName()),
                  3000,
                  Notification.Position.BOTTOM_START);
              refresh();
            })
        .open();
  }

  private void refresh() {
    connections.setItems(careTeams.endpoints());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.connections");
  }
}
