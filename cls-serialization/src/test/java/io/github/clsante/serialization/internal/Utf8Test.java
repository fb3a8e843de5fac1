package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.serialization.ReadResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Utf8#encode(String)}: the bytes {@code getBytes(UTF_8)} gives for any well-formed text, and an
 * unpaired surrogate written as its JSON escape instead of a silent {@code ?}, so that the reader and the
 * canonicaliser say so.
 */
class Utf8Test {

  /** Text of every width: ASCII, Latin-1, BMP, supplementary characters (valid surrogate pairs). */
  private static Gen<String> wellFormed() {
    Gen<Integer> codePoint = SourceDSL.integers().between(0, 0x10FFFF)
        .assuming(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Gen<Integer> narrow = SourceDSL.integers().between(0, 0x7FF);
    return SourceDSL.lists().of(codePoint.mix(narrow, 50)).ofSizeBetween(0, 40).map(cps -> {
      StringBuilder text = new StringBuilder();
      cps.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  @Test
  void well_formed_text_is_encoded_as_the_jdk_encodes_it() {
    qt().withExamples(2000).forAll(wellFormed()).checkAssert(text ->
        assertThat(Utf8.encode(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "{}", "[\"a\"]", "café", "œuvre « citée »", "l’ARS", "𝄞 clef", "\u007f\u0080\u07ff\u0800\uffff"})
  void examples_are_encoded_as_the_jdk_encodes_them(String text) {
    assertThat(Utf8.encode(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void an_unpaired_surrogate_is_written_as_its_escape() {
    assertThat(new String(Utf8.encode("[\"a\ud800b\"]"), StandardCharsets.UTF_8)).isEqualTo("[\"a\\ud800b\"]");
    assertThat(new String(Utf8.encode("\udc00"), StandardCharsets.UTF_8)).isEqualTo("\\udc00");
    assertThat(new String(Utf8.encode("é\ud83d"), StandardCharsets.UTF_8)).isEqualTo("é\\ud83d");
    assertThat(new String(Utf8.encode("\ud83d\ud83d\ude00"), StandardCharsets.UTF_8)).isEqualTo("\\ud83d😀");
  }

  @Test
  void canonicalizing_a_text_with_an_unpaired_surrogate_says_so_instead_of_writing_a_question_mark() {
    assertThatThrownBy(() -> ContractJson.canonicalize("{\"a\":\"x\ud800\"}"))
        .isInstanceOfSatisfying(ClsJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(ReadProblem.INVALID_STRING.code());
          assertThat(e.pointer()).isEqualTo("/a");
        });
    assertThat(ContractJson.canonicalize("{\"b\":\"𝄞\",\"a\":\"é\"}")).isEqualTo("{\"a\":\"é\",\"b\":\"𝄞\"}");
  }

  @Test
  void reading_a_text_with_an_unpaired_surrogate_is_a_finding_at_that_value() {
    ReadResult read = ContractJson.reader().read("{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"title\":\"CLS \udc00\"}");
    assertThat(read.report().findings()).extracting(Finding::code, Finding::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple(ReadProblem.INVALID_STRING.code(), "/title"));
  }
}
