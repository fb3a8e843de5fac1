package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The complement sheet (feuille complémentaire) « Données CLS » that the export adds after the
 * template's sheets: the whole contract in its canonical JSON form, so that importing an exported plan
 * loses nothing the template cannot hold (the contract's identity and metadata, signatories,
 * governance, parties' identifiers, indicators and their values, ids).
 *
 * <p>Layout: A1 a French sentence saying what the sheet is and not to edit it, B1 the layout version
 * {@value #LAYOUT_VERSION}; A2 the number of pieces, B2 the digest of the JSON text ({@code
 * sha256:…}); from row 3, column A, the canonical JSON cut in pieces of at most {@value #PIECE}
 * characters, one per row (a cell holds 32,767 at most).
 *
 * <pre>{@code
 * List<CellValue> cells = ComplementSheet.cells(contract);          // what the writers put in the sheet
 * ComplementSheet.Reading reading = ComplementSheet.read(grid);     // the contract back, or findings
 * Contract merged = ComplementSheet.merge(fromRows, reading.contract().orElseThrow());
 * }</pre>
 */
public final class ComplementSheet {

  /** The sheet's name. */
  public static final String SHEET_NAME = "Données CLS";

  /** The version of this sheet's layout, in cell B1. */
  public static final String LAYOUT_VERSION = "1";

  /** The longest piece of JSON in one cell. */
  public static final int PIECE = 30_000;

  /** The most pieces read: as many as the JSON reader's largest document needs. */
  private static final long MAX_PIECES = ContractReader.DEFAULT_MAX_DOCUMENT_BYTES / PIECE + 1;

  /** The row of the first piece. */
  public static final int FIRST_PIECE_ROW = 3;

  /** The sentence of cell A1. */
  public static final String NOTICE =
      "Cette feuille contient toutes les données du contrat local de santé, y compris celles que le modèle"
          + " ne peut pas contenir (identifiants, signataires, gouvernance, indicateurs), au format JSON"
          + " du SDK CLS\u202F: elle permet de réimporter ce plan sans rien perdre. Ne la modifiez pas et ne"
          + " la supprimez pas\u202F; modifiez les fiches dans la feuille «\u00a0" + PlanRows.SHEET
          + "\u00a0».";

  /** Code: cell B1 does not hold a layout version this SDK reads. */
  public static final String VERSION = "CLS-SPREADSHEET-COMPLEMENT-VERSION";
  /** Code: cell A2 does not hold the number of pieces. */
  public static final String COUNT = "CLS-SPREADSHEET-COMPLEMENT-COUNT";
  /** Code: a piece of the JSON text is missing (its cell is empty or holds no text). */
  public static final String MISSING_PIECE = "CLS-SPREADSHEET-COMPLEMENT-MISSING-PIECE";
  /** Code: a cell below the last piece holds something. */
  public static final String EXTRA_PIECE = "CLS-SPREADSHEET-COMPLEMENT-EXTRA-PIECE";
  /** Code: the JSON text is not the one exported (its digest in B2 differs, or B2 is empty). */
  public static final String CHANGED = "CLS-SPREADSHEET-COMPLEMENT-CHANGED";
  /** Code: the JSON text does not read as a contract. */
  public static final String INVALID_JSON = "CLS-SPREADSHEET-COMPLEMENT-INVALID-JSON";
  /** Code (information): the plan's rows were edited since the export; they were merged with the complement. */
  public static final String EDITED = "CLS-SPREADSHEET-COMPLEMENT-EDITED";

  private ComplementSheet() {}

  /**
   * What reading a workbook's complement sheet gave.
   *
   * @param present whether the workbook has a sheet named {@value #SHEET_NAME}
   * @param contract the contract it holds, when it is whole and reads
   * @param findings the problems of a damaged sheet, each on its cell (warnings: the plan's rows are
   *     still read); none when the sheet is absent or whole
   */
  public record Reading(boolean present, Optional<Contract> contract, List<Finding> findings) {

    /**
     * Checks and copies the values.
     *
     * @param present whether the sheet is present
     * @param contract the contract, or empty
     * @param findings the findings
     */
    public Reading {
      Objects.requireNonNull(contract, "contract");
      findings = List.copyOf(findings);
    }
  }

  /**
   * Returns the cells the export writes in the complement sheet for a contract.
   *
   * @param contract the contract
   * @return the cells, row by row
   * @throws io.github.clsante.serialization.ClsJsonException if an extension value of the contract is
   *     not valid JSON
   */
  public static List<CellValue> cells(Contract contract) {
    String json = ContractJson.toCanonicalString(contract);
    List<String> pieces = pieces(json);
    List<CellValue> cells = new ArrayList<>(pieces.size() + 4);
    cells.add(text(1, 1, NOTICE));
    cells.add(text(1, 2, LAYOUT_VERSION));
    cells.add(new CellValue(2, 1, CellValue.Kind.NUMBER, Integer.toString(pieces.size()),
        BigDecimal.valueOf(pieces.size()), null, null));
    cells.add(text(2, 2, digest(json)));
    for (int i = 0; i < pieces.size(); i++) {
      cells.add(text(FIRST_PIECE_ROW + i, 1, pieces.get(i)));
    }
    return cells;
  }

  /** The text cut in pieces of at most {@link #PIECE} characters, never inside a surrogate pair. */
  static List<String> pieces(String json) {
    List<String> pieces = new ArrayList<>(json.length() / PIECE + 1);
    int start = 0;
    while (start < json.length()) {
      int end = Math.min(json.length(), start + PIECE);
      if (end < json.length() && Character.isHighSurrogate(json.charAt(end - 1))) {
        end--;
      }
      pieces.add(json.substring(start, end));
      start = end;
    }
    return pieces;
  }

  private static CellValue text(int row, int column, String text) {
    return new CellValue(row, column, CellValue.Kind.TEXT, text, null, null, null);
  }

  /** {@code sha256:} and the lower-case hex SHA-256 of the text's UTF-8 bytes. */
  static String digest(String json) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads the contract back from a workbook's complement sheet, through {@link ContractJson#reader()}.
   * A damaged sheet gives no contract and findings on its cells, so that the plan is read from its
   * rows alone.
   *
   * @param grid the workbook as read
   * @return what the sheet gave: absent, a contract, or findings
   */
  public static Reading read(Grid grid) {
    Optional<GridSheet> found = grid.sheet(SHEET_NAME);
    if (found.isEmpty()) {
      return new Reading(false, Optional.empty(), List.of());
    }
    GridSheet sheet = found.get();
    List<Finding> findings = new ArrayList<>();
    String version = sheet.cell(1, 2).map(CellValue::text).orElse("");
    if (!LAYOUT_VERSION.equals(version)) {
      findings.add(finding(VERSION, sheet, 1, 2, Map.of("found", version, "expected", LAYOUT_VERSION)));
      return damaged(findings);
    }
    int count = count(sheet.cell(2, 1));
    if (count < 1) {
      findings.add(finding(COUNT, sheet, 2, 1, Map.of("found", sheet.cell(2, 1).map(CellValue::text).orElse(""))));
      return damaged(findings);
    }
    StringBuilder json = new StringBuilder(Math.min(count, 1 << 12) * PIECE);
    for (int i = 0; i < count; i++) {
      int row = FIRST_PIECE_ROW + i;
      Optional<CellValue> piece = sheet.cell(row, 1).filter(cell -> cell.kind() == CellValue.Kind.TEXT);
      if (piece.isEmpty()) {
        findings.add(finding(MISSING_PIECE, sheet, row, 1,
            Map.of("piece", Integer.toString(i + 1), "count", Integer.toString(count))));
      } else {
        json.append(piece.get().text());
      }
    }
    for (int row = FIRST_PIECE_ROW + count; row <= sheet.lastRow(); row++) {
      if (!sheet.row(row).isEmpty()) {
        findings.add(finding(EXTRA_PIECE, sheet, row, sheet.row(row).get(0).column(),
            Map.of("count", Integer.toString(count))));
        break;
      }
    }
    if (!findings.isEmpty()) {
      return damaged(findings);
    }
    String text = json.toString();
    String digest = sheet.cell(2, 2).map(CellValue::text).orElse("");
    boolean changed = !digest.equals(digest(text));
    ReadResult result = ContractJson.reader().read(text);
    Optional<Finding> error = result.report().findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).findFirst();
    if (result.contract().isEmpty() || error.isPresent()) {
      int column = error.flatMap(Finding::location).map(location -> location.column()).orElse(1);
      int piece = Math.min(count - 1, Math.max(0, (column - 1) / PIECE));
      findings.add(finding(INVALID_JSON, sheet, FIRST_PIECE_ROW + piece, 1,
          Map.of("piece", Integer.toString(piece + 1),
              "readerCode", error.map(Finding::code).orElse(""),
              "pointer", error.map(Finding::pointer).orElse(""))));
      return damaged(findings);
    }
    if (changed) {
      findings.add(finding(CHANGED, sheet, 2, 2, Map.of()));
      return damaged(findings);
    }
    return new Reading(true, result.contract(), List.of());
  }

  private static int count(Optional<CellValue> cell) {
    if (cell.isEmpty()) {
      return 0;
    }
    BigDecimal number = cell.get().number();
    if (number == null && cell.get().kind() == CellValue.Kind.TEXT) {
      String text = cell.get().text().trim();
      if (text.length() > 20) {
        return 0; // no count of pieces (BigDecimal's parsing of a long text would be quadratic)
      }
      try {
        number = new BigDecimal(text);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    if (number == null || number.signum() <= 0 || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(MAX_PIECES)) > 0) {
      return 0;
    }
    return number.intValueExact();
  }

  private static Reading damaged(List<Finding> findings) {
    return new Reading(true, Optional.empty(), findings);
  }

  private static Finding finding(String code, GridSheet sheet, int row, int column, Map<String, String> params) {
    return Finding.builder()
        .code(code)
        .severity(Severity.WARNING)
        .pointer("")
        .cell(CellLocation.of(sheet.name(), row, column))
        .putAllParams(params)
        .build();
  }

  /**
   * Merges a plan edited since its export with the complement sheet exported with it: the rows win for
   * everything the template holds, the complement gives what it cannot hold. See {@link
   * ComplementSheetMerge} for the matching rules.
   *
   * @param fromRows the contract the import built from the plan's rows
   * @param complement the contract of the complement sheet
   * @return the merged contract
   */
  public static Contract merge(Contract fromRows, Contract complement) {
    return new ComplementSheetMerge(fromRows, complement).merge();
  }
}
