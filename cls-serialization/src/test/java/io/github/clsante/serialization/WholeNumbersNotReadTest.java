package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A whole number the reader cannot take (a fraction, an exponent too small or too large for any
 * number, a value past ±2<sup>53</sup> − 1) is a finding, and the member is left empty: never a zero
 * or a rounded value the rules would take for what the document says. A text that ends in half a
 * surrogate pair is a finding too, and kept as written.
 */
class WholeNumbersNotReadTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{\"population\":";

  private static ReadResult population(String number) {
    return ContractJson.reader().read(START + number + "}}");
  }

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  private static void assertEmpty(ReadResult result) {
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.territory().population()).isEmpty();
  }

  @Test
  void a_fraction_is_not_a_whole_number() {
    ReadResult result = population("1.5");

    assertThat(findings(result)).containsExactly("CLS-JSON-INVALID-NUMBER error /territory/population 1:81 number=1.5");
    assertEmpty(result);
    assertThat(population("150e-1").contract().orElseThrow().territory().population()).contains(15L);
  }

  @Test
  void an_exponent_beyond_any_number_is_invalid_when_negative_and_out_of_range_when_positive() {
    ReadResult tiny = population("1e-11111111111");
    ReadResult huge = population("1e11111111111");

    assertThat(findings(tiny)).containsExactly("CLS-JSON-INVALID-NUMBER error /territory/population 1:81 number=1e-11111111111");
    assertEmpty(tiny);
    assertThat(findings(huge)).containsExactly("CLS-JSON-NUMBER-OUT-OF-RANGE error /territory/population 1:81 "
        + "number=1e11111111111 min=-9007199254740991 max=9007199254740991");
    assertEmpty(huge);
    assertThat(findings(population("9e11111111111"))).singleElement().asString().startsWith("CLS-JSON-NUMBER-OUT-OF-RANGE ");
    assertThat(population("0e11111111111").contract().orElseThrow().territory().population()).contains(0L);
  }

  @Test
  void a_whole_number_past_the_safe_range_is_out_of_range() {
    for (String number : new String[] {"9007199254740992", "-9007199254740992", "99999999999999999999"}) {
      ReadResult result = population(number);

      assertThat(findings(result)).as(number).containsExactly("CLS-JSON-NUMBER-OUT-OF-RANGE error /territory/population 1:81 "
          + "number=" + number + " min=-9007199254740991 max=9007199254740991");
      assertEmpty(result);
    }
    assertThat(population("-9007199254740991").contract().orElseThrow().territory().population())
        .contains(-9007199254740991L);
  }

  @Test
  void a_text_ending_in_half_a_surrogate_pair_is_a_finding_and_kept() {
    ReadResult result = ContractJson.reader().read(START + "1},\"title\":\"ab\\uD800\"}");

    assertThat(findings(result)).containsExactly("CLS-JSON-INVALID-STRING error /title 1:92");
    assertThat(result.contract().orElseThrow().title()).contains("ab\uD800");
  }
}
