package io.github.clsante.model.report;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding (constat): one problem found in a contract or in a contract file, by the JSON reader or
 * by a validation rule.
 *
 * <p>A finding is data, not text: its {@link #code()} is a stable, documented constant (never
 * renamed), its {@link #pointer()} says where in the JSON document, and its {@link #params()} fill
 * the placeholders of the French and English messages of its code. {@link FindingMessages} renders
 * the message of any finding, from the catalogue of the module that owns its code.
 *
 * <pre>{@code
 * Finding finding = Finding.builder()
 *     .code("CLS-SHEET-DUPLICATE-NUMBER")
 *     .severity(Severity.WARNING)
 *     .pointer("/axes/0/actionSheets/2/number")
 *     .putParam("number", "2")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Finding extends WithFinding {

  /**
   * Returns the stable code of the problem ({@code "CLS-SHEET-DUPLICATE-NUMBER"}).
   *
   * @return the code
   */
  String code();

  /**
   * Returns how serious the problem is.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Returns where the problem is, as an RFC 6901 JSON Pointer into the contract's JSON document; the
   * empty string designates the whole document.
   *
   * @return the pointer
   */
  String pointer();

  /**
   * Returns the line and column of the value the pointer designates, when the contract was read from
   * text.
   *
   * @return the location, or empty for a contract built in memory
   */
  Optional<SourceLocation> location();

  /**
   * Returns the spreadsheet cell the problem is about, when the contract was read from a spreadsheet
   * (a plan in the Territoires en Transitions template, for example).
   *
   * @return the cell, or empty for a contract read from JSON or built in memory
   */
  Optional<CellLocation> cell();

  /**
   * Returns the parameters of the message, by placeholder name, in a stable order.
   *
   * @return the parameters, possibly empty
   */
  Map<String, String> params();

  /**
   * Returns a new builder.
   *
   * @return a builder of findings
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a finding.
   *
   * @param finding the finding to copy
   * @return the copy, or the finding itself when it is already immutable
   */
  static Finding copyOf(Finding finding) {
    return ImmutableFinding.copyOf(finding);
  }

  /** Builds a finding: set its values, then call {@code build()}; obtained from {@link Finding#builder()}. */
  final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
