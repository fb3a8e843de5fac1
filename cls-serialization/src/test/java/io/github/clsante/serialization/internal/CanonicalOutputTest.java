package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalOutputTest {

  private static String string(String s) {
    CanonicalOutput out = new CanonicalOutput(16);
    out.string(s);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void escapes_exactly_what_rfc_8785_escapes() {
    assertThat(string("\"\\")).isEqualTo("\"\\\"\\\\\"");
    assertThat(string("\b\t\n\f\r")).isEqualTo("\"\\b\\t\\n\\f\\r\"");
    assertThat(string("\u0000\u001f\u000b")).isEqualTo("\"\\u0000\\u001f\\u000b\"");
    assertThat(string("/\u007f\u2028")).isEqualTo("\"/\u007f\u2028\"");
  }

  @Test
  void writes_non_ascii_as_utf8() {
    CanonicalOutput out = new CanonicalOutput();
    out.string("é€😀");

    assertThat(out.toByteArray()).containsExactly(
        '"', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, '"');
  }

  @Test
  void writes_unpaired_surrogates_as_escapes() {
    assertThat(string("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(string("\udc00")).isEqualTo("\"\\udc00\"");
    assertThat(string("\ud83d")).isEqualTo("\"\\ud83d\"");
  }

  @Test
  void grows_beyond_its_initial_capacity() {
    CanonicalOutput out = new CanonicalOutput(16);
    String long_ = "€".repeat(10_000);
    out.string(long_);

    assertThat(out.size()).isEqualTo(30_002);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\"" + long_ + "\"");
  }

  @Test
  void writes_numbers_booleans_and_null() {
    CanonicalOutput out = new CanonicalOutput();
    out.number(-42L);
    out.raw((byte) ',');
    out.number(0.1);
    out.raw((byte) ',');
    out.bool(true);
    out.raw((byte) ',');
    out.bool(false);
    out.raw((byte) ',');
    out.nul();

    assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("-42,0.1,true,false,null");
  }

  @Test
  void encodes_member_names_with_the_colon() {
    assertThat(new String(CanonicalOutput.memberName("a\"b"), StandardCharsets.UTF_8)).isEqualTo("\"a\\\"b\":");
  }
}
