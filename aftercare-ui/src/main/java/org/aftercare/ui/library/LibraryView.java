package org.aftercare.ui.library;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.GroupService;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceKind;
import org.aftercare.library.ResourceSummary;
import org.aftercare.library.Worksheets;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The clinic's resource library for staff: search it, add and edit resources, assign one to a group
 * or a client, read the worksheets clients sent, retire what is out of date. Clinicians and clinic
 * admins change it; peer mentors browse it and read the worksheets of the groups they lead.
 */
@CdiComponent
@Route("library")
@Menu(order = 2.7, title = "Library")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN, Role.Names.PEER_MENTOR})
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

  private final Library library;
  private final Worksheets worksheets;
  private final GroupService groups;
  private final ClientService clients;
  private final ZoneId zone;
  private final boolean edits;
  private final boolean readsAnswers;
  private final boolean assignsToClients;
  private final TextField search = createSearchField();
  private final Checkbox withRetired = new Checkbox(getTranslation("library.staff.showRetired"));
  private final Grid<ResourceSummary> grid = createGrid();

  @Inject
  public LibraryView(
      Library library,
      Worksheets worksheets,
      GroupService groups,
      ClientService clients,
      CurrentClinic clinic) {
    this.library = library;
    this.worksheets = worksheets;
    this.groups = groups;
    this.clients = clients;
    this.zone = clinic.zone();
    var roles = PortalSession.current().map(SignedInUser::roles).orElseThrow();
    this.edits = roles.contains(Role.CLINICIAN) || roles.contains(Role.CLINIC_ADMIN);
    this.readsAnswers = roles.contains(Role.CLINICIAN) || roles.contains(Role.PEER_MENTOR);
    this.assignsToClients = roles.contains(Role.CLINICIAN);
    addClassName("aftercare-page");
    setHeightFull();
    withRetired.setId("library-with-retired");
    withRetired.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    add(new H1(getTranslation("library.title")), createToolbar(), grid);
    grid.setItems(
        this::fetch, query -> (int) library.count(search.getValue(), withRetired.getValue()));
    addActionColumn();
  }

  private TextField createSearchField() {
    var field = new TextField();
    field.setId("library-search");
    field.setPlaceholder(getTranslation("library.staff.search"));
    field.setAriaLabel(getTranslation("library.staff.search.label"));
    field.setPrefixComponent(VaadinIcon.SEARCH.create());
    field.setClearButtonVisible(true);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    return field;
  }

  private HorizontalLayout createToolbar() {
    var toolbar = new HorizontalLayout(search, withRetired);
    if (edits) {
      var add =
          new Button(
              getTranslation("library.staff.add"),
              VaadinIcon.PLUS.create(),
              click -> openEditor(null));
      add.setId("add-resource");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      toolbar.add(add);
    }
    toolbar.setWidthFull();
    toolbar.expand(search);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return toolbar;
  }

  private Grid<ResourceSummary> createGrid() {
    var resources = new Grid<>(ResourceSummary.class, false);
    resources.setId("resources");
    resources
        .addColumn(ResourceSummary::title)
        .setHeader(getTranslation("library.staff.column.title"))
        .setFlexGrow(3);
    resources
        .addColumn(r -> Labels.of(r.kind(), r.kind().label()))
        .setHeader(getTranslation("library.staff.column.kind"));
    resources
        .addColumn(LibraryView::tags)
        .setHeader(getTranslation("library.staff.column.tags"))
        .setFlexGrow(2);
    resources
        .addColumn(
            r ->
                getTranslation(
                    r.isRetired()
                        ? "library.staff.shown.retired"
                        : r.onShelf()
                            ? "library.staff.shown.onShelf"
                            : "library.staff.shown.assigned"))
        .setHeader(getTranslation("library.staff.column.shown"));
    resources.setEmptyStateText(getTranslation("library.staff.empty"));
    return resources;
  }

  private void addActionColumn() {
    grid.addComponentColumn(this::actionsFor).setHeader("").setAutoWidth(true).setFlexGrow(0);
  }

  private HorizontalLayout actionsFor(ResourceSummary resource) {
    var actions = new HorizontalLayout();
    actions.setSpacing(false);
    if (edits && !resource.isRetired()) {
      actions.add(
          action(getTranslation("library.staff.edit"), resource, () -> openEditor(resource)),
          action(getTranslation("library.staff.assign"), resource, () -> openAssign(resource)));
    }
    if (readsAnswers && resource.kind() == ResourceKind.WORKSHEET) {
      actions.add(
          action(getTranslation("library.staff.answers"), resource, () -> openAnswers(resource)));
    }
    if (resource.hasFile()) {
      var download =
          new Anchor(
              ResourceFileServlet.addressOf(resource.id()), getTranslation("library.download"));
      download.addClassName("aftercare-row-link");
      download.getElement().setAttribute("download", true);
      download.getElement().setAttribute("data-resource", resource.title());
      actions.add(download);
    }
    if (edits && !resource.isRetired()) {
      actions.add(
          action(getTranslation("library.staff.retire"), resource, () -> confirmRetire(resource)));
    }
    return actions;
  }

  private static RowAction action(String label, ResourceSummary resource, Runnable run) {
    var button = new RowAction(label, run);
    button.getElement().setAttribute("data-resource", resource.title());
    return button;
  }

  private Stream<ResourceSummary> fetch(Query<ResourceSummary, Void> query) {
    return library
        .list(search.getValue(), withRetired.getValue(), query.getOffset(), query.getLimit())
        .stream();
  }

  private void openEditor(ResourceSummary resource) {
    new ResourceDialog(library, resource, this::refresh).open();
  }

  private void openAssign(ResourceSummary resource) {
    new AssignDialog(library, groups, clients, assignsToClients, resource, zone).open();
  }

  private void openAnswers(ResourceSummary resource) {
    new WorksheetAnswersDialog(resource.title(), worksheets.answersTo(resource.id()), zone).open();
  }

  private void confirmRetire(ResourceSummary resource) {
    Confirmation.destructive(
            getTranslation("library.staff.retireDialog.title"),
            getTranslation("library.staff.retireDialog.text", resource.title()),
            getTranslation("library.staff.retire"),
            () -> {
              library.retire(resource.id());
              Notification.show(
                  getTranslation("library.staff.retired"),
                  3000,
                  Notification.Position.BOTTOM_START);
              refresh();
            })
        .open();
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }

  private static String tags(ResourceSummary resource) {
    return Stream.concat(
            resource.groupKinds().stream().map(kind -> Labels.of(kind, kind.label())),
            resource.topics().stream())
        .collect(Collectors.joining(", "));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("library.pageTitle");
  }

  /** A label shown beside a field, for parts of dialogs. */
  static Span quiet(String text) {
    var span = new Span(text);
    span.addClassNames("text-s", "text-secondary");
    return span;
  }
}
