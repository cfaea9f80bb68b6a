package org.aftercare.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.library.FieldKind;
import org.aftercare.library.WorksheetField;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.RowAction;

/** The fields of a worksheet as the clinic defines them: title, prompt, kind and choices. */
class WorksheetFieldsEditor extends VerticalLayout {

  private final VerticalLayout rows = new VerticalLayout();
  private final List<FieldRow> fieldRows = new ArrayList<>();

  WorksheetFieldsEditor() {
    setPadding(false);
    rows.setPadding(false);
    var add =
        new Button(
            getTranslation("library.fields.add"), VaadinIcon.PLUS.create(), click -> addField());
    add.setId("worksheet-add-field");
    add(new H3(getTranslation("library.fields.title")), rows, add);
  }

  boolean isEmpty() {
    return fieldRows.isEmpty();
  }

  void addField() {
    var row = new FieldRow(fieldRows.size());
    fieldRows.add(row);
    rows.add(row.layout);
  }

  void setFields(List<WorksheetField> fields) {
    fieldRows.clear();
    rows.removeAll();
    fields.forEach(
        field -> {
          addField();
          fieldRows.getLast().fill(field);
        });
  }

  List<WorksheetField> fields() {
    return fieldRows.stream().map(FieldRow::field).toList();
  }

  /** Names each row's fields as the core's refusals do ({@code fieldTitle0}, …). */
  void register(FieldErrors errors) {
    for (int i = 0; i < fieldRows.size(); i++) {
      errors.field("fieldTitle" + i, fieldRows.get(i).title);
      errors.field("fieldChoices" + i, fieldRows.get(i).choices);
    }
  }

  private final class FieldRow {
    final TextField title = new TextField(getTranslation("library.fields.fieldTitle"));
    final TextField prompt = new TextField(getTranslation("library.fields.prompt"));
    final Select<FieldKind> kind = new Select<>();
    final TextField choices = new TextField(getTranslation("library.fields.choices"));
    final FormLayout layout = new FormLayout();

    FieldRow(int index) {
      title.setId("worksheet-field-title-" + index);
      prompt.setId("worksheet-field-prompt-" + index);
      kind.setLabel(getTranslation("library.fields.kind"));
      kind.setItems(FieldKind.values());
      kind.setItemLabelGenerator(value -> Labels.of(value, value.label()));
      kind.setValue(FieldKind.LONG_TEXT);
      kind.setId("worksheet-field-kind-" + index);
      choices.setHelperText(getTranslation("library.fields.choices.hint"));
      choices.setVisible(false);
      kind.addValueChangeListener(
          change -> choices.setVisible(change.getValue() == FieldKind.CHOICE));
      layout.add(
          title,
          prompt,
          kind,
          choices,
          new RowAction(
              getTranslation("library.fields.remove"),
              () -> {
                fieldRows.remove(this);
                rows.remove(layout);
              }));
    }

    void fill(WorksheetField field) {
      title.setValue(field.title());
      prompt.setValue(field.prompt() == null ? "" : field.prompt());
      kind.setValue(field.kind());
      choices.setValue(String.join(", ", field.choices()));
    }

    WorksheetField field() {
      return new WorksheetField(
          title.getValue(),
          prompt.getValue(),
          kind.getValue(),
          List.of(choices.getValue().split(",")));
    }
  }
}
