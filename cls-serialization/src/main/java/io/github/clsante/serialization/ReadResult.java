package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.SourceLocation;
import java.util.Map;
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
  private final Map<String, SourceLocation> locations;

  ReadResult(Contract contract, Report report) {
    this(contract, report, Map.of());
  }

  ReadResult(Contract contract, Report report, Map<String, SourceLocation> locations) {
    this.contract = contract;
    this.report = Objects.requireNonNull(report, "report");
    this.locations = locations;
  }

  /**
   * Returns where a value of the document is: the line and column of the value a JSON Pointer
   * designates or, when the document does not have it (a member that was absent), of its nearest
   * ancestor. Only for a reader with {@link ReadFeature#RECORD_LOCATIONS}.
   *
   * @param pointer an RFC 6901 JSON Pointer into the document
   * @return the location, or empty when locations were not recorded
   */
  public Optional<SourceLocation> locationOf(String pointer) {
    String current = pointer;
    while (true) {
      SourceLocation location = locations.get(current);
      if (location != null || current.isEmpty()) {
        return Optional.ofNullable(location);
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
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
