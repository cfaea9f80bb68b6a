package org.aftercare.ui.sharing;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.ConsentPurpose;
import org.aftercare.sharing.ConsentRequest;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.SharedData;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;

/**
 * The choices of a consent and, below them, the very words they make, refreshed as the choices
 * change, so that what is signed is what was read. The client signs by typing their name; a
 * clinician enters the name as signed on a paper form. The form raises {@link SignEvent}; its owner
 * gives the request to the service and hands a refusal back to {@link #showError}.
 */
class ConsentForm extends VerticalLayout {

  /** Who signs through this form: the client in the portal, or a clinician from a paper form. */
  enum Signer {
    CLIENT,
    PAPER
  }

  /**
   * One of the client's care team, or (no id) a recipient named in words: a general designation for
   * treatment, or the one person or organisation a specific purpose is for.
   */
  record RecipientChoice(UUID id, String name) {}

  static final String DEFAULT_DESIGNATION = "my treating providers";

  private final RecipientChoice someoneElse =
      new RecipientChoice(null, getTranslation("sharing.consentForm.someoneElse"));

  private final UUID clientId;
  private final Consents consents;
  private final RadioButtonGroup<RecipientChoice> recipient =
      new RadioButtonGroup<>(getTranslation("sharing.consentForm.recipient"));
  private final TextField designation =
      new TextField(getTranslation("sharing.consentForm.designation"));
  private final RadioButtonGroup<ConsentPurpose> purpose =
      new RadioButtonGroup<>(getTranslation("sharing.consentForm.purpose"));
  private final TextField purposeDetail =
      new TextField(getTranslation("sharing.consentForm.purposeDetail"));
  private final RadioButtonGroup<SharedData> sharedData =
      new RadioButtonGroup<>(getTranslation("sharing.consentForm.sharedData"));
  private final DatePicker startsOn = Pickers.date(getTranslation("sharing.consentForm.startsOn"));
  private final DatePicker expiresOn =
      Pickers.date(getTranslation("sharing.consentForm.expiresOn"));
  private final Checkbox untilRevoked = new Checkbox();
  private final TextArea text = new TextArea();
  private final TextField signature = new TextField();
  private final FieldErrors errors;

  ConsentForm(
      UUID clientId,
      List<CareTeamRecipient> careTeam,
      Consents consents,
      ZoneId zone,
      Signer signer) {
    this.clientId = clientId;
    this.consents = consents;
    setPadding(false);
    setId("consent-form");
    configureChoices(careTeam, LocalDate.now(zone), signer);
    configureSigning(signer);
    errors =
        new FieldErrors(recipient)
            .field("recipient", recipient)
            .field("designation", designation)
            .field("purposeDetail", purposeDetail)
            .field("startsOn", startsOn)
            .field("expiresOn", expiresOn)
            .field("signature", signature);
    var sign =
        new Button(
            getTranslation(
                signer == Signer.CLIENT
                    ? "sharing.consentForm.sign.client"
                    : "sharing.consentForm.sign"),
            c -> sign());
    sign.setId("sign-consent");
    sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        recipient,
        designation,
        purpose,
        purposeDetail,
        sharedData,
        createPeriod(),
        text,
        signature,
        sign);
    showChoices();
  }

  private void configureChoices(List<CareTeamRecipient> careTeam, LocalDate today, Signer signer) {
    var choices = new ArrayList<RecipientChoice>();
    careTeam.forEach(member -> choices.add(new RecipientChoice(member.getId(), member.getName())));
    choices.add(someoneElse);
    recipient.setId("consent-recipient");
    recipient.setItems(choices);
    recipient.setItemLabelGenerator(RecipientChoice::name);
    recipient.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    designation.setId("consent-designation");
    designation.setValue(DEFAULT_DESIGNATION);
    designation.setMaxLength(300);
    designation.setHelperText(getTranslation("sharing.consentForm.designation.hint"));
    purpose.setId("consent-purpose");
    purpose.setItems(ConsentPurpose.values());
    purpose.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    purpose.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    purpose.setValue(ConsentPurpose.TREATMENT);
    purposeDetail.setId("consent-purpose-detail");
    purposeDetail.setMaxLength(300);
    purposeDetail.setPlaceholder(getTranslation("sharing.consentForm.purposeDetail.placeholder"));
    sharedData.setId("consent-data");
    sharedData.setItems(SharedData.values());
    sharedData.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    sharedData.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    sharedData.setValue(SharedData.ATTENDANCE);
    startsOn.setId("consent-starts");
    startsOn.setValue(today);
    startsOn.setMin(today);
    expiresOn.setId("consent-expires");
    expiresOn.setMin(today);
    untilRevoked.setId("consent-until-revoked");
    untilRevoked.setLabel(
        getTranslation(
            signer == Signer.CLIENT
                ? "sharing.consentForm.untilRevoked.client"
                : "sharing.consentForm.untilRevoked"));
    untilRevoked.setValue(true);
    startsOn.addValueChangeListener(change -> expiresOn.setMin(change.getValue()));
    for (var field : new TextField[] {designation, purposeDetail}) {
      field.setWidthFull();
      field.setValueChangeMode(ValueChangeMode.LAZY);
    }
    recipient.addValueChangeListener(change -> showChoices());
    designation.addValueChangeListener(change -> showText());
    purpose.addValueChangeListener(change -> showChoices());
    purposeDetail.addValueChangeListener(change -> showText());
    sharedData.addValueChangeListener(change -> showText());
    startsOn.addValueChangeListener(change -> showText());
    expiresOn.addValueChangeListener(change -> showText());
    untilRevoked.addValueChangeListener(change -> showChoices());
  }

  private void configureSigning(Signer signer) {
    text.setId("consent-text");
    text.setLabel(
        getTranslation(
            signer == Signer.CLIENT
                ? "sharing.consentForm.text.client"
                : "sharing.consentForm.text"));
    text.setReadOnly(true);
    text.setWidthFull();
    text.setMaxHeight("24rem");
    signature.setId("consent-signature");
    signature.setLabel(
        getTranslation(
            signer == Signer.CLIENT
                ? "sharing.consentForm.signature.client"
                : "sharing.consentForm.signature"));
    signature.setMaxLength(200);
    signature.setWidthFull();
    signature.setAutocomplete(Autocomplete.NAME);
  }

  private FlexLayout createPeriod() {
    var period = new FlexLayout(startsOn, expiresOn, untilRevoked);
    period.addClassName("aftercare-filters");
    period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    period.setAlignItems(FlexComponent.Alignment.BASELINE);
    return period;
  }

  /** Shows the fields the choices call for, then the words they make. */
  private void showChoices() {
    designation.setVisible(someoneElse.equals(recipient.getValue()));
    purposeDetail.setVisible(purpose.getValue() == ConsentPurpose.SPECIFIC);
    expiresOn.setEnabled(!untilRevoked.getValue());
    showText();
  }

  private void showText() {
    text.setValue(consents.textFor(clientId, request()));
  }

  ConsentRequest request() {
    RecipientChoice chosen = recipient.getValue();
    boolean general = someoneElse.equals(chosen);
    return new ConsentRequest(
        chosen == null || general ? null : chosen.id(),
        general ? designation.getValue() : null,
        purpose.getValue(),
        purpose.getValue() == ConsentPurpose.SPECIFIC ? purposeDetail.getValue() : null,
        sharedData.getValue(),
        startsOn.getValue(),
        untilRevoked.getValue() ? null : expiresOn.getValue(),
        signature.getValue());
  }

  private void sign() {
    errors.clear();
    if (!untilRevoked.getValue() && expiresOn.getValue() == null) {
      // Without this check an empty date would mean "until revoked", which nobody chose.
      errors.show(
          new InvalidInputException(
              "expiresOn",
              getTranslation("sharing.consentForm.expiresOn.missing", untilRevoked.getLabel())));
      return;
    }
    fireEvent(new SignEvent(this, request()));
  }

  /** Shows the service's refusal at the field it names. */
  void showError(InvalidInputException invalid) {
    errors.show(invalid);
  }

  Registration addSignListener(ComponentEventListener<SignEvent> listener) {
    return addListener(SignEvent.class, listener);
  }

  /** The signer asked to sign (or record) the consent these choices make. */
  static class SignEvent extends ComponentEvent<ConsentForm> {
    private final ConsentRequest request;

    SignEvent(ConsentForm source, ConsentRequest request) {
      super(source, false);
      this.request = request;
    }

    ConsentRequest request() {
      return request;
    }
  }
}
