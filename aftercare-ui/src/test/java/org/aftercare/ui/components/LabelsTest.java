package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * A constant's name reads as words, capitalised as a label and in lower case inside a sentence; a
 * language code reads as the language's English name.
 */
class LabelsTest {

  @Test
  void aConstantReadsAsCapitalisedWordsAsALabel() {
    assertThat(Labels.of(Role.PEER_MENTOR)).isEqualTo("Peer mentor");
    assertThat(Labels.of(AuditAction.CLIENT_CREATED)).isEqualTo("Client created");
  }

  @Test
  void aConstantReadsInLowerCaseInsideASentence() {
    assertThat(Labels.inSentence(Role.CLINIC_ADMIN)).isEqualTo("clinic admin");
  }

  @Test
  void aLanguageCodeReadsAsTheLanguage() {
    assertThat(Labels.language("es")).isEqualTo("Spanish");
  }
}
