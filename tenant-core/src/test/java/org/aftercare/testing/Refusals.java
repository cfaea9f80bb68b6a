package org.aftercare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on refused input: the editor shows the message next to the field it names. */
public final class Refusals {

  private Refusals() {}

  public static void assertRefusedNaming(String field, ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo(field));
  }
}
