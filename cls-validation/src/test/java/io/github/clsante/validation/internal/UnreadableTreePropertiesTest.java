package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Unreadable} keeps its places as a tree of segments, so that a question costs the length of the
 * pointer asked about rather than the number of places: it answers every question as the definition
 * does, one place at a time (the plain matching below, which the tree replaced). Segments come from a
 * small alphabet, so that places and templates share prefixes, end inside one another and meet {@code *}
 * and {@code **} everywhere.
 */
class UnreadableTreePropertiesTest {

  private static final String[] PLACE_SEGMENTS = {"a", "b", "0", "1"};
  private static final String[] TEMPLATE_SEGMENTS = {"a", "b", "0", "1", "*", "**"};

  private static Gen<String> pointers(String[] segments) {
    return lists().of(integers().between(0, segments.length - 1)).ofSizeBetween(0, 5).map(indexes -> {
      StringBuilder pointer = new StringBuilder();
      indexes.forEach(i -> pointer.append('/').append(segments[i]));
      return pointer.toString();
    });
  }

  @Test
  void the_tree_answers_every_question_as_the_places_one_by_one_do() {
    qt().withFixedSeed(6901L).withExamples(3000)
        .forAll(lists().of(pointers(PLACE_SEGMENTS)).ofSizeBetween(1, 8), pointers(TEMPLATE_SEGMENTS))
        .checkAssert((places, template) -> {
          Unreadable tree = Unreadable.of(places);
          OneByOne plain = new OneByOne(places);
          assertThat(tree.intact(template)).as("intact %s among %s", template, places).isEqualTo(plain.intact(template));
          assertThat(tree.noneAt(template)).as("noneAt %s among %s", template, places).isEqualTo(plain.noneAt(template));
          assertThat(tree.readable(template)).as("readable %s among %s", template, places)
              .isEqualTo(plain.readable(template));
          // Asked twice (an answer kept for a template with two stars): the same answer.
          assertThat(tree.intact(template)).isEqualTo(plain.intact(template));
          assertThat(tree.noneAt(template)).isEqualTo(plain.noneAt(template));
        });
  }

  @Test
  void the_alphabet_reaches_both_answers_of_every_question() {
    // The property above would prove little if the places were almost never related to the templates.
    int[] counts = new int[6];
    qt().withFixedSeed(6901L).withExamples(3000)
        .forAll(lists().of(pointers(PLACE_SEGMENTS)).ofSizeBetween(1, 8), pointers(TEMPLATE_SEGMENTS))
        .checkAssert((places, template) -> {
          OneByOne plain = new OneByOne(places);
          counts[plain.intact(template) ? 0 : 1]++;
          counts[plain.noneAt(template) ? 2 : 3]++;
          counts[plain.readable(template) ? 4 : 5]++;
        });
    for (int count : counts) {
      assertThat(count).isGreaterThan(300);
    }
  }

  @Test
  void ten_thousand_places_are_asked_about_ten_thousand_times_at_once() {
    // The shape of a broken file with a fiche list of 10,000 unreadable pilots: each fiche's questions
    // follow its own segments (the plain matching took seconds here, and grew with the square).
    List<String> places = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      places.add("/axes/0/actionSheets/" + i + "/pilots/0");
    }
    Unreadable unreadable = Unreadable.of(places);
    int intact = 0;
    for (int i = 0; i < 20_000; i++) {
      String sheet = "/axes/0/actionSheets/" + i;
      if (unreadable.intact(sheet + "/indicators") && unreadable.readable(sheet)
          && !unreadable.intact(sheet + "/pilots") == i < 10_000) {
        intact++;
      }
    }
    assertThat(intact).isEqualTo(20_000);
    assertThat(unreadable.intact("/**/actionSheets/*/id")).isTrue();
    assertThat(unreadable.intact("/**/pilots")).isFalse();
  }

  /** The definition: each place matched against the template in turn. */
  private static final class OneByOne {
    private final List<String[]> places = new ArrayList<>();

    OneByOne(List<String> pointers) {
      pointers.forEach(p -> places.add(segments(p)));
    }

    boolean intact(String template) {
      String[] pattern = segments(template);
      for (String[] place : places) {
        if (related(pattern, 0, place, 0, true) || related(pattern, 0, place, 0, false)) {
          return false;
        }
      }
      return true;
    }

    boolean noneAt(String template) {
      String[] pattern = segments(template);
      for (String[] place : places) {
        if (exactly(pattern, 0, place, 0)) {
          return false;
        }
      }
      return true;
    }

    boolean readable(String pointer) {
      String[] path = segments(pointer);
      for (String[] place : places) {
        if (related(path, 0, place, 0, false)) {
          return false;
        }
      }
      return true;
    }

    private static boolean exactly(String[] pattern, int p, String[] place, int q) {
      if (p == pattern.length || q == place.length) {
        return p == pattern.length && q == place.length;
      }
      if (pattern[p].equals("**")) {
        if (p + 1 == pattern.length) {
          return true;
        }
        for (int skip = q; skip < place.length; skip++) {
          if (exactly(pattern, p + 1, place, skip)) {
            return true;
          }
        }
        return false;
      }
      return (pattern[p].equals("*") || pattern[p].equals(place[q])) && exactly(pattern, p + 1, place, q + 1);
    }

    private static boolean related(String[] pattern, int p, String[] place, int q, boolean inside) {
      if (p == pattern.length) {
        return inside || q == place.length;
      }
      if (q == place.length) {
        return !inside;
      }
      if (pattern[p].equals("**")) {
        if (p + 1 == pattern.length) {
          return true;
        }
        for (int skip = q; skip < place.length; skip++) {
          if (related(pattern, p + 1, place, skip, inside)) {
            return true;
          }
        }
        return false;
      }
      return (pattern[p].equals("*") || pattern[p].equals(place[q])) && related(pattern, p + 1, place, q + 1, inside);
    }

    private static String[] segments(String pointer) {
      return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    }
  }
}
