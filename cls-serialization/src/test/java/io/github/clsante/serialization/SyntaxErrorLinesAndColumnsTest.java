package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where a syntax error is located: on the line jackson-core counts for every other finding (LF, CR LF
 * and a lone CR end one), at a column in UTF-16 code units (a character beyond U+FFFF takes two), and
 * where the mistake starts even when it starts with a character of several bytes, which jackson-core
 * locates after its first byte.
 */
class SyntaxErrorLinesAndColumnsTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},";

  private static List<String> read(String json) {
    return ContractJson.reader().read(json).report().findings().stream().map(ReadProblemCorpusTest::describe)
        .collect(Collectors.toList());
  }

  @Test
  void a_lone_cr_ends_a_line_as_cr_lf_and_lf_do() {
    String missingComma = "\"title\":\"T\" \"status\":\"signed\"}";

    for (String end : new String[] {"\r", "\r\n", "\n"}) {
      assertThat(read(START + end + missingComma)).as("after %s", end.replace("\r", "CR").replace("\n", "LF"))
          .containsExactly("CLS-JSON-SYNTAX error /title 2:12 problem=missing-comma found=\"");
    }
    assertThat(read(START + "\"title\":\"T\",\r\"status\":x}"))
        .containsExactly("CLS-JSON-SYNTAX error /status 2:10 problem=unquoted-text found=x");
    assertThat(read(START + "\"title\":\"T\",\r\"status\":\"x}")).containsExactly("CLS-JSON-SYNTAX error /status 2:13 problem=unclosed-string");
    // The syntax error and the finding before it, on the same line, say the same line.
    assertThat(read(START + "\"title\":\"T\",\r\"status\":[}")).containsExactly(
        "CLS-JSON-SYNTAX error /status 2:11 problem=mismatched-bracket found=}",
        "CLS-JSON-WRONG-TYPE error /status 2:10 expected=code actual=array");
  }

  @Test
  void a_text_without_quotes_is_located_where_it_starts_whatever_its_first_character() {
    assertThat(read(START + "\"title\":xyz}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=unquoted-text found=xyz");
    assertThat(read(START + "\"title\":éxyz}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=unquoted-text found=éxyz");
    assertThat(read(START + "\"title\":€uro}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=unquoted-text found=€uro");
    assertThat(read(START + "\"title\":😀x}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=unexpected found=😀");
    assertThat(read("éxyz")).containsExactly("CLS-JSON-SYNTAX error - 1:1 problem=unquoted-text found=éxyz");
    assertThat(read("x")).containsExactly("CLS-JSON-SYNTAX error - 1:1 problem=unquoted-text found=x");
  }

  @Test
  void columns_count_utf_16_code_units() {
    // 😀 (U+1F600) is four bytes and two UTF-16 code units; é is two bytes and one code unit.
    assertThat(read(START + "\"title\":\"😀\" \"status\":1}"))
        .containsExactly("CLS-JSON-SYNTAX error /title 1:82 problem=missing-comma found=\"");
    assertThat(read(START + "\"title\":\"é😀\",\"status\":«}"))
        .containsExactly("CLS-JSON-SYNTAX error /status 1:93 problem=curly-quotes found=«");
  }

  @Test
  void a_character_of_several_bytes_that_ends_the_document_is_located_where_it_starts() {
    assertThat(read(START + "\"title\":«")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=curly-quotes found=«");
  }

  @Test
  void brackets_and_commas_where_they_cannot_be() {
    assertThat(read("]")).containsExactly("CLS-JSON-SYNTAX error - 1:1 problem=mismatched-bracket found=]");
    assertThat(read(START + "\"title\":\"T\",}")).containsExactly("CLS-JSON-SYNTAX error /title 1:82 problem=trailing-comma found=}");
    assertThat(read(START + "\"title\":\"T\",\"departements\":[1,]}")).containsExactly(
        "CLS-JSON-UNKNOWN-MEMBER error /departements 1:82 member=departements",
        "CLS-JSON-SYNTAX error /departements/0 1:100 problem=trailing-comma found=]");
    assertThat(read(START + "\"title\":[1 2]}")).containsExactly("CLS-JSON-WRONG-TYPE error /title 1:78 expected=string actual=array",
        "CLS-JSON-SYNTAX error /title/0 1:80 problem=missing-comma found=2");
    assertThat(read(START + "\"title\":}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78 problem=unexpected found=}");
    // A mistake of no known kind with nothing to show (a DEL character): no parameters, the general message.
    assertThat(read(START + "\"title\":\u007f}")).containsExactly("CLS-JSON-SYNTAX error /title 1:78");
  }
}
