package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.report.html.SourceText.Line;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The excerpts of a file's source: the lines around a line and column, the spot marked. */
class SourceTextTest {

  private static SourceText text(String source) {
    return new SourceText(source.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shows_the_line_before_the_line_and_the_line_after_with_the_value_at_the_column() {
    SourceText source = text("{\n  \"id\": \"cls-1\",\n  \"status\": \"signé\",\n  \"axes\": []\n}\n");
    assertThat(source.excerpt(3, 13)).containsExactly(
        new Line(2, "  \"id\": \"cls-1\",", "", "", false, false),
        new Line(3, "  \"status\": ", "\"signé\"", ",", false, false),
        new Line(4, "  \"axes\": []", "", "", false, false));
    assertThat(source.excerpt(1, 1)).containsExactly(
        new Line(1, "", "{", "", false, false),
        new Line(2, "  \"id\": \"cls-1\",", "", "", false, false));
    // The last line, before the final line break: no empty line after it.
    assertThat(source.excerpt(5, 1)).containsExactly(
        new Line(4, "  \"axes\": []", "", "", false, false),
        new Line(5, "", "}", "", false, false));
  }

  @Test
  void counts_lines_ended_by_cr_lf_or_a_lone_cr_as_the_reader_does() {
    SourceText source = text("[1,\r\n2,\r3,\n4]");
    assertThat(source.lineCount()).isEqualTo(4);
    assertThat(source.excerpt(2, 1)).extracting(Line::number).containsExactly(1, 2, 3);
    assertThat(source.excerpt(2, 1).get(1)).isEqualTo(new Line(2, "", "2", ",", false, false));
    assertThat(source.excerpt(3, 1).get(1)).isEqualTo(new Line(3, "", "3", ",", false, false));
    assertThat(source.excerpt(4, 2).get(1)).isEqualTo(new Line(4, "4", "]", "", false, false));
  }

  @Test
  void counts_columns_in_utf16_units_across_accents_and_supplementary_characters() {
    // « é » is 2 bytes and 1 unit, « 😀 » 4 bytes and 2 units: the value 42 is at column 13.
    SourceText source = text("[\"é😀\", \"\", 42]");
    assertThat(source.excerpt(1, 13)).containsExactly(new Line(1, "[\"é😀\", \"\", ", "42", "]", false, false));
    // A column inside the pair designates the character.
    assertThat(source.excerpt(1, 5).get(0).spot()).isEqualTo("😀\"");
  }

  @Test
  void reads_a_malformed_byte_as_one_replacement_character() {
    byte[] bytes = {'[', (byte) 0xC3, '1', ']'};
    assertThat(new SourceText(bytes).excerpt(1, 3)).containsExactly(new Line(1, "[\uFFFD", "1", "]", false, false));
  }

  @Test
  void cuts_a_long_line_around_the_column() {
    String value = "x".repeat(500);
    String line = "{\"a\":\"" + value + "\",\"b\":true}";
    int column = line.indexOf("true") + 1;
    Line shown = text(line).excerpt(1, column).get(0);
    assertThat(shown.spot()).isEqualTo("true");
    assertThat(shown.before()).hasSize(SourceText.HALF_WIDTH).endsWith("\",\"b\":");
    assertThat(shown.cutBefore()).isTrue();
    assertThat(shown.after()).isEqualTo("}");
    assertThat(shown.cutAfter()).isFalse();
    // A string longer than the window is marked up to the window.
    Line string = text(line).excerpt(1, 6).get(0);
    assertThat(string.spot()).hasSize(SourceText.HALF_WIDTH).startsWith("\"xxx");
    assertThat(string.cutAfter()).isTrue();
  }

  @Test
  void finds_a_column_far_into_a_minified_document_past_many_checkpoints() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 5000; i++) {
      json.append("\"é").append(i).append("\",");
    }
    json.append("\"end\"]");
    String text = json.toString();
    int column = text.indexOf("\"end\"") + 1;
    assertThat(text(text).excerpt(1, column).get(0).spot()).isEqualTo("\"end\"");
    assertThat(text(text).excerpt(1, column).get(0).before()).endsWith("\"é4999\",");
  }

  @Test
  void a_column_past_the_end_of_its_line_marks_the_end_and_a_line_not_in_the_file_shows_nothing() {
    SourceText source = text("ab\ncd");
    assertThat(source.excerpt(1, 9).get(0)).isEqualTo(new Line(1, "ab", "", "", false, false));
    assertThat(source.excerpt(3, 1)).isEmpty();
    assertThat(source.excerpt(0, 1)).isEmpty();
    assertThat(text("").excerpt(1, 1)).containsExactly(new Line(1, "", "", "", false, false));
    assertThat(List.of(source.lineCount())).containsExactly(2);
  }
}
