package io.github.clsante.model.indicator;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * How often an indicator is collected (fréquence de recueil). A closed list: a code outside it is
 * an error in a contract file.
 */
public enum CollectionFrequency implements Coded {
  /** « Mensuelle ». Wire code {@code monthly}. */
  MONTHLY("monthly", "Mensuelle"),
  /** « Trimestrielle ». Wire code {@code quarterly}. */
  QUARTERLY("quarterly", "Trimestrielle"),
  /** « Semestrielle ». Wire code {@code half_yearly}. */
  HALF_YEARLY("half_yearly", "Semestrielle"),
  /** « Annuelle ». Wire code {@code annual}. */
  ANNUAL("annual", "Annuelle"),
  /** « Ponctuelle ». Wire code {@code one_off}. */
  ONE_OFF("one_off", "Ponctuelle"),
  /** « En fin de contrat ». Wire code {@code end_of_contract}. */
  END_OF_CONTRACT("end_of_contract", "En fin de contrat");

  private final String code;
  private final String frenchLabel;

  CollectionFrequency(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<CollectionFrequency> fromCode(String code) {
    return CodeLookup.byCode(CollectionFrequency.class, code);
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
