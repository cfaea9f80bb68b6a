package org.aftercare.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file a member of staff uploads, judged by its first bytes, never by its name or the type the
 * browser claims: a renamed executable or image is not a PDF however it is called. Only PDF
 * documents and MP3 or M4A audio are taken.
 */
public record UploadedFile(String fileName, byte[] content) {

  public static final String PDF = "application/pdf";
  public static final String MP3 = "audio/mpeg";
  public static final String M4A = "audio/mp4";

  public UploadedFile {
    fileName = fileName == null ? "" : fileName.strip();
    content = content == null ? new byte[0] : content;
  }

  /** The content type its bytes show, if it is one the library takes. */
  public Optional<String> contentType() {
    if (startsWith(0, "%PDF-")) {
      return Optional.of(PDF);
    }
    // An ID3 tag, or an MPEG audio frame sync (11 set bits) for MP3s without a tag.
    if (startsWith(0, "ID3")
        || (content.length > 1 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xE0) == 0xE0)) {
      return Optional.of(MP3);
    }
    if (startsWith(4, "ftyp")) {
      return Optional.of(M4A);
    }
    return Optional.empty();
  }

  /** The name offered for saving: the uploaded one without path parts or quotes. */
  public String safeName() {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\"\\p{Cntrl};]", "_");
    if (name.isBlank()) {
      name = "resource";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private boolean startsWith(int offset, String magic) {
    byte[] expected = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return content.length >= offset + expected.length
        && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
  }
}
