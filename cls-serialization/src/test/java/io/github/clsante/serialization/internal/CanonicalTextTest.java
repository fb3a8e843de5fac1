package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CanonicalText}: the characters of what {@link CanonicalOutput} writes as UTF-8, token for
 * token, from any capacity on.
 */
class CanonicalTextTest {

  /** Text of every kind: ASCII with its escapes, Latin-1, BMP, supplementary characters. */
  private static Gen<String> wellFormed() {
    Gen<Integer> codePoint = integers().between(0, 0x10FFFF)
        .assuming(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    return lists().of(codePoint.mix(integers().between(0, 0x7F), 60)).ofSizeBetween(0, 50).map(cps -> {
      StringBuilder text = new StringBuilder();
      cps.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  /** The same tokens, written to both outputs; returns the text and the decoded bytes. */
  private static String[] both(int capacity, List<String> strings, long whole, double number) {
    CanonicalText text = new CanonicalText(capacity);
    CanonicalOutput bytes = new CanonicalOutput(capacity);
    for (CanonicalTokens out : new CanonicalTokens[] {text, bytes}) {
      out.raw((byte) '[');
      for (String s : strings) {
        out.string(s);
        out.raw((byte) ',');
        char[] chars = ("«" + s + "»").toCharArray();
        assertThat(out.wellFormedString(chars, 1, s.length())).isTrue();
        out.raw((byte) ',');
      }
      out.number(whole);
      out.raw((byte) ',');
      out.number(number);
      out.raw((byte) ',');
      out.bool(true);
      out.raw((byte) ',');
      out.bool(false);
      out.raw((byte) ',');
      out.nul();
      out.raw((byte) ']');
    }
    assertThat(text.size()).isEqualTo(text.toText().length());
    return new String[] {text.toText(), new String(bytes.toByteArray(), StandardCharsets.UTF_8)};
  }

  @Test
  void the_text_is_the_bytes_decoded_for_any_tokens() {
    qt().withExamples(2_000)
        .forAll(lists().of(wellFormed()).ofSizeBetween(0, 6), integers().between(0, 64),
            longs().all(), doubles().any().assuming(Double::isFinite))
        .checkAssert((strings, capacity, whole, number) -> {
          String[] written = both(capacity, strings, whole, number);
          assertThat(written[0]).as("%s, capacity %d", strings, capacity).isEqualTo(written[1]);
        });
  }

  @Test
  void escapes_and_pairs_are_written_as_rfc_8785_writes_them() {
    String[] written = both(0, List.of("a\"b\\c\n\u0001\u001f\u007f", "l’ARS « œuvre »", "𝄞x", ""), 1L << 60, -0.5e-7);

    assertThat(written[0]).isEqualTo("[\"a\\\"b\\\\c\\n\\u0001\\u001f\u007f\",\"a\\\"b\\\\c\\n\\u0001\\u001f\u007f\","
        + "\"l’ARS « œuvre »\",\"l’ARS « œuvre »\",\"𝄞x\",\"𝄞x\",\"\",\"\","
        + "1152921504606847000,-5e-8,true,false,null]");
    assertThat(written[0]).isEqualTo(written[1]);
  }

  @Test
  void a_string_of_escapes_longer_than_the_buffer_fits() {
    for (int capacity : new int[] {0, 1, 16, 17, 100}) {
      String escapes = "\u0001".repeat(1_000) + "é" + "\"".repeat(1_000);
      CanonicalText text = new CanonicalText(capacity);
      text.raw((byte) '[');
      assertThat(text.wellFormedString(escapes.toCharArray(), 0, escapes.length())).isTrue();
      text.string(escapes);
      text.raw((byte) ']');
      String one = "\"" + "\\u0001".repeat(1_000) + "é" + "\\\"".repeat(1_000) + "\"";
      assertThat(text.toText()).as("capacity %d", capacity).isEqualTo("[" + one + one + "]");
    }
  }

  @Test
  void an_unpaired_surrogate_is_refused_from_characters_and_escaped_from_a_string() {
    assertThat(new CanonicalText(16).wellFormedString("a\ud800".toCharArray(), 0, 2)).isFalse();
    assertThat(new CanonicalText(16).wellFormedString("\udc00b".toCharArray(), 0, 2)).isFalse();
    assertThat(new CanonicalText(16).wellFormedString("\ud83d\ude00".toCharArray(), 0, 1))
        .as("the pair's second half lies past the string").isFalse();
    CanonicalText text = new CanonicalText(16);
    text.string("x\ud83d\ud83d\ude00\udc00");
    assertThat(text.toText()).isEqualTo("\"x\\ud83d😀\\udc00\"");
  }

  @Test
  void members_are_put_in_another_order_as_in_the_bytes() {
    CanonicalText text = new CanonicalText(8);
    CanonicalOutput bytes = new CanonicalOutput(8);
    for (CanonicalTokens out : new CanonicalTokens[] {text, bytes}) {
      out.raw((byte) '{');
      int[] starts = new int[3];
      String[] names = {"é", "b", "a"};
      for (int i = 0; i < 3; i++) {
        if (i > 0) {
          out.raw((byte) ',');
        }
        starts[i] = out.size();
        out.string(names[i]);
        out.raw((byte) ':');
        out.number(i);
      }
      out.reorder(starts[0], starts, new int[] {2, 1, 0}, 3);
      out.raw((byte) '}');
    }
    assertThat(text.toText()).isEqualTo("{\"a\":2,\"b\":1,\"é\":0}")
        .isEqualTo(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void a_negative_capacity_is_refused() {
    assertThatThrownBy(() -> new CanonicalText(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative capacity: -1");
  }
}
