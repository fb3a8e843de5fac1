package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.Contract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Writes a contract as an xlsx workbook from the Territoires en Transitions template (modèle
 * d’import): the template's sheets, header rows, instructions, styles and dropdown lists kept, its
 * example row removed, the fiches of {@link PlanRows} from row 5 in the template's data styles, and the
 * {@link ComplementSheet} last. The data rows and the complement sheet are streamed (POI's SXSSF): the
 * memory used does not grow with the number of fiches beyond the contract itself and its JSON text.
 */
public final class TemplateXlsxWriter {

  /** The rows the streaming writer keeps in memory. */
  private static final int WINDOW = 100;

  /** The template row whose cells give the data rows' styles (row 7, the first plain data row). */
  private static final int STYLE_ROW = 6;

  /** The last row of the template's data area, where its validations and table end. */
  static final int TEMPLATE_LAST_ROW = 199;

  /** The complement sheet's column A width, in 1/256 of a character. */
  private static final int COMPLEMENT_WIDTH = 120 * 256;

  private TemplateXlsxWriter() {}

  /**
   * Writes the workbook of a contract; the stream is not closed.
   *
   * @param contract the contract
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws io.github.clsante.serialization.ClsJsonException if an extension value of the contract is
   *     not valid JSON
   */
  public static void write(Contract contract, OutputStream out) throws IOException {
    List<CellValue> complement = ComplementSheet.cells(contract); // first: fails before anything is written
    int rows = countRows(contract);
    int last = Math.max(TEMPLATE_LAST_ROW, PlanRows.HEADER_ROWS + rows);
    XSSFWorkbook template = open();
    XSSFSheet plan = template.getSheet(PlanRows.SHEET);
    CellStyle[] styles = new CellStyle[PlanRows.COLUMNS];
    XSSFRow styleRow = plan.getRow(STYLE_ROW);
    for (int c = 0; c < PlanRows.COLUMNS; c++) {
      XSSFCell cell = styleRow == null ? null : styleRow.getCell(c);
      styles[c] = cell == null ? template.getCellStyleAt(0) : cell.getCellStyle();
    }
    clearExample(plan);
    stretch(plan, last);
    SXSSFWorkbook workbook = new SXSSFWorkbook(template, WINDOW);
    try {
      workbook.setCompressTempFiles(true);
      SXSSFSheet sheet = workbook.getSheet(PlanRows.SHEET);
      int[] next = {PlanRows.FIRST_DATA_ROW};
      PlanRows.forEachRow(contract, (row, cells) -> {
        writeRow(sheet.createRow(row - 1), styles, cells);
        next[0] = row + 1;
      });
      for (int row = next[0]; row <= TEMPLATE_LAST_ROW; row++) {
        writeRow(sheet.createRow(row - 1), styles, List.of());
      }
      Sheet data = workbook.createSheet(ComplementSheet.SHEET_NAME);
      data.setColumnWidth(0, COMPLEMENT_WIDTH);
      int[] current = {0};
      Row[] row = {null};
      for (CellValue cell : complement) {
        if (cell.row() != current[0]) {
          row[0] = data.createRow(cell.row() - 1);
          current[0] = cell.row();
        }
        set(row[0].createCell(cell.column() - 1), cell);
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static int countRows(Contract contract) {
    int[] rows = {0};
    PlanRows.forEachRow(contract, (row, cells) -> rows[0]++);
    return rows[0];
  }

  /** A fresh copy of the template, read from the module's resources. */
  static XSSFWorkbook open() {
    try (InputStream in = new ByteArrayInputStream(Template.bytes())) {
      return new XSSFWorkbook(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the template shipped in the jar does not read", e);
    }
  }

  /** Removes the template's data rows (its example and its empty styled rows) and the example's comment. */
  private static void clearExample(XSSFSheet plan) {
    XSSFRow example = plan.getRow(PlanRows.FIRST_DATA_ROW - 1);
    if (example != null && example.getCell(0) != null) {
      example.getCell(0).removeCellComment();
    }
    for (int r = plan.getLastRowNum(); r >= PlanRows.HEADER_ROWS; r--) {
      XSSFRow row = plan.getRow(r);
      if (row != null) {
        plan.removeRow(row);
      }
    }
  }

  /**
   * Makes the template's ranges that end at its last data row (dropdown lists and other validations,
   * conditional formats, the table) end at the last row written instead, and starts its table at the
   * first data row, where its example row was.
   */
  private static void stretch(XSSFSheet plan, int last) {
    CTWorksheet worksheet = plan.getCTWorksheet();
    if (worksheet.isSetDataValidations()) {
      for (CTDataValidation validation : worksheet.getDataValidations().getDataValidationArray()) {
        validation.setSqref(stretch(validation.getSqref(), last));
      }
    }
    for (CTConditionalFormatting format : worksheet.getConditionalFormattingArray()) {
      format.setSqref(stretch(format.getSqref(), last));
    }
    if (worksheet.isSetExtLst()) {
      // The dropdown lists that name another sheet are Excel 2010 extensions, which POI keeps as XML.
      try (XmlCursor cursor = worksheet.getExtLst().newCursor()) {
        cursor.selectPath("declare namespace xm='http://schemas.microsoft.com/office/excel/2006/main' .//xm:sqref");
        while (cursor.toNextSelection()) {
          cursor.setTextValue(String.join(" ", stretch(List.of(cursor.getTextValue().split(" ")), last)));
        }
      }
    }
    for (XSSFTable table : plan.getTables()) {
      String ref = table.getCTTable().getRef();
      String start = ref.substring(0, ref.indexOf(':'));
      String end = ref.substring(ref.indexOf(':') + 1);
      CellReference first = new CellReference(start);
      CellReference lastCell = new CellReference(end);
      table.getCTTable().setRef(new CellReference(PlanRows.FIRST_DATA_ROW - 1, first.getCol()).formatAsString(false)
          + ":" + new CellReference(last - 1, lastCell.getCol()).formatAsString(false));
    }
    if (worksheet.isSetDimension()) {
      worksheet.getDimension().setRef("A1:" + CellReference.convertNumToColString(PlanRows.COLUMNS - 1) + last);
    }
  }

  private static List<String> stretch(List<?> sqref, int last) {
    List<String> ranges = new ArrayList<>(sqref.size());
    for (Object item : sqref) {
      String range = item.toString();
      int colon = range.indexOf(':');
      if (colon > 0) {
        CellReference end = new CellReference(range.substring(colon + 1));
        if (end.getRow() == TEMPLATE_LAST_ROW - 1) {
          range = range.substring(0, colon + 1) + new CellReference(last - 1, end.getCol()).formatAsString(false);
        }
      }
      ranges.add(range);
    }
    return ranges;
  }

  private static void writeRow(Row row, CellStyle[] styles, List<CellValue> cells) {
    int next = 0;
    for (int c = 0; c < PlanRows.COLUMNS; c++) {
      Cell cell = row.createCell(c);
      cell.setCellStyle(styles[c]);
      if (next < cells.size() && cells.get(next).column() == c + 1) {
        set(cell, cells.get(next++));
      }
    }
  }

  private static void set(Cell cell, CellValue value) {
    switch (value.kind()) {
      case NUMBER:
        cell.setCellValue(value.number().doubleValue());
        break;
      case DATE:
        cell.setCellValue(value.date());
        break;
      default:
        cell.setCellValue(value.text());
        break;
    }
  }
}
