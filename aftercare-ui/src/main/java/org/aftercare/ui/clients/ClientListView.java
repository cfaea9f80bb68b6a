package org.aftercare.ui.clients;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.aftercare.access.Role;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;

/** The clinic's clients: searchable, sortable, paged lazily from the database. */
@CdiComponent
@Route("clients")
@Menu(order = 1, title = "Clients")
@RolesAllowed(Role.Names.CLINICIAN)
public class ClientListView extends VerticalLayout implements HasDynamicTitle {

  private final ClientService clients;
  private final CurrentClinic clinic;
  private final TextField search = createSearchField();
  private final Grid<Client> grid = createGrid();

  @Inject
  public ClientListView(ClientService clients, CurrentClinic clinic) {
    this.clients = clients;
    this.clinic = clinic;
    addClassName("aftercare-page");
    setHeightFull();
    add(new H1(getTranslation("clients.list.clients")), createToolbar(), grid);
    grid.setItems(this::fetch, query -> (int) clients.count(search.getValue()));
  }

  private TextField createSearchField() {
    var field = new TextField();
    field.setId("client-search");
    field.setPlaceholder(getTranslation("clients.list.field.placeholder"));
    field.setAriaLabel(getTranslation("clients.list.field.aria"));
    field.setPrefixComponent(VaadinIcon.SEARCH.create());
    field.setClearButtonVisible(true);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    return field;
  }

  private HorizontalLayout createToolbar() {
    var add =
        new Button(
            getTranslation("clients.list.add"),
            VaadinIcon.PLUS.create(),
            click -> openNewClientDialog());
    add.setId("add-client");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var toolbar = new HorizontalLayout(search, add);
    toolbar.setWidthFull();
    toolbar.expand(search);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return toolbar;
  }

  private Grid<Client> createGrid() {
    var clientGrid = new Grid<>(Client.class, false);
    clientGrid.setId("clients");
    clientGrid
        .addColumn(Client::getDisplayName)
        .setHeader(getTranslation("clients.list.column.displayName"))
        .setSortProperty(ClientSearch.SortBy.DISPLAY_NAME.name());
    clientGrid
        .addColumn(Client::getLegalName)
        .setHeader(getTranslation("clients.list.column.legalName"))
        .setSortProperty(ClientSearch.SortBy.LEGAL_NAME.name());
    clientGrid
        .addColumn(
            c ->
                c.getRecoveryStartDate() == null ? "" : SessionTimes.date(c.getRecoveryStartDate()))
        .setHeader(getTranslation("clients.list.column.recoveryStart"))
        .setSortProperty(ClientSearch.SortBy.RECOVERY_START_DATE.name());
    clientGrid
        .addColumn(c -> Labels.language(c.getPreferredLanguage()))
        .setHeader(getTranslation("clients.list.column.language"));
    clientGrid.setEmptyStateText(getTranslation("clients.list.clientGrid.empty"));
    clientGrid.addItemClickListener(click -> openRecord(click.getItem()));
    clientGrid.setMultiSort(false);
    return clientGrid;
  }

  private Stream<Client> fetch(Query<Client, Void> query) {
    var sortBy = ClientSearch.SortBy.DISPLAY_NAME;
    boolean ascending = true;
    for (var order : query.getSortOrders()) {
      sortBy = ClientSearch.SortBy.valueOf(order.getSorted());
      ascending = order.getDirection() == SortDirection.ASCENDING;
    }
    return clients
        .search(
            new ClientSearch(
                search.getValue(), sortBy, ascending, query.getOffset(), query.getLimit()))
        .stream();
  }

  private void openNewClientDialog() {
    new ClientDialog(clients, clinic.zone(), new Client(), this::openRecord).open();
  }

  private void openRecord(Client client) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(ClientDetailView.class, ClientDetailView.CLIENT_ID.of(client.getId())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clientList");
  }
}
