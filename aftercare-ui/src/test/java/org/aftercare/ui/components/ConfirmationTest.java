package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A question before an action says Cancel in the reader's language, and confirms only once asked.
 */
class ConfirmationTest {

  @AfterEach
  void leaveThePage() {
    UI.setCurrent(null);
  }

  @Test
  void aSpanishReaderIsOfferedCancelarAndADestructiveActionIsRed() {
    var ui = new UI();
    ui.setLocale(PortalTranslations.SPANISH);
    UI.setCurrent(ui);

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
