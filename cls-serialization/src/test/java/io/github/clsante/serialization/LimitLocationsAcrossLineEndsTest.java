package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value past a limit is located by going back through the input from where jackson-core stopped: its
 * line counts LF, CR LF and a lone CR as one line end each (as jackson-core does for every other
 * finding), its column starts after the last of them, and the blanks between a member's colon and its
 * number (spaces, tabs, line ends) do not hide the member's name.
 */
class LimitLocationsAcrossLineEndsTest {

  private static final String TEXT = ContractReaderLongValuesTest.TEXT;
  private static final String DIGITS = ContractReaderLongValuesTest.DIGITS;
  /** Lines 1 (ends with CR LF), 2 (ends with a lone CR), then 3. */
  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\r\n"
      + "\"title\":\"T\",\r\"territory\":{\"name\":\"T\", ";

  private static List<String> read(String json) {
    return ContractReaderLongValuesTest.read(json);
  }

  /** The column, on line 3 of a document built on {@link #START}, of the first {@code what}. */
  private static int column(String json, String what) {
    return json.indexOf(what) - json.lastIndexOf('\r', json.indexOf(what));
  }

  @Test
  void a_text_too_long_after_cr_lf_and_a_lone_cr_is_on_the_third_line() {
    String json = START + "\"description\":\"" + TEXT + "\"}}";

    assertThat(column(json, "\"xxx")).isEqualTo(40);
    assertThat(read(json)).containsExactly("CLS-JSON-STRING-TOO-LONG error /territory/description 3:40 limit=1024");
  }

  @Test
  void a_number_too_long_after_blanks_and_line_ends_keeps_its_members_name() {
    String json = START + "\"population\":\t\r\n " + DIGITS + "}}";

    // After the colon: a tab, a CR LF (line 4 starts), a space, then the digits at column 2.
    assertThat(read(json)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/population 4:2 limit=1000");
  }

  @Test
  void a_number_too_long_after_a_text_with_an_escaped_quote_is_located_at_its_digits() {
    String quote = START + "\"departements\":[\"4\\\"1\", " + DIGITS + "]}}";
    String backslash = START + "\"departements\":[\"4\\\\\", " + DIGITS + "]}}";

    assertThat(read(quote)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/departements/1 3:"
        + column(quote, "777") + " limit=1000");
    assertThat(read(backslash)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/departements/1 3:"
        + column(backslash, "777") + " limit=1000");
    assertThat(column(quote, "777")).isEqualTo(50);
  }

  @Test
  void a_number_too_long_as_an_element_after_blanks_is_the_elements() {
    String json = START + "\"departements\": [ " + DIGITS + "]}}";
    String root = "[\n  " + DIGITS + "]";

    assertThat(read(json)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/departements/0 3:"
        + column(json, "777") + " limit=1000");
    assertThat(read(root)).containsExactly("CLS-JSON-WRONG-TYPE error - 1:1 expected=object actual=array problem=document",
        "CLS-JSON-NUMBER-TOO-LONG error /0 2:3 limit=1000");
  }

  @Test
  void a_member_name_too_long_after_line_ends_belongs_to_its_object() {
    String json = START + "\"" + TEXT + "\":1}}";
    String escaped = START + "\"a\\\\" + TEXT + "\":1}}";

    assertThat(read(json)).containsExactly("CLS-JSON-STRING-TOO-LONG error /territory 3:" + column(json, "\"xxx")
        + " limit=1024");
    assertThat(read(escaped)).containsExactly("CLS-JSON-STRING-TOO-LONG error /territory 3:" + column(escaped, "\"a\\")
        + " limit=1024");
  }

  @Test
  void a_number_too_long_of_nines_and_zeros_starts_at_its_first_digit() {
    String json = START + "\"population\" : 9" + "0".repeat(1999) + "}}";
    String minus = START + "\"population\": -0." + "0".repeat(1999) + "}}";

    assertThat(read(json)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/population 3:"
        + column(json, "900") + " limit=1000");
    assertThat(read(minus)).containsExactly("CLS-JSON-NUMBER-TOO-LONG error /territory/population 3:"
        + column(minus, "-0.") + " limit=1000");
  }
}
