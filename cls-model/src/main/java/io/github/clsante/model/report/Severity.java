package io.github.clsante.model.report;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * How serious a finding is (gravité). A report is valid when it holds no {@link #ERROR}. A closed
 * list: a code outside it is an error in a contract file.
 */
public enum Severity implements Coded {
  /** The file or contract is wrong: it must be corrected. Wire code {@code error}, « Erreur ». */
  ERROR("error", "Erreur"),
  /** Probably wrong or incomplete: to be checked. Wire code {@code warning}, « Avertissement ». */
  WARNING("warning", "Avertissement"),
  /** Worth knowing; nothing to correct. Wire code {@code info}, « Information ». */
  INFO("info", "Information");

  private final String code;
  private final String frenchLabel;

  Severity(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<Severity> fromCode(String code) {
    return CodeLookup.byCode(Severity.class, code);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String frenchLabel() {
    return frenchLabel;
  }
}
