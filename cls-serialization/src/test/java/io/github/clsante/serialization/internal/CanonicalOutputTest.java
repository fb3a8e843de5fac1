package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.EuroAmount;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The RFC 8785 token writer: string escaping (§3.2.2.2), UTF-8, numbers, growth. */
class CanonicalOutputTest {

  private static String written(String s) {
    CanonicalOutput out = new CanonicalOutput(16);
    out.string(s);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String ascii(CanonicalOutput out) {
    return new String(out.toByteArray(), StandardCharsets.US_ASCII);
  }

  @Test
  void each_control_character_is_escaped_as_rfc_8785_requires() {
    for (char c = 0; c < 0x20; c++) {
      String expected;
      switch (c) {
        case '\b':
          expected = "\\b";
          break;
        case '\t':
          expected = "\\t";
          break;
        case '\n':
          expected = "\\n";
          break;
        case '\f':
          expected = "\\f";
          break;
        case '\r':
          expected = "\\r";
          break;
        default:
          expected = String.format("\\u%04x", (int) c);
          break;
      }
      assertThat(written(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo("\"" + expected + "\"");
    }
  }

  @Test
  void other_controls_use_lower_case_hex() {
    assertThat(written("\u001f\u000b\u001a")).isEqualTo("\"\\u001f\\u000b\\u001a\"");
    assertThat(written("\u0000")).isEqualTo("\"\\u0000\"");
  }

  @Test
  void quote_and_backslash_are_escaped_and_solidus_is_not() {
    assertThat(written("\"")).isEqualTo("\"\\\"\"");
    assertThat(written("\\")).isEqualTo("\"\\\\\"");
    assertThat(written("a/b")).isEqualTo("\"a/b\"");
  }

  @Test
  void delete_and_line_separator_are_written_raw() {
    CanonicalOutput out = new CanonicalOutput();
    out.string("\u007f\u2028\u2029");
    assertThat(out.toByteArray()).containsExactly(
        '"', 0x7F, 0xE2, 0x80, 0xA8, 0xE2, 0x80, 0xA9, '"');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "é, c3a9",
    "€, e282ac",
    "😀, f09f9880",
    "\u0080, c280",
    "\u07ff, dfbf",
    "\u0800, e0a080",
    "\uffff, efbfbf",
    "\ud7ff, ed9fbf",
    "\ue000, ee8080",
    "\udbff\udfff, f48fbfbf",
  })
  void non_ascii_characters_are_written_as_exact_utf8(String text, String hex) {
    CanonicalOutput out = new CanonicalOutput();
    out.string(text);
    assertThat(java.util.HexFormat.of().formatHex(out.toByteArray())).isEqualTo("22" + hex + "22");
  }

  @Test
  void a_lone_high_or_low_surrogate_is_written_as_a_lower_case_escape() {
    assertThat(written("\ud800")).isEqualTo("\"\\ud800\"");
    assertThat(written("\udc00")).isEqualTo("\"\\udc00\"");
    assertThat(written("a\udbffb")).isEqualTo("\"a\\udbffb\"");
    assertThat(written("\udc00\ud800")).isEqualTo("\"\\udc00\\ud800\"");
    assertThat(written("\ud83d")).isEqualTo("\"\\ud83d\"");
    assertThat(written("x\ud83d\ud83d\ude00")).isEqualTo("\"x\\ud83d😀\"");
  }

  @Test
  void mixed_text_keeps_ascii_escapes_and_utf8_in_order() {
    assertThat(written("a\"é\n€\\😀z")).isEqualTo("\"a\\\"é\\n€\\\\😀z\"");
    assertThat(written("")).isEqualTo("\"\"");
  }

  @Test
  void member_names_are_escaped_and_followed_by_a_colon() {
    assertThat(new String(CanonicalOutput.memberName("title"), StandardCharsets.UTF_8)).isEqualTo("\"title\":");
    assertThat(new String(CanonicalOutput.memberName("a\"b\u0001é"), StandardCharsets.UTF_8))
        .isEqualTo("\"a\\\"b\\u0001é\":");
    CanonicalOutput out = new CanonicalOutput();
    out.raw((byte) '{');
    out.raw(CanonicalOutput.memberName("n"));
    out.number(1L);
    out.raw((byte) '}');
    assertThat(ascii(out)).isEqualTo("{\"n\":1}");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 16, 17})
  void output_grows_beyond_its_initial_capacity(int capacity) {
    CanonicalOutput out = new CanonicalOutput(capacity);
    String ascii = "abcdefghij".repeat(1_000);
    String euro = "€".repeat(10_000);
    String escapes = "\u0001".repeat(10_000);
    out.string(ascii);
    out.string(euro);
    out.string(escapes);
    for (int i = 0; i < 1_000; i++) {
      out.number(-1.5e-7);
      out.number(Long.MIN_VALUE + 1);
      out.raw((byte) ' ');
    }

    assertThat(out.size()).isEqualTo(10_002 + 30_002 + 60_002 + 1_000 * (7 + 20 + 1));
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\"" + ascii + "\"\"" + euro + "\"\"" + "\\u0001".repeat(10_000) + "\"");
    assertThat(text).endsWith("-1.5e-7-9223372036854776000 ");
  }

  @Test
  void a_string_longer_than_the_buffer_and_non_ascii_at_the_end_still_fits() {
    for (int length = 0; length < 40; length++) {
      String s = "a".repeat(length) + "😀\u0001";
      CanonicalOutput out = new CanonicalOutput(16);
      out.raw(new byte[15]);
      out.string(s);
      assertThat(new String(out.toByteArray(), 15, out.size() - 15, StandardCharsets.UTF_8))
          .isEqualTo("\"" + "a".repeat(length) + "😀\\u0001\"");
    }
  }

  /** What {@code wellFormedString} writes of {@code s}, placed inside a larger array, or null if it refused. */
  private static String writtenFromChars(String s, int capacity) {
    char[] chars = ("<>" + s + "[]").toCharArray();
    CanonicalOutput out = new CanonicalOutput(capacity);
    out.raw((byte) '!');
    if (!out.wellFormedString(chars, 2, s.length())) {
      return null;
    }
    return new String(out.toByteArray(), 1, out.size() - 1, StandardCharsets.UTF_8);
  }

  @Test
  void characters_are_written_as_a_string_of_the_same_characters() {
    Gen<Integer> codePoint = integers().between(0, 0x10FFFF)
        .assuming(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Gen<String> texts = lists().of(codePoint.mix(integers().between(0, 0x7F), 50)).ofSizeBetween(0, 60)
        .map(cps -> {
          StringBuilder text = new StringBuilder();
          cps.forEach(text::appendCodePoint);
          return text.toString();
        });
    qt().withExamples(3_000).forAll(texts, integers().between(0, 40)).checkAssert((text, capacity) ->
        assertThat(writtenFromChars(text, capacity)).as("%s, capacity %d", text, capacity)
            .isEqualTo(written(text)));
  }

  @Test
  void characters_with_an_unpaired_surrogate_are_refused() {
    assertThat(writtenFromChars("\ud800", 16)).isNull();
    assertThat(writtenFromChars("a\udc00", 16)).isNull();
    assertThat(writtenFromChars("é\ud83d", 16)).isNull();
    assertThat(writtenFromChars("\udc00\ud800", 16)).isNull();
    assertThat(writtenFromChars("x\ud83d\ud83d\ude00", 16)).isNull();
    // the pair's second half lies just past the string: it is not the string's
    char[] chars = "\ud83d\ude00".toCharArray();
    assertThat(new CanonicalOutput(16).wellFormedString(chars, 0, 1)).isFalse();
    assertThat(writtenFromChars("x\ud83d\ude00\u0001", 16)).isEqualTo("\"x😀\\u0001\"");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "-42, -42",
    "1234567890, 1234567890",
    "9007199254740992, 9007199254740992",
    "-9007199254740992, -9007199254740992",
    "9007199254740993, 9007199254740992",
    "-9007199254740993, -9007199254740992",
    "9223372036854775807, 9223372036854776000",
    "-9223372036854775808, -9223372036854776000",
  })
  void whole_numbers_are_exact_within_2_to_53_and_doubles_beyond(long value, String expected) {
    CanonicalOutput out = new CanonicalOutput();
    out.number(value);
    assertThat(ascii(out)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "5, 0.05",
    "-5, -0.05",
    "10, 0.1",
    "-10, -0.1",
    "99, 0.99",
    "100, 1",
    "-100, -1",
    "150050, 1500.5",
    "1200000, 12000",
    "123456, 1234.56",
    "999999999999999, 9999999999999.99",
    "-999999999999999, -9999999999999.99",
    "9223372036854775807, 92233720368547758.07",
    "-9223372036854775808, -92233720368547758.08",
  })
  void cents_are_written_as_the_shortest_exact_amount_in_euros(long cents, String expected) {
    CanonicalOutput out = new CanonicalOutput(16);
    out.euros(cents);
    assertThat(ascii(out)).isEqualTo(expected);
  }

  @Test
  void cents_are_written_as_the_format_formats_euros_for_any_amount() {
    // The oracle formats through BigDecimal; the output writes digits: they must agree everywhere.
    qt().withExamples(5_000)
        .forAll(longs().all().mix(longs().between(-1_000_000, 1_000_000), 50))
        .checkAssert(cents -> {
          CanonicalOutput out = new CanonicalOutput(16);
          out.raw((byte) '[');
          out.euros(cents);
          out.raw((byte) ']');
          assertThat(ascii(out)).as("%d cents", cents)
              .isEqualTo("[" + Shapes.euros(EuroAmount.ofCents(cents)) + "]");
        });
  }

  @Test
  void doubles_are_written_in_the_ecmascript_form() {
    CanonicalOutput out = new CanonicalOutput(16);
    out.number(0.1);
    out.raw((byte) ',');
    out.number(-0.0);
    out.raw((byte) ',');
    out.number(1e21);
    out.raw((byte) ',');
    out.number(Double.MIN_VALUE);
    out.raw((byte) ',');
    out.number(-0.0000012345678901234567);
    assertThat(ascii(out)).isEqualTo("0.1,0,1e+21,5e-324,-0.0000012345678901234567");
  }

  @Test
  void a_non_finite_double_is_refused_and_nothing_is_written() {
    CanonicalOutput out = new CanonicalOutput();
    out.raw((byte) '[');
    assertThatThrownBy(() -> out.number(Double.NaN))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: NaN");
    assertThatThrownBy(() -> out.number(Double.POSITIVE_INFINITY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: Infinity");
    assertThat(out.size()).isEqualTo(1);
  }

  @Test
  void literals_are_written() {
    CanonicalOutput out = new CanonicalOutput();
    out.bool(true);
    out.bool(false);
    out.nul();
    assertThat(ascii(out)).isEqualTo("truefalsenull");
  }

  @Test
  void reset_forgets_the_bytes_and_write_to_copies_them() throws IOException {
    CanonicalOutput out = new CanonicalOutput();
    out.string("old");
    out.reset();
    assertThat(out.size()).isZero();
    out.string("é");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    out.writeTo(stream);
    assertThat(stream.toByteArray()).containsExactly('"', 0xC3, 0xA9, '"');
    assertThat(out.toByteArray()).containsExactly('"', 0xC3, 0xA9, '"');
  }

  @Test
  void a_negative_capacity_is_refused() {
    assertThatThrownBy(() -> new CanonicalOutput(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative capacity: -1");
  }
}
