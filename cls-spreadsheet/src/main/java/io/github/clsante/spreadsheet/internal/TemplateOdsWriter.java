package io.github.clsante.spreadsheet.internal;

import com.github.miachm.sods.Color;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import io.github.clsante.model.Contract;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a contract as an ods workbook (SODS) with the template's sheets and cells: the instructions
 * sheet, the plan sheet's four header rows and the hidden sheet of dropdown values, each cell with its
 * text, boldness, background colour and wrapping, and the column widths; then the fiches of {@link
 * PlanRows} from row 5 and the {@link ComplementSheet} last. What SODS cannot write is left out:
 * dropdown lists and other validations, conditional formats, the table style, grouped and hidden
 * columns, the frozen panes, borders and fonts, and the merged cells of row 1 (SODS 1.8.0 writes a
 * merged cell as repeated as well as spanned, which LibreOffice reads as several merged cells, shifting
 * the columns after it: each group title stays in its first cell instead).
 */
public final class TemplateOdsWriter {

  /** Millimetres per POI column width unit (1/256 of a character of about 1.9 mm). */
  private static final double MM_PER_WIDTH_UNIT = 1.9 / 256;

  /** The complement sheet's column A width, in millimetres. */
  private static final double COMPLEMENT_WIDTH_MM = 230;

  private TemplateOdsWriter() {}

  /** The template's sheets as SODS writes them, read once from the xlsx template. */
  private static final class Snapshot {
    static final List<SheetCopy> SHEETS = read();
  }

  /** One template sheet: what is copied of it. */
  private record SheetCopy(String name, boolean hidden, int rows, int columns, List<CellCopy> cells,
      List<Double> widths) {}

  /** One template cell: its value (a text or a number) and style. */
  private record CellCopy(int row, int column, Object value, boolean bold, Color background, boolean wrap) {}

  private static List<SheetCopy> read() {
    List<SheetCopy> sheets = new ArrayList<>();
    try (XSSFWorkbook template = TemplateXlsxWriter.open()) {
      for (int s = 0; s < template.getNumberOfSheets(); s++) {
        XSSFSheet sheet = template.getSheetAt(s);
        boolean plan = sheet.getSheetName().equals(PlanRows.SHEET);
        int lastRow = plan ? PlanRows.HEADER_ROWS : sheet.getLastRowNum() + 1;
        int columns = plan ? PlanRows.COLUMNS : 0;
        List<CellCopy> cells = new ArrayList<>();
        for (int r = 0; r < lastRow; r++) {
          XSSFRow row = sheet.getRow(r);
          if (row == null) {
            continue;
          }
          columns = Math.max(columns, row.getLastCellNum());
          for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            if (cell != null) {
              cells.add(copy(cell));
            }
          }
        }
        List<Double> widths = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
          widths.add(sheet.getColumnWidth(c) * MM_PER_WIDTH_UNIT);
        }
        sheets.add(new SheetCopy(sheet.getSheetName(), template.isSheetHidden(s), lastRow, columns,
            List.copyOf(cells), List.copyOf(widths)));
      }
    } catch (IOException e) {
      throw new IllegalStateException("the template shipped in the jar does not read", e);
    }
    return List.copyOf(sheets);
  }

  private static CellCopy copy(XSSFCell cell) {
    Object value;
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        value = cell.getStringCellValue();
        break;
      case NUMERIC:
        value = cell.getNumericCellValue();
        break;
      case BOOLEAN:
        value = cell.getBooleanCellValue();
        break;
      default:
        value = null;
        break;
    }
    XSSFCellStyle style = cell.getCellStyle();
    XSSFColor fill = style.getFillForegroundXSSFColor();
    byte[] rgb = fill == null ? null : fill.getRGB();
    Color background = rgb == null || rgb.length < 3 ? null
        : new Color(rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
    return new CellCopy(cell.getRowIndex(), cell.getColumnIndex(), value, style.getFont().getBold(), background,
        style.getWrapText());
  }

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
    List<CellValue> complement = ComplementSheet.cells(contract);
    List<CellValue> rows = PlanRows.of(contract);
    SpreadSheet book = new SpreadSheet();
    for (SheetCopy copy : Snapshot.SHEETS) {
      boolean plan = copy.name().equals(PlanRows.SHEET);
      int lastRow = plan && !rows.isEmpty() ? rows.get(rows.size() - 1).row() : copy.rows();
      Sheet sheet = new Sheet(copy.name(), Math.max(1, lastRow), Math.max(1, copy.columns()));
      for (int c = 0; c < copy.widths().size(); c++) {
        sheet.setColumnWidth(c, copy.widths().get(c));
      }
      for (CellCopy cell : copy.cells()) {
        Range range = sheet.getRange(cell.row(), cell.column());
        if (cell.value() != null) {
          range.setValue(cell.value());
        }
        if (cell.bold() || cell.background() != null || cell.wrap()) {
          Style style = new Style();
          style.setBold(cell.bold());
          style.setWrap(cell.wrap());
          if (cell.background() != null) {
            style.setBackgroundColor(cell.background());
          }
          range.setStyle(style);
        }
      }
      if (plan) {
        put(sheet, rows);
      }
      if (copy.hidden()) {
        sheet.hideSheet();
      }
      book.appendSheet(sheet);
    }
    int complementRows = complement.get(complement.size() - 1).row();
    Sheet data = new Sheet(ComplementSheet.SHEET_NAME, complementRows, 2);
    data.setColumnWidth(0, COMPLEMENT_WIDTH_MM);
    put(data, complement);
    book.appendSheet(data);
    book.save(out);
  }

  private static void put(Sheet sheet, List<CellValue> cells) {
    for (CellValue cell : cells) {
      Range range = sheet.getRange(cell.row() - 1, cell.column() - 1);
      switch (cell.kind()) {
        case NUMBER:
          range.setValue(cell.number().doubleValue());
          break;
        case DATE:
          range.setValue(cell.date().toLocalDate());
          break;
        default:
          range.setValue(cell.text());
          break;
      }
    }
  }
}
