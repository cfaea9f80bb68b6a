package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupDetails;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.identity.Account;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.security.CurrentClinic;

/**
 * Creates or edits a group: what it is, who leads it, who may join, and when it meets. Errors show
 * at the field they concern; nothing is saved until every check passes.
 */
@CdiComponent
@Route("groups/new")
@RouteAlias("groups/:groupId/edit")
@PageTitle("Group · Aftercare")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN})
public class GroupEditorView extends VerticalLayout implements BeforeEnterObserver {

  static final List<String> TRADITIONS =
      List.of(
          "Celebrate Recovery",
          "Millati Islami",
          "Jewish recovery (JACS)",
          "Recovery Dharma",
          "Refuge Recovery",
          "Christian 12-step");

  private static final RouteId EDITED_GROUP_ID = new RouteId("groupId", "Group");

  private final GroupService groups;
  private final CurrentClinic clinic;
  private final H1 title = new H1();
  private final TextField name = new TextField("Name");
  private final Select<Modality> modality = new Select<>();
  private final ComboBox<String> tradition = new ComboBox<>("Tradition");
  private final TextArea description = new TextArea("Description");
  private final TextArea groundRules = new TextArea("Ground rules");
  private final MultiSelectComboBox<Account> facilitators =
      new MultiSelectComboBox<>("Facilitators");
  private final IntegerField capacity = new IntegerField("Capacity");
  private final RadioButtonGroup<EnrolmentPolicy> enrolment = new RadioButtonGroup<>("Enrolment");
  private final Checkbox cameraOptional = new Checkbox("Camera optional");
  private final Checkbox firstNamesOnly = new Checkbox("First names only (anonymity)");
  private final TextField meetingLink = new TextField("Meeting link for this group");
  private final ScheduleEditor schedule = new ScheduleEditor();
  private final FieldErrors errors;
  private RecoveryGroup editing;

  @Inject
  public GroupEditorView(GroupService groups, CurrentClinic clinic) {
    this.groups = groups;
    this.clinic = clinic;
    this.errors =
        schedule.addFieldsTo(
            new FieldErrors(name)
                .field("name", name)
                .field("modality", modality)
                .field("tradition", tradition)
                .field("description", description)
                .field("groundRules", groundRules)
                .field("facilitators", facilitators)
                .field("capacity", capacity)
                .field("meetingLink", meetingLink));
    addClassName("aftercare-page");
    configureFields();
    var save = new Button("Save group", click -> save());
    save.setId("save-group");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button("Cancel", click -> leave());
    var about =
        new FormLayout(
            name,
            modality,
            tradition,
            facilitators,
            capacity,
            enrolment,
            cameraOptional,
            firstNamesOnly,
            meetingLink,
            description,
            groundRules);
    about.setColspan(meetingLink, 2);
    about.setColspan(description, 2);
    about.setColspan(groundRules, 2);
    add(
        new RouterLink("All groups", GroupListView.class),
        title,
        about,
        new H2("Schedule"),
        schedule,
        new HorizontalLayout(save, cancel));
  }

  private void configureFields() {
    title.setId("group-editor-title");
    name.setId("group-name");
    name.setRequired(true);
    name.setMaxLength(120);
    modality.setId("group-modality");
    modality.setLabel("Kind of group");
    modality.setItems(Modality.values());
    modality.setItemLabelGenerator(Modality::label);
    modality.addValueChangeListener(
        change -> {
          tradition.setVisible(change.getValue() == Modality.FAITH_BASED);
          firstNamesOnly.setValue(
              change.getValue() == Modality.TWELVE_STEP || firstNamesOnly.getValue());
        });
    tradition.setId("group-tradition");
    tradition.setItems(TRADITIONS);
    tradition.setAllowCustomValue(true);
    tradition.addCustomValueSetListener(custom -> tradition.setValue(custom.getDetail()));
    tradition.setHelperText("Optional; type another if it is not listed.");
    tradition.setVisible(false);
    description.setId("group-description");
    description.setMaxLength(2000);
    groundRules.setId("group-ground-rules");
    groundRules.setMaxLength(4000);
    groundRules.setHelperText("Clients read and accept these before their first session.");
    facilitators.setId("group-facilitators");
    facilitators.setRequired(true);
    facilitators.setItemLabelGenerator(Account::getDisplayName);
    capacity.setId("group-capacity");
    capacity.setMin(1);
    capacity.setMax(500);
    capacity.setStepButtonsVisible(true);
    capacity.setRequired(true);
    capacity.setHelperText("When full, clients join a waitlist in order.");
    enrolment.setId("group-enrolment");
    enrolment.setItems(EnrolmentPolicy.values());
    enrolment.setItemLabelGenerator(
        policy ->
            policy == EnrolmentPolicy.OPEN
                ? "Open: join any time"
                : "Closed: only before the first session");
    cameraOptional.setId("group-camera-optional");
    firstNamesOnly.setId("group-first-names");
    meetingLink.setId("group-meeting-link");
    meetingLink.setHelperText(
        "Optional https:// link. Empty: made from the clinic's video link template.");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    facilitators.setItems(groups.eligibleFacilitators());
    Optional<UUID> id = EDITED_GROUP_ID.ifIn(event.getRouteParameters());
    if (id.isPresent()) {
      editing = groups.get(id.get());
      show(editing);
    } else {
      editing = null;
      title.setText("New group");
      modality.setValue(Modality.SMART_RECOVERY);
      capacity.setValue(12);
      enrolment.setValue(EnrolmentPolicy.OPEN);
      cameraOptional.setValue(true);
      schedule.showNew(LocalDate.now(clinic.zone()).plusDays(7), clinic.zone().getId());
    }
  }

  private void show(RecoveryGroup group) {
    GroupDetails details = group.details();
    title.setText("Edit " + details.name());
    name.setValue(details.name());
    modality.setValue(details.modality());
    tradition.setValue(details.tradition());
    description.setValue(orEmpty(details.description()));
    groundRules.setValue(orEmpty(details.groundRules()));
    var ids = new HashSet<>(groups.facilitatorsOf(group.getId()));
    facilitators.setValue(
        groups.eligibleFacilitators().stream()
            .filter(person -> ids.contains(person.getId()))
            .collect(Collectors.toSet()));
    capacity.setValue(details.capacity());
    enrolment.setValue(details.enrolment());
    cameraOptional.setValue(details.cameraOptional());
    firstNamesOnly.setValue(details.firstNamesOnly());
    meetingLink.setValue(orEmpty(details.meetingLink()));
    schedule.show(details.schedule());
  }

  private void save() {
    errors.clear();
    var details =
        new GroupDetails(
            name.getValue(),
            modality.getValue(),
            modality.getValue() == Modality.FAITH_BASED ? tradition.getValue() : null,
            description.getValue(),
            groundRules.getValue(),
            capacity.getValue() == null ? 0 : capacity.getValue(),
            enrolment.getValue(),
            cameraOptional.getValue(),
            firstNamesOnly.getValue(),
            meetingLink.getValue(),
            schedule.value());
    var leaders = facilitators.getValue().stream().map(Account::getId).collect(Collectors.toSet());
    try {
      RecoveryGroup saved =
          editing == null
              ? groups.create(details, leaders)
              : groups.update(editing.getId(), editing.getVersion(), details, leaders);
      Notification.show("Group saved", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate(GroupView.class, GroupView.GROUP_ID.of(saved.getId())));
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  private void leave() {
    if (editing == null) {
      getUI().ifPresent(ui -> ui.navigate(GroupListView.class));
    } else {
      getUI().ifPresent(ui -> ui.navigate(GroupView.class, GroupView.GROUP_ID.of(editing.getId())));
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
