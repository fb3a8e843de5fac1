package io.github.clsante.spreadsheet;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Severity;
import io.github.clsante.spreadsheet.internal.CellIndex;
import io.github.clsante.spreadsheet.internal.ComplementSheet;
import io.github.clsante.spreadsheet.internal.Grid;
import io.github.clsante.spreadsheet.internal.GridSheet;
import io.github.clsante.spreadsheet.internal.PlanRows;
import io.github.clsante.spreadsheet.internal.PlanReader;
import io.github.clsante.spreadsheet.internal.Problems;
import io.github.clsante.spreadsheet.internal.ReadLimits;
import io.github.clsante.spreadsheet.internal.WorkbookFiles;
import io.github.clsante.spreadsheet.internal.WorkbookRead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The import of an action plan from a spreadsheet (import d’un plan d’action): a workbook in the
 * Territoires en Transitions template, xlsx or ods, read into a {@link Contract} with every problem
 * reported in the cell it comes from. Immutable and thread-safe: one instance serves any number of
 * imports at once.
 *
 * <pre>{@code
 * PlanImportResult result = PlanImport.standard().read(Path.of("plan.xlsx"));
 * result.report().findings().forEach(f ->
 *     System.out.println(f.cell().map(CellLocation::reference).orElse("") + " "
 *         + FindingMessages.message(f, Locale.FRENCH)));
 *
 * // With the contract-level values the plan does not hold:
 * PlanImport withHeader = PlanImport.builder()
 *     .contractId("cls-nyons-2025").leadArs(Region.AUVERGNE_RHONE_ALPES)
 *     .territory(Territory.builder().name("Communauté de communes des Baronnies en Drôme Provençale").build())
 *     .build();
 * }</pre>
 *
 * <p>A workbook written by {@link PlanExport} holds the whole contract in its sheet « Données CLS »: when
 * its plan rows are those the export wrote, the import gives exactly that contract (export then import
 * loses nothing); when they were edited, the rows win for what they hold and that sheet gives the rest
 * (information finding {@code CLS-SPREADSHEET-COMPLEMENT-EDITED}).
 *
 * <p>The plan sheet is the first whose cell A2 reads « Axe (x) » (or, failing that, the first with that
 * header or « Titre de la fiche action » in its first 20 rows); its columns are found by their header,
 * each data row becomes a fiche under its axis path. A plan holds no contract-level values: the {@link
 * Builder#header(Contract) header} contract, or values given one by one, give them; without them the
 * contract holds placeholders and a {@code CLS-SPREADSHEET-MISSING-CONTRACT-VALUE} error says which.
 */
public final class PlanImport {

  private static final PlanImport STANDARD = new Builder().build();

  private final Contract header;
  private final String contractId;
  private final Region leadArs;
  private final Territory territory;
  private final ReadLimits limits;

  private PlanImport(Builder builder) {
    this.header = builder.header;
    this.contractId = builder.contractId;
    this.leadArs = builder.leadArs;
    this.territory = builder.territory;
    this.limits = new ReadLimits(builder.maxFileBytes, builder.maxRows, builder.maxCells,
        ReadLimits.STANDARD.maxPartBytes(), ReadLimits.STANDARD.maxStringsBytes());
  }

  /**
   * Returns the import with no header and the standard limits.
   *
   * @return the standard import
   */
  public static PlanImport standard() {
    return STANDARD;
  }

  /**
   * Returns a builder of an import.
   *
   * @return a builder, with no header and the standard limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a plan file, xlsx or ods as its extension says (xlsx for any other name); a file whose content
   * is of the other format is read as what it is, with an information finding.
   *
   * @param path the file
   * @return the result; a file that cannot be read gives a result without contract
   */
  public PlanImportResult read(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    SpreadsheetFormat format = SpreadsheetFormat.ofFileName(name == null ? "" : name.toString())
        .orElse(SpreadsheetFormat.XLSX);
    return readFile(path, format);
  }

  /**
   * Reads a plan held in memory.
   *
   * @param bytes the file's bytes
   * @param format the format the file is said to be in
   * @param fileName the file's name, for messages; not opened
   * @return the result
   */
  public PlanImportResult read(byte[] bytes, SpreadsheetFormat format, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fileName, "fileName");
    // Read where it is: nothing written to disk (a server's uploads never are).
    Problems problems = new Problems();
    return readWorkbook(WorkbookFiles.read(bytes, format, limits, problems), problems);
  }

  /**
   * Reads a plan from a stream, which is read to its end (at most the size limit) into memory and not
   * closed; nothing is written to disk.
   *
   * @param in the stream
   * @param format the format the file is said to be in
   * @param fileName the file's name, for messages; not opened
   * @return the result
   */
  public PlanImportResult read(InputStream in, SpreadsheetFormat format, String fileName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fileName, "fileName");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      Problems problems = new Problems();
      problems.add(SpreadsheetProblem.IO_ERROR, "", null, "problem", "other", "detail", String.valueOf(e.getMessage()));
      return new PlanImportResult(null, Report.of(problems.findings()), CellIndex.EMPTY);
    }
    return read(bytes, format, fileName);
  }

  private PlanImportResult readFile(Path path, SpreadsheetFormat format) {
    Problems problems = new Problems();
    return readWorkbook(WorkbookFiles.read(path, format, limits, problems), problems);
  }

  private PlanImportResult readWorkbook(WorkbookRead workbook, Problems problems) {
    if (workbook.workbook().isEmpty()) {
      return new PlanImportResult(null, Report.of(problems.findings()), CellIndex.EMPTY);
    }
    Grid grid = workbook.workbook().get();
    PlanReader.Result plan = PlanReader.read(grid,
        new PlanReader.ContractHeader(header, contractId, leadArs, territory), problems);
    List<Finding> findings = problems.findings();
    Contract contract = plan.contract();
    ComplementSheet.Reading complement = ComplementSheet.read(grid);
    if (!complement.present()) {
      return new PlanImportResult(contract, Report.of(findings), plan.cells());
    }
    List<Finding> kept = new ArrayList<>(complement.findings());
    Optional<GridSheet> rows = grid.sheet(PlanRows.SHEET);
    if (contract == null || complement.contract().isEmpty() || rows.isEmpty()) {
      kept.addAll(findings); // a damaged complement: the plan as its rows say, and why
      return new PlanImportResult(contract, Report.of(kept), plan.cells());
    }
    Contract saved = complement.contract().get();
    if (PlanRows.sameAs(PlanRows.of(saved), rows.get())) {
      // The rows are the export's: the contract is the one exported, exactly. What the rows' reading
      // said of their values (a year alone read as no date) is about a form the complement supersedes;
      // what it said of the file and its sheets stays.
      for (Finding finding : findings) {
        if (finding.pointer().isEmpty() && !finding.code().equals(SpreadsheetProblem.MISSING_CONTRACT_VALUE.code())) {
          kept.add(finding);
        }
      }
      return new PlanImportResult(saved, Report.of(kept), plan.cells());
    }
    // Edited since the export: the rows win, the complement gives what the template cannot hold,
    // the contract's own values included.
    for (Finding finding : findings) {
      if (!finding.code().equals(SpreadsheetProblem.MISSING_CONTRACT_VALUE.code())) {
        kept.add(finding);
      }
    }
    kept.add(Finding.builder().code(ComplementSheet.EDITED).severity(Severity.INFO).pointer("")
        .cell(CellLocation.of(ComplementSheet.SHEET_NAME, 1, 1)).build());
    return new PlanImportResult(ComplementSheet.merge(contract, saved), Report.of(kept), plan.cells());
  }

  /**
   * Returns the header contract.
   *
   * @return the header, or empty
   */
  public Optional<Contract> header() {
    return Optional.ofNullable(header);
  }

  /**
   * Returns the largest file read, in bytes.
   *
   * @return the limit
   */
  public long maxFileBytes() {
    return limits.maxFileBytes();
  }

  /**
   * Returns the most rows read in one sheet.
   *
   * @return the limit
   */
  public int maxRows() {
    return limits.maxRows();
  }

  /**
   * Returns the most non-empty cells read in a workbook.
   *
   * @return the limit
   */
  public long maxCells() {
    return limits.maxCells();
  }

  /**
   * Builds a {@link PlanImport}: the contract-level values the plan does not hold, and the limits;
   * obtained from {@link PlanImport#builder()}.
   */
  public static final class Builder {
    private Contract header;
    private String contractId;
    private Region leadArs;
    private Territory territory;
    private long maxFileBytes = ReadLimits.STANDARD.maxFileBytes();
    private int maxRows = ReadLimits.STANDARD.maxRows();
    private long maxCells = ReadLimits.STANDARD.maxCells();

    private Builder() {}

    /**
     * Sets the header contract (contrat d’en-tête): the contract-level data a plan does not hold
     * (identifier, title, territory, lead ARS, period, signatories, parties…). The plan's axes and fiches
     * replace its own; its parties come first, and a name of the plan that is one of their names refers
     * to that party (its identifiers kept) instead of declaring a new one.
     *
     * @param header the header contract
     * @return this builder
     */
    public Builder header(Contract header) {
      this.header = Objects.requireNonNull(header, "header");
      return this;
    }

    /**
     * Sets the contract's identifier, over the header's.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder contractId(String id) {
      this.contractId = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the lead ARS (ARS de rattachement), over the header's.
     *
     * @param region the region of the lead ARS
     * @return this builder
     */
    public Builder leadArs(Region region) {
      this.leadArs = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Sets the contract's territory, over the header's.
     *
     * @param territory the territory
     * @return this builder
     */
    public Builder territory(Territory territory) {
      this.territory = Objects.requireNonNull(territory, "territory");
      return this;
    }

    /**
     * Sets the largest file read (20 MiB by default): a larger file gives {@code CLS-SPREADSHEET-TOO-LARGE}.
     *
     * @param bytes the limit, in bytes
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Sets the most rows read in one sheet (150,000 by default): the rows beyond are not read, and
     * {@code CLS-SPREADSHEET-TOO-MANY-ROWS} says so.
     *
     * @param rows the limit
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("maxRows must be at least 1, got " + rows);
      }
      this.maxRows = rows;
      return this;
    }

    /**
     * Sets the most non-empty cells read in a workbook (3,000,000 by default): a workbook holding more
     * is not read, and {@code CLS-SPREADSHEET-TOO-LARGE} says so.
     *
     * @param cells the limit
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxCells(long cells) {
      if (cells < 1) {
        throw new IllegalArgumentException("maxCells must be at least 1, got " + cells);
      }
      this.maxCells = cells;
      return this;
    }

    /**
     * Builds the import.
     *
     * @return the import
     */
    public PlanImport build() {
      return new PlanImport(this);
    }
  }
}
