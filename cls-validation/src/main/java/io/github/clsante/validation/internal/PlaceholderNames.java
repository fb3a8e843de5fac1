package io.github.clsante.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a placeholder left from a template (emplacement à remplir) from a real name: « XXX »,
 * « Commune de XXX », « … », « M. ______ », « [Nom] », « <nom du maire> », « NOM Prénom »,
 * « à compléter », or nothing but spaces and punctuation.
 *
 * <p>The test is deliberately narrow, so that no real name is taken for a placeholder: words are
 * compared without case or accents; a civility (« M. », « Madame », « Dr ») is not a name by itself.
 */
final class PlaceholderNames {

  /**
   * An ellipsis, dots, underscores or dashes standing alone for a missing word (« Commune de … »).
   * Possessive: a run is taken whole, never given back (the runs are of different characters, so giving
   * back never makes a match); a backtracking pattern took seconds on a few thousand underscores.
   */
  static final Pattern GAP = Pattern.compile("(?:^|\\s)(?:…|\\.{3,}+|_{2,}+|-{3,}+)++(?=\\s|$)");

  /** Civilities: they go before a name, and are none. */
  private static final Set<String> CIVILITIES = Set.of("m", "mr", "mme", "mlle", "monsieur", "madame", "mademoiselle",
      "dr", "docteur", "pr", "professeur");

  /** The words of a template's fields (« NOM Prénom », « à compléter », « TBD »). */
  private static final Set<String> FIELD_WORDS = Set.of("nom", "noms", "prenom", "prenoms", "name", "firstname",
      "lastname", "surname", "completer", "preciser", "definir", "tbd", "tbc");

  /** Small words that may sit between a field's words (« à compléter », « nom du … »). */
  private static final Set<String> FILLERS = Set.of("a", "de", "du", "des", "d", "la", "le", "l", "et");


  private PlaceholderNames() {}

  /**
   * Tells whether a name is a placeholder.
   *
   * @param name the name, as written
   * @return {@code true} for a placeholder
   */
  static boolean isPlaceholder(String name) {
    String text = name.strip();
    if (isBracketed(text) || (mayHaveGap(text) && GAP.matcher(text).find())) {
      return true;
    }
    List<String> words = words(text);
    words.removeIf(CIVILITIES::contains);
    if (words.isEmpty()) {
      return true; // blank, punctuation only, or a civility alone
    }
    if (FIELD_WORDS.contains(words.get(0)) && words.size() > 1 && FILLERS.contains(words.get(1))) {
      return true; // « Nom de la commune », « Nom du signataire »
    }
    boolean field = false;
    boolean other = false;
    for (String word : words) {
      boolean crosses = isCrosses(word);
      if (crosses && word.length() >= 3) {
        return true; // « XXX » anywhere: « Commune de XXX »
      }
      if (crosses || FIELD_WORDS.contains(word)) {
        field = true;
      } else if (!FILLERS.contains(word)) {
        other = true;
      }
    }
    return field && !other; // « NOM Prénom », « Madame X », « à compléter »
  }

  /** A whole name in square, angle or curly brackets: a template's field (« [Nom du signataire] »). */
  static boolean isBracketed(String text) {
    int length = text.length();
    return length >= 2 && "[<{".indexOf(text.charAt(0)) >= 0 && "]>}".indexOf(text.charAt(length - 1)) >= 0;
  }

  /**
   * Whether a text holds what a {@link #GAP} is made of (an ellipsis, three dots, two underscores,
   * three dashes): most names do not, and are not matched against the pattern.
   */
  static boolean mayHaveGap(String text) {
    return text.indexOf('…') >= 0 || text.contains("...") || text.contains("__") || text.contains("---");
  }

  /** Whether a word is made of x only (« X », « XX »). */
  private static boolean isCrosses(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != 'x') {
        return false;
      }
    }
    return true;
  }

  /** The words of a text: runs of letters and numbers ({@code \p{L}}, {@code \p{N}}), lower case, without accents. */
  static List<String> words(String text) {
    String folded = Folding.fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < folded.length()) {
      int codePoint = folded.codePointAt(i);
      if (isWordCharacter(codePoint)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /**
   * A letter or a number of a folded text, as {@code \p{L}} and {@code \p{N}} are: the text is in lower
   * case, so the ASCII ones are {@code a}–{@code z} and {@code 0}–{@code 9}.
   */
  private static boolean isWordCharacter(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9');
    }
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
