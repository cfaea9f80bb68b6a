package org.aftercare.demo;

import java.nio.charset.StandardCharsets;

/** The demo's one uploaded document: a one-page PDF leaflet on the warning signs of relapse. */
final class DemoLeaflet {

  static final String FILE_NAME = "warning-signs.pdf";

  private static final String PDF =
      """
      %PDF-1.4
      1 0 obj
      << /Type /Catalog /Pages 2 0 R >>
      endobj
      2 0 obj
      << /Type /Pages /Kids [3 0 R] /Count 1 >>
      endobj
      3 0 obj
      << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>
      endobj
      4 0 obj
      << /Length 206 >>
      stream
      BT /F1 14 Tf 72 720 Td 18 TL
      (Warning signs of relapse) '
      (Skipping meals, sleep or meetings) '
      (Isolating; not answering calls) '
      (Thinking \\(just once\\) is fine) '
      (Call your mentor or clinic early.) '
      ET
      endstream
      endobj
      5 0 obj
      << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
      endobj
      xref
      0 6
      0000000000 65535 f\s
      0000000009 00000 n\s
      0000000058 00000 n\s
      0000000115 00000 n\s
      0000000241 00000 n\s
      0000000498 00000 n\s
      trailer
      << /Size 6 /Root 1 0 R >>
      startxref
      568
      %%EOF
      """;

  private DemoLeaflet() {}

  static byte[] bytes() {
    return PDF.getBytes(StandardCharsets.US_ASCII);
  }
}
