package io.github.clsante.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A sheet held compactly (onglet compact): its cells in parallel arrays, one entry per non-empty cell,
 * rows in ascending order; a row's {@link CellValue}s are made when it is asked for. A 100,000-row plan
 * holds a few bytes per cell beyond its texts, so that it fits a small heap.
 *
 * <p>A date cell keeps its serial number (its text in the file); its date is computed when the row is
 * read, with the workbook's date system (1900 or 1904).
 */
public final class CompactSheet implements GridSheet {

  private final String name;
  private final boolean hidden;
  private final boolean date1904;
  private final int[] rows;
  private final int[] rowStarts;
  private final int[] columns;
  private final CellValue.Kind[] kinds;
  private final String[] texts;
  private final Map<Integer, String> formulas;

  private CompactSheet(Builder builder) {
    this.name = builder.name;
    this.hidden = builder.hidden;
    this.date1904 = builder.date1904;
    this.rows = Arrays.copyOf(builder.rows, builder.rowCount);
    this.rowStarts = Arrays.copyOf(builder.rowStarts, builder.rowCount + 1);
    this.rowStarts[builder.rowCount] = builder.cellCount;
    this.columns = Arrays.copyOf(builder.columns, builder.cellCount);
    this.kinds = Arrays.copyOf(builder.kinds, builder.cellCount);
    this.texts = Arrays.copyOf(builder.texts, builder.cellCount);
    this.formulas = Map.copyOf(builder.formulas);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hidden() {
    return hidden;
  }

  @Override
  public boolean date1904() {
    return date1904;
  }

  @Override
  public int lastRow() {
    return rows.length == 0 ? 0 : rows[rows.length - 1];
  }

  /**
   * Returns the number of non-empty cells.
   *
   * @return the count
   */
  public int cellCount() {
    return columns.length;
  }

  @Override
  public List<CellValue> row(int row) {
    int index = Arrays.binarySearch(rows, row);
    if (index < 0) {
      return List.of();
    }
    int from = rowStarts[index];
    int to = rowStarts[index + 1];
    List<CellValue> cells = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      cells.add(materialize(row, i));
    }
    return Collections.unmodifiableList(cells);
  }

  private CellValue materialize(int row, int i) {
    CellValue.Kind kind = kinds[i];
    String text = texts[i];
    String formula = formulas.get(i);
    switch (kind) {
      case NUMBER:
        return new CellValue(row, columns[i], kind, text, new BigDecimal(text), null, formula);
      case DATE:
        BigDecimal serial = new BigDecimal(text);
        LocalDateTime date = DateUtil.getLocalDateTime(serial.doubleValue(), date1904, true);
        return new CellValue(row, columns[i], kind, date.toString(), serial, date, formula);
      default:
        return new CellValue(row, columns[i], kind, text, null, null, formula);
    }
  }

  /**
   * Returns a builder of a sheet.
   *
   * @param name the sheet's name, exactly as written
   * @param hidden whether the sheet is hidden
   * @param date1904 whether the workbook counts dates from 1904
   * @return the builder
   */
  public static Builder builder(String name, boolean hidden, boolean date1904) {
    return new Builder(name, hidden, date1904);
  }

  /** Collects a sheet's cells, row after row. */
  public static final class Builder {
    private final String name;
    private final boolean hidden;
    private final boolean date1904;
    private int[] rows = new int[64];
    private int[] rowStarts = new int[65];
    private int rowCount;
    private int[] columns = new int[256];
    private CellValue.Kind[] kinds = new CellValue.Kind[256];
    private String[] texts = new String[256];
    private int cellCount;
    private final Map<Integer, String> formulas = new HashMap<>();
    private final Map<String, String> numberTexts = new HashMap<>();
    private boolean sorted = true;

    private Builder(String name, boolean hidden, boolean date1904) {
      this.name = name;
      this.hidden = hidden;
      this.date1904 = date1904;
    }

    /**
     * Returns the number of rows added so far.
     *
     * @return the count
     */
    public int rowCount() {
      return rowCount;
    }

    /**
     * Returns the number of cells added so far.
     *
     * @return the count
     */
    public int cellCount() {
      return cellCount;
    }

    /**
     * Adds a cell. Cells come row after row; within a row, in any order.
     *
     * @param row the row, from 1
     * @param column the column, from 1
     * @param kind what the cell holds
     * @param text the text; for a number or date, its number as the file writes it
     * @param formula the formula's text, or null
     */
    public void add(int row, int column, CellValue.Kind kind, String text, String formula) {
      if (rowCount == 0 || rows[rowCount - 1] != row) {
        if (rowCount > 0 && rows[rowCount - 1] > row) {
          sorted = false;
        }
        if (rowCount == rows.length) {
          rows = Arrays.copyOf(rows, rowCount * 2);
          rowStarts = Arrays.copyOf(rowStarts, rowCount * 2 + 1);
        }
        rows[rowCount] = row;
        rowStarts[rowCount] = cellCount;
        rowCount++;
      }
      if (cellCount == columns.length) {
        int size = cellCount * 2;
        columns = Arrays.copyOf(columns, size);
        kinds = Arrays.copyOf(kinds, size);
        texts = Arrays.copyOf(texts, size);
      }
      columns[cellCount] = column;
      kinds[cellCount] = kind;
      // Values repeat (axes, statuses, amounts, dates): one string per distinct value, up to a bound.
      // The table is emptied when full, so that frequent values keep being shared as unique ones pass.
      String kept = text;
      if (text.length() <= 256) {
        if (numberTexts.size() >= 16_384) {
          numberTexts.clear();
        }
        kept = numberTexts.computeIfAbsent(text, t -> t);
      }
      texts[cellCount] = kept;
      if (formula != null) {
        formulas.put(cellCount, formula);
      }
      cellCount++;
    }

    /**
     * Builds the sheet, each row's cells in column order.
     *
     * @return the sheet
     */
    public CompactSheet build() {
      if (!sorted) {
        sortRows();
      }
      sortColumnsWithinRows();
      return new CompactSheet(this);
    }

    private void sortColumnsWithinRows() {
      for (int r = 0; r < rowCount; r++) {
        int from = rowStarts[r];
        int to = r + 1 < rowCount ? rowStarts[r + 1] : cellCount;
        boolean ordered = true;
        for (int i = from + 1; i < to && ordered; i++) {
          ordered = columns[i - 1] < columns[i];
        }
        if (!ordered) {
          reorder(from, to);
        }
      }
    }

    /** Sorts one row's cells by column, in a stable order (a malformed file may give a cell twice). */
    private void reorder(int from, int to) {
      Integer[] order = new Integer[to - from];
      for (int i = 0; i < order.length; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (a, b) -> columns[a] != columns[b] ? Integer.compare(columns[a], columns[b])
          : Integer.compare(a, b));
      int[] c = new int[order.length];
      CellValue.Kind[] k = new CellValue.Kind[order.length];
      String[] t = new String[order.length];
      String[] f = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        c[i] = columns[order[i]];
        k[i] = kinds[order[i]];
        t[i] = texts[order[i]];
        f[i] = formulas.remove(order[i]);
      }
      for (int i = 0; i < order.length; i++) {
        columns[from + i] = c[i];
        kinds[from + i] = k[i];
        texts[from + i] = t[i];
        if (f[i] != null) {
          formulas.put(from + i, f[i]);
        }
      }
    }

    /** Rows given out of order (rare: the file format allows it): sorts them, keeping cells together. */
    private void sortRows() {
      Integer[] order = new Integer[rowCount];
      for (int i = 0; i < rowCount; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(rows[a], rows[b]));
      int[] newRows = new int[rows.length];
      int[] newStarts = new int[rowStarts.length];
      int[] newColumns = new int[columns.length];
      CellValue.Kind[] newKinds = new CellValue.Kind[kinds.length];
      String[] newTexts = new String[texts.length];
      Map<Integer, String> newFormulas = new HashMap<>();
      int cell = 0;
      for (int r = 0; r < rowCount; r++) {
        int old = order[r];
        int from = rowStarts[old];
        int to = old + 1 < rowCount ? rowStarts[old + 1] : cellCount;
        newRows[r] = rows[old];
        newStarts[r] = cell;
        for (int i = from; i < to; i++) {
          newColumns[cell] = columns[i];
          newKinds[cell] = kinds[i];
          newTexts[cell] = texts[i];
          String formula = formulas.get(i);
          if (formula != null) {
            newFormulas.put(cell, formula);
          }
          cell++;
        }
      }
      rows = newRows;
      rowStarts = newStarts;
      columns = newColumns;
      kinds = newKinds;
      texts = newTexts;
      formulas.clear();
      formulas.putAll(newFormulas);
      sorted = true;
    }
  }
}
