package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.CellLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of an imported contract came from (index des cellules): the cell of a JSON Pointer
 * into the contract, or of its nearest ancestor that has one. A fiche is held as its row, its members
 * resolved to the plan's columns, so that a 100,000-row plan costs one entry per fiche.
 */
public final class CellIndex {

  /** An index for a contract that came from no cell. */
  public static final CellIndex EMPTY = new CellIndex("", Map.of(), Map.of());

  private final String sheet;
  private final Map<String, Integer> memberColumns;
  private final Map<String, Integer> extensionColumns;
  private final Map<String, CellLocation> cells = new HashMap<>();
  private final Map<String, Row> rows = new HashMap<>();

  /** A fiche's row: the row, its title's column, and the columns of its fundings. */
  private static final class Row {
    final int row;
    final int titleColumn;
    final int[] financerColumns;
    final int[] amountColumns;

    Row(int row, int titleColumn, int[] financerColumns, int[] amountColumns) {
      this.row = row;
      this.titleColumn = titleColumn;
      this.financerColumns = financerColumns;
      this.amountColumns = amountColumns;
    }
  }

  /**
   * Creates an index.
   *
   * @param sheet the plan sheet's name
   * @param memberColumns the column of each member of a fiche ({@code status} → 25)
   * @param extensionColumns the column of each extension ({@code tet:Calendrier} → 30)
   */
  public CellIndex(String sheet, Map<String, Integer> memberColumns, Map<String, Integer> extensionColumns) {
    this.sheet = sheet;
    this.memberColumns = memberColumns;
    this.extensionColumns = extensionColumns;
  }

  /**
   * Records the cell of a value (an axis, an objective, a party).
   *
   * @param pointer the value's pointer
   * @param cell its cell
   */
  public void put(String pointer, CellLocation cell) {
    cells.putIfAbsent(pointer, cell);
  }

  /**
   * Records a fiche's row.
   *
   * @param pointer the fiche's pointer
   * @param row its row
   * @param titleColumn the column of its title
   * @param financerColumns the financer column of each of its fundings, in order
   * @param amountColumns the amount column of each of its fundings
   */
  public void putSheet(String pointer, int row, int titleColumn, int[] financerColumns, int[] amountColumns) {
    rows.put(pointer, new Row(row, titleColumn, financerColumns, amountColumns));
  }

  /**
   * Returns the cell of a pointer, or of its nearest ancestor that has one.
   *
   * @param pointer a JSON Pointer into the contract
   * @return the cell, or empty when neither it nor an ancestor came from a cell
   */
  public Optional<CellLocation> cellOf(String pointer) {
    String p = pointer;
    while (true) {
      CellLocation cell = cells.get(p);
      if (cell != null) {
        return Optional.of(cell);
      }
      Row row = rows.get(p);
      if (row != null) {
        return Optional.of(CellLocation.of(sheet, row.row, column(row, pointer.substring(p.length()))));
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      p = p.substring(0, slash);
    }
  }

  private int column(Row row, String rest) {
    String[] tokens = rest.isEmpty() ? new String[0] : rest.substring(1).split("/", -1);
    if (tokens.length == 0) {
      return row.titleColumn;
    }
    String member = tokens[0];
    Integer column = null;
    switch (member) {
      case "schedule":
        column = memberColumns.get(tokens.length > 1 && tokens[1].equals("end") ? "schedule/end" : "schedule/start");
        break;
      case "fundings":
        int index = tokens.length > 1 ? index(tokens[1]) : -1;
        if (index >= 0 && index < row.financerColumns.length) {
          boolean amount = tokens.length > 2 && tokens[2].equals("amount");
          int financer = row.financerColumns[index];
          int sum = row.amountColumns[index];
          column = amount ? (sum > 0 ? sum : financer) : (financer > 0 ? financer : sum);
        }
        break;
      case "extensions":
        if (tokens.length > 1) {
          column = extensionColumns.get(tokens[1].replace("~1", "/").replace("~0", "~"));
        }
        break;
      default:
        column = memberColumns.get(member);
        break;
    }
    return column == null || column < 1 ? row.titleColumn : column;
  }

  private static int index(String token) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
