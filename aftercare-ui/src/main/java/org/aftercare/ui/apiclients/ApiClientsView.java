package org.aftercare.ui.apiclients;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Role;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.integrations.fhirapi.ApiAddresses;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.CopyableField;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RowAction;

/**
 * The care teams' EHRs the clinic lets fetch summaries through its FHIR API: registered, changed,
 * disabled and enabled again, or removed; with the addresses and client id their vendors need.
 */
@CdiComponent
@Route("api-clients")
@Menu(order = 7.5, title = "FHIR API clients")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

  private final ApiClients apiClients;
  private final Grid<ApiClient> clients = new Grid<>(ApiClient.class, false);

  @Inject
  public ApiClientsView(ApiClients apiClients, ApiAddresses addresses) {
    this.apiClients = apiClients;
    addClassName("aftercare-page");
    var register =
        new Button(
            getTranslation("apiclients.register"), VaadinIcon.PLUS.create(), click -> edit(null));
    register.setId("register-api-client");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var header = new PageHeader(getTranslation("apiclients.header"), register);
    var intro = new Paragraph(getTranslation("apiclients.intro"));
    intro.addClassNames("text-secondary", "mt-0");
    configureGrid();
    add(header, intro, createVendorAddresses(addresses), clients);
    refresh();
  }

  private FormLayout createVendorAddresses(ApiAddresses addresses) {
    var fhirBase = new CopyableField(getTranslation("apiclients.fhirBase"), addresses.fhirBase());
    fhirBase.setId("fhir-base-url");
    var tokenUrl = new CopyableField(getTranslation("apiclients.tokenUrl"), addresses.tokenUrl());
    tokenUrl.setId("fhir-token-url");
    tokenUrl.setHelperText(getTranslation("apiclients.tokenUrl.hint"));
    var vendor =
        new FormLayout(
            new H2(getTranslation("apiclients.forTheEhr")),
            new Paragraph(getTranslation("apiclients.theseAddressesAnd")),
            fhirBase,
            tokenUrl);
    vendor.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    vendor.setMaxWidth("40rem");
    return vendor;
  }

  private void configureGrid() {
    clients.setId("api-clients");
    clients.setAllRowsVisible(true);
    clients.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    clients
        .addComponentColumn(ApiClientsView::registration)
        .setHeader(getTranslation("apiclients.column.ehr"))
        .setWidth("22rem")
        .setFlexGrow(0);
    clients
        .addColumn(ApiClientsView::records)
        .setHeader(getTranslation("apiclients.column.recordsItMay"))
        .setFlexGrow(1);
    clients
        .addComponentColumn(ApiClientsView::status)
        .setHeader(getTranslation("apiclients.column.status"))
        .setWidth("7rem")
        .setFlexGrow(0);
    clients.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    clients.setEmptyStateText(getTranslation("apiclients.clients.empty"));
  }

  /**
   * The EHR's name, the organisation it acts for and its client id in one cell, so that the id, the
   * one wide value of a row, leaves the other columns room.
   */
  private static Div registration(ApiClient client) {
    var name = new Div(new Span(client.getName()));
    name.addClassName("font-semibold");
    var organisation = new Div(new Span(client.getOrganisation()));
    organisation.addClassNames("text-secondary", "text-s");
    var clientId =
        new CopyableField(
            PortalTranslations.text("apiclients.clientId"), client.getId().toString());
    clientId.addClassName("api-client-id");
    clientId.addThemeVariants(TextFieldVariant.LUMO_SMALL);
    clientId.getElement().setAttribute("data-api-client", client.getName());
    clientId.setWidthFull();
    return new Div(name, organisation, clientId);
  }

  private static Badge status(ApiClient client) {
    if (!client.isActive()) {
      return new Badge(PortalTranslations.text("apiclients.disabled"));
    }
    var enabled = new Badge(PortalTranslations.text("apiclients.enabled"));
    enabled.addThemeVariants(BadgeVariant.SUCCESS);
    return enabled;
  }

  private static String records(ApiClient client) {
    return client.scopes().stream()
        .flatMap(scope -> ApiScope.of(scope).stream())
        .map(ApiScope::label)
        .collect(Collectors.joining(", "));
  }

  private HorizontalLayout actions(ApiClient client) {
    var edit = new RowAction(getTranslation("apiclients.edit"), () -> edit(client));
    edit.addClassName("edit-api-client");
    var toggle =
        client.isActive()
            ? new RowAction(getTranslation("apiclients.disable"), () -> disable(client))
            : new RowAction(getTranslation("apiclients.enable"), () -> enable(client));
    toggle.addClassName(client.isActive() ? "disable-api-client" : "enable-api-client");
    var remove = new RowAction(getTranslation("apiclients.remove"), () -> confirmRemove(client));
    remove.addClassName("remove-api-client");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var actions = new HorizontalLayout(edit, toggle, remove);
    actions.getElement().setAttribute("data-api-client", client.getName());
    return actions;
  }

  private void edit(ApiClient client) {
    new ApiClientDialog(
            apiClients,
            client,
            saved -> {
              Notification.show(
                      getTranslation("apiclients.saved", saved.getName()),
                      3000,
                      Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              refresh();
            })
        .open();
  }

  private void disable(ApiClient client) {
    apiClients.disable(client.getId());
    Notification.show(
        getTranslation("apiclients.disabledNotice", client.getName()),
        5000,
        Notification.Position.BOTTOM_START);
    refresh();
  }

  private void enable(ApiClient client) {
    apiClients.enable(client.getId());
    Notification.show(
        getTranslation("apiclients.enabledNotice", client.getName()),
        3000,
        Notification.Position.BOTTOM_START);
    refresh();
  }

  private void confirmRemove(ApiClient client) {
    Confirmation.destructive(
            getTranslation("apiclients.removeDialog.title", client.getName()),
            getTranslation("apiclients.removeDialog.text"),
            getTranslation("apiclients.removeDialog.confirm"),
            () -> {
              apiClients.remove(client.getId());
              Notification.show(
                  getTranslation("apiclients.removed", client.getName()),
                  3000,
                  Notification.Position.BOTTOM_START);
              refresh();
            })
        .open();
  }

  private void refresh() {
    clients.setItems(apiClients.list());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.apiClients");
  }
}
