package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.territory.TerritoryKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenCodeTest {

  /** An open code list: its class, its {@code of} factory, its {@code knownValues} and its wire codes. */
  private static final class OpenList {
    final Class<? extends OpenCode> type;
    final Function<String, OpenCode> of;
    final Supplier<Collection<? extends OpenCode>> knownValues;
    final List<String> codes;

    OpenList(
        Class<? extends OpenCode> type,
        Function<String, OpenCode> of,
        Supplier<Collection<? extends OpenCode>> knownValues,
        String... codes) {
      this.type = type;
      this.of = of;
      this.knownValues = knownValues;
      this.codes = List.of(codes);
    }

    /** The well-known values, as a list of {@link OpenCode} (the declared type is a wildcard). */
    List<OpenCode> known() {
      return List.copyOf(knownValues.get());
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /** Every open code list of the model, with its wire codes in declaration order. */
  private static final List<OpenList> LISTS =
      List.of(
          new OpenList(
              PartyKind.class, PartyKind::of, PartyKind::knownValues,
              "ars", "prefecture", "region", "departement", "commune", "epci", "communaute_de_communes",
              "communaute_agglomeration", "communaute_urbaine", "metropole", "pays_petr", "cpam", "carsat",
              "caf", "msa", "canssm", "etablissement_sante", "ght", "cpts", "education_nationale", "dsden",
              "enseignement_catholique", "ccas_cias", "dac", "ors", "ireps", "ordre_professionnel",
              "association", "entreprise", "role"),
          new OpenList(
              IdentifierScheme.class, IdentifierScheme::of, IdentifierScheme::knownValues,
              "siren", "siret", "finess_ej", "finess_et", "rna", "uai"),
          new OpenList(
              TerritoryKind.class, TerritoryKind::of, TerritoryKind::knownValues,
              "commune", "communaute_de_communes", "communaute_agglomeration", "communaute_urbaine",
              "metropole", "pays_petr", "plusieurs_epci", "departement", "qpv"),
          new OpenList(
              IndicatorType.class, IndicatorType::of, IndicatorType::knownValues,
              "processus", "resultat", "impact", "activite", "moyens"),
          new OpenList(
              SchemeKind.class, SchemeKind::of, SchemeKind::knownValues,
              "prs", "praps", "contrat_de_ville", "qpv", "asv", "clsm", "ptsm", "ctsm", "cpts", "dac",
              "pcaet", "plui", "plui_hd", "pst", "prse", "crte", "pat", "ville_sante_oms",
              "conseil_territorial_sante", "campagne_nationale_depistage"),
          new OpenList(
              GovernanceBodyKind.class, GovernanceBodyKind::of, GovernanceBodyKind::knownValues,
              "copil", "cotech", "comite_de_suivi", "groupe_de_travail", "rencontre_annuelle",
              "assemblee_pleniere", "commission_elus"),
          new OpenList(
              FundKind.class, FundKind::of, FundKind::knownValues,
              "fir", "fnpeis", "fonds_propres", "etat", "politique_de_la_ville",
              "conference_des_financeurs", "fonds_europeens"),
          new OpenList(
              TargetPublic.class, TargetPublic::of, TargetPublic::knownValues,
              "tout_public", "petite_enfance", "enfants", "jeunes", "etudiants", "etudiants_sante",
              "public_scolaire", "adultes", "personnes_agees", "aidants", "personnes_handicap",
              "personnes_precarite", "habitants_qpv", "troubles_psychiques", "conduites_addictives",
              "professionnels_sante", "professionnels_social", "elus", "collectivites", "associations",
              "agents"),
          new OpenList(
              HealthDeterminant.class, HealthDeterminant::of, HealthDeterminant::knownValues,
              "alimentation", "activite_physique", "tabac", "alcool", "addictions", "lien_social",
              "revenus", "emploi", "education", "logement", "mobilite", "environnement",
              "acces_aux_soins", "acces_aux_droits", "competences_psychosociales"));

  static Stream<Arguments> lists() {
    return LISTS.stream().map(Arguments::of);
  }

  @Test
  void every_open_code_list_of_the_model_is_tested() {
    Set<Class<?>> openLists =
        ModelClasses.all().stream()
            .filter(type -> OpenCode.class.isAssignableFrom(type) && type != OpenCode.class)
            .collect(Collectors.toSet());

    assertThat(openLists).containsExactlyInAnyOrderElementsOf(LISTS.stream().map(list -> list.type).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void known_values_are_the_reference_codes_in_declaration_order(OpenList list) {
    assertThat(list.known()).extracting(OpenCode::code).containsExactlyElementsOf(list.codes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void every_constant_is_a_known_value(OpenList list) throws IllegalAccessException {
    List<OpenCode> constants = new ArrayList<>();
    for (Field field : list.type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == list.type) {
        assertThat(Modifier.isFinal(modifiers)).as(field.getName()).isTrue();
        constants.add((OpenCode) field.get(null));
      }
    }

    assertThat(list.known()).containsExactlyInAnyOrderElementsOf(constants);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void known_codes_are_distinct_lower_case_ascii(OpenList list) {
    Set<String> seen = new HashSet<>();
    for (OpenCode value : list.known()) {
      assertThat(value.code()).matches("[a-z0-9_]+");
      assertThat(seen.add(value.code())).as("duplicate code %s", value.code()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void of_returns_the_constant_for_each_known_code(OpenList list) {
    for (OpenCode value : list.known()) {
      assertThat(list.of.apply(value.code())).isSameAs(value);
      assertThat(value.isKnown()).isTrue();
      assertThat(value.frenchLabel()).isNotBlank().isNotEqualTo(value.code());
      assertThat(value).hasToString(value.code());
      assertThat(value).isExactlyInstanceOf(list.type);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void of_keeps_an_unknown_code(OpenList list) {
    OpenCode unknown = list.of.apply("code_inconnu");

    assertThat(unknown).isExactlyInstanceOf(list.type);
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.code()).isEqualTo("code_inconnu");
    assertThat(unknown.frenchLabel()).isEqualTo("code_inconnu");
    assertThat(unknown).hasToString("code_inconnu");
    assertThat(list.known()).doesNotContain(unknown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void of_compares_codes_exactly(OpenList list) {
    OpenCode first = list.known().get(0);

    OpenCode upper = list.of.apply(first.code().toUpperCase(java.util.Locale.ROOT));
    OpenCode padded = list.of.apply(" " + first.code());

    assertThat(upper.isKnown()).isFalse();
    assertThat(upper).isNotEqualTo(first);
    assertThat(padded.isKnown()).isFalse();
    assertThat(padded.code()).isEqualTo(" " + first.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void of_rejects_null_naming_the_code(OpenList list) {
    assertThatThrownBy(() -> list.of.apply(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void known_values_cannot_be_modified(OpenList list) {
    Collection<? extends OpenCode> known = list.knownValues.get();

    assertThatThrownBy(known::clear).isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThat(list.known()).hasSize(list.codes.size());
  }

  @Test
  void of_returns_the_constant_itself() {
    assertThat(PartyKind.of("cpam")).isSameAs(PartyKind.CPAM);
    assertThat(IdentifierScheme.of("siren")).isSameAs(IdentifierScheme.SIREN);
    assertThat(TerritoryKind.of("commune")).isSameAs(TerritoryKind.COMMUNE);
    assertThat(FundKind.of("fir")).isSameAs(FundKind.FIR);
    assertThat(SchemeKind.of("ville_sante_oms")).isSameAs(SchemeKind.HEALTHY_CITIES);
  }

  @Test
  void known_constants_have_their_french_label() {
    assertThat(PartyKind.CPAM.frenchLabel()).isEqualTo("Caisse primaire d’assurance maladie");
    assertThat(PartyKind.HOSPITAL.code()).isEqualTo("etablissement_sante");
    assertThat(GovernanceBodyKind.STEERING_COMMITTEE.frenchLabel()).isEqualTo("Comité de pilotage (COPIL)");
    assertThat(FundKind.FIR.frenchLabel()).isEqualTo("Fonds d’intervention régional");
  }

  @Test
  void unknown_codes_are_equal_by_code() {
    PartyKind first = PartyKind.of("mutuelle");
    PartyKind second = PartyKind.of("mutuelle");

    assertThat(first).isNotSameAs(second);
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first).isNotEqualTo(PartyKind.of("mutuelles"));
    assertThat(first).isNotEqualTo(PartyKind.CPAM);
  }

  @Test
  void values_of_different_lists_with_the_same_code_are_not_equal() {
    assertThat(PartyKind.COMMUNE.code()).isEqualTo(TerritoryKind.COMMUNE.code());

    assertThat(PartyKind.COMMUNE).isNotEqualTo(TerritoryKind.COMMUNE);
    assertThat(TerritoryKind.COMMUNE).isNotEqualTo(PartyKind.COMMUNE);
    assertThat(PartyKind.of("inconnu")).isNotEqualTo(TerritoryKind.of("inconnu"));
    assertThat(SchemeKind.CPTS).isNotEqualTo(PartyKind.CPTS);
    assertThat(SchemeKind.QPV).isNotEqualTo(TerritoryKind.QPV);
  }

  @Test
  void a_value_is_not_equal_to_its_code_or_null() {
    assertThat(PartyKind.CPAM).isNotEqualTo("cpam");
    assertThat(PartyKind.CPAM).isNotEqualTo(null);
  }

  @Test
  void an_empty_code_is_kept_as_an_unknown_code() {
    PartyKind empty = PartyKind.of("");

    assertThat(empty.isKnown()).isFalse();
    assertThat(empty.code()).isEmpty();
    assertThat(empty.frenchLabel()).isEmpty();
  }
}
