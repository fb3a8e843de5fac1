package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.territory.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderTest {

  static final String MINIMAL =
      "{\"schemaVersion\":\"1.0\",\"id\":\"cls-test\",\"status\":\"signed\",\"leadArs\":\"24\",\"territory\":{}}";

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  @Test
  void reads_a_minimal_contract_without_findings() {
    ReadResult result = ContractJson.reader().read(MINIMAL);

    assertThat(result.isValid()).isTrue();
    assertThat(result.report().findings()).isEmpty();
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.id()).isEqualTo("cls-test");
    assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
    assertThat(contract.leadArs()).isEqualTo(Region.CENTRE_VAL_DE_LOIRE);
  }

  @Test
  void columns_count_utf16_code_units_not_bytes() {
    // "é€😀" is 9 bytes of UTF-8 but 4 UTF-16 code units.
    String json = "{\"schemaVersion\":\"1.0\",\"id\":\"é€😀\",\"status\":1,\"leadArs\":\"24\",\"territory\":{}}";

    Finding finding = only(ContractJson.reader().read(json));

    assertThat(finding.code()).isEqualTo("CLS-JSON-WRONG-TYPE");
    assertThat(finding.pointer()).isEqualTo("/status");
    assertThat(finding.location()).contains(SourceLocation.of(1, json.indexOf(":1,") + 2));
  }

  @Test
  void unknown_members_are_errors_when_strict_and_warnings_when_lenient() {
    String json = MINIMAL.replace("\"id\"", "\"colour\":\"blue\",\"id\"");

    Finding strict = only(ContractJson.reader().read(json));
    ReadResult lenient = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).read(json);

    assertThat(strict.code()).isEqualTo("CLS-JSON-UNKNOWN-MEMBER");
    assertThat(strict.severity()).isEqualTo(Severity.ERROR);
    assertThat(strict.pointer()).isEqualTo("/colour");
    assertThat(only(lenient).severity()).isEqualTo(Severity.WARNING);
    assertThat(lenient.isValid()).isTrue();
    assertThat(ContractJson.message(only(lenient), Locale.FRENCH))
        .contains("Le membre « colour » ne fait pas partie du format ; il est ignoré.");
  }

  @Test
  void a_missing_file_is_an_io_error_finding(@TempDir Path directory) {
    Finding finding = only(ContractJson.reader().read(directory.resolve("absent.json")));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
    assertThat(finding.pointer()).isEmpty();
    assertThat(finding.params()).containsEntry("detail", "no such file");
  }

  @Test
  void a_directory_is_an_io_error_finding(@TempDir Path directory) {
    Finding finding = only(ContractJson.reader().read(directory));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
  }

  @Test
  void a_failing_stream_is_an_io_error_finding() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    Finding finding = only(ContractJson.reader().read(failing));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
    assertThat(finding.params()).containsEntry("detail", "IOException: disk on fire");
  }

  @Test
  void a_document_over_the_size_limit_is_not_read(@TempDir Path directory) throws IOException {
    ContractReader reader = ContractJson.reader().withMaxDocumentBytes(1024);
    String big = MINIMAL.replace("\"territory\":{}", "\"territory\":{\"description\":\"" + "x".repeat(2000) + "\"}");
    Path file = Files.writeString(directory.resolve("big.json"), big);

    for (ReadResult result : List.of(reader.read(big), reader.read(file),
        reader.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))) {
      Finding finding = only(result);
      assertThat(finding.code()).isEqualTo("CLS-JSON-DOCUMENT-TOO-LARGE");
      assertThat(finding.params()).containsEntry("limit", "1024");
      assertThat(result.contract()).isEmpty();
    }
  }

  @Test
  void a_string_over_the_length_limit_stops_the_reading() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{\"description\":\"" + "x".repeat(2000) + "\"}");

    ReadResult result = ContractJson.reader().withMaxStringLength(1024).read(json);

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-STRING-TOO-LONG");
    assertThat(finding.pointer()).isEqualTo("/territory/description");
    assertThat(finding.params()).containsEntry("limit", "1024");
    assertThat(result.contract()).isEmpty();
  }

  @Test
  void a_utf8_byte_order_mark_is_tolerated() {
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    assertThat(ContractJson.reader().read(withBom).isValid()).isTrue();
  }

  @Test
  void the_stream_is_read_but_not_closed() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    assertThat(ContractJson.reader().read(in).isValid()).isTrue();
    assertThat(closed[0]).isFalse();
  }

  @Test
  void limits_below_their_minimum_are_refused() {
    assertThatThrownBy(() -> ContractJson.reader().withMaxNestingDepth(15))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the nesting depth limit must be at least 16: 15");
    assertThatThrownBy(() -> ContractJson.reader().withMaxStringLength(10))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the string length limit must be at least 1024: 10");
    assertThatThrownBy(() -> ContractJson.reader().withMaxDocumentBytes(10))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document size limit must be at least 1024 bytes: 10");
  }

  @Test
  void an_invalid_element_is_left_out_and_its_siblings_are_read() {
    String json = MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"b\"},{\"id\":\"c\",\"title\":\"C\"}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(only(result).pointer()).isEqualTo("/actionSheets/1");
    assertThat(result.contract().orElseThrow().actionSheets()).extracting(s -> s.id()).containsExactly("a", "c");
  }

  @Test
  void defaults_apply_when_members_with_defaults_are_absent() {
    Contract contract = ContractJson.reader().read(MINIMAL).contract().orElseThrow();

    assertThat(contract.sheetNumbering()).isEqualTo(io.github.clsante.model.SheetNumbering.CONTRACT_WIDE);
  }

  @Test
  void integral_floats_are_read_as_integers() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{},\"announcedAxisCount\":5.0,\"generation\":2e0");

    Contract contract = ContractJson.reader().read(json).contract().orElseThrow();

    assertThat(contract.announcedAxisCount()).contains(5);
    assertThat(contract.generation()).contains(2);
  }

  @Test
  void whole_number_members_refuse_fractions_exactly_without_rounding() {
    for (String member : List.of("\"territory\":{\"population\":1.00000000000000001}",
        "\"territory\":{},\"generation\":1e-400",
        "\"territory\":{},\"generation\":1e-11111111111",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":150000050.000000001}]")) {
      ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}", member));

      assertThat(only(result).code()).as(member).isEqualTo("CLS-JSON-INVALID-NUMBER");
    }
  }

  @Test
  void an_empty_extension_namespace_is_kept() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{},\"extensions\":{\"\":[1]}");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.contract().orElseThrow().extensions()).containsEntry("", "[1]");
  }

  @Test
  void records_the_location_of_every_value_when_asked() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"é\",\n  \"status\": \"signed\",\n"
        + "  \"leadArs\": \"24\",\n  \"territory\": {\"regions\": [\"24\", \"28\"]}\n}";

    ReadResult result = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(json);

    assertThat(result.locationOf("")).contains(SourceLocation.of(1, 1));
    assertThat(result.locationOf("/id")).contains(SourceLocation.of(3, 9));
    assertThat(result.locationOf("/territory/regions/1")).contains(SourceLocation.of(6, 35));
    assertThat(result.locationOf("/territory/name")).contains(SourceLocation.of(6, 16));
    assertThat(ContractJson.reader().read(json).locationOf("/id")).isEmpty();
  }
}
