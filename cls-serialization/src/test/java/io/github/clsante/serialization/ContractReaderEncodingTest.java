package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the reader says of bytes that are not the format's encoding (UTF-8 without byte order mark, a
 * UTF-8 one tolerated): exactly one {@code CLS-JSON-ENCODING} finding, at the first bad byte's line and
 * column (in UTF-16 code units, lines ended as jackson-core ends them: LF, CR LF or a lone CR), and no
 * contract.
 */
class ContractReaderEncodingTest {

  private static final String DOCUMENT = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{}}";

  private static List<String> findings(byte[] bytes) {
    ReadResult result = ContractJson.reader().read(bytes);
    assertThat(result.contract()).as("the contract of a document that is not UTF-8").isEmpty();
    return result.report().findings().stream().map(ContractReaderEncodingTest::describe).collect(Collectors.toList());
  }

  private static String describe(Finding finding) {
    return ReadProblemCorpusTest.describe(finding);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void utf16_and_utf32_with_or_without_byte_order_mark_are_refused_at_the_first_character() {
    Charset utf32le = Charset.forName("UTF-32LE");
    Charset utf32be = Charset.forName("UTF-32BE");
    for (byte[] document : List.of(
        concat(bytes(0xFE, 0xFF), DOCUMENT.getBytes(StandardCharsets.UTF_16BE)),
        concat(bytes(0xFF, 0xFE), DOCUMENT.getBytes(StandardCharsets.UTF_16LE)),
        DOCUMENT.getBytes(StandardCharsets.UTF_16BE),
        DOCUMENT.getBytes(StandardCharsets.UTF_16LE),
        DOCUMENT.getBytes(utf32be),
        DOCUMENT.getBytes(utf32le),
        concat(bytes(0x00, 0x00, 0xFE, 0xFF), DOCUMENT.getBytes(utf32be)))) {
      assertThat(findings(document)).containsExactly("CLS-JSON-ENCODING error - 1:1");
    }
  }

  @Test
  void a_nul_byte_among_the_first_four_is_utf16_or_utf32_and_a_later_one_is_a_syntax_error() {
    assertThat(findings(bytes('{', 0x00, '}'))).containsExactly("CLS-JSON-ENCODING error - 1:1");
    assertThat(findings(bytes(' ', ' ', ' ', 0x00, '{', '}'))).containsExactly("CLS-JSON-ENCODING error - 1:1");
    // The fifth byte is past what UTF-16 and UTF-32 show: an ASCII start, then a control character.
    assertThat(findings(bytes(' ', ' ', ' ', ' ', 0x00, '{', '}')))
        .singleElement().asString().startsWith("CLS-JSON-SYNTAX error - 1:5");
  }

  @Test
  void a_lone_byte_order_mark_of_utf16_is_not_utf8() {
    assertThat(findings(bytes(0xFE, 0xFF))).containsExactly("CLS-JSON-ENCODING error - 1:1");
    assertThat(findings(bytes(0xFF, 0xFE))).containsExactly("CLS-JSON-ENCODING error - 1:1");
  }

  @Test
  void an_invalid_byte_is_placed_in_utf16_code_units_after_characters_of_two_three_and_four_bytes() {
    // é is 2 bytes and 1 code unit, € 3 bytes and 1 unit, 😀 (F0 9F 98 80) 4 bytes and 2 units.
    byte[] document = concat("{\"id\":\"é€😀".getBytes(StandardCharsets.UTF_8), bytes(0xFF), "\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(findings(document)).containsExactly("CLS-JSON-ENCODING error - 1:12");
  }

  @Test
  void an_invalid_byte_is_placed_on_its_line_whatever_ends_the_lines_before_it() {
    for (String newline : List.of("\n", "\r\n", "\r")) {
      byte[] document = concat(("{" + newline + "  \"id\":" + newline + "  \"ab").getBytes(StandardCharsets.UTF_8),
          bytes(0xC3, 0x28), "\"}".getBytes(StandardCharsets.UTF_8));

      assertThat(findings(document)).as("lines ended by %s", newline.replace("\r", "CR").replace("\n", "LF"))
          .containsExactly("CLS-JSON-ENCODING error - 3:6");
    }
  }

  @Test
  void an_overlong_form_or_a_truncated_sequence_is_placed_at_its_first_byte() {
    // C0 AF is an overlong '/', E2 82 a truncated €, ED A0 80 a surrogate, F4 90 80 80 beyond U+10FFFF.
    for (byte[] bad : List.of(bytes(0xC0, 0xAF), bytes(0xE2, 0x82), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80))) {
      byte[] document = concat("{\"id\":\"".getBytes(StandardCharsets.UTF_8), bad, "\"}".getBytes(StandardCharsets.UTF_8));

      assertThat(findings(document)).containsExactly("CLS-JSON-ENCODING error - 1:8");
    }
  }

  @Test
  void a_sequence_cut_by_the_end_of_the_document_is_placed_at_its_first_byte() {
    for (byte[] cut : List.of(bytes(0xC3), bytes(0xE2), bytes(0xE2, 0x82), bytes(0xF0, 0x9F), bytes(0xF0, 0x9F, 0x98))) {
      assertThat(findings(concat("{\"id\":\"".getBytes(StandardCharsets.UTF_8), cut)))
          .containsExactly("CLS-JSON-ENCODING error - 1:8");
    }
  }

  @Test
  void a_long_ascii_run_is_checked_up_to_its_last_byte() {
    // The check reads ASCII eight bytes at a time: a bad byte just before, at and after each boundary.
    for (int prefix = 7; prefix <= 17; prefix++) {
      String name = "k".repeat(prefix);
      byte[] document = concat(("{\"" + name).getBytes(StandardCharsets.UTF_8), bytes(0xFF));

      assertThat(findings(document)).as("after %d ASCII bytes", prefix + 2)
          .containsExactly("CLS-JSON-ENCODING error - 1:" + (prefix + 3));
    }
  }

  @Test
  void a_utf8_byte_order_mark_is_skipped_and_findings_are_placed_in_the_text_after_it() {
    byte[] document = concat(bytes(0xEF, 0xBB, 0xBF), DOCUMENT.replace("\"24\"", "24").getBytes(StandardCharsets.UTF_8));

    ReadResult result = ContractJson.reader().read(document);

    assertThat(result.report().findings()).extracting(ContractReaderEncodingTest::describe)
        .containsExactly("CLS-JSON-WRONG-TYPE error /leadArs 1:45 expected=code actual=number value=24 suggestion=\"24\"");
  }

  @Test
  void only_the_three_bytes_of_the_utf8_byte_order_mark_are_skipped() {
    // EF BB without BF is not a byte order mark but a truncated three-byte sequence.
    assertThat(findings(concat(bytes(0xEF, 0xBB), DOCUMENT.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("CLS-JSON-ENCODING error - 1:1");
  }
}
