package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Anything after the root value is trailing content, located where it starts: a second value, a word
 * jackson-core cannot read, a closing bracket with nothing open, an unclosed text. The contract before
 * it is read all the same.
 */
class TrailingContentLocationsTest {

  private static final String CONTRACT = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{}}";

  private static String trailing(String after) {
    ReadResult result = ContractJson.reader().read(CONTRACT + after);
    assertThat(result.contract().orElseThrow().id()).isEqualTo("cls-test");
    assertThat(result.report().findings()).hasSize(1);
    return ReadProblemCorpusTest.describe(result.report().findings().get(0));
  }

  @Test
  void whatever_follows_the_root_value_is_located_where_it_starts() {
    assertThat(CONTRACT).hasSize(69);
    assertThat(trailing(" {}")).isEqualTo("CLS-JSON-TRAILING-CONTENT error - 1:71");
    assertThat(trailing(" xyz")).isEqualTo("CLS-JSON-TRAILING-CONTENT error - 1:71");
    assertThat(trailing(" \"abc")).isEqualTo("CLS-JSON-TRAILING-CONTENT error - 1:71");
    assertThat(trailing("\n  ]")).isEqualTo("CLS-JSON-TRAILING-CONTENT error - 2:3");
  }
}
