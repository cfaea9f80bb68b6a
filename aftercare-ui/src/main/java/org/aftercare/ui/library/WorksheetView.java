package org.aftercare.ui.library;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aftercare.access.Role;
import org.aftercare.library.WorksheetField;
import org.aftercare.library.WorksheetForm;
import org.aftercare.library.Worksheets;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.RouteId;

/**
 * A worksheet on the client's phone: one field under the other, a draft to come back to, and
 * sending it to their care team, after which it shows what they sent.
 */
@CdiComponent
@Route("worksheet/:resourceId")
@RolesAllowed(Role.Names.CLIENT)
public class WorksheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** What a wrong or foreign address is "not found" as. */
  private static final String RECORD = "Worksheet";

  static final RouteId RESOURCE_ID = new RouteId("resourceId", RECORD);

  private final Worksheets worksheets;
  private final List<HasValue<?, String>> answers = new ArrayList<>();
  private final List<HasValidation> answerFields = new ArrayList<>();
  private UUID resourceId;
  private String title = "";

  @Inject
  public WorksheetView(Worksheets worksheets) {
    this.worksheets = worksheets;
    addClassName("aftercare-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    resourceId = RESOURCE_ID.in(event.getRouteParameters());
    show(worksheets.open(resourceId));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("worksheet.pageTitle", title);
  }

  private void show(WorksheetForm form) {
    removeAll();
    answers.clear();
    answerFields.clear();
    title = form.title();
    add(new H1(form.title()));
    if (form.description() != null) {
      add(new Paragraph(form.description()));
    }
    if (form.isSubmitted()) {
      var sent = new Paragraph(getTranslation("worksheet.sent"));
      sent.setId("worksheet-sent");
      sent.addClassName("aftercare-hint");
      add(sent);
    } else {
      var privacy = new Paragraph(getTranslation("worksheet.privacy"));
      privacy.addClassName("aftercare-hint");
      add(privacy);
    }
    var fields = new Div();
    fields.setId("worksheet-fields");
    for (int i = 0; i < form.fields().size(); i++) {
      fields.add(answerField(i, form.fields().get(i), form.answers().get(i), form.isSubmitted()));
    }
    add(fields);
    if (!form.isSubmitted()) {
      add(createButtons());
    }
  }

  private com.vaadin.flow.component.Component answerField(
      int index, WorksheetField field, String answer, boolean readOnly) {
    AbstractField<?, String> input =
        switch (field.kind()) {
          case TEXT -> new TextField(field.title());
          case LONG_TEXT -> {
            var area = new TextArea(field.title());
            area.setMinRows(3);
            yield area;
          }
          case SCALE ->
              choice(
                  field.title(), IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList());
          case CHOICE -> choice(field.title(), field.choices());
        };
    input.setId("worksheet-answer-" + index);
    if (field.prompt() != null) {
      ((com.vaadin.flow.component.HasHelper) input).setHelperText(field.prompt());
    }
    if (answer != null) {
      input.setValue(answer);
    }
    input.setReadOnly(readOnly);
    input.getElement().getStyle().set("width", "100%");
    answers.add(input);
    answerFields.add((HasValidation) input);
    return input;
  }

  private static Select<String> choice(String label, List<String> choices) {
    var select = new Select<String>();
    select.setLabel(label);
    select.setItems(choices);
    select.setEmptySelectionAllowed(true);
    return select;
  }

  private Div createButtons() {
    var draft = new Button(getTranslation("worksheet.saveDraft"), click -> save(false));
    draft.setId("worksheet-save");
    var send = new Button(getTranslation("worksheet.submit"), click -> save(true));
    send.setId("worksheet-submit");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var buttons = new Div(draft, send);
    buttons.addClassName("aftercare-coping-buttons");
    return buttons;
  }

  private void save(boolean send) {
    var errors = new FieldErrors(answerFields.getFirst());
    for (int i = 0; i < answerFields.size(); i++) {
      errors.field("answer" + i, answerFields.get(i));
    }
    errors.clear();
    List<String> given = answers.stream().map(HasValue::getValue).toList();
    try {
      if (send) {
        worksheets.submit(resourceId, given);
      } else {
        worksheets.saveDraft(resourceId, given);
      }
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
      return;
    }
    Notification.show(
        getTranslation(send ? "worksheet.submitted" : "worksheet.draftSaved"),
        3000,
        Notification.Position.MIDDLE);
    if (send) {
      show(worksheets.open(resourceId));
    }
  }
}
