package org.aftercare.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An upload's type is what its first bytes say, never its name: a PNG renamed to {@code .pdf} or an
 * executable renamed to {@code .mp3} is nothing the library takes.
 */
class UploadedFileTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void aPngRenamedToPdfIsNotAPdf() {
    assertThat(new UploadedFile("leaflet.pdf", PNG).contentType()).isEmpty();
  }

  @Test
  void anExecutableRenamedToPdfOrMp3IsRefused() {
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    byte[] windows = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    assertThat(new UploadedFile("leaflet.pdf", elf).contentType()).isEmpty();
    assertThat(new UploadedFile("talk.mp3", windows).contentType()).isEmpty();
  }

  @Test
  void aPdfIsKnownByItsSignatureWhateverItsName() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(new UploadedFile("scan.png", pdf).contentType()).contains(UploadedFile.PDF);
  }

  @Test
  void mp3WithOrWithoutATagAndM4aAreAudio() {
    byte[] tagged = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
    byte[] frame = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64};
    byte[] m4a = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '};

    assertThat(new UploadedFile("a", tagged).contentType()).contains(UploadedFile.MP3);
    assertThat(new UploadedFile("b", frame).contentType()).contains(UploadedFile.MP3);
    assertThat(new UploadedFile("c", m4a).contentType()).contains(UploadedFile.M4A);
  }

  @Test
  void emptyOrTinyFilesAreNothing() {
    assertThat(new UploadedFile("a.pdf", new byte[0]).contentType()).isEmpty();
    assertThat(new UploadedFile("a.pdf", new byte[] {'%', 'P'}).contentType()).isEmpty();
  }

  @Test
  void theNameOfferedForSavingHasNoPathOrQuotes() {
    assertThat(new UploadedFile("C:\\Users\\me\\\"odd\";.pdf", new byte[0]).safeName())
        .isEqualTo("_odd__.pdf");
    assertThat(new UploadedFile("../../etc/passwd", new byte[0]).safeName()).isEqualTo("passwd");
    assertThat(new UploadedFile("  ", new byte[0]).safeName()).isEqualTo("resource");
  }
}
