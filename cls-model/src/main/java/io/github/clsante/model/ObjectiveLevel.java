package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The level of an objective grouping action sheets between an axis and its sheets. A closed list: a
 * code outside it is an error in a contract file.
 */
public enum ObjectiveLevel implements Coded {
  /** « Objectif stratégique ». Wire code {@code strategic}. */
  STRATEGIC("strategic", "Objectif stratégique"),
  /** « Objectif spécifique ». Wire code {@code specific}. */
  SPECIFIC("specific", "Objectif spécifique"),
  /** « Objectif opérationnel ». Wire code {@code operational}. */
  OPERATIONAL("operational", "Objectif opérationnel"),
  /**
   * A sub-axis, as in a Territoires en Transitions axis path. Wire code {@code sub_axis}, « Sous-
   * axe ».
   */
  SUB_AXIS("sub_axis", "Sous-axe");

  private final String code;
  private final String frenchLabel;

  ObjectiveLevel(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<ObjectiveLevel> fromCode(String code) {
    return CodeLookup.byCode(ObjectiveLevel.class, code);
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
