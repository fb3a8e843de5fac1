package io.github.clsante.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegionTest {

  /** Reference table: every INSEE département code (2016 regions) and its region. */
  private static final Map<String, Region> DEPARTEMENTS = departements();

  private static Map<String, Region> departements() {
    Map<String, Region> table = new LinkedHashMap<>();
    put(table, Region.AUVERGNE_RHONE_ALPES, "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74");
    put(table, Region.HAUTS_DE_FRANCE, "02", "59", "60", "62", "80");
    put(table, Region.PROVENCE_ALPES_COTE_D_AZUR, "04", "05", "06", "13", "83", "84");
    put(table, Region.GRAND_EST, "08", "10", "51", "52", "54", "55", "57", "67", "68", "88");
    put(table, Region.OCCITANIE, "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82");
    put(table, Region.NORMANDIE, "14", "27", "50", "61", "76");
    put(table, Region.NOUVELLE_AQUITAINE,
        "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87");
    put(table, Region.CENTRE_VAL_DE_LOIRE, "18", "28", "36", "37", "41", "45");
    put(table, Region.BOURGOGNE_FRANCHE_COMTE, "21", "25", "39", "58", "70", "71", "89", "90");
    put(table, Region.BRETAGNE, "22", "29", "35", "56");
    put(table, Region.CORSE, "2A", "2B");
    put(table, Region.PAYS_DE_LA_LOIRE, "44", "49", "53", "72", "85");
    put(table, Region.ILE_DE_FRANCE, "75", "77", "78", "91", "92", "93", "94", "95");
    put(table, Region.GUADELOUPE, "971");
    put(table, Region.MARTINIQUE, "972");
    put(table, Region.GUYANE, "973");
    put(table, Region.LA_REUNION, "974");
    put(table, Region.MAYOTTE, "976");
    return table;
  }

  private static void put(Map<String, Region> table, Region region, String... codes) {
    for (String code : codes) {
      assertThat(table.put(code, region)).as("reference table repeats %s", code).isNull();
    }
  }

  @Test
  void there_are_eighteen_regions() {
    assertThat(Region.values()).hasSize(18);
  }

  @Test
  void thirteen_regions_are_metropolitan_and_five_overseas() {
    List<Region> overseas = new ArrayList<>();
    List<Region> metropolitan = new ArrayList<>();
    for (Region region : Region.values()) {
      boolean isOverseas = region.departements().stream().allMatch(code -> code.startsWith("97"));
      (isOverseas ? overseas : metropolitan).add(region);
    }

    assertThat(metropolitan).hasSize(13);
    assertThat(overseas)
        .containsExactly(Region.GUADELOUPE, Region.MARTINIQUE, Region.GUYANE, Region.LA_REUNION, Region.MAYOTTE);
    assertThat(overseas).allSatisfy(region -> assertThat(region.departements()).hasSize(1));
  }

  @Test
  void codes_are_the_insee_region_codes() {
    assertThat(Stream.of(Region.values()).map(Region::code))
        .containsExactly(
            "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84",
            "93", "94");
    assertThat(Region.fromCode("24")).contains(Region.CENTRE_VAL_DE_LOIRE);
    assertThat(Region.fromCode("06")).contains(Region.MAYOTTE);
    assertThat(Region.fromCode("05")).isEmpty();
    assertThat(Region.fromCode("6")).isEmpty();
  }

  @Test
  void of_departement_finds_the_region() {
    assertThat(Region.ofDepartement("80")).contains(Region.HAUTS_DE_FRANCE);
    assertThat(Region.ofDepartement("76")).contains(Region.NORMANDIE);
    assertThat(Region.ofDepartement("41")).contains(Region.CENTRE_VAL_DE_LOIRE);
    assertThat(Region.ofDepartement("2A")).contains(Region.CORSE);
    assertThat(Region.ofDepartement("2B")).contains(Region.CORSE);
    assertThat(Region.ofDepartement("974")).contains(Region.LA_REUNION);
    assertThat(Region.ofDepartement("976")).contains(Region.MAYOTTE);
  }

  @Test
  void of_departement_is_empty_for_codes_that_are_not_departements() {
    assertThat(Region.ofDepartement("20")).isEmpty(); // Corse before 1976
    assertThat(Region.ofDepartement("2a")).isEmpty();
    assertThat(Region.ofDepartement("975")).isEmpty(); // Saint-Pierre-et-Miquelon: no region
    assertThat(Region.ofDepartement("977")).isEmpty();
    assertThat(Region.ofDepartement("00")).isEmpty();
    assertThat(Region.ofDepartement("96")).isEmpty();
    assertThat(Region.ofDepartement("8")).isEmpty();
    assertThat(Region.ofDepartement("080")).isEmpty();
    assertThat(Region.ofDepartement("")).isEmpty();
  }

  @Test
  void of_departement_agrees_with_the_reference_table() {
    for (Map.Entry<String, Region> entry : DEPARTEMENTS.entrySet()) {
      assertThat(Region.ofDepartement(entry.getKey())).as(entry.getKey()).contains(entry.getValue());
    }
  }

  @Test
  void regions_hold_one_hundred_and_one_departements_without_duplicates() {
    List<String> all = new ArrayList<>();
    for (Region region : Region.values()) {
      all.addAll(region.departements());
    }
    Set<String> distinct = new HashSet<>(all);

    assertThat(all).hasSize(101);
    assertThat(distinct).hasSize(101).isEqualTo(DEPARTEMENTS.keySet());
  }

  @Test
  void each_region_lists_exactly_its_departements_in_code_order() {
    Map<Region, List<String>> expected = new EnumMap<>(Region.class);
    DEPARTEMENTS.forEach((code, region) -> expected.computeIfAbsent(region, r -> new ArrayList<>()).add(code));
    for (Region region : Region.values()) {
      assertThat(region.departements()).as(region.name()).isSorted().containsExactlyInAnyOrderElementsOf(expected.get(region));
    }
  }

  @Test
  void departements_cannot_be_modified() {
    assertThatThrownBy(() -> Region.NORMANDIE.departements().add("99"))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThat(Region.NORMANDIE.departements()).containsExactly("14", "27", "50", "61", "76");
  }

  @Test
  void ars_name_is_the_agency_of_the_region() {
    assertThat(Region.NORMANDIE.arsName()).isEqualTo("ARS Normandie");
    assertThat(Region.ILE_DE_FRANCE.arsName()).isEqualTo("ARS Île-de-France");
    assertThat(Region.LA_REUNION.arsName()).isEqualTo("ARS La Réunion");
    assertThat(Region.MAYOTTE.arsName()).isEqualTo("ARS Mayotte");
    for (Region region : Region.values()) {
      assertThat(region.arsName()).isEqualTo("ARS " + region.frenchLabel());
    }
  }

  @Test
  void iso_codes_are_the_iso_3166_2_codes() {
    Map<Region, String> iso = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      iso.put(region, region.isoCode());
    }

    assertThat(iso)
        .containsExactly(
            Map.entry(Region.GUADELOUPE, "FR-971"),
            Map.entry(Region.MARTINIQUE, "FR-972"),
            Map.entry(Region.GUYANE, "FR-973"),
            Map.entry(Region.LA_REUNION, "FR-974"),
            Map.entry(Region.MAYOTTE, "FR-976"),
            Map.entry(Region.ILE_DE_FRANCE, "FR-IDF"),
            Map.entry(Region.CENTRE_VAL_DE_LOIRE, "FR-CVL"),
            Map.entry(Region.BOURGOGNE_FRANCHE_COMTE, "FR-BFC"),
            Map.entry(Region.NORMANDIE, "FR-NOR"),
            Map.entry(Region.HAUTS_DE_FRANCE, "FR-HDF"),
            Map.entry(Region.GRAND_EST, "FR-GES"),
            Map.entry(Region.PAYS_DE_LA_LOIRE, "FR-PDL"),
            Map.entry(Region.BRETAGNE, "FR-BRE"),
            Map.entry(Region.NOUVELLE_AQUITAINE, "FR-NAQ"),
            Map.entry(Region.OCCITANIE, "FR-OCC"),
            Map.entry(Region.AUVERGNE_RHONE_ALPES, "FR-ARA"),
            Map.entry(Region.PROVENCE_ALPES_COTE_D_AZUR, "FR-PAC"),
            Map.entry(Region.CORSE, "FR-20R"));
  }
}
