package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a contract document gave: the contract, when one could be built, and the report of
 * every problem found.
 *
 * <p>When the report holds errors the contract, if present, may lack the parts that were wrong (an
 * action sheet missing its title is left out, and reported): use it to show or explore a file, not as
 * a faithful copy of it.
 */
public final class ReadResult {

  private final Contract contract;
  private final Report report;

  ReadResult(Contract contract, Report report) {
    this.contract = contract;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Returns the contract read.
   *
   * @return the contract, or empty when the document could not be read into one (malformed JSON, a
   *     missing required member of the contract itself…)
   */
  public Optional<Contract> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Returns the report of every problem found while reading.
   *
   * @return the report, empty for a flawless document
   */
  public Report report() {
    return report;
  }

  /**
   * Tells whether the document was read into a contract without any error.
   *
   * @return {@code true} when a contract was built and the report holds no error
   */
  public boolean isValid() {
    return contract != null && report.isValid();
  }

  @Override
  public String toString() {
    return "ReadResult{contract=" + (contract == null ? "none" : contract.id()) + ", " + report + "}";
  }
}
