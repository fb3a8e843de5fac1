package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** {@link StringSet}: what a {@code HashSet<String>} says of each id added, whatever its presizing. */
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
        List<Boolean> added = new ArrayList<>();
        List<Boolean> expectedAdded = new ArrayList<>();
        for (String id : ids) {
          added.add(set.add(id));
          expectedAdded.add(oracle.add(id));
        }
        assertThat(added).as("presized for %d", expected).isEqualTo(expectedAdded);
        assertThat(set.size()).isEqualTo(oracle.size());
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
    }
    assertThat(set.size()).isEqualTo(50_000);
  }

  @Test
  void a_presizing_past_what_is_allocated_up_front_is_capped_and_still_works() {
    StringSet set = new StringSet(Integer.MAX_VALUE);

    assertThat(set.add("axe-1")).isTrue();
    assertThat(set.add("axe-1")).isFalse();
  }

  @Test
  void a_null_id_is_refused() {
    assertThatNullPointerException().isThrownBy(() -> new StringSet(0).add(null));
  }
}
