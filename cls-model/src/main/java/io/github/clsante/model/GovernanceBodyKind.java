package io.github.clsante.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of governance body (instance de gouvernance) of a contract. An open list: codes unknown to
 * this SDK are kept as they are (see {@link OpenCode}).
 */
public final class GovernanceBodyKind extends OpenCode {

  /**
   * The strategic body: validates axes, reviews each year, decides amendments. Wire code {@code
   * copil}, « Comité de pilotage (COPIL) ».
   */
  public static final GovernanceBodyKind STEERING_COMMITTEE = new GovernanceBodyKind("copil", "Comité de pilotage (COPIL)");

  /**
   * The operational body following the action plan. Wire code {@code cotech}, « Comité technique
   * (COTECH) ».
   */
  public static final GovernanceBodyKind TECHNICAL_COMMITTEE = new GovernanceBodyKind("cotech", "Comité technique (COTECH)");

  /** « Comité de suivi ». Wire code {@code comite_de_suivi}. */
  public static final GovernanceBodyKind FOLLOW_UP_COMMITTEE = new GovernanceBodyKind("comite_de_suivi", "Comité de suivi");

  /**
   * A thematic group, often one per axis, that designs and runs sheets. Wire code {@code
   * groupe_de_travail}, « Groupe de travail ».
   */
  public static final GovernanceBodyKind WORKING_GROUP = new GovernanceBodyKind("groupe_de_travail", "Groupe de travail");

  /** « Rencontre annuelle ». Wire code {@code rencontre_annuelle}. */
  public static final GovernanceBodyKind ANNUAL_MEETING = new GovernanceBodyKind("rencontre_annuelle", "Rencontre annuelle");

  /** « Assemblée plénière ». Wire code {@code assemblee_pleniere}. */
  public static final GovernanceBodyKind PLENARY_ASSEMBLY = new GovernanceBodyKind("assemblee_pleniere", "Assemblée plénière");

  /** « Commission d’élus ». Wire code {@code commission_elus}. */
  public static final GovernanceBodyKind ELECTED_COMMITTEE = new GovernanceBodyKind("commission_elus", "Commission d’élus");

  private static final Map<String, GovernanceBodyKind> KNOWN =
      index(STEERING_COMMITTEE, TECHNICAL_COMMITTEE, FOLLOW_UP_COMMITTEE, WORKING_GROUP,
          ANNUAL_MEETING, PLENARY_ASSEMBLY, ELECTED_COMMITTEE);

  private GovernanceBodyKind(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static GovernanceBodyKind of(String code) {
    GovernanceBodyKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new GovernanceBodyKind(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<GovernanceBodyKind> knownValues() {
    return KNOWN.values();
  }
}
