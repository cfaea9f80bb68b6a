package org.aftercare.ui.components;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftercare.shared.InvalidInputException;

/**
 * Shows a service's {@link InvalidInputException} at the field it names ({@link
 * InvalidInputException#field()}); a field the form does not show falls back to the one given.
 */
public final class FieldErrors {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();
  private final HasValidation fallback;

  public FieldErrors(HasValidation fallback) {
    this.fallback = fallback;
  }

  public FieldErrors field(String name, HasValidation field) {
    fields.put(name, field);
    return this;
  }

  public void clear() {
    fields.values().forEach(field -> field.setInvalid(false));
    fallback.setInvalid(false);
  }

  public void show(InvalidInputException invalid) {
    var field = fields.getOrDefault(invalid.field(), fallback);
    field.setErrorMessage(invalid.getMessage());
    field.setInvalid(true);
  }
}
