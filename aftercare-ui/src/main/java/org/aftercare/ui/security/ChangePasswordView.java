package org.aftercare.ui.security;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.Role;
import org.aftercare.identity.SignedInUser;
import org.aftercare.shared.InvalidInputException;

/** The signed-in person changes their own password. */
@CdiComponent
@Route("password")
@PageTitle("Password · Aftercare")
@Menu(order = 9, title = "Password")
@RolesAllowed({
  Role.Names.CLINIC_ADMIN,
  Role.Names.CLINICIAN,
  Role.Names.PEER_MENTOR,
  Role.Names.CLIENT
})
public class ChangePasswordView extends VerticalLayout {

  private final PasswordField current = new PasswordField("Current password");
  private final PasswordField next = new PasswordField("New password");
  private final PasswordField repeat = new PasswordField("Repeat the new password");

  @Inject
  public ChangePasswordView(AccountService accounts) {
    addClassName("aftercare-page");
    current.setId("current-password");
    next.setId("new-password");
    next.setHelperText("At least 12 characters. A few words together work well.");
    repeat.setId("repeat-password");
    var save = new Button("Change password", click -> change(accounts));
    save.setId("change-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new FormLayout(current, next, repeat);
    form.setMaxWidth("32rem");
    add(new H1("Change your password"), form, save);
  }

  private void change(AccountService accounts) {
    current.setInvalid(false);
    next.setInvalid(false);
    repeat.setInvalid(false);
    if (!next.getValue().equals(repeat.getValue())) {
      repeat.setErrorMessage("The two passwords differ.");
      repeat.setInvalid(true);
      return;
    }
    var account = PortalSession.current().map(SignedInUser::accountId).orElseThrow();
    try {
      accounts.changePassword(account, current.getValue(), next.getValue());
      current.clear();
      next.clear();
      repeat.clear();
      Notification.show("Password changed", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      var field = "currentPassword".equals(invalid.field()) ? current : next;
      field.setErrorMessage(invalid.getMessage());
      field.setInvalid(true);
    }
  }
}
