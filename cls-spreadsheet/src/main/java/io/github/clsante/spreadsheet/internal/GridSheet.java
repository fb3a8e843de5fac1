package io.github.clsante.spreadsheet.internal;

import java.util.List;
import java.util.Optional;

/** One sheet (onglet) of a {@link Grid}: its name and its non-empty cells, by row and column from 1. */
public interface GridSheet {

  /**
   * Returns the sheet's name, exactly as the workbook writes it.
   *
   * @return the name
   */
  String name();

  /**
   * Returns whether the sheet is hidden in the workbook.
   *
   * @return {@code true} for a hidden sheet
   */
  boolean hidden();

  /**
   * Returns the last row that holds a non-empty cell, counted from 1.
   *
   * @return the last row, or 0 for an empty sheet
   */
  int lastRow();

  /**
   * Returns the non-empty cells of a row, in column order.
   *
   * @param row the row, from 1
   * @return the cells, possibly none
   */
  List<CellValue> row(int row);

  /**
   * Returns whether the workbook counts dates from 1904 (some old Mac workbooks) rather than 1900: a
   * date written as a bare serial number is read in that system.
   *
   * @return {@code true} for the 1904 date system; {@code false} by default
   */
  default boolean date1904() {
    return false;
  }

  /**
   * Returns the cell at a row and column, when it is not empty.
   *
   * @param row the row, from 1
   * @param column the column, from 1
   * @return the cell, or empty
   */
  default Optional<CellValue> cell(int row, int column) {
    return row(row).stream().filter(cell -> cell.column() == column).findFirst();
  }
}
