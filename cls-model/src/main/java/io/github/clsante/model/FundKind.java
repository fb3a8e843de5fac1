package io.github.clsante.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of fund an action is financed from (type de financement: FIR, FNPEIS…). An open list:
 * codes unknown to this SDK are kept as they are (see {@link OpenCode}).
 */
public final class FundKind extends OpenCode {

  /**
   * The ARS’s regional intervention fund. Wire code {@code fir}, « Fonds d’intervention régional ».
   */
  public static final FundKind FIR = new FundKind("fir", "Fonds d’intervention régional");

  /**
   * The Assurance maladie prevention fund (CPAM). Wire code {@code fnpeis}, « Fonds national de
   * prévention, d’éducation et d’information sanitaire ».
   */
  public static final FundKind FNPEIS = new FundKind("fnpeis", "Fonds national de prévention, d’éducation et d’information sanitaire");

  /** The carrier’s own budget. Wire code {@code fonds_propres}, « Fonds propres ». */
  public static final FundKind OWN_FUNDS = new FundKind("fonds_propres", "Fonds propres");

  /** « Crédits de l’État ». Wire code {@code etat}. */
  public static final FundKind STATE = new FundKind("etat", "Crédits de l’État");

  /** « Crédits de la politique de la ville ». Wire code {@code politique_de_la_ville}. */
  public static final FundKind POLITIQUE_DE_LA_VILLE = new FundKind("politique_de_la_ville", "Crédits de la politique de la ville");

  /**
   * « Conférence des financeurs de la prévention de la perte d’autonomie ». Wire code {@code
   * conference_des_financeurs}.
   */
  public static final FundKind CONFERENCE_DES_FINANCEURS = new FundKind("conference_des_financeurs", "Conférence des financeurs de la prévention de la perte d’autonomie");

  /** « Fonds européens ». Wire code {@code fonds_europeens}. */
  public static final FundKind EUROPEAN_FUNDS = new FundKind("fonds_europeens", "Fonds européens");

  private static final Map<String, FundKind> KNOWN =
      index(FIR, FNPEIS, OWN_FUNDS, STATE, POLITIQUE_DE_LA_VILLE, CONFERENCE_DES_FINANCEURS,
          EUROPEAN_FUNDS);

  private FundKind(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static FundKind of(String code) {
    FundKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new FundKind(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<FundKind> knownValues() {
    return KNOWN.values();
  }
}
