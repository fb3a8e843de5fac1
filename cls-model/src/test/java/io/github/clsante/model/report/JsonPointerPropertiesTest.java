package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class JsonPointerPropertiesTest {

  /** Member names: any Unicode text, or text made mostly of the characters escaping is about. */
  private static Gen<String> names() {
    Gen<String> tricky =
        lists()
            .of(Generate.pick(List.of("~", "/", "0", "1", "~0", "~1", "a", "")))
            .ofSizeBetween(0, 6)
            .map(parts -> String.join("", parts));
    return strings().allPossible().ofLengthBetween(0, 8).mix(tricky);
  }

  private static String build(List<String> names) {
    String pointer = "";
    for (String name : names) {
      pointer = JsonPointer.append(pointer, name);
    }
    return pointer;
  }

  @Test
  void tokens_of_a_built_pointer_are_the_names_it_was_built_from() {
    qt().forAll(lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert(names -> assertThat(JsonPointer.tokens(build(names))).isEqualTo(names));
  }

  @Test
  void a_built_pointer_has_one_slash_per_name_outside_escapes() {
    qt().forAll(lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert(
            names -> {
              String pointer = build(names);
              assertThat(pointer.chars().filter(c -> c == '/').count()).isEqualTo(names.size());
              assertThat(pointer.isEmpty()).isEqualTo(names.isEmpty());
            });
  }

  @Test
  void an_index_is_appended_like_its_decimal_name() {
    qt().forAll(lists().of(names()).ofSizeBetween(0, 3), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (names, index) -> {
              String pointer = build(names);
              assertThat(JsonPointer.append(pointer, index))
                  .isEqualTo(JsonPointer.append(pointer, Integer.toString(index)));
            });
  }
}
