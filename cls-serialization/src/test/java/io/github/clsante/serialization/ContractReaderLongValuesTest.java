package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A text or a number past the reader's limits is located where it starts and placed on its member,
 * wherever it is: a member's value, a list's element, a member's name, an extension. jackson-core reads
 * a number's digits as a text and a member's name with its value's first token, so what it reports is
 * not always the value too long.
 */
class ContractReaderLongValuesTest {

  private static final ContractReader READER = ContractJson.reader().withMaxStringLength(1024);
  static final String TEXT = "x".repeat(2000);
  private static final String TEXT_CODE = "CLS-JSON-STRING-TOO-LONG";
  private static final String NUMBER_CODE = "CLS-JSON-NUMBER-TOO-LONG";
  static final String DIGITS = "7".repeat(2000);
  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\n"
      + "  \"territory\":{\"name\":\"T\", ";

  /** The findings of reading {@code json} with a string limit of 1,024, as one line each. */
  static List<String> read(String json) {
    return READER.read(json).report().findings().stream().map(ReadProblemCorpusTest::describe)
        .collect(Collectors.toList());
  }

  /** The line-2 column of the first occurrence of {@code what} in a document built on {@link #START}. */
  private static int column(String json, String what) {
    return json.indexOf(what) - json.indexOf('\n');
  }

  /** The finding of a value too long in a document built on {@link #START}, where {@code what} starts. */
  private static String tooLong(String code, String pointer, String json, String what, int limit) {
    return code + " error " + pointer + " 2:" + column(json, what) + " limit=" + limit;
  }

  @Test
  void a_text_too_long_as_a_value_or_an_element() {
    String value = START + "\"description\":\"" + TEXT + "\"}}";
    String element = START + "\"departements\":[\"41\", \"" + TEXT + "\"]}}";

    assertThat(read(value)).containsExactly(tooLong(TEXT_CODE, "/territory/description", value, "\"xxx", 1024));
    assertThat(read(element)).containsExactly(tooLong(TEXT_CODE, "/territory/departements/1", element, "\"xxx", 1024));
  }

  @Test
  void a_member_name_too_long_belongs_to_its_object() {
    String name = START + "\"" + TEXT + "\":1}}";
    String inExtension = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},"
        + "\"extensions\":{\"org.x\":{\"" + TEXT + "\":1}}}";

    assertThat(read(name)).containsExactly(tooLong(TEXT_CODE, "/territory", name, "\"xxx", 1024));
    assertThat(read(inExtension)).containsExactly("CLS-JSON-STRING-TOO-LONG error /extensions/org.x 1:"
        + (inExtension.indexOf("\"xxx") + 1) + " limit=1024");
  }

  @Test
  void a_number_longer_than_the_text_limit_is_a_number_too_long() {
    String value = START + "\"population\": " + DIGITS + "}}";
    String element = START + "\"departements\":[41, " + DIGITS + "]}}";
    String escapedName = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},"
        + "\"extensions\":{\"org.x\":{\"a\\\"b\":" + DIGITS + "}}}";

    assertThat(read(value)).containsExactly(tooLong(NUMBER_CODE, "/territory/population", value, "777", 1000));
    assertThat(read(element)).containsExactly(
        "CLS-JSON-WRONG-TYPE error /territory/departements/0 2:" + column(element, "41")
            + " expected=string actual=number value=41 suggestion=\"41\"",
        tooLong(NUMBER_CODE, "/territory/departements/1", element, "777", 1000));
    assertThat(read(escapedName)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /extensions/org.x/a\"b 1:"
        + (escapedName.indexOf("777") + 1) + " limit=1000");
    assertThat(read(DIGITS)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error - 1:1 limit=1000");
  }

  @Test
  void a_text_of_digits_is_a_text_and_a_number_after_a_text_a_number() {
    String digits = START + "\"description\":\"" + "1".repeat(2000) + "\"}}";
    String afterText = START + "\"departements\":[\"41\", " + DIGITS + "]}}";

    assertThat(read(digits)).containsExactly(tooLong(TEXT_CODE, "/territory/description", digits, "\"111", 1024));
    assertThat(read(afterText)).containsExactly(tooLong(NUMBER_CODE, "/territory/departements/1", afterText, "777", 1000));
  }

  @Test
  void a_number_past_the_parsers_limit_but_not_the_texts_is_located_where_it_starts() {
    String value = START + "\"population\":" + "1".repeat(1001) + "}}";

    assertThat(read(value)).containsExactly(tooLong(NUMBER_CODE, "/territory/population", value, "111", 1000));
  }
}
