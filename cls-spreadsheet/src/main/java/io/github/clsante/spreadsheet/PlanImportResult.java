package io.github.clsante.spreadsheet;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.spreadsheet.internal.CellIndex;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a plan gave (résultat d’import): the contract, when the file held a plan, and the report
 * of every problem found, each in its cell. Like the JSON reader's result, the contract is the import's
 * best reading of the file: a value it could not read is left out (and reported), a required
 * contract-level value not given holds a placeholder (and is reported as an error).
 *
 * <p>To validate the contract with every finding in its cell:
 * <pre>{@code
 * PlanImportResult result = PlanImport.standard().read(Path.of("plan.xlsx"));
 * result.contract().ifPresent(contract -> {
 *   ValidationReport report = ContractValidator.standard().validate(contract, result.report(), result::locate);
 * });
 * }</pre>
 */
public final class PlanImportResult {

  private final Contract contract;
  private final Report report;
  private final CellIndex cells;

  PlanImportResult(Contract contract, Report report, CellIndex cells) {
    this.contract = contract;
    this.report = Objects.requireNonNull(report, "report");
    this.cells = cells;
  }

  /**
   * Returns the contract imported.
   *
   * @return the contract, or empty when the file is no workbook or holds no plan
   */
  public Optional<Contract> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Returns the report of the import's findings.
   *
   * @return the report, empty for a flawless plan with its header
   */
  public Report report() {
    return report;
  }

  /**
   * Tells whether the plan was imported into a contract without any error.
   *
   * @return {@code true} when a contract was built and the report holds no error
   */
  public boolean isValid() {
    return contract != null && report.isValid();
  }

  /**
   * Returns the cell a value of the contract came from: the cell of a JSON Pointer into the contract,
   * or of its nearest ancestor that has one (a fiche's row, for a member the plan does not hold).
   *
   * @param pointer an RFC 6901 JSON Pointer into the contract
   * @return the cell, or empty for a value that came from no cell (the header's)
   */
  public Optional<CellLocation> cellOf(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return cells.cellOf(pointer);
  }

  /**
   * Gives a finding the cell of its pointer, for a finding without one: a validation rule's finding on
   * the imported contract, passed to {@code ContractValidator.validate(contract, report(), result::locate)}.
   *
   * @param finding the finding
   * @return the finding with its cell; the finding itself when it has one or its pointer came from no cell
   */
  public Finding locate(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    if (finding.cell().isPresent()) {
      return finding;
    }
    return cells.cellOf(finding.pointer()).map(finding::withCell).orElse(finding);
  }

  @Override
  public String toString() {
    return "PlanImportResult{contract=" + (contract == null ? "none" : contract.id()) + ", " + report + "}";
  }
}
