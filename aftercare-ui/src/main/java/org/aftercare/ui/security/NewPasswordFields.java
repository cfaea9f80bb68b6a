package org.aftercare.ui.security;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/** A new password typed twice, for invitations, resets and changes alike. */
public class NewPasswordFields extends VerticalLayout {

  private final PasswordField password = new PasswordField("New password");
  private final PasswordField repeat = new PasswordField("Repeat the new password");

  public NewPasswordFields() {
    setPadding(false);
    setSpacing(false);
    password.setId("new-password");
    password.setWidthFull();
    password.setHelperText("At least 12 characters. A few words together work well.");
    repeat.setId("repeat-password");
    repeat.setWidthFull();
    add(password, repeat);
  }

  /** The new password when both entries agree; otherwise says so at the second field. */
  public Optional<String> value() {
    password.setInvalid(false);
    repeat.setInvalid(false);
    if (!password.getValue().equals(repeat.getValue())) {
      repeat.setErrorMessage("The two passwords differ.");
      repeat.setInvalid(true);
      return Optional.empty();
    }
    return Optional.of(password.getValue());
  }

  /** Shows why the service refused the password (too short, too common). */
  public void refuse(String problem) {
    password.setErrorMessage(problem);
    password.setInvalid(true);
  }

  public void clear() {
    password.clear();
    repeat.clear();
  }
}
