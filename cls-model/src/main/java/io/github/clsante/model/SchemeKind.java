package io.github.clsante.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of scheme a contract or sheet is linked to (dispositif lié: CLSM, contrat de ville,
 * PCAET…). An open list: codes unknown to this SDK are kept as they are (see {@link OpenCode}).
 */
public final class SchemeKind extends OpenCode {

  /** « Projet régional de santé ». Wire code {@code prs}. */
  public static final SchemeKind PRS = new SchemeKind("prs", "Projet régional de santé");

  /**
   * « Programme régional d’accès à la prévention et aux soins des plus démunis ». Wire code {@code
   * praps}.
   */
  public static final SchemeKind PRAPS = new SchemeKind("praps", "Programme régional d’accès à la prévention et aux soins des plus démunis");

  /** « Contrat de ville ». Wire code {@code contrat_de_ville}. */
  public static final SchemeKind CONTRAT_DE_VILLE = new SchemeKind("contrat_de_ville", "Contrat de ville");

  /** « Quartier prioritaire de la politique de la ville ». Wire code {@code qpv}. */
  public static final SchemeKind QPV = new SchemeKind("qpv", "Quartier prioritaire de la politique de la ville");

  /** « Atelier santé ville ». Wire code {@code asv}. */
  public static final SchemeKind ASV = new SchemeKind("asv", "Atelier santé ville");

  /** « Conseil local de santé mentale ». Wire code {@code clsm}. */
  public static final SchemeKind CLSM = new SchemeKind("clsm", "Conseil local de santé mentale");

  /** « Projet territorial de santé mentale ». Wire code {@code ptsm}. */
  public static final SchemeKind PTSM = new SchemeKind("ptsm", "Projet territorial de santé mentale");

  /** « Contrat territorial de santé mentale ». Wire code {@code ctsm}. */
  public static final SchemeKind CTSM = new SchemeKind("ctsm", "Contrat territorial de santé mentale");

  /** « Communauté professionnelle territoriale de santé ». Wire code {@code cpts}. */
  public static final SchemeKind CPTS = new SchemeKind("cpts", "Communauté professionnelle territoriale de santé");

  /** « Dispositif d’appui à la coordination ». Wire code {@code dac}. */
  public static final SchemeKind DAC = new SchemeKind("dac", "Dispositif d’appui à la coordination");

  /** « Plan climat air énergie territorial ». Wire code {@code pcaet}. */
  public static final SchemeKind PCAET = new SchemeKind("pcaet", "Plan climat air énergie territorial");

  /** « Plan local d’urbanisme intercommunal ». Wire code {@code plui}. */
  public static final SchemeKind PLUI = new SchemeKind("plui", "Plan local d’urbanisme intercommunal");

  /**
   * « Plan local d’urbanisme intercommunal habitat et déplacements ». Wire code {@code plui_hd}.
   */
  public static final SchemeKind PLUI_HD = new SchemeKind("plui_hd", "Plan local d’urbanisme intercommunal habitat et déplacements");

  /** « Projet social de territoire ». Wire code {@code pst}. */
  public static final SchemeKind PST = new SchemeKind("pst", "Projet social de territoire");

  /** « Plan régional santé environnement ». Wire code {@code prse}. */
  public static final SchemeKind PRSE = new SchemeKind("prse", "Plan régional santé environnement");

  /** « Contrat de relance et de transition écologique ». Wire code {@code crte}. */
  public static final SchemeKind CRTE = new SchemeKind("crte", "Contrat de relance et de transition écologique");

  /** « Projet alimentaire territorial ». Wire code {@code pat}. */
  public static final SchemeKind PAT = new SchemeKind("pat", "Projet alimentaire territorial");

  /** « Réseau français des Villes-Santé de l’OMS ». Wire code {@code ville_sante_oms}. */
  public static final SchemeKind HEALTHY_CITIES = new SchemeKind("ville_sante_oms", "Réseau français des Villes-Santé de l’OMS");

  /** « Conseil territorial de santé ». Wire code {@code conseil_territorial_sante}. */
  public static final SchemeKind TERRITORIAL_HEALTH_COUNCIL = new SchemeKind("conseil_territorial_sante", "Conseil territorial de santé");

  /** « Campagne nationale de dépistage ». Wire code {@code campagne_nationale_depistage}. */
  public static final SchemeKind NATIONAL_SCREENING_CAMPAIGN = new SchemeKind("campagne_nationale_depistage", "Campagne nationale de dépistage");

  private static final Map<String, SchemeKind> KNOWN =
      index(PRS, PRAPS, CONTRAT_DE_VILLE, QPV, ASV, CLSM, PTSM, CTSM, CPTS, DAC, PCAET,
          PLUI, PLUI_HD, PST, PRSE, CRTE, PAT, HEALTHY_CITIES, TERRITORIAL_HEALTH_COUNCIL,
          NATIONAL_SCREENING_CAMPAIGN);

  private SchemeKind(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static SchemeKind of(String code) {
    SchemeKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new SchemeKind(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<SchemeKind> knownValues() {
    return KNOWN.values();
  }
}
