package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * How far citizens take part in an action (participation citoyenne), from none to co-construction.
 * A closed list: a code outside it is an error in a contract file.
 */
public enum ParticipationLevel implements Coded {
  /** Citizens are not involved. Wire code {@code none}, « Pas de participation citoyenne ». */
  NONE("none", "Pas de participation citoyenne"),
  /** Citizens are informed. Wire code {@code information}, « Information ». */
  INFORMATION("information", "Information"),
  /** Citizens are asked their opinion. Wire code {@code consultation}, « Consultation ». */
  CONSULTATION("consultation", "Consultation"),
  /**
   * Citizens discuss the action with its carriers. Wire code {@code concertation}, « Concertation
   * ».
   */
  CONCERTATION("concertation", "Concertation"),
  /**
   * Citizens design the action with its carriers. Wire code {@code co_construction}, « Co-
   * construction ».
   */
  CO_CONSTRUCTION("co_construction", "Co-construction");

  private final String code;
  private final String frenchLabel;

  ParticipationLevel(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<ParticipationLevel> fromCode(String code) {
    return CodeLookup.byCode(ParticipationLevel.class, code);
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
