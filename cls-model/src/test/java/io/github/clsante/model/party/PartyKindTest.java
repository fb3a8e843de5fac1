package io.github.clsante.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyKindTest {

  /** Reference table: the category of every well-known kind, by wire code. */
  private static final Map<String, PartyCategory> CATEGORIES = categories();

  private static Map<String, PartyCategory> categories() {
    Map<String, PartyCategory> table = new LinkedHashMap<>();
    table.put("ars", PartyCategory.HEALTH_AGENCY);
    table.put("prefecture", PartyCategory.STATE);
    table.put("education_nationale", PartyCategory.STATE);
    table.put("dsden", PartyCategory.STATE);
    table.put("region", PartyCategory.LOCAL_AUTHORITY);
    table.put("departement", PartyCategory.LOCAL_AUTHORITY);
    table.put("commune", PartyCategory.LOCAL_AUTHORITY);
    table.put("epci", PartyCategory.LOCAL_AUTHORITY);
    table.put("communaute_de_communes", PartyCategory.LOCAL_AUTHORITY);
    table.put("communaute_agglomeration", PartyCategory.LOCAL_AUTHORITY);
    table.put("communaute_urbaine", PartyCategory.LOCAL_AUTHORITY);
    table.put("metropole", PartyCategory.LOCAL_AUTHORITY);
    table.put("pays_petr", PartyCategory.LOCAL_AUTHORITY);
    table.put("cpam", PartyCategory.HEALTH_INSURANCE);
    table.put("carsat", PartyCategory.HEALTH_INSURANCE);
    table.put("caf", PartyCategory.HEALTH_INSURANCE);
    table.put("msa", PartyCategory.HEALTH_INSURANCE);
    table.put("canssm", PartyCategory.HEALTH_INSURANCE);
    table.put("etablissement_sante", PartyCategory.CARE_PROVIDER);
    table.put("ght", PartyCategory.CARE_PROVIDER);
    table.put("cpts", PartyCategory.CARE_PROVIDER);
    table.put("dac", PartyCategory.CARE_PROVIDER);
    table.put("ccas_cias", PartyCategory.SOCIAL_ACTION);
    table.put("ors", PartyCategory.HEALTH_PROMOTION_AND_OBSERVATION);
    table.put("ireps", PartyCategory.HEALTH_PROMOTION_AND_OBSERVATION);
    table.put("ordre_professionnel", PartyCategory.PROFESSIONAL_BODY);
    table.put("association", PartyCategory.ASSOCIATION);
    table.put("enseignement_catholique", PartyCategory.PRIVATE_EDUCATION);
    table.put("entreprise", PartyCategory.COMPANY);
    table.put("role", PartyCategory.ROLE);
    return table;
  }

  @Test
  void every_well_known_kind_has_a_category() {
    for (PartyKind kind : PartyKind.knownValues()) {
      assertThat(kind.category()).as(kind.code()).isPresent();
    }
  }

  @Test
  void categories_of_the_well_known_kinds_are_the_reference_ones() {
    Map<String, PartyCategory> actual = new LinkedHashMap<>();
    for (PartyKind kind : PartyKind.knownValues()) {
      actual.put(kind.code(), kind.category().orElseThrow());
    }

    assertThat(actual).containsExactlyInAnyOrderEntriesOf(CATEGORIES);
  }

  @Test
  void a_local_authority_is_a_commune_an_epci_a_pays_a_departement_or_a_region() {
    assertThat(PartyCategory.LOCAL_AUTHORITY.knownKinds())
        .containsExactly(
            PartyKind.REGION, PartyKind.DEPARTEMENT, PartyKind.COMMUNE, PartyKind.EPCI,
            PartyKind.COMMUNAUTE_DE_COMMUNES, PartyKind.COMMUNAUTE_AGGLOMERATION, PartyKind.COMMUNAUTE_URBAINE,
            PartyKind.METROPOLE, PartyKind.PAYS_PETR);
  }

  @Test
  void the_bodies_attached_to_an_authority_are_not_local_authorities() {
    // A CCAS or CIAS belongs to its commune or EPCI; a State service or a hospital is not a collectivité.
    assertThat(PartyKind.CCAS_CIAS.belongsTo(PartyCategory.LOCAL_AUTHORITY)).isFalse();
    assertThat(PartyKind.PREFECTURE.belongsTo(PartyCategory.LOCAL_AUTHORITY)).isFalse();
    assertThat(PartyKind.ARS.belongsTo(PartyCategory.LOCAL_AUTHORITY)).isFalse();
    assertThat(PartyKind.HOSPITAL.belongsTo(PartyCategory.LOCAL_AUTHORITY)).isFalse();
  }

  @Test
  void the_state_is_the_prefecture_and_the_education_nationale_but_not_the_enseignement_catholique() {
    assertThat(PartyCategory.STATE.knownKinds())
        .containsExactly(PartyKind.PREFECTURE, PartyKind.EDUCATION_NATIONALE, PartyKind.DSDEN);
    assertThat(PartyKind.ENSEIGNEMENT_CATHOLIQUE.category()).contains(PartyCategory.PRIVATE_EDUCATION);
  }

  @Test
  void health_insurance_is_the_social_security_funds() {
    assertThat(PartyCategory.HEALTH_INSURANCE.knownKinds())
        .containsExactly(PartyKind.CPAM, PartyKind.CARSAT, PartyKind.CAF, PartyKind.MSA, PartyKind.CANSSM);
  }

  @Test
  void care_providers_are_hospitals_ght_cpts_and_dac() {
    assertThat(PartyCategory.CARE_PROVIDER.knownKinds())
        .containsExactly(PartyKind.HOSPITAL, PartyKind.GHT, PartyKind.CPTS, PartyKind.DAC);
  }

  @Test
  void the_ars_is_the_only_health_agency() {
    assertThat(PartyCategory.HEALTH_AGENCY.knownKinds()).containsExactly(PartyKind.ARS);
  }

  @Test
  void every_category_but_other_has_a_well_known_kind_and_each_kind_is_in_one() {
    Set<PartyCategory> used =
        PartyKind.knownValues().stream().map(kind -> kind.category().orElseThrow()).collect(Collectors.toSet());

    assertThat(used).isEqualTo(EnumSet.complementOf(EnumSet.of(PartyCategory.OTHER)));
    assertThat(PartyCategory.OTHER.knownKinds()).isEmpty();
    int total = 0;
    for (PartyCategory category : PartyCategory.values()) {
      total += category.knownKinds().size();
    }
    assertThat(total).isEqualTo(PartyKind.knownValues().size());
  }

  @Test
  void known_kinds_of_a_category_cannot_be_modified() {
    assertThatThrownBy(() -> PartyCategory.STATE.knownKinds().add(PartyKind.ARS))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_unknown_kind_has_no_category_and_belongs_to_none() {
    PartyKind unknown = PartyKind.of("mutuelle");

    assertThat(unknown.category()).isEmpty();
    for (PartyCategory category : PartyCategory.values()) {
      assertThat(unknown.belongsTo(category)).as(category.code()).isFalse();
    }
    // A typo of a well-known code is an unknown code: it has no category either.
    assertThat(PartyKind.of("communaute_de_commune").category()).isEmpty();
    assertThat(PartyKind.of("EPCI").category()).isEmpty();
  }

  @Test
  void belongs_to_is_the_category() {
    for (PartyKind kind : PartyKind.knownValues()) {
      for (PartyCategory category : PartyCategory.values()) {
        assertThat(kind.belongsTo(category)).as("%s in %s", kind, category).isEqualTo(kind.category().orElseThrow() == category);
      }
    }
  }

  @Test
  void belongs_to_rejects_null_naming_the_category() {
    assertThatThrownBy(() -> PartyKind.ARS.belongsTo(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("category");
  }

  @Test
  void the_kinds_added_for_real_contracts_have_their_codes_and_labels() {
    assertThat(PartyKind.of("epci")).isSameAs(PartyKind.EPCI);
    assertThat(PartyKind.EPCI.frenchLabel()).isEqualTo("Établissement public de coopération intercommunale");
    assertThat(PartyKind.of("carsat")).isSameAs(PartyKind.CARSAT);
    assertThat(PartyKind.CARSAT.frenchLabel()).isEqualTo("Caisse d’assurance retraite et de la santé au travail");
    assertThat(PartyKind.of("ght")).isSameAs(PartyKind.GHT);
    assertThat(PartyKind.GHT.frenchLabel()).isEqualTo("Groupement hospitalier de territoire");
    assertThat(PartyKind.of("dsden")).isSameAs(PartyKind.DSDEN);
    assertThat(PartyKind.DSDEN.frenchLabel())
        .isEqualTo("Direction des services départementaux de l’Éducation nationale");
    assertThat(PartyKind.of("enseignement_catholique")).isSameAs(PartyKind.ENSEIGNEMENT_CATHOLIQUE);
    assertThat(PartyKind.ENSEIGNEMENT_CATHOLIQUE.frenchLabel()).isEqualTo("Enseignement catholique");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // misspelt codes
    "communaute_de_commune, communaute_de_communes",
    "communautes_de_communes, communaute_de_communes",
    "communaute_d_agglomeration, communaute_agglomeration",
    "comunaute_urbaine, communaute_urbaine",
    "metropol, metropole",
    "etablissement_de_sante, etablissement_sante",
    "prefecure, prefecture",
    "educaton_nationale, education_nationale",
    "enseignement_catolique, enseignement_catholique",
    "ordres_professionnels, ordre_professionnel",
    "asociation, association",
    "epic, epci",
    // codes written in capitals, with spaces or dashes
    "EPCI, epci",
    "CPAM, cpam",
    "GHT, ght",
    "Ccas-Cias, ccas_cias",
    "pays petr, pays_petr",
    // French labels
    "Établissement public de coopération intercommunale, epci",
    "Communauté d’agglomération, communaute_agglomeration",
    "Groupement hospitalier de territoire, ght",
    "Caisse primaire d'assurance maladie, cpam",
    "Fonction, role",
    // other words for a well-known kind
    "conseil_departemental, departement",
    "Conseil régional, region",
    "conseil_departmental, departement",
    "centre_hospitalier, etablissement_sante",
    "hopital, etablissement_sante",
    "CHU, etablissement_sante",
    "EPSM, etablissement_sante",
    "intercommunalite, epci",
    "CC, communaute_de_communes",
    "CA, communaute_agglomeration",
    "CU, communaute_urbaine",
    "PETR, pays_petr",
    "CCAS, ccas_cias",
    "CIAS, ccas_cias",
    "rectorat, education_nationale",
    "État, prefecture",
    "ville, commune",
    "mairie, commune"
  })
  void closest_known_finds_the_kind_a_code_most_likely_means(String written, String meant) {
    assertThat(PartyKind.closestKnown(written)).contains(PartyKind.of(meant));
    assertThat(PartyKind.of(meant).isKnown()).isTrue();
  }

  @Test
  void closest_known_of_a_well_known_code_is_its_kind() {
    for (PartyKind kind : PartyKind.knownValues()) {
      assertThat(PartyKind.closestKnown(kind.code())).as(kind.code()).containsSame(kind);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mutuelle", "", "_", "c", "x", "cx", "syndicat_mixte", "CH Lens", "centre hospitalier de Lens",
        "conseil", "communaute", "Commune de Murat et communauté de communes du Pays de Murat"
      })
  void closest_known_is_empty_when_no_kind_is_close(String written) {
    assertThat(PartyKind.closestKnown(written)).isEmpty();
  }

  @Test
  void short_other_words_are_matched_exactly_only() {
    // « CD » is one letter from « CC », « CA », « CU » and « CH »: no guess.
    assertThat(PartyKind.closestKnown("CD")).isEmpty();
    assertThat(PartyKind.closestKnown("CCA")).isEmpty();
  }

  @Test
  void closest_known_of_a_long_text_is_empty() {
    assertThat(PartyKind.closestKnown("communaute_de_communes".repeat(20))).isEmpty();
  }

  @Test
  void closest_known_rejects_null_naming_the_code() {
    assertThatThrownBy(() -> PartyKind.closestKnown(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }
}
