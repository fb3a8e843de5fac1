package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The folding by table gives the text the decomposition gives (NFD, marks removed, lower case), for
 * texts of any characters: Latin letters with and without accents, combining marks, letters whose
 * decomposition is two letters, other scripts, surrogate pairs.
 */
class FoldingPropertiesTest {

  /** Characters of every kind the two paths treat differently. */
  private static final List<String> PIECES = List.of("a", "Z", " ", "’", "é", "É", "È", "à", "Ç", "ô", "Œ", "œ",
      "ß", "Æ", "İ", "ı", "ŉ", "ſ", "\u0301", "e\u0300", "Ǆ", "ǅ", "Ω", "Ё", "中", "😀", "\u00a0", "\u202f", "0", "-",
      "SANTÉ", "Santé mentale", "psychiatrique", "\u0000", "ÿ", "Ÿ", "ĳ", "Ĳ", "ł", "Ł");

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get)).ofSizeBetween(0, 12)
        .map(pieces -> String.join("", pieces));
  }

  /** The folding the rules made before the table, written out. */
  private static String reference(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void the_table_folds_as_the_decomposition_does() {
    qt().withFixedSeed(17L).withExamples(2000).forAll(texts())
        .checkAssert(text -> assertThat(Folding.fold(text)).isEqualTo(reference(text)));
  }

  @Test
  void every_character_below_the_table_end_and_beyond_folds_as_the_decomposition_does() {
    for (int c = 0; c < 0x3000; c++) {
      String text = "x" + (char) c + "É";
      assertThat(Folding.fold(text)).as("U+%04X", c).isEqualTo(reference(text));
    }
  }

  @Test
  void french_words_lose_their_accents_and_case() {
    assertThat(Folding.fold("Santé MENTALE des Élèves")).isEqualTo("sante mentale des eleves");
    assertThat(Folding.fold("sante")).isEqualTo("sante");
    assertThat(Folding.fold("Œuvre")).isEqualTo("œuvre");
  }
}
