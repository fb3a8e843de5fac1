package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * How a contract numbers its action sheets (numérotation des fiches actions). A closed list: a code
 * outside it is an error in a contract file.
 */
public enum SheetNumbering implements Coded {
  /**
   * Numbers run across axes (Agglopolys: 1 to 19); each number is unique in the contract. Wire code
   * {@code contract_wide}, « Numérotation continue sur tout le contrat ».
   */
  CONTRACT_WIDE("contract_wide", "Numérotation continue sur tout le contrat"),
  /**
   * Numbers restart in each axis; each number is unique within its axis. Wire code {@code
   * per_axis}, « Numérotation propre à chaque axe ».
   */
  PER_AXIS("per_axis", "Numérotation propre à chaque axe"),
  /** Sheets carry no number. Wire code {@code none}, « Fiches non numérotées ». */
  NONE("none", "Fiches non numérotées");

  private final String code;
  private final String frenchLabel;

  SheetNumbering(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<SheetNumbering> fromCode(String code) {
    return CodeLookup.byCode(SheetNumbering.class, code);
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
