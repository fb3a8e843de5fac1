package io.github.clsante.model.indicator;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * What kind of quantity an indicator measures (nature de la mesure). A closed list: a code outside
 * it is an error in a contract file.
 */
public enum MeasureKind implements Coded {
  /** A count (nombre d’ateliers réalisés). Wire code {@code count}, « Nombre ». */
  COUNT("count", "Nombre"),
  /** A percentage, 0 to 100. Wire code {@code percentage}, « Pourcentage ». */
  PERCENTAGE("percentage", "Pourcentage"),
  /** A rate (taux pour 100 000 habitants). Wire code {@code rate}, « Taux ». */
  RATE("rate", "Taux"),
  /** An amount of money. Wire code {@code amount}, « Montant ». */
  AMOUNT("amount", "Montant"),
  /** A yes-or-no fact (l’outil est-il créé ?). Wire code {@code yes_no}, « Oui / non ». */
  YES_NO("yes_no", "Oui / non"),
  /** A qualitative assessment, in words. Wire code {@code qualitative}, « Qualitatif ». */
  QUALITATIVE("qualitative", "Qualitatif");

  private final String code;
  private final String frenchLabel;

  MeasureKind(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<MeasureKind> fromCode(String code) {
    return CodeLookup.byCode(MeasureKind.class, code);
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
