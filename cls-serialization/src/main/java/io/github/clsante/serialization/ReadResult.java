package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.internal.Locations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a contract document gave: the contract, when one could be built, and the report of
 * every problem found.
 *
 * <p>A contract is built whenever the document is well-formed JSON whose root is an object: a value
 * that cannot be read is reported, and the rest is read all the same, so that validation can report
 * every problem at once. When the report holds errors, the contract is the reader's best reading of
 * the file, not a faithful copy of it: where the model needs a value that the document does not give
 * readably (a required member missing or invalid, an invalid element of a list) it holds a placeholder
 * (an empty text, zero, the first code of the list), and a closed-list code written by its French
 * label (« signé ») is read as the code it names (reported all the same). {@link #unreadable()} lists
 * those places; the validator does not apply the rules that depend on them.
 */
public final class ReadResult {

  private final Contract contract;
  private final Report report;
  private final Locations locations;
  private final List<String> unreadable;
  private final Map<String, String> aliases;

  ReadResult(Contract contract, Report report) {
    this(contract, report, Locations.NONE, List.of(), Map.of());
  }

  ReadResult(Contract contract, Report report, Locations locations, List<String> unreadable,
      Map<String, String> aliases) {
    this.contract = contract;
    this.report = Objects.requireNonNull(report, "report");
    this.locations = locations;
    this.unreadable = List.copyOf(unreadable);
    this.aliases = aliases;
  }

  /**
   * Returns the pointer into this document of a value that the model, and format 1.1, designate by
   * {@code pointer}: the pointer itself, except for an amount the document writes under its format 1.0
   * name ({@code /actionSheets/0/budgetCents} for {@code /actionSheets/0/budget}). A validator that
   * reports on the contract read uses it to point into the file the user has.
   *
   * @param pointer a JSON Pointer in the names of format 1.1
   * @return the JSON Pointer in the names of the document
   */
  public String documentPointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return aliases.isEmpty() ? pointer : aliases.getOrDefault(pointer, pointer);
  }

  /**
   * Returns the places of the document whose values could not be read: a value of the wrong type, an
   * unknown code of a closed list (unless written as its French label), a bad date or number, a
   * missing required member. Each has its finding in the report; in the contract each holds a
   * placeholder, or nothing when the member is optional.
   *
   * @return the JSON Pointers, in document order; empty for a document read without error
   */
  public List<String> unreadable() {
    return unreadable;
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
    return locations.locationOf(pointer);
  }

  /**
   * Returns the contract read.
   *
   * @return the contract, or empty when the document could not be read into one: not JSON, not an
   *     object at its root, too large or too deep, of an unsupported major version
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
