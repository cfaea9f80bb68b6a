package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An upload's button, hint and messages in the reader's language. */
class UploadsTest {

  @Test
  void aSpanishReaderUploadsInSpanish() {
    var words = Uploads.words(PortalTranslations.SPANISH);

    assertThat(words.getAddFiles().getOne()).isEqualTo("Subir archivo…");
    assertThat(words.getDropFiles().getOne()).isEqualTo("Suelte el archivo aquí");
    assertThat(words.getError().getFileIsTooBig()).isEqualTo("El archivo es demasiado grande.");
    assertThat(words.getUploading().getError().getServerUnavailable()).startsWith("La subida");
  }
}
