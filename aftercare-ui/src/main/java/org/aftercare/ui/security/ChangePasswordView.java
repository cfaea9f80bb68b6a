package org.aftercare.ui.security;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.access.Role;
import org.aftercare.identity.Passwords;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/** The signed-in person changes their own password (from the account menu). */
@CdiComponent
@Route("password")
@RolesAllowed({
  Role.Names.CLINIC_ADMIN,
  Role.Names.CLINICIAN,
  Role.Names.PEER_MENTOR,
  Role.Names.CLIENT
})
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

  private final PasswordField current =
      new PasswordField(getTranslation("password.change.current"));
  private final NewPasswordFields newPassword = new NewPasswordFields();

  @Inject
  public ChangePasswordView(Passwords passwords) {
    addClassName("aftercare-page");
    current.setId("current-password");
    var save = new Button(getTranslation("password.change.save"), click -> change(passwords));
    save.setId("change-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new VerticalLayout(current, newPassword);
    form.setPadding(false);
    form.setMaxWidth("24rem");
    current.setWidthFull();
    add(new H1(getTranslation("password.change.changeYourPassword")), form, save);
  }

  private void change(Passwords passwords) {
    var errors = new FieldErrors(newPassword).field("currentPassword", current);
    errors.clear();
    newPassword
        .value()
        .ifPresent(
            password -> {
              try {
                PortalSession.carryOn(
                    passwords.changePassword(current.getValue(), password).sessionGeneration());
                current.clear();
                newPassword.clear();
                Notification.show(
                        getTranslation("password.change.passwordChanged"),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.changePassword");
  }
}
