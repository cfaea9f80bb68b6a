package org.aftercare.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.PortalTranslations;

/** Invites a member of staff; the person gets a link by e-mail to choose a password. */
class InviteDialog extends Dialog {

  private final EmailField email = new EmailField(getTranslation("staff.invite.email"));
  private final TextField displayName = new TextField(getTranslation("staff.invite.displayName"));
  private final RolePicker roles = new RolePicker();
  private final RadioButtonGroup<String> language = createLanguage();

  InviteDialog(StaffInvitations invitations, Runnable onInvited) {
    setHeaderTitle(getTranslation("staff.invite.title"));
    setWidth("min(32rem, 100vw)");
    email.setId("invite-email");
    email.setRequiredIndicatorVisible(true);
    displayName.setId("invite-name");
    displayName.setRequiredIndicatorVisible(true);
    add(new FormLayout(email, displayName, roles, language));
    var send =
        new Button(getTranslation("staff.invite.send"), click -> send(invitations, onInvited));
    send.setId("send-invitation");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("staff.invite.cancel"), click -> close()), send);
  }

  /**
   * The invitee has no account yet, so the admin chooses the language of their mail and portal; the
   * admin's own language first, as most clinics invite colleagues who read as they do.
   */
  private RadioButtonGroup<String> createLanguage() {
    var choice = new RadioButtonGroup<String>(getTranslation("staff.invite.language"));
    choice.setId("invite-language");
    choice.setItems(PreferredLanguages.OFFERED);
    choice.setItemLabelGenerator(code -> getTranslation("account.language." + code));
    choice.setValue(PortalTranslations.forLanguage(getLocale().toLanguageTag()).getLanguage());
    return choice;
  }

  private void send(StaffInvitations invitations, Runnable onInvited) {
    var errors =
        new FieldErrors(email)
            .field("email", email)
            .field("displayName", displayName)
            .field("roles", roles)
            .field("language", language);
    errors.clear();
    try {
      invitations.invite(
          email.getValue(), displayName.getValue(), roles.getValue(), language.getValue());
      close();
      onInvited.run();
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }
}
