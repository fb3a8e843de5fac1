package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.CellLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
  /** The fiches of each list of fiches ({@code /axes/0/actionSheets}), by their index in it. */
  private final Map<String, Rows> lists = new HashMap<>();
  /** The distinct (financer, amount) column pairs of fundings; a fiche's fundings refer to them by number. */
  private final List<int[]> fundingPairs = new ArrayList<>();

  /** The rows of one list of fiches, in parallel arrays: a few bytes a fiche. */
  private static final class Rows {
    int[] rows = new int[4];
    int[] titleColumns = new int[4];
    long[] fundings = new long[4];

    void set(int index, int row, int titleColumn, long funding) {
      if (index >= rows.length) {
        int size = Math.max(index + 1, rows.length * 2);
        rows = Arrays.copyOf(rows, size);
        titleColumns = Arrays.copyOf(titleColumns, size);
        fundings = Arrays.copyOf(fundings, size);
      }
      rows[index] = row;
      titleColumns[index] = titleColumn;
      fundings[index] = funding;
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
   * @param list the pointer of the list holding the fiche ({@code /axes/0/actionSheets})
   * @param index the fiche's index in that list
   * @param row its row
   * @param titleColumn the column of its title
   * @param financerColumns the financer column of each of its fundings, in order, or -1
   * @param amountColumns the amount column of each of its fundings, or -1
   */
  public void putSheet(String list, int index, int row, int titleColumn, int[] financerColumns, int[] amountColumns) {
    long code = 0;
    for (int k = financerColumns.length - 1; k >= 0; k--) {
      code = (code << 8) | pair(financerColumns[k], amountColumns[k]);
    }
    if (financerColumns.length > 8) {
      code = 0;
    }
    lists.computeIfAbsent(list, l -> new Rows()).set(index, row, titleColumn, code);
  }

  private int pair(int financer, int amount) {
    for (int i = 0; i < fundingPairs.size(); i++) {
      int[] known = fundingPairs.get(i);
      if (known[0] == financer && known[1] == amount) {
        return i + 1;
      }
    }
    if (fundingPairs.size() >= 255) {
      return 0;
    }
    fundingPairs.add(new int[] {financer, amount});
    return fundingPairs.size();
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
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      Rows list = lists.get(p.substring(0, slash));
      int index = list == null ? -1 : index(p.substring(slash + 1));
      if (index >= 0 && index < list.rows.length && list.rows[index] > 0) {
        return Optional.of(CellLocation.of(sheet, list.rows[index],
            column(list.titleColumns[index], list.fundings[index], pointer.substring(p.length()))));
      }
      p = p.substring(0, slash);
    }
  }

  private int column(int titleColumn, long fundings, String rest) {
    String[] tokens = rest.isEmpty() ? new String[0] : rest.substring(1).split("/", -1);
    if (tokens.length == 0) {
      return titleColumn;
    }
    String member = tokens[0];
    Integer column = null;
    switch (member) {
      case "schedule":
        column = memberColumns.get(tokens.length > 1 && tokens[1].equals("end") ? "schedule/end" : "schedule/start");
        break;
      case "fundings":
        int index = tokens.length > 1 ? index(tokens[1]) : -1;
        int code = index >= 0 && index < 8 ? (int) ((fundings >>> (8 * index)) & 0xFF) : 0;
        if (code > 0) {
          boolean amount = tokens.length > 2 && tokens[2].equals("amount");
          int financer = fundingPairs.get(code - 1)[0];
          int sum = fundingPairs.get(code - 1)[1];
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
    return column == null || column < 1 ? titleColumn : column;
  }

  private static int index(String token) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
