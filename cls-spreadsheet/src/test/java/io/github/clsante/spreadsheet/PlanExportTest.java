package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ClsJsonException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry point: formats by file name, streams left open, contracts that cannot be written. */
class PlanExportTest {

  static final Contract CONTRACT = Contract.builder().id("cls-test").leadArs(Region.NORMANDIE)
      .territory(Territory.builder().build())
      .addActionSheets(ActionSheet.builder().id("fa-1").number("1").title("Prévenir").build())
      .build();

  private static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    for (Sheet sheet : workbook) {
      names.add(sheet.getSheetName());
    }
    return names;
  }

  @Test
  void writes_the_format_its_file_name_says_in_any_case(@TempDir Path directory) throws Exception {
    Path xlsx = directory.resolve("PLAN.XLSX");
    Path ods = directory.resolve("plan.ods");

    PlanExport.standard().write(CONTRACT, xlsx);
    PlanExport.standard().write(CONTRACT, ods);

    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(sheetNames(workbook)).containsExactly("Mode demploi", "Fichier dimport", "Listes déroulantes",
          "Données CLS");
      assertThat(workbook.getSheet("Fichier dimport").getRow(4).getCell(3).getStringCellValue()).isEqualTo("1. Prévenir");
    }
    byte[] bytes = Files.readAllBytes(ods);
    assertThat(new String(bytes, 0, 120, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
  }

  @Test
  void refuses_a_file_name_without_a_spreadsheet_extension(@TempDir Path directory) {
    Path file = directory.resolve("plan.csv");

    assertThatThrownBy(() -> PlanExport.standard().write(CONTRACT, file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xlsx or .ods");
    assertThat(file).doesNotExist();
  }

  @Test
  void leaves_the_stream_open_and_writes_nothing_for_a_contract_whose_extension_is_not_json() throws Exception {
    Contract broken = CONTRACT.withExtensions(java.util.Map.of("x:broken", "{not json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the stream must stay open");
      }
    };

    for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
      assertThatThrownBy(() -> PlanExport.standard().write(broken, format, out)).isInstanceOf(ClsJsonException.class);
      assertThat(out.size()).isZero();
      PlanExport.standard().write(CONTRACT, format, out);
      assertThat(out.size()).isPositive();
      out.reset();
    }
  }

  @Test
  void is_one_shared_instance() {
    assertThat(PlanExport.standard()).isSameAs(PlanExport.standard());
    assertThat(PlanExport.standard()).hasToString("PlanExport[Territoires en Transitions template]");
  }
}
