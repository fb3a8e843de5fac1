package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.clsante.model.report.JsonPointer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A place's pointer, written only when asked, is the one {@link JsonPointer#append} builds step by
 * step from the same members and indexes, escapes included, and asking twice gives the same text.
 */
class PlacePropertiesTest {

  /** Member names, some needing escapes ({@code ~0}, {@code ~1}), one empty. */
  private static final List<String> NAMES = List.of("axes", "actionSheets", "a/b", "~", "~1", "/", "", "é lan", "0");

  /** A step: a member (index -1) or an element of a list member. */
  private record Step(String member, int index) {}

  private static Gen<Step> steps() {
    return integers().between(0, NAMES.size() - 1).zip(integers().between(-1, 12),
        (name, index) -> new Step(NAMES.get(name), index));
  }

  @Test
  void a_place_writes_the_pointer_json_pointer_builds_step_by_step() {
    qt().withFixedSeed(13L).withExamples(500).forAll(lists().of(steps()).ofSizeBetween(0, 8),
        integers().between(0, 2)).checkAssert((steps, start) -> {
          String base = List.of("", "/period", "/parties/0").get(start);
          Place place = Place.of(base);
          String expected = base;
          List<Place> prefixes = new java.util.ArrayList<>();
          List<String> expectedPrefixes = new java.util.ArrayList<>();
          for (Step step : steps) {
            if (step.index() < 0) {
              place = Walk.at(place, step.member());
              expected = JsonPointer.append(expected, step.member());
            } else {
              place = Walk.at(place, step.member(), step.index());
              expected = JsonPointer.append(JsonPointer.append(expected, step.member()), step.index());
            }
            prefixes.add(place);
            expectedPrefixes.add(expected);
          }
          assertThat(place.pointer()).isEqualTo(expected);
          assertThat(place.pointer()).isSameAs(place.pointer());
          assertThat(place).hasToString(expected);
          // A place whose descendant was written first still writes its own pointer.
          for (int i = 0; i < prefixes.size(); i++) {
            assertThat(prefixes.get(i).pointer()).isEqualTo(expectedPrefixes.get(i));
          }
        });
  }

  @Test
  void the_root_is_the_empty_pointer() {
    assertThat(Place.ROOT.pointer()).isEmpty();
    assertThat(Place.of("")).isSameAs(Place.ROOT);
    assertThat(Walk.at(Walk.at(Place.ROOT, "axes", 2), "actionSheets", 0).pointer()).isEqualTo("/axes/2/actionSheets/0");
    assertThat(Walk.at(Place.of("/extensions"), "a/b~c").pointer()).isEqualTo("/extensions/a~1b~0c");
  }
}
