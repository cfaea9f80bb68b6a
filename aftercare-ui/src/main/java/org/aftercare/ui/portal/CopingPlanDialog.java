package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.coping.CopingPlanContents;
import org.aftercare.coping.CopingPlans;
import org.aftercare.coping.PersonToCall;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * The client writes their coping plan: what sets them off, the signs that it is getting hard, what
 * helps, people to call and their reasons for recovery. Refusals show at the field; the plan is
 * theirs alone, which the dialog says, so they can write it honestly.
 */
class CopingPlanDialog extends Dialog {

  private final CopingPlans plans;
  private final TextArea triggers = part("coping.plan.triggers", "coping-triggers");
  private final TextArea warningSigns = part("coping.plan.warning", "coping-warning");
  private final TextArea whatHelps = part("coping.plan.helps", "coping-helps");
  private final TextArea reasons = part("coping.plan.reasons", "coping-reasons");
  private final VerticalLayout people = new VerticalLayout();
  private final List<PersonRow> rows = new ArrayList<>();
  private final Button addPerson =
      new Button(getTranslation("coping.plan.addPerson"), click -> addRow(null));

  /** One person's two fields and the button that takes them off the plan. */
  private record PersonRow(TextField name, TextField phone, Div row) {
    PersonToCall toPerson() {
      return new PersonToCall(name.getValue(), phone.getValue());
    }

    boolean isBlank() {
      return name.getValue().isBlank() && phone.getValue().isBlank();
    }
  }

  CopingPlanDialog(CopingPlans plans) {
    this.plans = plans;
    setHeaderTitle(getTranslation("coping.plan.title"));
    setId("coping-plan-dialog");
    setWidth("min(100vw, 36rem)");
    var privacy = new Paragraph(getTranslation("coping.plan.privacy"));
    privacy.addClassName("aftercare-hint");
    people.setPadding(false);
    people.setSpacing(false);
    people.setId("coping-people");
    addPerson.setId("coping-add-person");
    add(
        privacy,
        triggers,
        warningSigns,
        whatHelps,
        new H3(getTranslation("coping.plan.people")),
        people,
        addPerson,
        reasons);
    fill(plans.mine());
    var save = new Button(getTranslation("coping.plan.save"), click -> save());
    save.setId("save-coping-plan");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
  }

  private void fill(CopingPlanContents plan) {
    triggers.setValue(orEmpty(plan.triggers()));
    warningSigns.setValue(orEmpty(plan.warningSigns()));
    whatHelps.setValue(orEmpty(plan.whatHelps()));
    reasons.setValue(orEmpty(plan.reasons()));
    plan.peopleToCall().forEach(this::addRow);
    if (plan.peopleToCall().isEmpty()) {
      addRow(null);
    }
  }

  private void addRow(PersonToCall person) {
    int index = rows.size();
    var name = new TextField(getTranslation("coping.person.name"));
    name.setId("coping-person-name-" + index);
    name.setMaxLength(PersonToCall.NAME_MAX);
    var phone = new TextField(getTranslation("coping.person.phone"));
    phone.setId("coping-person-phone-" + index);
    phone.setMaxLength(PersonToCall.PHONE_MAX);
    phone.getElement().setAttribute("inputmode", "tel");
    if (person != null) {
      name.setValue(person.name());
      phone.setValue(person.phone());
    }
    var row = new Div(name, phone);
    row.addClassName("aftercare-coping-person");
    var entry = new PersonRow(name, phone, row);
    var remove = new Button(getTranslation("coping.person.remove"), click -> removeRow(entry));
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    row.add(remove);
    rows.add(entry);
    people.add(row);
    addPerson.setEnabled(rows.size() < CopingPlanContents.PEOPLE_MAX);
  }

  /** Rows are renumbered by rebuilding them, so a refusal names the row the client sees. */
  private void removeRow(PersonRow gone) {
    var kept = rows.stream().filter(row -> row != gone).map(PersonRow::toPerson).toList();
    rows.clear();
    people.removeAll();
    kept.forEach(this::addRow);
    addPerson.setEnabled(rows.size() < CopingPlanContents.PEOPLE_MAX);
  }

  /** Rows left blank are not people; a refusal names a person by their place among the rest. */
  private void save() {
    List<PersonRow> named = rows.stream().filter(row -> !row.isBlank()).toList();
    var errors = fieldErrors(named);
    errors.clear();
    rows.forEach(
        row -> {
          row.name().setInvalid(false);
          row.phone().setInvalid(false);
        });
    try {
      plans.save(
          new CopingPlanContents(
              triggers.getValue(),
              warningSigns.getValue(),
              whatHelps.getValue(),
              named.stream().map(PersonRow::toPerson).toList(),
              reasons.getValue()));
      close();
      Notification.show(getTranslation("coping.plan.saved"), 3000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  private FieldErrors fieldErrors(List<PersonRow> named) {
    var errors =
        new FieldErrors(triggers)
            .field("triggers", triggers)
            .field("warningSigns", warningSigns)
            .field("whatHelps", whatHelps)
            .field("reasons", reasons);
    for (int i = 0; i < named.size(); i++) {
      errors.field("personName" + i, named.get(i).name());
      errors.field("personPhone" + i, named.get(i).phone());
    }
    return errors;
  }

  private TextArea part(String labelKey, String id) {
    var area = new TextArea(getTranslation(labelKey));
    area.setId(id);
    area.setWidthFull();
    area.setMaxLength(CopingPlanContents.TEXT_MAX);
    area.setValueChangeMode(ValueChangeMode.EAGER);
    area.addValueChangeListener(
        change ->
            area.setHelperText(
                getTranslation(
                    "coping.plan.count", change.getValue().length(), CopingPlanContents.TEXT_MAX)));
    return area;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
