package org.aftercare.ui.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.Cadence;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;

/**
 * Adds a member of a client's care team, or changes one: the connection their system listens on or
 * the API client their EHR fetches as, the client's record number there, and — for summaries the
 * portal sends — when they go (in the clinic's time zone).
 */
class RecipientDialog extends Dialog {

  private final Select<SummaryChannel> channel = new Select<>();
  private final TextField name = new TextField(getTranslation("sharing.recipient.name"));
  private final TextField patientMrn =
      new TextField(getTranslation("sharing.recipient.patientMrn"));
  private final TextField patientSystem =
      new TextField(getTranslation("sharing.recipient.patientSystem"));
  private final Select<Cadence> cadence = new Select<>();
  private final Select<DayOfWeek> day = new Select<>();
  private final TimePicker time = Pickers.time(getTranslation("sharing.recipient.time"));
  private final Checkbox onNewFlag = new Checkbox(getTranslation("sharing.recipient.onNewFlag"));
  private final FieldErrors errors;

  /**
   * @param channels the clinic's connections and enabled API clients
   * @param existing the recipient to change, or null to add one
   */
  RecipientDialog(
      CareTeams careTeams,
      List<SummaryChannel> channels,
      UUID clientId,
      CareTeamRecipient existing,
      Consumer<CareTeamRecipient> onSaved) {
    setHeaderTitle(
        existing == null
            ? getTranslation("sharing.recipient.add")
            : getTranslation("sharing.change", existing.getName()));
    setWidth("min(40rem, 100vw)");
    configureFields(channels);
    errors =
        new FieldErrors(name)
            .field("endpoint", channel)
            .field("name", name)
            .field("patientMrn", patientMrn)
            .field("patientSystem", patientSystem);
    if (existing != null) {
      show(existing.details());
    }
    var form =
        new FormLayout(channel, name, patientMrn, patientSystem, cadence, day, time, onNewFlag);
    form.setColspan(channel, 2);
    form.setColspan(onNewFlag, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    add(form);
    var save =
        new Button(
            getTranslation("sharing.recipient.save"),
            click -> {
              errors.clear();
              try {
                onSaved.accept(
                    existing == null
                        ? careTeams.addRecipient(clientId, details())
                        : careTeams.changeRecipient(existing.getId(), details()));
                close();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-recipient");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("sharing.recipient.cancel"), click -> close()), save);
  }

  private void configureFields(List<SummaryChannel> channels) {
    channel.setId("recipient-endpoint");
    onNewFlag.setId("recipient-on-new-flag");
    channel.setLabel(getTranslation("sharing.recipient.channel"));
    channel.setItems(channels);
    channel.setItemLabelGenerator(SummaryChannel::label);
    channel.setHelperText(
        channels.isEmpty()
            ? getTranslation("sharing.recipient.channel.none")
            : getTranslation("sharing.recipient.channel.hint"));
    channel.addValueChangeListener(change -> showSchedule());
    name.setId("recipient-name");
    name.setMaxLength(200);
    name.setHelperText(getTranslation("sharing.recipient.name.hint"));
    patientMrn.setId("recipient-mrn");
    patientMrn.setMaxLength(60);
    patientSystem.setId("recipient-system");
    patientSystem.setMaxLength(255);
    patientSystem.setPlaceholder("urn:oid:…");
    patientSystem.setHelperText(getTranslation("sharing.recipient.patientSystem.hint"));
    cadence.setId("recipient-cadence");
    cadence.setLabel(getTranslation("sharing.recipient.cadence"));
    cadence.setItems(Cadence.values());
    cadence.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    cadence.setValue(Cadence.WEEKLY);
    day.setId("recipient-day");
    day.setLabel(getTranslation("sharing.recipient.day"));
    day.setItems(DayOfWeek.values());
    day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
    day.setValue(DayOfWeek.MONDAY);
    time.setId("recipient-time");
    time.setStep(Duration.ofMinutes(30));
    time.setValue(LocalTime.of(8, 0));
    time.setHelperText(getTranslation("sharing.recipient.time.hint"));
    cadence.addValueChangeListener(change -> showSchedule());
    showSchedule();
  }

  private void showSchedule() {
    boolean sent = !pulls();
    cadence.setVisible(sent);
    day.setVisible(sent && cadence.getValue() == Cadence.WEEKLY);
    time.setVisible(sent && cadence.getValue() != Cadence.ON_REQUEST);
    onNewFlag.setVisible(sent);
    time.setLabel(
        getTranslation(
            cadence.getValue() == Cadence.MONTHLY
                ? "sharing.recipient.time.monthly"
                : "sharing.recipient.time"));
  }

  private void show(RecipientDetails details) {
    channel
        .getListDataView()
        .getItems()
        .filter(choice -> choice.reaches(details))
        .findFirst()
        .ifPresent(channel::setValue);
    name.setValue(details.name());
    patientMrn.setValue(details.patientMrn());
    patientSystem.setValue(details.patientSystem() == null ? "" : details.patientSystem());
    // A member whose EHR fetches has no schedule; the defaults stay for a move to a connection.
    if (details.pulls()) {
      return;
    }
    cadence.setValue(details.cadence());
    if (details.day() != null) {
      day.setValue(details.day());
    }
    time.setValue(details.time());
    onNewFlag.setValue(details.onNewFlag());
  }

  private boolean pulls() {
    return channel.getValue() != null && channel.getValue().pulls();
  }

  private RecipientDetails details() {
    if (pulls()) {
      return RecipientDetails.pulling(
          channel.getValue().apiClientId(),
          name.getValue(),
          patientSystem.getValue(),
          patientMrn.getValue());
    }
    return new RecipientDetails(
        channel.getValue() == null ? null : channel.getValue().endpointId(),
        name.getValue(),
        patientSystem.getValue(),
        patientMrn.getValue(),
        cadence.getValue(),
        cadence.getValue() == Cadence.WEEKLY ? day.getValue() : null,
        time.getValue(),
        onNewFlag.getValue());
  }
}
