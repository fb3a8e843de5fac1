package io.github.clsante.spreadsheet.internal;

import java.util.Optional;

/**
 * What reading a file gave (lecture d’un classeur): the workbook, when the file could be read as one,
 * and the findings of the file as a whole, in {@link Problems}.
 *
 * @param grid the workbook, or null when the file could not be read
 * @param truncated whether a limit stopped the reading before the end of a sheet
 */
public record WorkbookRead(Grid grid, boolean truncated) {

  /**
   * Returns the workbook.
   *
   * @return the workbook, or empty when the file could not be read
   */
  public Optional<Grid> workbook() {
    return Optional.ofNullable(grid);
  }

  /** A file that could not be read. */
  public static final WorkbookRead NONE = new WorkbookRead(null, false);
}
