package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Names made of ordinary words are never placeholders, however they are put together; the same names
 * with a run of X, a missing word or brackets always are.
 */
class PlaceholderNamesPropertiesTest {

  /** Ordinary name words, accents and case included, some close to the placeholder words. */
  private static final List<String> WORDS = List.of("Jean", "Marie", "Dupont", "Xavier", "Maxime", "Nomexy",
      "Renom", "Prénat", "Communauté", "communes", "Blaisois", "Saint-Lô", "Œuvre", "santé", "CIAS", "41", "l’Yonne",
      "Alexx", "Axxa", "XXe", "Pays", "Vallée");

  /** Small words and civilities that may sit in a name. */
  private static final List<String> SMALL = List.of("de", "du", "la", "le", "et", "M.", "Mme", "Dr", "à");

  private static Gen<String> words(List<String> from) {
    return integers().between(0, from.size() - 1).map(from::get);
  }

  /** One to four ordinary words, with small words between them. */
  private static Gen<String> names() {
    return lists().of(words(WORDS)).ofSizeBetween(1, 4).zip(lists().of(words(SMALL)).ofSizeBetween(0, 4), (names, small) -> {
      StringBuilder name = new StringBuilder();
      for (int i = 0; i < names.size(); i++) {
        if (i < small.size()) {
          name.append(small.get(i)).append(' ');
        }
        name.append(names.get(i)).append(' ');
      }
      return name.toString().strip();
    });
  }

  @Test
  void a_name_of_ordinary_words_is_never_a_placeholder() {
    qt().withExamples(2000).forAll(names()).checkAssert(name -> assertThat(PlaceholderNames.isPlaceholder(name)).as(name).isFalse());
  }

  @Test
  void a_name_with_a_run_of_x_a_missing_word_or_brackets_is_always_one() {
    qt().withExamples(1000).forAll(names(), integers().between(0, 3)).checkAssert((name, how) -> {
      String placeholder = how == 0 ? name + " XXX" : how == 1 ? "XXXX " + name : how == 2 ? name + " …" : "[" + name + "]";
      assertThat(PlaceholderNames.isPlaceholder(placeholder)).as(placeholder).isTrue();
    });
  }

  // The hand-written scans are checked against the patterns they replace, kept here as oracles.

  /** Pieces of texts: brackets, gaps' characters, spaces, letters, accents, numbers of every kind. */
  private static final List<String> PIECES = List.of("[", "]", "<", ">", "{", "}", ".", "_", "-", "…", " ", "\t",
      "\u00a0", "a", "Z", "é", "Œ", "ß", "x", "X", "7", "²", "½", "Ⅻ", "٣", "\u0301", "’", "'", "😀", "𝔄", "中", "ǅ", "ʰ");

  private static Gen<String> texts() {
    return lists().of(words(PIECES)).ofSizeBetween(0, 12).map(pieces -> String.join("", pieces));
  }

  private static final Pattern BRACKETED = Pattern.compile("[\\[<{].*[\\]>}]", Pattern.DOTALL);
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static List<String> regexWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(Folding.fold(text), -1)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  @Test
  void the_scans_agree_with_the_patterns_they_replace() {
    qt().withExamples(5000).forAll(texts()).checkAssert(text -> {
      assertThat(PlaceholderNames.words(text)).as(text).isEqualTo(regexWords(text));
      assertThat(PlaceholderNames.isBracketed(text)).as(text).isEqualTo(BRACKETED.matcher(text).matches());
      if (PlaceholderNames.GAP.matcher(text).find()) {
        assertThat(PlaceholderNames.mayHaveGap(text)).as(text).isTrue();
      }
    });
  }
}
