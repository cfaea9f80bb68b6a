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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.security.CurrentClinic;

/**
 * Creates or edits a group: what it is, who leads it, who may join, and when it meets. Errors show
 * at the field they concern; nothing is saved until every check passes.
 */
@CdiComponent
@Route("groups/new")
@RouteAlias("groups/:groupId/edit")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN})
public class GroupEditorView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

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
  private final TextField name = new TextField(getTranslation("groups.editor.name"));
  private final Select<Modality> modality = new Select<>();
  private final ComboBox<String> tradition =
      new ComboBox<>(getTranslation("groups.editor.tradition"));
  private final TextArea description = new TextArea(getTranslation("groups.editor.description"));
  private final TextArea groundRules = new TextArea(getTranslation("groups.editor.groundRules"));
  private final MultiSelectComboBox<Account> facilitators =
      Pickers.several(getTranslation("groups.editor.facilitators"));
  private final IntegerField capacity = new IntegerField(getTranslation("groups.editor.capacity"));
  private final RadioButtonGroup<EnrolmentPolicy> enrolment =
      new RadioButtonGroup<>(getTranslation("groups.editor.enrolment"));
  private final Checkbox cameraOptional =
      new Checkbox(getTranslation("groups.editor.cameraOptional"));
  private final Checkbox firstNamesOnly =
      new Checkbox(getTranslation("groups.editor.firstNamesOnly"));
  private final TextField meetingLink = new TextField(getTranslation("groups.editor.meetingLink"));
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
    var save = new Button(getTranslation("groups.editor.save"), click -> save());
    save.setId("save-group");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("groups.editor.cancel"), click -> leave());
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
        new RouterLink(getTranslation("groups.editor.allGroups"), GroupListView.class),
        title,
        about,
        new H2(getTranslation("groups.editor.schedule")),
        schedule,
        new HorizontalLayout(save, cancel));
  }

  private void configureFields() {
    title.setId("group-editor-title");
    name.setId("group-name");
    name.setRequired(true);
    name.setMaxLength(120);
    modality.setId("group-modality");
    modality.setLabel(getTranslation("groups.editor.modality"));
    modality.setItems(Modality.values());
    modality.setItemLabelGenerator(kind -> Labels.of(kind, kind.label()));
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
    tradition.setHelperText(getTranslation("groups.editor.tradition.hint"));
    tradition.setVisible(false);
    description.setId("group-description");
    description.setMaxLength(2000);
    groundRules.setId("group-ground-rules");
    groundRules.setMaxLength(4000);
    groundRules.setHelperText(getTranslation("groups.editor.groundRules.hint"));
    facilitators.setId("group-facilitators");
    facilitators.setRequired(true);
    facilitators.setItemLabelGenerator(Account::getDisplayName);
    capacity.setId("group-capacity");
    capacity.setMin(1);
    capacity.setMax(500);
    capacity.setStepButtonsVisible(true);
    capacity.setRequired(true);
    capacity.setHelperText(getTranslation("groups.editor.capacity.hint"));
    enrolment.setId("group-enrolment");
    enrolment.setItems(EnrolmentPolicy.values());
    enrolment.setItemLabelGenerator(
        policy ->
            getTranslation(
                policy == EnrolmentPolicy.OPEN
                    ? "groups.editor.enrolment.open"
                    : "groups.editor.enrolment.closed"));
    cameraOptional.setId("group-camera-optional");
    firstNamesOnly.setId("group-first-names");
    meetingLink.setId("group-meeting-link");
    meetingLink.setHelperText(getTranslation("groups.editor.meetingLink.hint"));
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
      title.setText(getTranslation("groups.editor.title"));
      modality.setValue(Modality.SMART_RECOVERY);
      capacity.setValue(12);
      enrolment.setValue(EnrolmentPolicy.OPEN);
      cameraOptional.setValue(true);
      schedule.showNew(LocalDate.now(clinic.zone()).plusDays(7), clinic.zone().getId());
    }
  }

  private void show(RecoveryGroup group) {
    GroupDetails details = group.details();
    title.setText(getTranslation("groups.editor.editTitle", details.name()));
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
      Notification.show(
              getTranslation("groups.editor.groupSaved"), 3000, Notification.Position.BOTTOM_START)
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

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.groupEditor");
  }
}
