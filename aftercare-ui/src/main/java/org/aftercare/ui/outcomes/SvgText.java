package org.aftercare.ui.outcomes;

/** Text placed into server-rendered SVG markup: names typed by people must stay text. */
final class SvgText {

  private SvgText() {}

  static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
