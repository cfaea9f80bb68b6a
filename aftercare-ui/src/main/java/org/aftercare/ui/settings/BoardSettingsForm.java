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

  private final TextArea conduct = new TextArea(getTranslation("settings.board.conduct"));
  private final Checkbox links = new Checkbox(getTranslation("settings.board.links"));
  private final IntegerField retention =
      new IntegerField(getTranslation("settings.board.retention"));
  private final Paragraph version = new Paragraph();

  BoardSettingsForm(BoardRules rules) {
    setPadding(false);
    setId("board-settings");
    conduct.setId("board-conduct");
    conduct.setHelperText(getTranslation("settings.board.conduct.hint"));
    links.setId("board-links");
    retention.setId("board-retention");
    retention.setMin(BoardSettings.MIN_RETENTION_DAYS);
    retention.setMax(BoardSettings.MAX_RETENTION_DAYS);
    retention.setStepButtonsVisible(true);
    retention.setHelperText(getTranslation("settings.board.retention.hint"));
    version.addClassName("text-secondary");
    show(rules.settings());
    var errors =
        new FieldErrors(conduct).field("codeOfConduct", conduct).field("retentionDays", retention);
    var form = new FormLayout(conduct, retention, links);
    form.setColspan(conduct, 2);
    var save =
        new Button(
            getTranslation("settings.board.save"),
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
                Notification.show(
                        getTranslation("settings.board.boardSettingsSaved"),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-board-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("settings.board.groupBoards")), form, version, save);
  }

  private void show(BoardSettings settings) {
    conduct.setValue(settings.codeOfConduct());
    links.setValue(settings.linksAllowed());
    retention.setValue(settings.retentionDays());
    version.setText(getTranslation("settings.board.version", settings.conductVersion()));
  }
}
