package io.github.clsante.spreadsheet.internal;

import java.util.List;

/**
 * A workbook as read (classeur lu), held without any reference to the library that read it.
 *
 * @param sheets the sheets, in the workbook's order
 */
public record WorkbookGrid(List<GridSheet> sheets) implements Grid {

  /**
   * Copies the sheets.
   *
   * @param sheets the sheets
   */
  public WorkbookGrid {
    sheets = List.copyOf(sheets);
  }
}
