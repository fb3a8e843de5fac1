package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"plan.xlsx, XLSX", "PLAN.XLSX, XLSX", "dir/Plan d’action.ods, ODS", "plan.Ods, ODS", "plan.xls, ''",
      "plan.json, ''", "xlsx, ''", "plan.xlsx.json, ''"})
  void the_format_is_that_of_the_extension_in_any_case(String name, String format) {
    assertThat(SpreadsheetFormat.ofFileName(name).map(Enum::name).orElse("")).isEqualTo(format);
  }

  @Test
  void the_content_of_a_zip_archive_is_a_workbook_opendocument_when_its_first_entry_is_its_mimetype(
      @TempDir Path dir) throws Exception {
    Path xlsx = PlanImportTest.TET.resolve("complex_plan.xlsx");
    Path ods = OdsImportTest.toOds(xlsx, dir.resolve("p.ods"));

    assertThat(SpreadsheetFormat.ofContent(Files.readAllBytes(xlsx))).contains(SpreadsheetFormat.XLSX);
    assertThat(SpreadsheetFormat.ofContent(Files.readAllBytes(ods))).contains(SpreadsheetFormat.ODS);
    // 38 bytes tell OpenDocument; fewer, a zip is taken for xlsx.
    assertThat(SpreadsheetFormat.ofContent(java.util.Arrays.copyOf(Files.readAllBytes(ods), 38)))
        .contains(SpreadsheetFormat.ODS);
    assertThat(SpreadsheetFormat.ofContent(java.util.Arrays.copyOf(Files.readAllBytes(ods), 37)))
        .contains(SpreadsheetFormat.XLSX);
    assertThat(SpreadsheetFormat.ofContent(new byte[] {'P', 'K', 3, 4})).contains(SpreadsheetFormat.XLSX);
  }

  @Test
  void other_content_is_no_workbook() {
    assertThat(SpreadsheetFormat.ofContent(new byte[0])).isEmpty();
    assertThat(SpreadsheetFormat.ofContent(new byte[] {'P', 'K', 3})).isEmpty();
    assertThat(SpreadsheetFormat.ofContent(new byte[] {'P', 'K', 5, 6})).isEmpty(); // an empty zip's end record
    assertThat(SpreadsheetFormat.ofContent("{\"id\": \"cls\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(SpreadsheetFormat.ofContent(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).isEmpty();
  }
}
