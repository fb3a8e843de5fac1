package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The progress status of an action sheet (statut de la fiche action), as kept in Territoires en
 * Transitions. A closed list: a code outside it is an error in a contract file.
 */
public enum SheetStatus implements Coded {
  /** Not started yet. Wire code {@code to_come}, « À venir ». */
  TO_COME("to_come", "À venir"),
  /** Under way. Wire code {@code in_progress}, « En cours ». */
  IN_PROGRESS("in_progress", "En cours"),
  /** Carried out. Wire code {@code done}, « Réalisé ». */
  DONE("done", "Réalisé"),
  /** Suspended on purpose. Wire code {@code paused}, « En pause ». */
  PAUSED("paused", "En pause"),
  /** Under way, behind its schedule. Wire code {@code late}, « En retard ». */
  LATE("late", "En retard"),
  /** Cannot go on until an obstacle is removed. Wire code {@code blocked}, « Bloqué ». */
  BLOCKED("blocked", "Bloqué"),
  /** Given up. Wire code {@code abandoned}, « Abandonné ». */
  ABANDONED("abandoned", "Abandonné"),
  /** To be discussed by the governance bodies. Wire code {@code to_discuss}, « À discuter ». */
  TO_DISCUSS("to_discuss", "À discuter");

  private final String code;
  private final String frenchLabel;

  SheetStatus(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<SheetStatus> fromCode(String code) {
    return CodeLookup.byCode(SheetStatus.class, code);
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
