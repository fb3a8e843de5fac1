package io.github.clsante.validation;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.internal.RuleWalker;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Validates contracts (validateur): applies every {@link Rule} and reports every finding at once.
 *
 * <p>One validator is thread-safe and meant to be shared. Hibernate Validator, which checks the field
 * rules, starts on the first validation (about 0.3 s) and is then reused by every validator. Validating
 * a file reads it with the strict reader, so a report holds the reader's problems and the rules'
 * findings together, each with its line and column. Validation never throws for a bad contract or
 * file.
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.standard();
 * ValidationReport fromFile = validator.validate(Path.of("cls-agglopolys.json"));
 * ValidationReport fromModel = validator.validate(contract);
 * }</pre>
 */
public final class ContractValidator {

  private static final ContractValidator STANDARD = new ContractValidator(ContractJson.reader());

  private final ContractReader reader;

  private ContractValidator(ContractReader reader) {
    this.reader = reader.with(ReadFeature.RECORD_LOCATIONS);
  }

  /**
   * Returns the standard validator, which reads files strictly.
   *
   * @return the validator
   */
  public static ContractValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator that reads files with the given reader (lenient, other limits).
   *
   * @param reader the reader
   * @return the validator
   */
  public static ContractValidator withReader(ContractReader reader) {
    return new ContractValidator(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * Validates a contract built in memory. Findings have JSON Pointers into its canonical document, and
   * no location.
   *
   * @param contract the contract
   * @return the report
   */
  public ValidationReport validate(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    return new ValidationReport(Report.of(RuleWalker.check(contract)), ContractJson.digest(contract), contract);
  }

  /**
   * Validates a contract document.
   *
   * @param json the document, UTF-8
   * @return the report of the reader's problems and the rules' findings
   */
  public ValidationReport validate(byte[] json) {
    return validate(reader.read(json));
  }

  /**
   * Validates a contract file.
   *
   * @param path the file
   * @return the report; an unreadable file gives a {@code CLS-JSON-IO-ERROR} finding
   */
  public ValidationReport validate(Path path) {
    return validate(reader.read(path));
  }

  /**
   * Validates a contract document read from a stream, which is not closed.
   *
   * @param in the stream
   * @return the report
   */
  public ValidationReport validate(InputStream in) {
    return validate(reader.read(in));
  }

  private static ValidationReport validate(ReadResult read) {
    if (read.contract().isEmpty()) {
      return new ValidationReport(read.report(), null);
    }
    Contract contract = read.contract().get();
    List<Finding> findings = new ArrayList<>(read.report().findings());
    // The rules speak format 1.1; a 1.0 document writes its amounts under other names (budgetCents).
    Function<Finding, Finding> locate = finding -> {
      String pointer = read.documentPointer(finding.pointer());
      Finding placed = pointer.equals(finding.pointer()) ? finding : finding.withPointer(pointer);
      return read.locationOf(pointer).map(location -> placed.withLocation(location))
          .orElse(placed);
    };
    for (Finding finding : RuleWalker.check(contract, read.unreadable(), read::documentPointer)) {
      findings.add(locate.apply(finding));
    }
    // A contract read with errors holds placeholders or values read as meant: its digest would not be
    // the file's, so the report has none.
    String digest = read.report().isValid() ? ContractJson.digest(contract) : null;
    return new ValidationReport(Report.of(findings), digest, contract);
  }
}
