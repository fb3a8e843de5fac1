package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The folding and the words the name rules compare, on the characters at the edges of what they treat
 * apart: the folding table's last character and the first past it, ASCII letters and digits and their
 * neighbours, letters and numbers of every Unicode category a name may hold; and the placeholders a
 * gap marks at the very start of a name.
 */
class FoldingAndWordsTest {

  @Test
  void text_is_folded_alike_on_both_sides_of_the_folding_tables_end() {
    // U+017F (ſ, long s, which has no canonical decomposition) is the table's last character; U+0180 (ƀ)
    // and U+01C5 (ǅ, title case, whose lower case is ǆ) are past it.
    assertThat(Folding.fold("S ſ")).isEqualTo("s ſ");
    assertThat(Folding.fold("ƀ")).isEqualTo("ƀ");
    assertThat(Folding.fold("Santé ǅ")).isEqualTo("sante ǆ");
    assertThat(Folding.fold("ÉCOLE Œuvre")).isEqualTo("ecole œuvre");
    assertThat(Folding.fold("ecole")).isEqualTo("ecole");
    // İ (U+0130) is below the table's end but not in it: its lower case is two characters.
    assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
  }

  @Test
  void words_are_runs_of_ascii_letters_and_digits_split_at_their_neighbours() {
    assertThat(PlaceholderNames.words("a`z{A@Z[0/9:")).containsExactly("a", "z", "a", "z", "0", "9");
    assertThat(PlaceholderNames.words("az AZ 09")).containsExactly("az", "az", "09");
  }

  @Test
  void words_hold_letters_and_numbers_of_every_unicode_category_and_nothing_else() {
    // é (lower case), Ç (upper case), ǅ (title case), ʰ (modifier letter), 中 (other letter),
    // ٣ (Arabic-Indic digit), Ⅻ (letter number), ½ (other number); €, —, · and the space are none.
    assertThat(PlaceholderNames.words("é€Ç—ǅ·ʰ 中٣Ⅻ½")).containsExactly("e", "c", "ǆ", "ʰ", "中٣ⅻ½");
  }

  @Test
  void a_gap_at_the_very_start_of_a_name_stands_for_a_missing_word() {
    assertThat(PlaceholderNames.isPlaceholder("… Dupont")).isTrue();
    assertThat(PlaceholderNames.isPlaceholder("__ Dupont")).isTrue();
    assertThat(PlaceholderNames.isPlaceholder("--- Dupont")).isTrue();
    assertThat(PlaceholderNames.isPlaceholder("... Dupont")).isTrue();
    assertThat(PlaceholderNames.isPlaceholder("Dupont…")).isFalse();
  }
}
