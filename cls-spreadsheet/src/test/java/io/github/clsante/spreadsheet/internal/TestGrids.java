package io.github.clsante.spreadsheet.internal;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small {@link Grid} over POI's usermodel and SODS for the export's tests, so that they read back
 * what the export wrote without the import's readers.
 */
final class TestGrids {

  private TestGrids() {}

  /** A sheet of cells kept by row. */
  record MemorySheet(String name, boolean hidden, Map<Integer, List<CellValue>> rows) implements GridSheet {
    @Override
    public int lastRow() {
      return rows.isEmpty() ? 0 : ((TreeMap<Integer, List<CellValue>>) rows).lastKey();
    }

    @Override
    public List<CellValue> row(int row) {
      return rows.getOrDefault(row, List.of());
    }
  }

  /** A grid of sheets. */
  record MemoryGrid(List<GridSheet> sheets) implements Grid {}

  /** A sheet of the given cells, in any order. */
  static MemorySheet sheet(String name, List<CellValue> cells) {
    TreeMap<Integer, List<CellValue>> rows = new TreeMap<>();
    for (CellValue cell : cells) {
      rows.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell);
    }
    rows.values().forEach(row -> row.sort((a, b) -> Integer.compare(a.column(), b.column())));
    return new MemorySheet(name, false, rows);
  }

  static Grid xlsx(byte[] file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      List<GridSheet> sheets = new ArrayList<>();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(s);
        List<CellValue> cells = new ArrayList<>();
        for (Row row : sheet) {
          for (Cell cell : row) {
            CellValue value = value(cell);
            if (value != null) {
              cells.add(value);
            }
          }
        }
        MemorySheet read = sheet(sheet.getSheetName(), cells);
        sheets.add(new MemorySheet(read.name(), workbook.isSheetHidden(s), read.rows()));
      }
      return new MemoryGrid(sheets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellValue value(Cell cell) {
    int row = cell.getRowIndex() + 1;
    int column = cell.getColumnIndex() + 1;
    switch (cell.getCellType()) {
      case STRING:
        String text = cell.getStringCellValue();
        return text.isEmpty() ? null : new CellValue(row, column, CellValue.Kind.TEXT, text, null, null, null);
      case NUMERIC:
        BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime date = cell.getLocalDateTimeCellValue();
          return new CellValue(row, column, CellValue.Kind.DATE, date.toString(), number, date, null);
        }
        return new CellValue(row, column, CellValue.Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number,
            null, null);
      case BOOLEAN:
        return new CellValue(row, column, CellValue.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null,
            null, null);
      case BLANK:
        return null;
      default:
        throw new AssertionError("the export writes no " + cell.getCellType() + " cell: " + cell.getAddress());
    }
  }

  static Grid ods(byte[] file) {
    try {
      SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(file));
      List<GridSheet> sheets = new ArrayList<>();
      for (Sheet sheet : book.getSheets()) {
        List<CellValue> cells = new ArrayList<>();
        Range range = sheet.getDataRange();
        Object[][] values = range.getValues();
        for (int r = 0; r < values.length; r++) {
          for (int c = 0; c < values[r].length; c++) {
            CellValue value = value(range.getRow() + r + 1, range.getColumn() + c + 1, values[r][c]);
            if (value != null) {
              cells.add(value);
            }
          }
        }
        MemorySheet read = sheet(sheet.getName(), cells);
        sheets.add(new MemorySheet(read.name(), sheet.isHidden(), read.rows()));
      }
      return new MemoryGrid(sheets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellValue value(int row, int column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      String text = (String) value;
      return text.isEmpty() ? null : new CellValue(row, column, CellValue.Kind.TEXT, text, null, null, null);
    }
    if (value instanceof Double) {
      BigDecimal number = new BigDecimal(value.toString());
      return new CellValue(row, column, CellValue.Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number,
          null, null);
    }
    if (value instanceof LocalDate) {
      LocalDateTime date = ((LocalDate) value).atStartOfDay();
      return new CellValue(row, column, CellValue.Kind.DATE, date.toString(),
          BigDecimal.valueOf(PlanRows.excelSerial((LocalDate) value)), date, null);
    }
    if (value instanceof LocalDateTime) {
      LocalDateTime date = (LocalDateTime) value;
      return new CellValue(row, column, CellValue.Kind.DATE, date.toString(),
          BigDecimal.valueOf(PlanRows.excelSerial(date.toLocalDate())), date, null);
    }
    if (value instanceof Boolean) {
      return new CellValue(row, column, CellValue.Kind.BOOLEAN, ((Boolean) value) ? "TRUE" : "FALSE", null, null, null);
    }
    throw new AssertionError("the export writes no " + value.getClass() + " value");
  }

  /** The cells of a sheet, row by row. */
  static List<CellValue> cells(GridSheet sheet) {
    List<CellValue> cells = new ArrayList<>();
    for (int r = 1; r <= sheet.lastRow(); r++) {
      cells.addAll(sheet.row(r));
    }
    return cells;
  }
}
