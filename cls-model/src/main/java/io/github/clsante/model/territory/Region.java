package io.github.clsante.model.territory;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A French region (région) since 2016, each with its Agence régionale de santé: the closed list of
 * the 18 regions and their 18 ARS (13 in metropolitan France, 5 overseas).
 *
 * <p>The wire code is the region's two-digit INSEE code ({@code 28} = Normandie). Each region knows
 * its départements, so that a territory's départements can be checked against its regions. Mayotte has
 * had its own ARS since 1 January 2020 (before: ARS Océan Indien, with La Réunion).
 *
 * <pre>{@code
 * Region.fromCode("24");            // Optional[CENTRE_VAL_DE_LOIRE]
 * Region.ofDepartement("80");       // Optional[HAUTS_DE_FRANCE]
 * Region.NORMANDIE.arsName();       // "ARS Normandie"
 * }</pre>
 */
public enum Region implements Coded {
  /** Guadeloupe, INSEE {@code 01}; its ARS also covers Saint-Martin and Saint-Barthélemy. */
  GUADELOUPE("01", "Guadeloupe", "FR-971", "971"),
  /** Martinique, INSEE {@code 02}. */
  MARTINIQUE("02", "Martinique", "FR-972", "972"),
  /** Guyane, INSEE {@code 03}. */
  GUYANE("03", "Guyane", "FR-973", "973"),
  /** La Réunion, INSEE {@code 04}. */
  LA_REUNION("04", "La Réunion", "FR-974", "974"),
  /** Mayotte, INSEE {@code 06}. */
  MAYOTTE("06", "Mayotte", "FR-976", "976"),
  /** Île-de-France, INSEE {@code 11}. */
  ILE_DE_FRANCE("11", "Île-de-France", "FR-IDF", "75", "77", "78", "91", "92", "93", "94", "95"),
  /** Centre-Val de Loire, INSEE {@code 24}. */
  CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "FR-CVL", "18", "28", "36", "37", "41", "45"),
  /** Bourgogne-Franche-Comté, INSEE {@code 27}. */
  BOURGOGNE_FRANCHE_COMTE(
      "27", "Bourgogne-Franche-Comté", "FR-BFC", "21", "25", "39", "58", "70", "71", "89", "90"),
  /** Normandie, INSEE {@code 28}. */
  NORMANDIE("28", "Normandie", "FR-NOR", "14", "27", "50", "61", "76"),
  /** Hauts-de-France, INSEE {@code 32}. */
  HAUTS_DE_FRANCE("32", "Hauts-de-France", "FR-HDF", "02", "59", "60", "62", "80"),
  /** Grand Est, INSEE {@code 44}. */
  GRAND_EST("44", "Grand Est", "FR-GES", "08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
  /** Pays de la Loire, INSEE {@code 52}. */
  PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "FR-PDL", "44", "49", "53", "72", "85"),
  /** Bretagne, INSEE {@code 53}. */
  BRETAGNE("53", "Bretagne", "FR-BRE", "22", "29", "35", "56"),
  /** Nouvelle-Aquitaine, INSEE {@code 75}. */
  NOUVELLE_AQUITAINE(
      "75", "Nouvelle-Aquitaine", "FR-NAQ",
      "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
  /** Occitanie, INSEE {@code 76}. */
  OCCITANIE(
      "76", "Occitanie", "FR-OCC",
      "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
  /** Auvergne-Rhône-Alpes, INSEE {@code 84}. */
  AUVERGNE_RHONE_ALPES(
      "84", "Auvergne-Rhône-Alpes", "FR-ARA",
      "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
  /** Provence-Alpes-Côte d’Azur, INSEE {@code 93}. */
  PROVENCE_ALPES_COTE_D_AZUR(
      "93", "Provence-Alpes-Côte d’Azur", "FR-PAC", "04", "05", "06", "13", "83", "84"),
  /** Corse, INSEE {@code 94}. */
  CORSE("94", "Corse", "FR-20R", "2A", "2B");

  private static final Map<String, Region> BY_DEPARTEMENT = new HashMap<>();

  static {
    for (Region region : values()) {
      for (String departement : region.departements) {
        BY_DEPARTEMENT.put(departement, region);
      }
    }
  }

  private final String code;
  private final String frenchName;
  private final String isoCode;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> departements;

  Region(String code, String frenchName, String isoCode, String... departements) {
    this.code = code;
    this.frenchName = frenchName;
    this.isoCode = isoCode;
    this.departements = List.of(departements);
  }

  /**
   * Returns the region with the given INSEE code.
   *
   * @param code the two-digit INSEE code ({@code "28"})
   * @return the region, or empty when no region has that code
   */
  public static Optional<Region> fromCode(String code) {
    return CodeLookup.byCode(Region.class, code);
  }

  /**
   * Returns the region a département belongs to.
   *
   * @param departement the INSEE département code ({@code "76"}, {@code "2A"}, {@code "974"})
   * @return the region, or empty when the code is not a département code
   */
  public static Optional<Region> ofDepartement(String departement) {
    return Optional.ofNullable(BY_DEPARTEMENT.get(departement));
  }

  /** Returns the INSEE region code ({@code "28"}). */
  @Override
  public String code() {
    return code;
  }

  /** Returns the region's French name ({@code "Normandie"}). */
  @Override
  public String frenchLabel() {
    return frenchName;
  }

  /**
   * Returns the name of the region's agency ({@code "ARS Normandie"}).
   *
   * @return the ARS name
   */
  public String arsName() {
    return "ARS " + frenchName;
  }

  /**
   * Returns the ISO 3166-2 code of the region ({@code "FR-NOR"}).
   *
   * @return the ISO code
   */
  public String isoCode() {
    return isoCode;
  }

  /**
   * Returns the INSEE codes of the region's départements, in code order.
   *
   * @return an unmodifiable list
   */
  public List<String> departements() {
    return departements;
  }
}
