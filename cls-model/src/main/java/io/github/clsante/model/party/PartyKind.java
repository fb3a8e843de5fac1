package io.github.clsante.model.party;

import io.github.clsante.model.OpenCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of party (type d’acteur): an organisation, or a role such as « Coordonnateur PTSM ». An
 * open list: codes unknown to this SDK are kept as they are (see {@link OpenCode}).
 */
public final class PartyKind extends OpenCode {

  /** « Agence régionale de santé ». Wire code {@code ars}. */
  public static final PartyKind ARS = new PartyKind("ars", "Agence régionale de santé");

  /** The State’s representative. Wire code {@code prefecture}, « Préfecture (État) ». */
  public static final PartyKind PREFECTURE = new PartyKind("prefecture", "Préfecture (État)");

  /** « Région (conseil régional) ». Wire code {@code region}. */
  public static final PartyKind REGION = new PartyKind("region", "Région (conseil régional)");

  /** « Département (conseil départemental) ». Wire code {@code departement}. */
  public static final PartyKind DEPARTEMENT = new PartyKind("departement", "Département (conseil départemental)");

  /** « Commune ». Wire code {@code commune}. */
  public static final PartyKind COMMUNE = new PartyKind("commune", "Commune");

  /** An EPCI. Wire code {@code communaute_de_communes}, « Communauté de communes ». */
  public static final PartyKind COMMUNAUTE_DE_COMMUNES = new PartyKind("communaute_de_communes", "Communauté de communes");

  /** An EPCI. Wire code {@code communaute_agglomeration}, « Communauté d’agglomération ». */
  public static final PartyKind COMMUNAUTE_AGGLOMERATION = new PartyKind("communaute_agglomeration", "Communauté d’agglomération");

  /** An EPCI. Wire code {@code communaute_urbaine}, « Communauté urbaine ». */
  public static final PartyKind COMMUNAUTE_URBAINE = new PartyKind("communaute_urbaine", "Communauté urbaine");

  /** An EPCI. Wire code {@code metropole}, « Métropole ». */
  public static final PartyKind METROPOLE = new PartyKind("metropole", "Métropole");

  /** « Pays ou pôle d’équilibre territorial et rural ». Wire code {@code pays_petr}. */
  public static final PartyKind PAYS_PETR = new PartyKind("pays_petr", "Pays ou pôle d’équilibre territorial et rural");

  /** « Caisse primaire d’assurance maladie ». Wire code {@code cpam}. */
  public static final PartyKind CPAM = new PartyKind("cpam", "Caisse primaire d’assurance maladie");

  /** « Caisse d’allocations familiales ». Wire code {@code caf}. */
  public static final PartyKind CAF = new PartyKind("caf", "Caisse d’allocations familiales");

  /** « Mutualité sociale agricole ». Wire code {@code msa}. */
  public static final PartyKind MSA = new PartyKind("msa", "Mutualité sociale agricole");

  /**
   * « Caisse autonome nationale de la sécurité sociale dans les mines ». Wire code {@code canssm}.
   */
  public static final PartyKind CANSSM = new PartyKind("canssm", "Caisse autonome nationale de la sécurité sociale dans les mines");

  /**
   * A hospital: CH, CHU, EPSM. Wire code {@code etablissement_sante}, « Établissement de santé ».
   */
  public static final PartyKind HOSPITAL = new PartyKind("etablissement_sante", "Établissement de santé");

  /** « Communauté professionnelle territoriale de santé ». Wire code {@code cpts}. */
  public static final PartyKind CPTS = new PartyKind("cpts", "Communauté professionnelle territoriale de santé");

  /** « Éducation nationale ». Wire code {@code education_nationale}. */
  public static final PartyKind EDUCATION_NATIONALE = new PartyKind("education_nationale", "Éducation nationale");

  /** « Centre communal ou intercommunal d’action sociale ». Wire code {@code ccas_cias}. */
  public static final PartyKind CCAS_CIAS = new PartyKind("ccas_cias", "Centre communal ou intercommunal d’action sociale");

  /** « Dispositif d’appui à la coordination ». Wire code {@code dac}. */
  public static final PartyKind DAC = new PartyKind("dac", "Dispositif d’appui à la coordination");

  /** « Observatoire régional de santé ». Wire code {@code ors}. */
  public static final PartyKind ORS = new PartyKind("ors", "Observatoire régional de santé");

  /** « Instance régionale d’éducation et de promotion de la santé ». Wire code {@code ireps}. */
  public static final PartyKind IREPS = new PartyKind("ireps", "Instance régionale d’éducation et de promotion de la santé");

  /** « Ordre professionnel ». Wire code {@code ordre_professionnel}. */
  public static final PartyKind PROFESSIONAL_ORDER = new PartyKind("ordre_professionnel", "Ordre professionnel");

  /** « Association ». Wire code {@code association}. */
  public static final PartyKind ASSOCIATION = new PartyKind("association", "Association");

  /** « Entreprise ». Wire code {@code entreprise}. */
  public static final PartyKind COMPANY = new PartyKind("entreprise", "Entreprise");

  /**
   * A role held by a person rather than an organisation (« Coordonnateur PTSM »). Wire code {@code
   * role}, « Fonction ».
   */
  public static final PartyKind ROLE = new PartyKind("role", "Fonction");

  private static final Map<String, PartyKind> KNOWN =
      index(ARS, PREFECTURE, REGION, DEPARTEMENT, COMMUNE, COMMUNAUTE_DE_COMMUNES,
          COMMUNAUTE_AGGLOMERATION, COMMUNAUTE_URBAINE, METROPOLE, PAYS_PETR, CPAM, CAF,
          MSA, CANSSM, HOSPITAL, CPTS, EDUCATION_NATIONALE, CCAS_CIAS, DAC, ORS, IREPS,
          PROFESSIONAL_ORDER, ASSOCIATION, COMPANY, ROLE);

  private PartyKind(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static PartyKind of(String code) {
    PartyKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new PartyKind(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<PartyKind> knownValues() {
    return KNOWN.values();
  }
}
