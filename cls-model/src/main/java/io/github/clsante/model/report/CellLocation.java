package io.github.clsante.model.report;

import org.immutables.value.Value;

/**
 * A cell of a spreadsheet (cellule d’un tableur): the sheet's name, the row and the column, both counted
 * from 1 as a spreadsheet program shows them; {@link #reference()} gives the usual written form,
 * {@code Fichier d'import!Y12}.
 *
 * <pre>{@code
 * CellLocation cell = CellLocation.of("Fichier d'import", 12, 25);
 * cell.columnName(); // "Y"
 * cell.reference();  // "Fichier d'import!Y12"
 * }</pre>
 */
@Value.Immutable
public interface CellLocation extends WithCellLocation {

  /**
   * Returns the name of the sheet (onglet), exactly as the workbook writes it.
   *
   * @return the sheet's name
   */
  @Value.Parameter
  String sheet();

  /**
   * Returns the row, counted from 1.
   *
   * @return the row number
   */
  @Value.Parameter
  int row();

  /**
   * Returns the column, counted from 1 (A is 1, Z is 26, AA is 27).
   *
   * @return the column number
   */
  @Value.Parameter
  int column();

  /**
   * Returns the column's letters, as a spreadsheet program shows them ({@code "A"}, {@code "Y"},
   * {@code "AB"}).
   *
   * @return the column's name
   */
  default String columnName() {
    StringBuilder name = new StringBuilder(3);
    for (int n = column(); n > 0; n = (n - 1) / 26) {
      name.append((char) ('A' + (n - 1) % 26));
    }
    return name.reverse().toString();
  }

  /**
   * Returns the cell's reference as people write it: the sheet, {@code !}, the column's letters and the
   * row ({@code Fichier d'import!Y12}); the sheet's name is not quoted.
   *
   * @return the reference
   */
  default String reference() {
    return sheet() + '!' + columnName() + row();
  }

  /**
   * Checks the row and the column.
   *
   * @throws IllegalStateException if the row or the column is below 1
   */
  @Value.Check
  default void check() {
    if (row() < 1 || column() < 1) {
      throw new IllegalStateException(
          "row and column are counted from 1, got row " + row() + ", column " + column());
    }
  }

  /**
   * Returns a cell location.
   *
   * @param sheet the sheet's name
   * @param row the row, from 1
   * @param column the column, from 1
   * @return the cell location
   * @throws IllegalStateException if the row or the column is below 1
   */
  static CellLocation of(String sheet, int row, int column) {
    return ImmutableCellLocation.of(sheet, row, column);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of cell locations
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a cell location.
   *
   * @param cellLocation the cell location to copy
   * @return the copy, or the location itself when it is already immutable
   */
  static CellLocation copyOf(CellLocation cellLocation) {
    return ImmutableCellLocation.copyOf(cellLocation);
  }

  /** Builds a cell location: set its values, then call {@code build()}; obtained from {@link CellLocation#builder()}. */
  final class Builder extends ImmutableCellLocation.Builder {
    Builder() {}
  }
}
