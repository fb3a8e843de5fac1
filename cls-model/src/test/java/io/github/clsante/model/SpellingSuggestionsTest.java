package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suggestions behind « vouliez-vous dire… ? » ({@link Spelling}): the closest candidate within the
 * edits allowed (an insertion, a deletion, a substitution or two neighbours swapped each count one),
 * compared without case or accents; nothing when two are equally close, nothing too far, nothing for a
 * text over 200 characters; and a code suggested by its code or its French label.
 */
class SpellingSuggestionsTest {

  private static final List<String> IDS = List.of("cc-blaisois", "ars", "cpam-41", "copil");

  @Test
  void the_closest_candidate_within_the_edits_allowed_is_suggested() {
    assertThat(Spelling.closest(IDS, "cc-blaisoi", 2)).contains("cc-blaisois");
    assertThat(Spelling.closest(IDS, "cc-blasois", 1)).contains("cc-blaisois");
    assertThat(Spelling.closest(IDS, "cc-bliasois", 1)).contains("cc-blaisois"); // two neighbours swapped
    assertThat(Spelling.closest(IDS, "CC-Blaisoïs", 0)).contains("cc-blaisois"); // folded
    assertThat(Spelling.closest(IDS, "cc-blais", 2)).isEmpty(); // three letters missing
    // Lengths as far apart as the limit: still compared.
    assertThat(Spelling.closest(List.of("cc-blaisois"), "cc-bla", 5)).contains("cc-blaisois");
    assertThat(Spelling.closest(List.of("cc-blaisois"), "cc-bl", 5)).isEmpty();
    assertThat(Spelling.closest(IDS, "cpam-411", 1)).contains("cpam-41");
  }

  @Test
  void the_candidate_written_exactly_is_not_suggested_for_itself() {
    assertThat(Spelling.closest(List.of("ars", "arz"), "ars", 1)).contains("arz");
    assertThat(Spelling.closest(List.of("ars"), "ars", 1)).isEmpty();
  }

  @Test
  void two_equally_close_candidates_give_no_suggestion() {
    assertThat(Spelling.closest(List.of("copil-a", "copil-b"), "copil-c", 1)).isEmpty();
    assertThat(Spelling.closest(List.of("copil-a", "copil-a"), "copil-c", 1)).contains("copil-a");
    assertThat(Spelling.closest(List.of("copil-a", "copil-bb"), "copil-c", 1)).contains("copil-a");
  }

  @Test
  void a_text_over_200_characters_is_compared_with_nothing() {
    String long200 = "a".repeat(200);
    assertThat(Spelling.closest(List.of(long200), long200.substring(1) + "b", 1)).contains(long200);
    assertThat(Spelling.closest(List.of(long200), long200 + "b", 1)).isEmpty();
    assertThat(Spelling.edits(long200, long200 + "b", 2)).isEqualTo(3);
    assertThat(Spelling.edits(long200 + "b", long200, 2)).isEqualTo(3);
    assertThat(Spelling.edits(long200, long200.substring(1) + "b", 2)).isEqualTo(1);
  }

  @Test
  void edits_are_counted_up_to_the_limit_then_said_to_exceed_it() {
    assertThat(Spelling.edits("santé", "SANTE", 2)).isZero();
    assertThat(Spelling.edits("abcd", "abdc", 2)).isEqualTo(1);
    assertThat(Spelling.edits("abcd", "badc", 3)).isEqualTo(2);
    assertThat(Spelling.edits("abc", "xyz", 3)).isEqualTo(3);
    assertThat(Spelling.edits("abc", "xyz", 2)).isEqualTo(3);
    assertThat(Spelling.edits("a", "abcd", 2)).isEqualTo(3);
    assertThat(Spelling.edits("a", "abc", 2)).isEqualTo(2);
    assertThat(Spelling.edits("", "ab", 2)).isEqualTo(2);
  }

  @Test
  void a_code_is_suggested_by_its_code_or_its_french_label_one_edit_away_for_four_letters_two_beyond() {
    List<ContractStatus> statuses = List.of(ContractStatus.values());

    assertThat(Spelling.closestCode(statuses, "Signé")).contains(ContractStatus.SIGNED); // its label
    assertThat(Spelling.closestCode(statuses, "sigend")).contains(ContractStatus.SIGNED);
    assertThat(Spelling.closestCode(statuses, "en vigeur")).contains(ContractStatus.IN_FORCE); // a label, one off
    assertThat(Spelling.closestCode(statuses, "endd")).contains(ContractStatus.ENDED);
    assertThat(Spelling.closestCode(statuses, "edd")).isEmpty(); // three letters: one edit, and it needs two
    assertThat(Spelling.closestCode(statuses, "signxx")).contains(ContractStatus.SIGNED);
    assertThat(Spelling.closestCode(statuses, "sixxxd")).isEmpty();
    assertThat(Spelling.closestCode(statuses, "s".repeat(201))).isEmpty();
    assertThat(Spelling.closestCode(statuses, "")).isEmpty();
  }
}
