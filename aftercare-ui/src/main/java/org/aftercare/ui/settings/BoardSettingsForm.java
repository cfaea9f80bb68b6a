package org.aftercare.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.aftercare.board.BoardRules;
import org.aftercare.board.BoardSettings;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * The rules of the clinic's group boards: the code of conduct members accept before posting (a
 * changed text is accepted again), whether posts may carry links, and how long posts are kept.
 */
class BoardSettingsForm extends VerticalLayout {

  private final TextArea conduct = new TextArea("Code of conduct");
  private final Checkbox links = new Checkbox("Allow links in posts");
  private final IntegerField retention = new IntegerField("Keep posts for (days)");
  private final Paragraph version = new Paragraph();

  BoardSettingsForm(BoardRules rules) {
    setPadding(false);
    setId("board-settings");
    conduct.setId("board-conduct");
    conduct.setHelperText(
        "Members accept it before their first post. Changing the text asks every member again.");
    links.setId("board-links");
    retention.setId("board-retention");
    retention.setMin(BoardSettings.MIN_RETENTION_DAYS);
    retention.setMax(BoardSettings.MAX_RETENTION_DAYS);
    retention.setStepButtonsVisible(true);
    retention.setHelperText("Older posts are deleted each night.");
    version.addClassName("text-secondary");
    show(rules.settings());
    var errors =
        new FieldErrors(conduct).field("codeOfConduct", conduct).field("retentionDays", retention);
    var form = new FormLayout(conduct, retention, links);
    form.setColspan(conduct, 2);
    var save =
        new Button(
            "Save board settings",
            click -> {
              errors.clear();
              try {
                show(
                    rules.save(
                        new BoardSettings(
                            conduct.getValue(),
                            0,
                            links.getValue(),
                            retention.getValue() == null ? 0 : retention.getValue())));
                Notification.show("Board settings saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-board-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2("Group boards"), form, version, save);
  }

  private void show(BoardSettings settings) {
    conduct.setValue(settings.codeOfConduct());
    links.setValue(settings.linksAllowed());
    retention.setValue(settings.retentionDays());
    version.setText("Code of conduct version " + settings.conductVersion() + ".");
  }
}
