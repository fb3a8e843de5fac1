package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clsante.serialization.ClsJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What {@link JsonCanonicalizer#canonicalize(byte[], int)} says of bytes that are not UTF-8 without a
 * byte order mark: a mark (UTF-8, UTF-16 either way) or a NUL in the first four bytes is refused at
 * 1:1; an invalid sequence is located on its line (LF, CR LF and a lone CR end one) and column, the
 * very first byte included; trailing content says so.
 */
class JsonCanonicalizerEncodingTest {

  private static final String NOT_UTF8 = "not UTF-8 without byte order mark (a byte order mark, UTF-16 or UTF-32)";
  private static final String INVALID = "invalid UTF-8 byte sequence";

  private static String failure(byte[] json) {
    ClsJsonException e = catchThrowableOfType(ClsJsonException.class, () -> JsonCanonicalizer.canonicalize(json, 64));
    assertThat(e).as("a ClsJsonException").isNotNull();
    return e.code() + " " + (e.pointer().isEmpty() ? "-" : e.pointer()) + " " + e.line() + ":" + e.column() + " "
        + e.getMessage();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] utf8(String text, int... after) {
    byte[] start = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(start, start.length + after.length);
    for (int i = 0; i < after.length; i++) {
      all[start.length + i] = (byte) after[i];
    }
    return all;
  }

  @Test
  void a_byte_order_mark_is_refused_even_alone() {
    assertThat(failure(bytes(0xFE, 0xFF))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + NOT_UTF8);
    assertThat(failure(bytes(0xFF, 0xFE, '{', 0, '}', 0))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + NOT_UTF8);
    assertThat(failure(bytes(0xEF, 0xBB, 0xBF, '{', '}'))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + NOT_UTF8);
    assertThat(failure(bytes('{', 0, '}'))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + NOT_UTF8);
  }

  @Test
  void the_start_of_a_mark_is_an_invalid_sequence() {
    assertThat(failure(bytes(0xEF, 0xBB))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + INVALID);
    assertThat(failure(bytes(0xFE, '1'))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + INVALID);
    assertThat(failure(bytes(0xEF, 0xBB, '1'))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + INVALID);
    assertThat(failure(bytes(0x80))).isEqualTo("CLS-JSON-ENCODING - 1:1 " + INVALID);
  }

  @Test
  void an_invalid_sequence_is_located_after_cr_lf_and_a_lone_cr() {
    assertThat(failure(utf8("[\r\n1,\r\"ab", 0xC3, '"', ']'))).isEqualTo("CLS-JSON-ENCODING - 3:4 " + INVALID);
    assertThat(failure(utf8("[\n\n\"", 0xFF, '"', ']'))).isEqualTo("CLS-JSON-ENCODING - 3:2 " + INVALID);
  }

  @Test
  void content_after_the_root_value_says_so() {
    ClsJsonException e = catchThrowableOfType(ClsJsonException.class,
        () -> JsonCanonicalizer.canonicalize("{} ]".getBytes(StandardCharsets.UTF_8), 64));

    assertThat(e.code()).isEqualTo("CLS-JSON-TRAILING-CONTENT");
    assertThat(e.getMessage()).isEqualTo("content after the root value");
    assertThat(e.line() + ":" + e.column()).isEqualTo("1:4");
  }
}
