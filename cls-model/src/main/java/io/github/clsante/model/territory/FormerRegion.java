package io.github.clsante.model.territory;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A former region (ancienne région): one of the 16 metropolitan regions that merged into a larger one
 * on 1 January 2016, each with the ARS it had until then (« ARS Auvergne », « ARS Bourgogne »). A
 * closed list, for contracts drawn up or signed before the merger.
 *
 * <p>The wire code is the region’s INSEE code before 2016 ({@code 83} = Auvergne); none is the code of
 * a current {@link Region}. The regions that did not merge (Bretagne, Centre, Corse, Île-de-France,
 * Pays de la Loire, Provence-Alpes-Côte d’Azur and the overseas regions) kept their code and are not
 * in this list: their {@link Region} serves, before 2016 as after (Centre became Centre-Val de Loire in
 * 2015 under the same code). Nor are the provisional names of 2016
 * (« Alsace-Champagne-Ardenne-Lorraine », « Nord-Pas-de-Calais-Picardie »…): they name the current
 * region, under its current code.
 *
 * <pre>{@code
 * FormerRegion.fromCode("83");              // Optional[AUVERGNE]
 * FormerRegion.AUVERGNE.arsName();          // "ARS Auvergne"
 * FormerRegion.AUVERGNE.successor();        // AUVERGNE_RHONE_ALPES
 * FormerRegion.ofDepartement("15");         // Optional[AUVERGNE]
 * FormerRegion.ofDepartement("35");         // Optional.empty: Bretagne did not merge
 * }</pre>
 */
public enum FormerRegion implements Coded {
  /** Alsace, INSEE {@code 42} before 2016; merged into {@link Region#GRAND_EST}. */
  ALSACE("42", "Alsace", Region.GRAND_EST, "67", "68"),
  /** Aquitaine, INSEE {@code 72} before 2016; merged into {@link Region#NOUVELLE_AQUITAINE}. */
  AQUITAINE("72", "Aquitaine", Region.NOUVELLE_AQUITAINE, "24", "33", "40", "47", "64"),
  /** Auvergne, INSEE {@code 83} before 2016; merged into {@link Region#AUVERGNE_RHONE_ALPES}. */
  AUVERGNE("83", "Auvergne", Region.AUVERGNE_RHONE_ALPES, "03", "15", "43", "63"),
  /** Basse-Normandie, INSEE {@code 25} before 2016; merged into {@link Region#NORMANDIE}. */
  BASSE_NORMANDIE("25", "Basse-Normandie", Region.NORMANDIE, "14", "50", "61"),
  /** Bourgogne, INSEE {@code 26} before 2016; merged into {@link Region#BOURGOGNE_FRANCHE_COMTE}. */
  BOURGOGNE("26", "Bourgogne", Region.BOURGOGNE_FRANCHE_COMTE, "21", "58", "71", "89"),
  /** Champagne-Ardenne, INSEE {@code 21} before 2016; merged into {@link Region#GRAND_EST}. */
  CHAMPAGNE_ARDENNE("21", "Champagne-Ardenne", Region.GRAND_EST, "08", "10", "51", "52"),
  /** Franche-Comté, INSEE {@code 43} before 2016; merged into {@link Region#BOURGOGNE_FRANCHE_COMTE}. */
  FRANCHE_COMTE("43", "Franche-Comté", Region.BOURGOGNE_FRANCHE_COMTE, "25", "39", "70", "90"),
  /** Haute-Normandie, INSEE {@code 23} before 2016; merged into {@link Region#NORMANDIE}. */
  HAUTE_NORMANDIE("23", "Haute-Normandie", Region.NORMANDIE, "27", "76"),
  /** Languedoc-Roussillon, INSEE {@code 91} before 2016; merged into {@link Region#OCCITANIE}. */
  LANGUEDOC_ROUSSILLON("91", "Languedoc-Roussillon", Region.OCCITANIE, "11", "30", "34", "48", "66"),
  /** Limousin, INSEE {@code 74} before 2016; merged into {@link Region#NOUVELLE_AQUITAINE}. */
  LIMOUSIN("74", "Limousin", Region.NOUVELLE_AQUITAINE, "19", "23", "87"),
  /** Lorraine, INSEE {@code 41} before 2016; merged into {@link Region#GRAND_EST}. */
  LORRAINE("41", "Lorraine", Region.GRAND_EST, "54", "55", "57", "88"),
  /** Midi-Pyrénées, INSEE {@code 73} before 2016; merged into {@link Region#OCCITANIE}. */
  MIDI_PYRENEES("73", "Midi-Pyrénées", Region.OCCITANIE, "09", "12", "31", "32", "46", "65", "81", "82"),
  /** Nord-Pas-de-Calais, INSEE {@code 31} before 2016; merged into {@link Region#HAUTS_DE_FRANCE}. */
  NORD_PAS_DE_CALAIS("31", "Nord-Pas-de-Calais", Region.HAUTS_DE_FRANCE, "59", "62"),
  /** Picardie, INSEE {@code 22} before 2016; merged into {@link Region#HAUTS_DE_FRANCE}. */
  PICARDIE("22", "Picardie", Region.HAUTS_DE_FRANCE, "02", "60", "80"),
  /** Poitou-Charentes, INSEE {@code 54} before 2016; merged into {@link Region#NOUVELLE_AQUITAINE}. */
  POITOU_CHARENTES("54", "Poitou-Charentes", Region.NOUVELLE_AQUITAINE, "16", "17", "79", "86"),
  /** Rhône-Alpes, INSEE {@code 82} before 2016; merged into {@link Region#AUVERGNE_RHONE_ALPES}. */
  RHONE_ALPES("82", "Rhône-Alpes", Region.AUVERGNE_RHONE_ALPES, "01", "07", "26", "38", "42", "69", "73", "74");

  private static final Map<String, FormerRegion> BY_DEPARTEMENT = new HashMap<>();

  static {
    for (FormerRegion region : values()) {
      for (String departement : region.departements) {
        BY_DEPARTEMENT.put(departement, region);
      }
    }
  }

  private final String code;
  private final String frenchName;
  private final Region successor;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> departements;

  FormerRegion(String code, String frenchName, Region successor, String... departements) {
    this.code = code;
    this.frenchName = frenchName;
    this.successor = successor;
    this.departements = List.of(departements);
  }

  /**
   * Returns the former region with the given INSEE code (before 2016).
   *
   * @param code the two-digit INSEE code ({@code "83"})
   * @return the former region, or empty when no region that merged in 2016 had that code
   */
  public static Optional<FormerRegion> fromCode(String code) {
    return CodeLookup.byCode(FormerRegion.class, code);
  }

  /**
   * Returns the former region a département belonged to.
   *
   * @param departement the INSEE département code ({@code "15"})
   * @return the former region, or empty when the code is not a département code or the département’s
   *     region did not merge (its {@link Region} serves: {@link Region#ofDepartement(String)})
   */
  public static Optional<FormerRegion> ofDepartement(String departement) {
    return Optional.ofNullable(BY_DEPARTEMENT.get(departement));
  }

  /** Returns the INSEE region code before 2016 ({@code "83"}). */
  @Override
  public String code() {
    return code;
  }

  /** Returns the former region’s French name ({@code "Auvergne"}). */
  @Override
  public String frenchLabel() {
    return frenchName;
  }

  /**
   * Returns the name of the former region’s agency, until 2016 ({@code "ARS Auvergne"}).
   *
   * @return the ARS name
   */
  public String arsName() {
    return "ARS " + frenchName;
  }

  /**
   * Returns the current region this one merged into on 1 January 2016.
   *
   * @return the successor region ({@link Region#AUVERGNE_RHONE_ALPES} for Auvergne)
   */
  public Region successor() {
    return successor;
  }

  /**
   * Returns the INSEE codes of the former region’s départements, in code order.
   *
   * @return an unmodifiable list
   */
  public List<String> departements() {
    return departements;
  }
}
