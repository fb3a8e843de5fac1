package io.github.clsante.validation.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a text for comparisons without case or accents (pliage): its canonical decomposition (NFD)
 * without the combining marks, in lower case (« Santé MENTALE » → « sante mentale »). Texts of Latin
 * letters only (the contracts' French: ASCII, Latin-1, Latin Extended-A) are folded character by
 * character from a table made, once, by the same decomposition; any other text goes through {@link
 * Normalizer}. Both give the same folded text.
 */
final class Folding {

  /** Combining marks, removed after the decomposition. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /** The characters the table folds: below U+0180. */
  private static final int TABLE_END = 0x180;

  /** The folded character of each character below {@link #TABLE_END}, or 0 when it needs the slow path. */
  private static final char[] TABLE = table();

  private Folding() {}

  private static char[] table() {
    char[] table = new char[TABLE_END];
    for (char c = 0; c < TABLE_END; c++) {
      String folded = slow(String.valueOf(c));
      table[c] = folded.length() == 1 && folded.charAt(0) != 0 ? folded.charAt(0) : 0;
    }
    table[0] = 0;
    return table;
  }

  /**
   * Returns a text folded: decomposed, without combining marks, in lower case.
   *
   * @param text a text
   * @return the folded text
   */
  static String fold(String text) {
    char[] folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= TABLE_END || TABLE[c] == 0) {
        return slow(text);
      }
      char f = TABLE[c];
      if (f != c && folded == null) {
        folded = text.toCharArray();
      }
      if (folded != null) {
        folded[i] = f;
      }
    }
    return folded == null ? text : new String(folded);
  }

  /** The reference folding, for any text. */
  static String slow(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
