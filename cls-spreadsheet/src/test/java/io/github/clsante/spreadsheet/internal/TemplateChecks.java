package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.spreadsheet.PlanExport;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.testing.ContractGenerator;
import io.github.clsante.testing.Contracts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The checks every exported workbook passes, in xlsx and in ods, and the contracts they run on. */
final class TemplateChecks {

  /**
   * Valid contracts (cls-testing's) of 0 to about 60 fiches: on axes, in objectives, outside axes, with
   * sub-actions, every column of the template and what it cannot hold.
   */
  static final ContractGenerator PLANS = Contracts.valid().withAxes(0, 3).withSheetsPerAxis(0, 8)
      .withObjectivesPerAxis(0, 2).withSheetsPerObjective(0, 4).withSheetsOutsideAxes(0, 6);

  /** Valid contracts of 0 to about 200 fiches. */
  static final ContractGenerator LARGE_PLANS = PLANS.withSheetsPerAxis(0, 30).withSheetsPerObjective(0, 10)
      .withSheetsOutsideAxes(0, 20);

  static final List<String> SHEETS =
      List.of(Template.INSTRUCTIONS_SHEET, PlanRows.SHEET, Template.LISTS_SHEET, ComplementSheet.SHEET_NAME);

  private TemplateChecks() {}

  static byte[] export(Contract contract, SpreadsheetFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanExport.standard().write(contract, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Exports, reads back, and checks the sheets, the plan's cells and the complement; returns the grid. */
  static Grid roundTrip(Contract contract, SpreadsheetFormat format) {
    byte[] file = export(contract, format);
    Grid grid = format == SpreadsheetFormat.XLSX ? TestGrids.xlsx(file) : TestGrids.ods(file);
    assertThat(grid.sheets()).extracting(GridSheet::name).containsExactlyElementsOf(SHEETS);
    assertThat(grid.sheets()).extracting(GridSheet::hidden).containsExactly(false, false, true, false);
    GridSheet plan = grid.sheet(PlanRows.SHEET).orElseThrow();
    List<CellValue> expected = PlanRows.of(contract);
    List<CellValue> read = TestGrids.cells(plan).stream().filter(c -> c.row() >= PlanRows.FIRST_DATA_ROW).toList();
    assertThat(read).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      CellValue want = expected.get(i);
      CellValue got = read.get(i);
      assertThat(List.of(got.row(), got.column())).as("cell %s", want).isEqualTo(List.of(want.row(), want.column()));
      assertThat(PlanRows.sameValue(want, got)).as("%s read as %s", want, got).isTrue();
    }
    assertThat(PlanRows.sameAs(expected, plan)).isTrue();
    ComplementSheet.Reading reading = ComplementSheet.read(grid);
    assertThat(reading.findings()).isEmpty();
    assertThat(reading.contract()).contains(contract);
    if (format == SpreadsheetFormat.XLSX) {
      assertTemplateKept(file);
    } else {
      assertTemplateValuesKept(grid);
    }
    return grid;
  }

  /** The template's sheets and the plan's rows 1 to 4, cell by cell: type, value and style. */
  static void assertTemplateKept(byte[] file) {
    try (XSSFWorkbook template = TemplateXlsxWriter.open();
        XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Sheet sheet : template) {
        Sheet copy = exported.getSheet(sheet.getSheetName());
        int last = sheet.getSheetName().equals(PlanRows.SHEET) ? PlanRows.HEADER_ROWS : sheet.getLastRowNum() + 1;
        for (int r = 0; r < last; r++) {
          Row row = sheet.getRow(r);
          Row copied = copy.getRow(r);
          if (row == null) {
            assertThat(copied).isNull();
            continue;
          }
          assertThat(copied.getHeight()).isEqualTo(row.getHeight());
          assertThat(copied.getLastCellNum()).isEqualTo(row.getLastCellNum());
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            Cell copiedCell = copied.getCell(c);
            String where = sheet.getSheetName() + "!" + (cell == null ? c : cell.getAddress());
            if (cell == null) {
              assertThat(copiedCell).as(where).isNull();
              continue;
            }
            assertThat(copiedCell.getCellType()).as(where).isEqualTo(cell.getCellType());
            assertThat(copiedCell.toString()).as(where).isEqualTo(cell.toString());
            assertThat(copiedCell.getCellStyle().getIndex()).as(where).isEqualTo(cell.getCellStyle().getIndex());
          }
        }
        for (int c = 0; c < PlanRows.COLUMNS; c++) {
          assertThat(copy.getColumnWidth(c)).isEqualTo(sheet.getColumnWidth(c));
          assertThat(copy.isColumnHidden(c)).isEqualTo(sheet.isColumnHidden(c));
        }
        assertThat(copy.getMergedRegions()).hasSameElementsAs(sheet.getMergedRegions());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template's values (sheets other than the plan whole, the plan's rows 1 to 4) in an ods. */
  static void assertTemplateValuesKept(Grid grid) {
    Grid template = TestGrids.xlsx(Template.bytes());
    for (GridSheet sheet : template.sheets()) {
      GridSheet copy = grid.sheet(sheet.name()).orElseThrow();
      int last = sheet.name().equals(PlanRows.SHEET) ? PlanRows.HEADER_ROWS : sheet.lastRow();
      for (int r = 1; r <= last; r++) {
        assertThat(copy.row(r)).as(sheet.name() + " row " + r).hasSameSizeAs(sheet.row(r));
        for (int i = 0; i < sheet.row(r).size(); i++) {
          CellValue want = sheet.row(r).get(i);
          CellValue got = copy.row(r).get(i);
          assertThat(got.column()).isEqualTo(want.column());
          assertThat(PlanRows.sameValue(want, got)).as("%s read as %s", want, got).isTrue();
        }
      }
    }
  }
}
