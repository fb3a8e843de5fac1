package io.github.clsante.model.indicator;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The way an indicator should move for the action to succeed (sens attendu). A closed list: a code
 * outside it is an error in a contract file.
 */
public enum Direction implements Coded {
  /** « À la hausse ». Wire code {@code increase}. */
  INCREASE("increase", "À la hausse"),
  /** « À la baisse ». Wire code {@code decrease}. */
  DECREASE("decrease", "À la baisse"),
  /** « Maintien ». Wire code {@code maintain}. */
  MAINTAIN("maintain", "Maintien");

  private final String code;
  private final String frenchLabel;

  Direction(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<Direction> fromCode(String code) {
    return CodeLookup.byCode(Direction.class, code);
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
