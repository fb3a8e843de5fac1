package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * {@link StringSet}: what a {@code HashSet<String>} says of each id added or looked for, whatever its
 * presizing; the ids in the order they came; a table sized for what it was told.
 */
class StringSetTest {

  /** Ids of 0 to 3 letters of a 3-letter alphabet: many repeats, and some of equal hashes. */
  private static final Gen<List<String>> IDS = lists().of(strings().betweenCodePoints('A', 'C').ofLengthBetween(0, 3))
      .ofSizeBetween(0, 400);

  @TestFactory
  DynamicTest add_says_what_a_hash_set_says_and_the_size_is_the_distinct_ids() {
    Property<List<String>> property = Examples.of(1000)
        .forAll("StringSet.add returns what HashSet.add returns, id after id", IDS);
    return dynamicTest(property.name(), () -> property.check(ids -> {
      for (int expected : new int[] {0, ids.size() / 3, ids.size()}) {
        StringSet set = new StringSet(expected);
        Set<String> oracle = new HashSet<>();
        Set<String> firsts = new LinkedHashSet<>();
        List<Boolean> added = new ArrayList<>();
        List<Boolean> expectedAdded = new ArrayList<>();
        List<Boolean> held = new ArrayList<>();
        List<Boolean> expectedHeld = new ArrayList<>();
        for (String id : ids) {
          // An id of the list, or the same with one more letter: held or not, before and after it comes.
          held.add(set.contains(id + "B"));
          expectedHeld.add(oracle.contains(id + "B"));
          added.add(set.add(id));
          expectedAdded.add(oracle.add(id));
          firsts.add(id);
          held.add(set.contains(id));
          expectedHeld.add(true);
        }
        assertThat(added).as("presized for %d", expected).isEqualTo(expectedAdded);
        assertThat(held).as("presized for %d", expected).isEqualTo(expectedHeld);
        assertThat(set.size()).isEqualTo(oracle.size());
        assertThat(set.inOrder()).containsExactlyElementsOf(firsts);
      }
    }));
  }

  @Test
  void ids_of_equal_hashes_are_told_apart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    StringSet set = new StringSet(0);

    assertThat(set.add("Aa")).isTrue();
    assertThat(set.add("BB")).isTrue();
    assertThat(set.add("Aa")).isFalse();
    assertThat(set.add("BB")).isFalse();
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void an_equal_id_of_another_string_is_a_repeat() {
    StringSet set = new StringSet(4);

    assertThat(set.add(new String("fa-1"))).isTrue();
    assertThat(set.add(new String("fa-1"))).isFalse();
  }

  @Test
  void fifty_thousand_ids_grow_an_unsized_set_and_each_is_then_a_repeat() {
    StringSet set = new StringSet(0);
    for (int i = 0; i < 50_000; i++) {
      assertThat(set.add("ind-" + i)).isTrue();
    }
    for (int i = 0; i < 50_000; i++) {
      assertThat(set.add("ind-" + i)).as("ind-%d", i).isFalse();
      assertThat(set.contains("ind-" + i)).as("ind-%d", i).isTrue();
    }
    assertThat(set.contains("ind-50000")).isFalse();
    assertThat(set.size()).isEqualTo(50_000);
    assertThat(set.inOrder()).hasSize(50_000).startsWith("ind-0").endsWith("ind-49999");
  }

  @Test
  void a_set_presized_for_n_strings_holds_them_without_growing_in_a_table_at_most_half_full() {
    for (int n : new int[] {0, 1, 8, 9, 100, 50_000}) {
      StringSet set = new StringSet(n);
      int slots = set.slots();
      for (int i = 0; i < n; i++) {
        set.add("fa-" + i);
      }

      assertThat(set.slots()).as("%d strings", n).isEqualTo(slots);
      assertThat(slots).as("%d strings", n).isGreaterThanOrEqualTo(2 * n).isLessThanOrEqualTo(Math.max(16, 4 * n));
    }
  }

  @Test
  void a_set_grows_when_it_is_past_half_full_and_not_before() {
    StringSet set = new StringSet(0);
    for (int i = 0; i < 8; i++) {
      set.add("fa-" + i);
    }
    assertThat(set.slots()).isEqualTo(16);

    set.add("fa-8");

    assertThat(set.slots()).isEqualTo(32);
    assertThat(set.inOrder()).hasSize(9).startsWith("fa-0", "fa-1").endsWith("fa-8");
  }

  @Test
  void the_ids_in_order_are_a_view_that_refuses_changes_and_positions_outside_it() {
    StringSet set = new StringSet(0);
    List<String> inOrder = set.inOrder();
    set.add("copil");
    set.add("cotech");
    set.add("copil");

    assertThat(inOrder).containsExactly("copil", "cotech");
    assertThatThrownBy(() -> inOrder.get(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 2, size 2");
    assertThatThrownBy(() -> inOrder.get(-1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index -1, size 2");
    assertThatThrownBy(() -> inOrder.add("ars")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_presizing_past_what_is_allocated_up_front_is_capped_and_still_works() {
    StringSet set = new StringSet(Integer.MAX_VALUE);

    assertThat(set.slots()).isEqualTo(StringSet.MAX_PRESIZED);
    assertThat(set.add("axe-1")).isTrue();
    assertThat(set.add("axe-1")).isFalse();
  }

  @Test
  void a_null_id_is_refused() {
    assertThatNullPointerException().isThrownBy(() -> new StringSet(0).add(null));
    assertThatNullPointerException().isThrownBy(() -> new StringSet(0).contains(null));
  }
}
