package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The lifecycle status of a contract (statut du contrat). A closed list: a code outside it is an
 * error in a contract file.
 */
public enum ContractStatus implements Coded {
  /**
   * Being drawn up: diagnostic, axes, action sheets; not signed yet. Wire code {@code
   * in_preparation}, « En élaboration ».
   */
  IN_PREPARATION("in_preparation", "En élaboration"),
  /** Signed by its parties, its period not begun yet. Wire code {@code signed}, « Signé ». */
  SIGNED("signed", "Signé"),
  /**
   * Signed and within its period: actions are being deployed. Wire code {@code in_force}, « En
   * vigueur ».
   */
  IN_FORCE("in_force", "En vigueur"),
  /**
   * Being evaluated, usually at or near its end, to prepare a renewal. Wire code {@code
   * under_evaluation}, « En évaluation ».
   */
  UNDER_EVALUATION("under_evaluation", "En évaluation"),
  /** Its period is over. Wire code {@code ended}, « Terminé ». */
  ENDED("ended", "Terminé"),
  /** Ended and followed by a next-generation contract. Wire code {@code renewed}, « Renouvelé ». */
  RENEWED("renewed", "Renouvelé"),
  /** Given up before or during its period. Wire code {@code abandoned}, « Abandonné ». */
  ABANDONED("abandoned", "Abandonné");

  private final String code;
  private final String frenchLabel;

  ContractStatus(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<ContractStatus> fromCode(String code) {
    return CodeLookup.byCode(ContractStatus.class, code);
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
