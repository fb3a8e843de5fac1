package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ods version of a plan, written with SODS from the xlsx cell by cell, imports to the same contract. */
class OdsImportTest {

  @TempDir
  Path dir;

  /** Writes an xlsx's sheets into an ods with SODS: texts, numbers, dates (as dates), booleans. */
  static Path toOds(Path xlsx, Path ods) throws Exception {
    // The test's own use of POI, before any import: the same quiet logging as the import's.
    io.github.clsante.spreadsheet.internal.QuietLogging.ensure();
    SpreadSheet spreadsheet = new SpreadSheet();
    try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
      for (Sheet sheet : workbook) {
        int rows = sheet.getLastRowNum() + 1;
        int columns = 1;
        for (Row row : sheet) {
          columns = Math.max(columns, row.getLastCellNum());
        }
        com.github.miachm.sods.Sheet target = new com.github.miachm.sods.Sheet(sheet.getSheetName(), Math.max(rows, 1), columns);
        for (Row row : sheet) {
          for (Cell cell : row) {
            Range range = target.getRange(cell.getRowIndex(), cell.getColumnIndex());
            switch (cell.getCellType()) {
              case STRING:
                range.setValue(cell.getStringCellValue());
                break;
              case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                  range.setValue(cell.getLocalDateTimeCellValue().toLocalDate());
                } else {
                  range.setValue(cell.getNumericCellValue());
                }
                break;
              case BOOLEAN:
                range.setValue(cell.getBooleanCellValue());
                break;
              default:
                break;
            }
          }
        }
        spreadsheet.appendSheet(target);
      }
    }
    spreadsheet.save(ods.toFile());
    return ods;
  }

  @ParameterizedTest
  @ValueSource(strings = {"complex_plan", "plan_with_sous_actions_valid", "plan_sans_axes", "modele-import-pa"})
  void the_ods_gives_the_same_contract_and_findings_as_the_xlsx(String name) throws Exception {
    Path xlsx = PlanImportTest.TET.resolve(name + ".xlsx");
    Path ods = toOds(xlsx, dir.resolve(name + ".ods"));
    PlanImportResult fromXlsx = PlanImport.standard().read(xlsx);
    PlanImportResult fromOds = PlanImport.standard().read(ods);
    assertThat(fromOds.contract().orElseThrow()).isEqualTo(fromXlsx.contract().orElseThrow());
    assertThat(fromOds.report().findings()).isEqualTo(fromXlsx.report().findings());
    byte[] bytes = Files.readAllBytes(ods);
    assertThat(PlanImport.standard().read(bytes, SpreadsheetFormat.ODS, name + ".ods").contract())
        .isEqualTo(fromXlsx.contract());
  }

  @Test
  void an_ods_read_from_a_stream() throws Exception {
    Path ods = toOds(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("p.ods"));
    try (java.io.InputStream in = Files.newInputStream(ods)) {
      PlanImportResult result = PlanImport.standard().read(in, SpreadsheetFormat.ODS, "p.ods");
      assertThat(result.contract().orElseThrow().allActionSheets()).hasSize(4);
    }
  }
}
