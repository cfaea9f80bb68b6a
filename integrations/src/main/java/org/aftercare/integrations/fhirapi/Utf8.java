package org.aftercare.integrations.fhirapi;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether a raw query string decodes to UTF-8. The container replaces broken bytes with U+FFFD
 * without a word, and a search would then quietly look for the replacement character.
 */
final class Utf8 {

  private Utf8() {}

  static boolean isWellFormedQuery(String rawQuery) {
    if (rawQuery == null) {
      return true;
    }
    var bytes = new ByteArrayOutputStream();
    for (int i = 0; i < rawQuery.length(); i++) {
      char c = rawQuery.charAt(i);
      if (c == '%') {
        if (i + 2 >= rawQuery.length()) {
          return false;
        }
        try {
          bytes.write(HexFormat.fromHexDigits(rawQuery, i + 1, i + 3));
        } catch (NumberFormatException notHex) {
          return false;
        }
        i += 2;
      } else if (c > 0x7f) {
        return false;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    }
  }
}
