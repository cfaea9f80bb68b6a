package org.aftercare.ui.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.aftercare.ui.components.FieldErrors;

/**
 * A new password typed twice, for invitations, resets and changes alike. A refusal of the password
 * (too short, too common) shows at the first field.
 */
public class NewPasswordFields extends VerticalLayout implements HasValidation {

  private final PasswordField password = new PasswordField(getTranslation("password.new.password"));
  private final PasswordField repeat = new PasswordField(getTranslation("password.new.repeat"));

  public NewPasswordFields() {
    setPadding(false);
    setSpacing(false);
    password.setId("new-password");
    password.setWidthFull();
    password.setHelperText(getTranslation("password.new.password.hint"));
    repeat.setId("repeat-password");
    repeat.setWidthFull();
    add(password, repeat);
  }

  /** The new password when both entries agree; otherwise says so at the second field. */
  public Optional<String> value() {
    password.setInvalid(false);
    repeat.setInvalid(false);
    if (!password.getValue().equals(repeat.getValue())) {
      FieldErrors.showAt(repeat, getTranslation("password.new.theTwoPasswords"));
      return Optional.empty();
    }
    return Optional.of(password.getValue());
  }

  @Override
  public void setErrorMessage(String problem) {
    password.setErrorMessage(problem);
  }

  @Override
  public String getErrorMessage() {
    return password.getErrorMessage();
  }

  @Override
  public void setInvalid(boolean invalid) {
    password.setInvalid(invalid);
  }

  @Override
  public boolean isInvalid() {
    return password.isInvalid();
  }

  public void clear() {
    password.clear();
    repeat.clear();
  }
}
