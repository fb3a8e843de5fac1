package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * Whether a budget line is investment or operating spending (nature de la dépense). A closed list:
 * a code outside it is an error in a contract file.
 */
public enum BudgetNature implements Coded {
  /** « Investissement ». Wire code {@code investment}. */
  INVESTMENT("investment", "Investissement"),
  /** « Fonctionnement ». Wire code {@code operating}. */
  OPERATING("operating", "Fonctionnement");

  private final String code;
  private final String frenchLabel;

  BudgetNature(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<BudgetNature> fromCode(String code) {
    return CodeLookup.byCode(BudgetNature.class, code);
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
