package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.indicator.CollectionFrequency;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed code lists: enums implementing {@link Coded}, each with a {@code fromCode} look-up. */
class CodedTest {

  /** A closed code list: its enum, its {@code fromCode} look-up and its wire codes in order. */
  private static final class ClosedList {
    final Class<? extends Enum<?>> type;
    final Function<String, Optional<? extends Coded>> fromCode;
    final List<String> codes;

    ClosedList(
        Class<? extends Enum<?>> type,
        Function<String, Optional<? extends Coded>> fromCode,
        String... codes) {
      this.type = type;
      this.fromCode = fromCode;
      this.codes = List.of(codes);
    }

    Optional<Coded> find(String code) {
      return fromCode.apply(code).map(Coded.class::cast);
    }

    List<Coded> constants() {
      return Stream.of(type.getEnumConstants()).map(Coded.class::cast).toList();
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static final List<ClosedList> LISTS =
      List.of(
          new ClosedList(
              ContractStatus.class, ContractStatus::fromCode,
              "in_preparation", "signed", "in_force", "under_evaluation", "ended", "renewed", "abandoned"),
          new ClosedList(
              SheetStatus.class, SheetStatus::fromCode,
              "to_come", "in_progress", "done", "paused", "late", "blocked", "abandoned", "to_discuss"),
          new ClosedList(Priority.class, Priority::fromCode, "high", "medium", "low"),
          new ClosedList(
              ParticipationLevel.class, ParticipationLevel::fromCode,
              "none", "information", "consultation", "concertation", "co_construction"),
          new ClosedList(SignatoryRole.class, SignatoryRole::fromCode, "principal", "associated"),
          new ClosedList(BudgetNature.class, BudgetNature::fromCode, "investment", "operating"),
          new ClosedList(SheetNumbering.class, SheetNumbering::fromCode, "contract_wide", "per_axis", "none"),
          new ClosedList(ContractKind.class, ContractKind::fromCode, "pluriannual", "prefiguration"),
          new ClosedList(
              ObjectiveLevel.class, ObjectiveLevel::fromCode,
              "strategic", "specific", "operational", "sub_axis"),
          new ClosedList(
              MeasureKind.class, MeasureKind::fromCode,
              "count", "percentage", "rate", "amount", "yes_no", "qualitative"),
          new ClosedList(Direction.class, Direction::fromCode, "increase", "decrease", "maintain"),
          new ClosedList(
              CollectionFrequency.class, CollectionFrequency::fromCode,
              "monthly", "quarterly", "half_yearly", "annual", "one_off", "end_of_contract"),
          new ClosedList(Severity.class, Severity::fromCode, "error", "warning", "info"),
          new ClosedList(
              Region.class, Region::fromCode,
              "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76",
              "84", "93", "94"),
          new ClosedList(
              FormerRegion.class, FormerRegion::fromCode,
              "42", "72", "83", "25", "26", "21", "43", "23", "91", "74", "41", "73", "31", "22", "54", "82"),
          new ClosedList(
              PartyCategory.class, PartyCategory::fromCode,
              "health_agency", "local_authority", "state", "health_insurance", "care_provider", "social_action",
              "health_promotion_and_observation", "professional_body", "association", "company",
              "private_education", "role", "other"));

  static Stream<Arguments> lists() {
    return LISTS.stream().map(Arguments::of);
  }

  @Test
  void every_closed_code_list_of_the_model_is_tested() {
    Set<Class<?>> closedLists =
        ModelClasses.all().stream()
            .filter(type -> type.isEnum() && Coded.class.isAssignableFrom(type))
            .collect(Collectors.toSet());

    assertThat(closedLists).containsExactlyInAnyOrderElementsOf(LISTS.stream().map(list -> list.type).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void codes_are_the_reference_codes_in_declaration_order(ClosedList list) {
    assertThat(list.constants()).extracting(Coded::code).containsExactlyElementsOf(list.codes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void from_code_finds_every_constant_by_its_code(ClosedList list) {
    for (Coded constant : list.constants()) {
      assertThat(list.find(constant.code())).containsSame(constant);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void codes_are_distinct_lower_case_ascii(ClosedList list) {
    Set<String> seen = new HashSet<>();
    for (Coded constant : list.constants()) {
      assertThat(constant.code()).matches("[a-z0-9_]+");
      assertThat(seen.add(constant.code())).as("duplicate code %s", constant.code()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void french_labels_are_not_blank_and_distinct(ClosedList list) {
    Set<String> seen = new HashSet<>();
    for (Coded constant : list.constants()) {
      assertThat(constant.frenchLabel()).isNotBlank().isEqualTo(constant.frenchLabel().strip());
      assertThat(seen.add(constant.frenchLabel())).as("duplicate label %s", constant.frenchLabel()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void from_code_is_empty_for_an_unknown_code(ClosedList list) {
    assertThat(list.find("code_inconnu")).isEmpty();
    assertThat(list.find("")).isEmpty();
    assertThat(list.find("99")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void from_code_compares_codes_exactly(ClosedList list) {
    for (Coded constant : list.constants()) {
      String upper = constant.code().toUpperCase(Locale.ROOT);
      if (!upper.equals(constant.code())) {
        assertThat(list.find(upper)).as(upper).isEmpty();
      }
      assertThat(list.find(" " + constant.code())).isEmpty();
      assertThat(list.find(constant.code() + " ")).isEmpty();
      assertThat(list.find(((Enum<?>) constant).name())).as("by constant name").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void from_code_rejects_null_naming_the_code(ClosedList list) {
    assertThatThrownBy(() -> list.find(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void constant_names_are_not_codes() {
    assertThat(ContractStatus.fromCode("IN_FORCE")).isEmpty();
    assertThat(ContractStatus.fromCode("in_force")).contains(ContractStatus.IN_FORCE);
    assertThat(Region.fromCode("NORMANDIE")).isEmpty();
    assertThat(Region.fromCode("28")).contains(Region.NORMANDIE);
    assertThat(Region.fromCode("8")).isEmpty();
    assertThat(FormerRegion.fromCode("AUVERGNE")).isEmpty();
    assertThat(FormerRegion.fromCode("83")).contains(FormerRegion.AUVERGNE);
    assertThat(PartyCategory.fromCode("LOCAL_AUTHORITY")).isEmpty();
    assertThat(PartyCategory.fromCode("local_authority")).contains(PartyCategory.LOCAL_AUTHORITY);
  }

  @Test
  void french_labels_of_some_constants() {
    assertThat(ContractStatus.IN_PREPARATION.frenchLabel()).isEqualTo("En élaboration");
    assertThat(SheetStatus.TO_COME.frenchLabel()).isEqualTo("À venir");
    assertThat(Severity.WARNING.frenchLabel()).isEqualTo("Avertissement");
    assertThat(Region.PROVENCE_ALPES_COTE_D_AZUR.frenchLabel()).isEqualTo("Provence-Alpes-Côte d’Azur");
    assertThat(FormerRegion.MIDI_PYRENEES.frenchLabel()).isEqualTo("Midi-Pyrénées");
    assertThat(PartyCategory.LOCAL_AUTHORITY.frenchLabel()).isEqualTo("Collectivité territoriale ou groupement");
    assertThat(PartyCategory.STATE.frenchLabel()).isEqualTo("Services de l’État");
  }
}
