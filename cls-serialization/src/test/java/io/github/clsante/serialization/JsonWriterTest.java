package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public JSON writer: both forms, RFC 8785 numbers and strings, member order, misuse, targets. */
class JsonWriterTest {

  /** A report-like document, written the same way in both forms. */
  private static void document(JsonWriter json) {
    json.beginObject()
        .member("code", "CLS-SHEET-NO-PILOT")
        .member("empty").beginObject().endObject()
        .member("findings").beginArray()
        .value(1).value(0.5).value(new BigDecimal("1500.50")).value(true).nullValue()
        .beginArray().endArray()
        .endArray()
        .member("line", 12)
        .member("message", "Fiche « Répit » : sans pilote\n")
        .member("valid", false)
        .endObject();
  }

  private static String canonical(Consumer<JsonWriter> write) {
    StringBuilder text = new StringBuilder();
    try (JsonWriter json = JsonWriter.canonical(text)) {
      write.accept(json);
    }
    return text.toString();
  }

  private static String pretty(Consumer<JsonWriter> write) {
    StringBuilder text = new StringBuilder();
    try (JsonWriter json = JsonWriter.pretty(text)) {
      write.accept(json);
    }
    return text.toString();
  }

  @Test
  void the_canonical_form_has_no_whitespace() {
    assertThat(canonical(JsonWriterTest::document)).isEqualTo("{\"code\":\"CLS-SHEET-NO-PILOT\",\"empty\":{},"
        + "\"findings\":[1,0.5,1500.5,true,null,[]],\"line\":12,\"message\":\"Fiche « Répit » : sans pilote\\n\","
        + "\"valid\":false}");
  }

  @Test
  void the_pretty_form_indents_by_two_spaces_and_ends_with_a_newline() {
    assertThat(pretty(JsonWriterTest::document)).isEqualTo("""
        {
          "code": "CLS-SHEET-NO-PILOT",
          "empty": {},
          "findings": [
            1,
            0.5,
            1500.5,
            true,
            null,
            []
          ],
          "line": 12,
          "message": "Fiche « Répit » : sans pilote\\n",
          "valid": false
        }
        """);
  }

  @Test
  void the_pretty_form_canonicalizes_to_the_canonical_form() {
    assertThat(ContractJson.canonicalize(pretty(JsonWriterTest::document)))
        .isEqualTo(canonical(JsonWriterTest::document));
  }

  @Test
  void a_stream_gets_the_same_text_in_utf_8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      document(json);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(pretty(JsonWriterTest::document));
  }

  @Test
  void a_long_document_is_passed_on_whole_across_buffer_boundaries() {
    String text = "é😀".repeat(3000); // several buffers of multi-byte characters
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder chars = new StringBuilder();
    for (JsonWriter json : new JsonWriter[] {JsonWriter.canonical(bytes), JsonWriter.canonical(chars)}) {
      json.beginArray();
      for (int i = 0; i < 5; i++) {
        json.value(text);
      }
      json.endArray().close();
    }
    String expected = "[" + String.join(",", java.util.Collections.nCopies(5, "\"" + text + "\"")) + "]";
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(chars.toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1 | 1",
    "-0.0 | 0",
    "0.1 | 0.1",
    "1e21 | 1e+21",
    "1e20 | 100000000000000000000",
    "1.5e-7 | 1.5e-7",
    "4.9e-324 | 5e-324",
    "123456789.125 | 123456789.125"
  })
  void numbers_are_written_in_the_ecmascript_form(double value, String text) {
    assertThat(JsonWriter.numberText(value)).isEqualTo(text);
    assertThat(canonical(json -> json.value(value))).isEqualTo(text);
  }

  @Test
  void whole_numbers_beyond_two_to_the_53_are_the_nearest_double() {
    assertThat(canonical(json -> json.value(9007199254740993L))).isEqualTo("9007199254740992");
    assertThat(canonical(json -> json.value(Long.MIN_VALUE))).isEqualTo("-9223372036854776000");
  }

  @Test
  void decimals_are_written_as_rfc_8785_writes_their_double() {
    assertThat(canonical(json -> json.value(new BigDecimal("12000.00")))).isEqualTo("12000");
    assertThat(canonical(json -> json.value(new BigDecimal("9999999999999.99")))).isEqualTo("9999999999999.99");
    assertThat(canonical(json -> json.value(new BigDecimal("1e-400")))).isEqualTo("0");
    assertThatThrownBy(() -> canonical(json -> json.value(new BigDecimal("1e400"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON number: Infinity");
  }

  @Test
  void nan_and_infinities_are_refused_before_anything_is_written() {
    StringBuilder text = new StringBuilder();
    JsonWriter json = JsonWriter.canonical(text).beginArray().value(1);
    assertThatThrownBy(() -> json.value(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: NaN");
    assertThatThrownBy(() -> JsonWriter.numberText(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON number: -Infinity");
    json.value(2).endArray().close();
    assertThat(text).hasToString("[1,2]");
  }

  @Test
  void strings_are_escaped_as_rfc_8785_requires_and_a_lone_surrogate_as_an_escape() {
    assertThat(canonical(json -> json.value("\"\\\u0000\u001f\b\t\n\f\r\u007f\u2028/")))
        .isEqualTo("\"\\\"\\\\\\u0000\\u001f\\b\\t\\n\\f\\r\u007f\u2028/\"");
    assertThat(canonical(json -> json.value("a\ud800b"))).isEqualTo("\"a\\ud800b\"");
  }

  @Test
  void members_out_of_rfc_8785_order_are_refused() {
    JsonWriter json = JsonWriter.canonical(new StringBuilder()).beginObject().member("b", 1);
    assertThatThrownBy(() -> json.member("a")).isInstanceOf(IllegalStateException.class)
        .hasMessage("JSON writer: member \"a\" after \"b\": members go in RFC 8785 order");
    assertThatThrownBy(() -> json.member("b")).isInstanceOf(IllegalStateException.class)
        .hasMessage("JSON writer: member \"b\" written twice");
  }

  @Test
  void member_order_is_by_utf_16_code_units_and_per_object() {
    // "$schema" < "Z" < "a" < "é" < "😀" (U+D83D) < "ｆ" (U+FF46): UTF-16 order, not code point order.
    assertThat(canonical(json -> json.beginObject().member("$schema", 1).member("Z", 2).member("a").beginObject()
        .member("z", 3).endObject().member("b", 4).member("é", 5).member("😀", 6).member("ｆ", 7).endObject()))
        .isEqualTo("{\"$schema\":1,\"Z\":2,\"a\":{\"z\":3},\"b\":4,\"é\":5,\"😀\":6,\"ｆ\":7}");
  }

  @Test
  void structure_misuse_is_refused() {
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginObject().value("x"))
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: a value in an object needs a member name first");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginArray().member("x"))
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: a member name outside an object");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).member("x"))
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: a member name outside an object");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginObject().member("x").member("y"))
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: the value of member \"x\" is due");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginObject().member("x").endObject())
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: the value of member \"x\" is due");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginObject().endArray())
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: no array is open");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginArray().endObject())
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: no object is open");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).value(1).value(2))
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: the root value is already written");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).close())
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: no value written");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginArray().close())
        .isInstanceOf(IllegalStateException.class).hasMessage("JSON writer: the root value is not closed");
    assertThatThrownBy(() -> JsonWriter.canonical(new StringBuilder()).beginArray().value((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void a_failing_stream_is_an_unchecked_io_exception() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    JsonWriter json = JsonWriter.canonical(broken).value("x");
    assertThatThrownBy(json::close).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
  }

  @Test
  void nothing_reaches_the_target_before_a_flush_for_a_short_document() {
    StringBuilder text = new StringBuilder();
    JsonWriter json = JsonWriter.canonical(text).beginArray().value(1);
    assertThat(text).isEmpty();
    json.flush();
    assertThat(text).hasToString("[1");
  }

  @Test
  void closing_flushes_a_buffered_stream_without_closing_it() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes, 1 << 16);

    JsonWriter writer = JsonWriter.canonical(buffered);
    writer.beginArray().value(1).value("é").endArray();
    writer.close();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[1,\"é\"]");
  }
}
