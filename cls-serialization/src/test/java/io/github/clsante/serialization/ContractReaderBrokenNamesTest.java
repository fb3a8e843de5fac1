package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A member name holding an unpaired surrogate ({@code "\uD800x"}): jackson-core takes one in a value but
 * stops at one in a name. The finding is the one a value would get, {@code CLS-JSON-INVALID-STRING}, on
 * the object, where the name starts; not a syntax error whose message would show no character.
 */
class ContractReaderBrokenNamesTest {

  private static List<String> read(String json) {
    return ContractJson.reader().read(json).report().findings().stream().map(ReadProblemCorpusTest::describe)
        .collect(Collectors.toList());
  }

  @Test
  void at_the_root_in_an_object_and_in_an_extension() {
    String root = "{\"formatVersion\":\"1.1\",\n\"\\uD800x\":1}";
    String nested = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"territory\":{\"name\":\"T\",\"\\uDC00\":1}}";
    String extension = "{\"formatVersion\":\"1.1\",\"extensions\":{\"org.x\":{\"a\":{\"\\uD83Dz\":1}}}}";

    assertThat(read(root)).containsExactly("CLS-JSON-INVALID-STRING error - 2:1");
    assertThat(read(nested)).containsExactly("CLS-JSON-INVALID-STRING error /territory 1:"
        + (nested.indexOf("\"\\uDC00") + 1));
    assertThat(read(extension)).containsExactly("CLS-JSON-INVALID-STRING error /extensions/org.x/a 1:"
        + (extension.indexOf("\"\\uD83D") + 1));
  }

  @Test
  void the_message_is_the_one_of_a_text_with_an_incomplete_character() {
    Finding finding = ContractJson.reader().read("{\"\\uD800\":1}").report().findings().get(0);

    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Le texte contient un caractère incomplet "
        + "(un demi-caractère isolé), qui n’est pas du texte Unicode.").doesNotContain("{");
    assertThat(ContractJson.reader().read("{\"\\uD800\":1}").contract()).isEmpty();
  }

  @Test
  void a_pair_in_a_name_is_read() {
    ReadResult result = ContractJson.reader().read("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\","
        + "\"territory\":{},\"extensions\":{\"org.x\":{\"\\uD83D\\uDE00\":1}}}");

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.contract().orElseThrow().extensions()).containsEntry("org.x", "{\"\uD83D\uDE00\":1}");
  }
}
