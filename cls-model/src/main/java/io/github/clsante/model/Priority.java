package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The priority of an action sheet (niveau de priorité). A closed list: a code outside it is an
 * error in a contract file.
 */
public enum Priority implements Coded {
  /** « Élevée ». Wire code {@code high}. */
  HIGH("high", "Élevée"),
  /** « Moyenne ». Wire code {@code medium}. */
  MEDIUM("medium", "Moyenne"),
  /** « Basse ». Wire code {@code low}. */
  LOW("low", "Basse");

  private final String code;
  private final String frenchLabel;

  Priority(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<Priority> fromCode(String code) {
    return CodeLookup.byCode(Priority.class, code);
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
