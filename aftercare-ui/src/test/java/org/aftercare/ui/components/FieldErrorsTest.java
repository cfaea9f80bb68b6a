package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A service's refusal shows at the field it names; a field the form does not have falls back to the
 * one given; a name whose field depends on the choices (a schedule's rule) shows where the choices
 * point now; clearing takes every message away before the next try, also from fields the choices
 * since hid.
 */
class FieldErrorsTest {

  private final TextField name = new TextField("Name");
  private final TextField baseUrl = new TextField("Base URL");
  private final FieldErrors errors =
      new FieldErrors(name).field("name", name).field("baseUrl", baseUrl);

  @Test
  void refusalShowsAtTheFieldItNames() {
    errors.show(new InvalidInputException("baseUrl", "Use an https:// address."));

    assertThat(baseUrl.isInvalid()).isTrue();
    assertThat(baseUrl.getErrorMessage()).isEqualTo("Use an https:// address.");
    assertThat(name.isInvalid()).isFalse();
  }

  @Test
  void refusalOfAFieldTheFormLacksShowsAtTheFallback() {
    errors.show(new InvalidInputException("kind", "Choose FHIR R4 or HL7 v2."));

    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("Choose FHIR R4 or HL7 v2.");
  }

  @Test
  void refusalOfANameWhoseFieldDependsOnTheChoicesShowsWhereTheChoicesPointNow() {
    var days = new TextField("On");
    var until = new TextField("Last day");
    var ending = new AtomicReference<TextField>(days);
    var withRule = new FieldErrors(name).field("rule", ending::get, List.of(days, until));
    ending.set(until);

    withRule.show(
        new InvalidInputException("rule", "The series must end on or after its first day."));

    assertThat(until.isInvalid()).isTrue();
    assertThat(until.getErrorMessage()).isEqualTo("The series must end on or after its first day.");
    assertThat(days.isInvalid()).isFalse();
  }

  @Test
  void clearingAlsoClearsEveryFieldANameMayPointTo() {
    var days = new TextField("On");
    var until = new TextField("Last day");
    var ending = new AtomicReference<TextField>(days);
    var withRule = new FieldErrors(name).field("rule", ending::get, List.of(days, until));
    withRule.show(new InvalidInputException("rule", "Choose at least one day."));
    ending.set(until);

    withRule.clear();

    assertThat(days.isInvalid()).isFalse();
  }

  @Test
  void clearingTakesEveryMessageAway() {
    errors.show(new InvalidInputException("baseUrl", "Use an https:// address."));
    errors.show(new InvalidInputException("name", "Name the connection."));

    errors.clear();

    assertThat(baseUrl.isInvalid()).isFalse();
    assertThat(name.isInvalid()).isFalse();
  }
}
