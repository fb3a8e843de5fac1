package io.github.clsante.cli;

/**
 * Makes text that comes from a file or a file name safe for where it is printed. A file name, a member
 * name, an id or a value can hold an escape sequence that recolours or clears a terminal, a newline that
 * forges a report line, bidirectional controls that show text in another order than it is, or
 * characters XML cannot hold: each is shown as a visible {@code \u001B}-style escape instead.
 */
final class Safe {

  private Safe() {}

  /**
   * Whether a character is shown escaped in text: the C0 controls (tab and newline included), DEL, the
   * C1 controls, the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
   * U+2069), the line and paragraph separators (U+2028, U+2029), and half of a surrogate pair left
   * alone.
   */
  static boolean escaped(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F
        || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
        || c == 0x2028 || c == 0x2029;
  }

  /**
   * Returns the text with every {@linkplain #escaped(char) unsafe character} written {@code \}{@code
   * uXXXX} (upper-case hex): one line, that a terminal prints as it is.
   *
   * @param text any text
   * @return the safe text
   */
  static String text(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(text, i)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i)); // the pair is whole: unsafe() checked it
        }
      }
    }
    return out.toString();
  }

  /** Whether the character at {@code i} must be escaped; a whole surrogate pair is safe. */
  private static boolean unsafe(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return escaped(c) || c == 0xFFFE || c == 0xFFFF;
  }

  /**
   * Returns lines of text each made {@linkplain #text(String) safe}, the newlines between them kept:
   * for a block that is already made of report lines.
   *
   * @param lines lines separated by {@code \n}
   * @return the safe block
   */
  static String lines(String lines) {
    StringBuilder out = new StringBuilder(lines.length());
    int start = 0;
    while (start <= lines.length()) {
      int end = lines.indexOf('\n', start);
      if (end < 0) {
        out.append(text(lines.substring(start)));
        break;
      }
      out.append(text(lines.substring(start, end))).append('\n');
      start = end + 1;
    }
    return out.toString();
  }
}
