package org.aftercare.ui.components;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aftercare.shared.InvalidInputException;

/**
 * Shows a service's {@link InvalidInputException} at the field it names ({@link
 * InvalidInputException#field()}); a field the form does not show falls back to the one given. A
 * form whose only input is the fallback needs no names at all.
 */
public final class FieldErrors {

  private final Map<String, Supplier<HasValidation>> fields = new LinkedHashMap<>();
  private final Set<HasValidation> shown = new LinkedHashSet<>();
  private final HasValidation fallback;

  public FieldErrors(HasValidation fallback) {
    this.fallback = fallback;
    shown.add(fallback);
  }

  public FieldErrors field(String name, HasValidation field) {
    fields.put(name, () -> field);
    shown.add(field);
    return this;
  }

  /**
   * A name whose field depends on the choices the form shows at the moment, such as a schedule's
   * rule, which may be at fault in its days, its end date or its count. Clearing clears every field
   * it may answer, so an error does not stay behind on a field the choices since hid.
   */
  public FieldErrors field(
      String name, Supplier<HasValidation> showingNow, List<? extends HasValidation> mayAnswer) {
    fields.put(name, showingNow);
    shown.addAll(mayAnswer);
    return this;
  }

  public void clear() {
    shown.forEach(field -> field.setInvalid(false));
  }

  public void show(InvalidInputException invalid) {
    showAt(
        fields.getOrDefault(invalid.field(), () -> fallback).get(),
        PortalTranslations.refusal(invalid));
  }

  /** Shows what the page itself found wrong before asking a service, such as a missing choice. */
  public static void showAt(HasValidation field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }
}
