package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong type says what was expected and what the document has (an object, a list, a
 * yes/no, null), and the value as written when it is a scalar; the read goes on after it.
 */
class WrongTypeFindingsTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},";

  private static String finding(String titleValue) {
    ReadResult result = ContractJson.reader().read(START + "\"title\":" + titleValue + ",\"status\":\"signed\"}");
    assertThat(result.contract().orElseThrow().status()).isPresent();
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.joining("\n"));
  }

  @Test
  void each_kind_of_value_is_named() {
    assertThat(finding("{\"a\":1}")).isEqualTo("CLS-JSON-WRONG-TYPE error /title 1:78 expected=string actual=object");
    assertThat(finding("[1]")).isEqualTo("CLS-JSON-WRONG-TYPE error /title 1:78 expected=string actual=array");
    assertThat(finding("true")).startsWith("CLS-JSON-WRONG-TYPE error /title 1:78 expected=string actual=boolean value=true");
  }

  @Test
  void a_list_member_that_is_not_a_list_is_unreadable() {
    ReadResult result = ContractJson.reader().read(START + "\"actionSheets\":5}");

    assertThat(result.report().findings()).singleElement().extracting(ReadProblemCorpusTest::describe)
        .isEqualTo("CLS-JSON-WRONG-TYPE error /actionSheets 1:85 expected=array actual=number value=5");
    assertThat(result.unreadable()).containsExactly("/actionSheets");
    assertThat(result.contract().orElseThrow().actionSheets()).isEmpty();
  }
}
