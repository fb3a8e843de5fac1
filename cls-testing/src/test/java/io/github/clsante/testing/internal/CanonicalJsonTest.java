package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of extension values: RFC 8785's number forms (ECMAScript's, as the RFC's examples
 * and the JavaScript console write them), its escapes, and members sorted by UTF-16 code units.
 */
class CanonicalJsonTest {

  private static String number(String decimal) {
    return CanonicalJson.number(new BigDecimal(decimal));
  }

  @Test
  void numbers_are_written_as_ecmascript_writes_them() {
    assertThat(number("0")).isEqualTo("0");
    assertThat(number("-0.000")).isEqualTo("0");
    assertThat(number("1.0")).isEqualTo("1");
    assertThat(number("-1.5")).isEqualTo("-1.5");
    assertThat(number("100")).isEqualTo("100");
    assertThat(number("123456789012345680000")).isEqualTo("123456789012345680000");
    assertThat(number("1E21")).isEqualTo("1e+21");
    assertThat(number("1.5E21")).isEqualTo("1.5e+21");
    assertThat(number("0.000001")).isEqualTo("0.000001");
    assertThat(number("0.0000001")).isEqualTo("1e-7");
    assertThat(number("0.00000015")).isEqualTo("1.5e-7");
    assertThat(number("4.35")).isEqualTo("4.35");
    assertThat(number("9007199254740991")).isEqualTo("9007199254740991");
    assertThat(number("-1E-300")).isEqualTo("-1e-300");
    assertThat(number("3.14159E100")).isEqualTo("3.14159e+100");
  }

  @Test
  void strings_keep_every_character_but_those_json_escapes() {
    StringBuilder out = new StringBuilder();
    CanonicalJson.string("a\"b\\c\b\f\n\r\t\u0000\u001f\u007f\u2028é😀/", out);
    assertThat(out.toString()).isEqualTo("\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u2028é😀/\"");
  }

  @Test
  void members_are_sorted_by_their_utf16_code_units() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("ﬁ", 3L);
    object.put("😀", BigDecimal.valueOf(2));
    object.put("b", List.of(true, CanonicalJson.NULL, "x"));
    object.put("a", new LinkedHashMap<>());
    StringBuilder out = new StringBuilder();
    CanonicalJson.write(object, out);
    // 😀 (D83D DE00) sorts before ﬁ (FB01) by code units, after it by code points.
    assertThat(out.toString()).isEqualTo("{\"a\":{},\"b\":[true,null,\"x\"],\"😀\":2,\"ﬁ\":3}");
  }

  @Test
  void drawn_values_of_a_seed_are_the_same() {
    assertThat(CanonicalJson.value(Choices.of(7), 2, Texts::any)).isEqualTo(CanonicalJson.value(Choices.of(7), 2, Texts::any));
  }
}
