package io.github.clsante.spreadsheet.internal;

import java.util.List;
import java.util.Optional;

/**
 * A workbook as read (classeur lu), whatever its format: its sheets in the workbook's order, each a grid
 * of typed cell values. The importer reads plans from it; the exporter's complement sheet is read back
 * from it. Implementations hold no reference to the library that read the file once built.
 */
public interface Grid {

  /**
   * Returns the sheets, in the workbook's order.
   *
   * @return the sheets
   */
  List<GridSheet> sheets();

  /**
   * Returns the sheet of that exact name.
   *
   * @param name the sheet's name, exactly as the workbook writes it
   * @return the sheet, or empty when the workbook has none of that name
   */
  default Optional<GridSheet> sheet(String name) {
    return sheets().stream().filter(sheet -> sheet.name().equals(name)).findFirst();
  }
}
