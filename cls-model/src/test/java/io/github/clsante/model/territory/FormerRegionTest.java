package io.github.clsante.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormerRegionTest {

  /** Reference table: each former region’s INSEE code before 2016, its name and its successor. */
  private static final Map<FormerRegion, Object[]> REFERENCE = reference();

  private static Map<FormerRegion, Object[]> reference() {
    Map<FormerRegion, Object[]> table = new EnumMap<>(FormerRegion.class);
    table.put(FormerRegion.ALSACE, new Object[] {"42", "Alsace", Region.GRAND_EST});
    table.put(FormerRegion.AQUITAINE, new Object[] {"72", "Aquitaine", Region.NOUVELLE_AQUITAINE});
    table.put(FormerRegion.AUVERGNE, new Object[] {"83", "Auvergne", Region.AUVERGNE_RHONE_ALPES});
    table.put(FormerRegion.BASSE_NORMANDIE, new Object[] {"25", "Basse-Normandie", Region.NORMANDIE});
    table.put(FormerRegion.BOURGOGNE, new Object[] {"26", "Bourgogne", Region.BOURGOGNE_FRANCHE_COMTE});
    table.put(FormerRegion.CHAMPAGNE_ARDENNE, new Object[] {"21", "Champagne-Ardenne", Region.GRAND_EST});
    table.put(FormerRegion.FRANCHE_COMTE, new Object[] {"43", "Franche-Comté", Region.BOURGOGNE_FRANCHE_COMTE});
    table.put(FormerRegion.HAUTE_NORMANDIE, new Object[] {"23", "Haute-Normandie", Region.NORMANDIE});
    table.put(FormerRegion.LANGUEDOC_ROUSSILLON, new Object[] {"91", "Languedoc-Roussillon", Region.OCCITANIE});
    table.put(FormerRegion.LIMOUSIN, new Object[] {"74", "Limousin", Region.NOUVELLE_AQUITAINE});
    table.put(FormerRegion.LORRAINE, new Object[] {"41", "Lorraine", Region.GRAND_EST});
    table.put(FormerRegion.MIDI_PYRENEES, new Object[] {"73", "Midi-Pyrénées", Region.OCCITANIE});
    table.put(FormerRegion.NORD_PAS_DE_CALAIS, new Object[] {"31", "Nord-Pas-de-Calais", Region.HAUTS_DE_FRANCE});
    table.put(FormerRegion.PICARDIE, new Object[] {"22", "Picardie", Region.HAUTS_DE_FRANCE});
    table.put(FormerRegion.POITOU_CHARENTES, new Object[] {"54", "Poitou-Charentes", Region.NOUVELLE_AQUITAINE});
    table.put(FormerRegion.RHONE_ALPES, new Object[] {"82", "Rhône-Alpes", Region.AUVERGNE_RHONE_ALPES});
    return table;
  }

  /** The regions that did not merge in 2016: their current region serves before 2016 too. */
  private static final Set<Region> UNMERGED =
      EnumSet.of(
          Region.GUADELOUPE, Region.MARTINIQUE, Region.GUYANE, Region.LA_REUNION, Region.MAYOTTE,
          Region.ILE_DE_FRANCE, Region.CENTRE_VAL_DE_LOIRE, Region.PAYS_DE_LA_LOIRE, Region.BRETAGNE,
          Region.PROVENCE_ALPES_COTE_D_AZUR, Region.CORSE);

  @Test
  void there_are_sixteen_former_regions_every_one_in_the_reference_table() {
    assertThat(FormerRegion.values()).hasSize(16);
    assertThat(REFERENCE.keySet()).containsExactly(FormerRegion.values());
  }

  @Test
  void codes_names_and_successors_are_the_reference_ones() {
    for (FormerRegion region : FormerRegion.values()) {
      Object[] expected = REFERENCE.get(region);
      assertThat(region.code()).as(region.name()).isEqualTo(expected[0]);
      assertThat(region.frenchLabel()).as(region.name()).isEqualTo(expected[1]);
      assertThat(region.successor()).as(region.name()).isEqualTo(expected[2]);
      assertThat(FormerRegion.fromCode(region.code())).containsSame(region);
    }
  }

  @Test
  void no_former_code_is_the_code_of_a_current_region() {
    Set<String> current = Stream.of(Region.values()).map(Region::code).collect(Collectors.toSet());

    for (FormerRegion region : FormerRegion.values()) {
      assertThat(current).as(region.name()).doesNotContain(region.code());
      assertThat(Region.fromCode(region.code())).as(region.name()).isEmpty();
    }
    for (Region region : Region.values()) {
      assertThat(FormerRegion.fromCode(region.code())).as(region.name()).isEmpty();
    }
  }

  @Test
  void former_regions_merged_into_the_seven_regions_created_in_2016() {
    Set<Region> successors = EnumSet.noneOf(Region.class);
    for (FormerRegion region : FormerRegion.values()) {
      successors.add(region.successor());
    }

    assertThat(successors)
        .containsExactlyInAnyOrder(
            Region.GRAND_EST, Region.NOUVELLE_AQUITAINE, Region.AUVERGNE_RHONE_ALPES, Region.NORMANDIE,
            Region.BOURGOGNE_FRANCHE_COMTE, Region.OCCITANIE, Region.HAUTS_DE_FRANCE);
    assertThat(successors).doesNotContainAnyElementsOf(UNMERGED);
    assertThat(EnumSet.complementOf(EnumSet.copyOf(successors))).isEqualTo(UNMERGED);
  }

  @Test
  void the_former_regions_of_a_successor_hold_exactly_its_departements() {
    Map<Region, List<String>> merged = new EnumMap<>(Region.class);
    for (FormerRegion region : FormerRegion.values()) {
      merged.computeIfAbsent(region.successor(), r -> new ArrayList<>()).addAll(region.departements());
    }

    merged.forEach(
        (successor, departements) ->
            assertThat(departements).as(successor.name()).containsExactlyInAnyOrderElementsOf(successor.departements()));
  }

  @Test
  void each_departement_of_a_former_region_is_in_its_successor_and_in_no_other_former_region() {
    Set<String> seen = new HashSet<>();
    for (FormerRegion region : FormerRegion.values()) {
      assertThat(region.departements()).as(region.name()).isNotEmpty().isSorted();
      for (String departement : region.departements()) {
        assertThat(seen.add(departement)).as("%s is in two former regions", departement).isTrue();
        assertThat(Region.ofDepartement(departement)).as(departement).contains(region.successor());
        assertThat(FormerRegion.ofDepartement(departement)).as(departement).containsSame(region);
      }
    }
    assertThat(seen).hasSize(65);
  }

  @Test
  void of_departement_finds_the_former_region() {
    Map<String, FormerRegion> samples = new LinkedHashMap<>();
    samples.put("15", FormerRegion.AUVERGNE); // Cantal: Saint-Flour, Murat
    samples.put("63", FormerRegion.AUVERGNE);
    samples.put("69", FormerRegion.RHONE_ALPES);
    samples.put("76", FormerRegion.HAUTE_NORMANDIE); // Le Havre
    samples.put("14", FormerRegion.BASSE_NORMANDIE);
    samples.put("80", FormerRegion.PICARDIE); // Mers-les-Bains, Villes sœurs
    samples.put("62", FormerRegion.NORD_PAS_DE_CALAIS); // Lens-Liévin
    samples.put("21", FormerRegion.BOURGOGNE);
    samples.put("90", FormerRegion.FRANCHE_COMTE);
    samples.put("57", FormerRegion.LORRAINE);
    samples.put("67", FormerRegion.ALSACE);
    samples.put("08", FormerRegion.CHAMPAGNE_ARDENNE);
    samples.put("34", FormerRegion.LANGUEDOC_ROUSSILLON);
    samples.put("31", FormerRegion.MIDI_PYRENEES);
    samples.put("33", FormerRegion.AQUITAINE);
    samples.put("87", FormerRegion.LIMOUSIN);
    samples.put("86", FormerRegion.POITOU_CHARENTES);
    samples.forEach(
        (departement, region) -> assertThat(FormerRegion.ofDepartement(departement)).as(departement).contains(region));
  }

  @Test
  void of_departement_is_empty_where_the_region_did_not_merge() {
    for (Region region : UNMERGED) {
      for (String departement : region.departements()) {
        assertThat(FormerRegion.ofDepartement(departement)).as(departement).isEmpty();
      }
    }
    assertThat(FormerRegion.ofDepartement("41")).isEmpty(); // Loir-et-Cher: Centre, now Centre-Val de Loire
    assertThat(FormerRegion.ofDepartement("2A")).isEmpty();
  }

  @Test
  void of_departement_is_empty_for_codes_that_are_not_departements() {
    assertThat(FormerRegion.ofDepartement("20")).isEmpty();
    assertThat(FormerRegion.ofDepartement("96")).isEmpty();
    assertThat(FormerRegion.ofDepartement("8")).isEmpty();
    assertThat(FormerRegion.ofDepartement("83")).isEmpty(); // Var (PACA), not the code of Auvergne
    assertThat(FormerRegion.ofDepartement("")).isEmpty();
  }

  @Test
  void a_former_region_code_is_not_a_departement_lookup() {
    // 21 is Champagne-Ardenne as a region, Côte-d’Or (Bourgogne) as a département.
    assertThat(FormerRegion.fromCode("21")).contains(FormerRegion.CHAMPAGNE_ARDENNE);
    assertThat(FormerRegion.ofDepartement("21")).contains(FormerRegion.BOURGOGNE);
  }

  @Test
  void ars_name_is_the_agency_of_the_former_region() {
    assertThat(FormerRegion.AUVERGNE.arsName()).isEqualTo("ARS Auvergne");
    assertThat(FormerRegion.BOURGOGNE.arsName()).isEqualTo("ARS Bourgogne");
    assertThat(FormerRegion.NORD_PAS_DE_CALAIS.arsName()).isEqualTo("ARS Nord-Pas-de-Calais");
    for (FormerRegion region : FormerRegion.values()) {
      assertThat(region.arsName()).isEqualTo("ARS " + region.frenchLabel());
    }
  }

  @Test
  void no_former_name_is_the_name_of_a_current_region() {
    Set<String> current = Stream.of(Region.values()).map(Region::frenchLabel).collect(Collectors.toSet());

    for (FormerRegion region : FormerRegion.values()) {
      assertThat(current).as(region.name()).doesNotContain(region.frenchLabel());
    }
  }

  @Test
  void departements_cannot_be_modified() {
    assertThatThrownBy(() -> FormerRegion.AUVERGNE.departements().add("99"))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThat(FormerRegion.AUVERGNE.departements()).containsExactly("03", "15", "43", "63");
  }
}
