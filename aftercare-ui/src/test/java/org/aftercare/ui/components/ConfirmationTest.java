package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A question before an action says Cancel in the reader's language; a destructive one is red. */
class ConfirmationTest {

  @RegisterExtension final PageInLanguage page = new PageInLanguage();

  @Test
  void aSpanishReaderIsOfferedCancelarAndADestructiveActionIsRed() {
    page.readIn(PortalTranslations.SPANISH);

    var dialog = Confirmation.destructive("¿Revocar?", "Ya no se compartirá.", "Revocar", () -> {});

    assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("Cancelar");
    assertThat(dialog.getElement().getProperty("cancelButtonVisible", false)).isTrue();
    assertThat(dialog.getElement().getProperty("confirmTheme")).isEqualTo("error primary");
  }

  @Test
  void anEnglishReaderIsOfferedCancelAndAPlainQuestionIsNotRed() {
    var dialog = Confirmation.of("Unlock?", "They can sign in again.", "Unlock", () -> {});

    assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("Cancel");
    assertThat(dialog.getElement().getProperty("confirmTheme")).isNotEqualTo("error primary");
  }
}
