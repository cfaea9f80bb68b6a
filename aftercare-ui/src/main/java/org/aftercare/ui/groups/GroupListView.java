package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupStatus;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.groups.SeatCounts;
import org.aftercare.identity.Account;
import org.aftercare.ui.components.Labels;

/** The clinic's groups, filtered by kind, facilitator and status. */
@CdiComponent
@Route("groups")
@Menu(order = 2, title = "Groups")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN})
public class GroupListView extends VerticalLayout implements HasDynamicTitle {

  private final GroupService groups;
  private final SeatCounts seatCounts;
  private final Select<Modality> modality = new Select<>();
  private final Select<Account> facilitator = new Select<>();
  private final Select<GroupStatus> status = new Select<>();
  private final Grid<RecoveryGroup> grid = new Grid<>();
  private Map<UUID, String> staffNames = Map.of();
  private Map<UUID, List<UUID>> leaders = Map.of();
  private Map<UUID, SeatCounts.Seats> seats = Map.of();

  @Inject
  public GroupListView(GroupService groups, SeatCounts seatCounts) {
    this.groups = groups;
    this.seatCounts = seatCounts;
    addClassNames("aftercare-page", "aftercare-wide-page");
    setHeightFull();
    configureFilters();
    configureGrid();
    var add =
        new Button(
            getTranslation("groups.list.add"),
            VaadinIcon.PLUS.create(),
            click -> getUI().ifPresent(ui -> ui.navigate(GroupEditorView.class)));
    add.setId("new-group");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var toolbar = new HorizontalLayout(modality, facilitator, status, add);
    toolbar.addClassName("aftercare-filters");
    toolbar.setWrap(true);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(new H1(getTranslation("groups.list.groups")), toolbar, grid);
    refresh();
  }

  private void configureFilters() {
    modality.setId("filter-modality");
    modality.setLabel(getTranslation("groups.list.modality"));
    modality.setItems(Modality.values());
    modality.setItemLabelGenerator(
        kind ->
            kind == null
                ? getTranslation("groups.list.modality.any")
                : Labels.of(kind, kind.label()));
    modality.setEmptySelectionAllowed(true);
    modality.setEmptySelectionCaption(getTranslation("groups.list.modality.any"));
    List<Account> staff = groups.eligibleFacilitators();
    staffNames = staff.stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    facilitator.setId("filter-facilitator");
    facilitator.setLabel(getTranslation("groups.list.facilitator"));
    facilitator.setItems(staff);
    facilitator.setItemLabelGenerator(
        person ->
            person == null
                ? getTranslation("groups.list.facilitator.any")
                : person.getDisplayName());
    facilitator.setEmptySelectionAllowed(true);
    facilitator.setEmptySelectionCaption(getTranslation("groups.list.facilitator.any"));
    status.setId("filter-status");
    status.setLabel(getTranslation("groups.list.status"));
    status.setItems(GroupStatus.values());
    status.setItemLabelGenerator(
        value -> value == null ? getTranslation("groups.list.status.any") : Labels.of(value));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("groups.list.status.any"));
    status.setValue(GroupStatus.ACTIVE);
    modality.addValueChangeListener(change -> refresh());
    facilitator.addValueChangeListener(change -> refresh());
    status.addValueChangeListener(change -> refresh());
  }

  private void configureGrid() {
    grid.setId("groups");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(RecoveryGroup::getName)
        .setHeader(getTranslation("groups.list.column.name"))
        .setFlexGrow(2);
    grid.addColumn(group -> Labels.of(group.getModality(), group.getModality().label()))
        .setHeader(getTranslation("groups.list.modality"));
    grid.addColumn(group -> ScheduleSummary.of(group.schedule(), getLocale()))
        .setHeader(getTranslation("groups.list.column.meets"))
        .setFlexGrow(3);
    grid.addColumn(group -> namesOf(leaders.getOrDefault(group.getId(), List.of())))
        .setHeader(getTranslation("groups.list.column.facilitators"));
    grid.addColumn(this::seatsText).setHeader(getTranslation("groups.list.column.seats"));
    grid.setEmptyStateText(getTranslation("groups.list.grid.empty"));
    grid.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            GroupView.class, GroupView.GROUP_ID.of(click.getItem().getId()))));
  }

  private String seatsText(RecoveryGroup group) {
    var counts = seats.getOrDefault(group.getId(), new SeatCounts.Seats(0, 0));
    return getTranslation(
        "groups.list.seats", counts.taken(), group.getCapacity(), counts.waiting());
  }

  private String namesOf(List<UUID> people) {
    return people.stream()
        .map(id -> staffNames.getOrDefault(id, getTranslation("groups.formerStaff")))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private void refresh() {
    leaders = groups.facilitatorsByGroup();
    seats = seatCounts.byGroup();
    UUID person = facilitator.getValue() == null ? null : facilitator.getValue().getId();
    grid.setItems(groups.list(new GroupFilter(modality.getValue(), person, status.getValue())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.groupList");
  }
}
