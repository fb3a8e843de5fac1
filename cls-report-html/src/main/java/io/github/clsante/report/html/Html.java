package io.github.clsante.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one escaping function of the page: every text that comes from a contract, a finding, a file name or
 * a file's source goes through {@link #escape(CharSequence, Appendable)} before it is written, in an
 * element's content or in an attribute's value alike.
 *
 * <ul>
 *   <li>{@code & < > " '} become character references, so no text can open an element, an attribute, a
 *       comment or close the element it is in ({@code </style>}, {@code <!--});
 *   <li>what cannot appear in an HTML document, and what would change how the text around it is shown,
 *       is written visibly as {@code ⟨U+XXXX⟩}: the controls but tab, line feed and carriage return
 *       (U+0000–U+001F, U+007F–U+009F), the noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), a lone
 *       surrogate (which no UTF-8 page can hold), and the bidirectional controls (U+061C, U+200E, U+200F,
 *       U+202A–U+202E, U+2066–U+2069), which could otherwise reorder what the reader sees;
 *   <li>every other character is kept as it is: the page is UTF-8.
 * </ul>
 */
final class Html {

  private Html() {}

  /**
   * Returns a text escaped for HTML.
   *
   * @param text the text
   * @return the text, safe in an element's content and in a quoted attribute value
   */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /**
   * Appends a text escaped for HTML.
   *
   * @param text the text
   * @param out where to append it
   * @throws UncheckedIOException if {@code out} fails
   */
  static void escape(CharSequence text, Appendable out) {
    try {
      int length = text.length();
      int plain = 0;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        String replacement;
        if (c == '&') {
          replacement = "&amp;";
        } else if (c == '<') {
          replacement = "&lt;";
        } else if (c == '>') {
          replacement = "&gt;";
        } else if (c == '"') {
          replacement = "&quot;";
        } else if (c == '\'') {
          replacement = "&#39;";
        } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
          if (!isNoncharacter(codePoint)) {
            i++;
            continue;
          }
          out.append(text, plain, i);
          visible(codePoint, out);
          plain = i + 2;
          i++;
          continue;
        } else if (isShownVisibly(c)) {
          out.append(text, plain, i);
          visible(c, out);
          plain = i + 1;
          continue;
        } else {
          continue;
        }
        out.append(text, plain, i).append(replacement);
        plain = i + 1;
      }
      out.append(text, plain, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a character of the basic plane is written as {@code ⟨U+XXXX⟩} (a lone surrogate included). */
  static boolean isShownVisibly(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return c >= 0x7F && c <= 0x9F
        || Character.isSurrogate(c)
        || c == 0x061C || c == 0x200E || c == 0x200F
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || isNoncharacter(c);
  }

  /** Whether a code point is a noncharacter, which an HTML document may not hold. */
  private static boolean isNoncharacter(int codePoint) {
    return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static void visible(int codePoint, Appendable out) throws IOException {
    out.append("⟨U+");
    String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex).append('⟩');
  }
}
