package io.github.clsante.model.territory;

import io.github.clsante.model.OpenCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of territory a contract covers (type de territoire). An open list: codes unknown to this
 * SDK are kept as they are (see {@link OpenCode}).
 */
public final class TerritoryKind extends OpenCode {

  /** « Commune ». Wire code {@code commune}. */
  public static final TerritoryKind COMMUNE = new TerritoryKind("commune", "Commune");

  /** « Communauté de communes ». Wire code {@code communaute_de_communes}. */
  public static final TerritoryKind COMMUNAUTE_DE_COMMUNES = new TerritoryKind("communaute_de_communes", "Communauté de communes");

  /** « Communauté d’agglomération ». Wire code {@code communaute_agglomeration}. */
  public static final TerritoryKind COMMUNAUTE_AGGLOMERATION = new TerritoryKind("communaute_agglomeration", "Communauté d’agglomération");

  /** « Communauté urbaine ». Wire code {@code communaute_urbaine}. */
  public static final TerritoryKind COMMUNAUTE_URBAINE = new TerritoryKind("communaute_urbaine", "Communauté urbaine");

  /** « Métropole ». Wire code {@code metropole}. */
  public static final TerritoryKind METROPOLE = new TerritoryKind("metropole", "Métropole");

  /** « Pays ou pôle d’équilibre territorial et rural ». Wire code {@code pays_petr}. */
  public static final TerritoryKind PAYS_PETR = new TerritoryKind("pays_petr", "Pays ou pôle d’équilibre territorial et rural");

  /** « Plusieurs intercommunalités ». Wire code {@code plusieurs_epci}. */
  public static final TerritoryKind SEVERAL_EPCI = new TerritoryKind("plusieurs_epci", "Plusieurs intercommunalités");

  /** « Département ». Wire code {@code departement}. */
  public static final TerritoryKind DEPARTEMENT = new TerritoryKind("departement", "Département");

  /** « Quartier prioritaire de la politique de la ville ». Wire code {@code qpv}. */
  public static final TerritoryKind QPV = new TerritoryKind("qpv", "Quartier prioritaire de la politique de la ville");

  private static final Map<String, TerritoryKind> KNOWN =
      index(COMMUNE, COMMUNAUTE_DE_COMMUNES, COMMUNAUTE_AGGLOMERATION, COMMUNAUTE_URBAINE,
          METROPOLE, PAYS_PETR, SEVERAL_EPCI, DEPARTEMENT, QPV);

  private TerritoryKind(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static TerritoryKind of(String code) {
    TerritoryKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new TerritoryKind(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<TerritoryKind> knownValues() {
    return KNOWN.values();
  }
}
