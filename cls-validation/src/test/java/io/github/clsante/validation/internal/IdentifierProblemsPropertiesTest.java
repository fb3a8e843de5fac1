package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the identifier diagnoses. Check digits are found here by trying the ten digits against
 * a Luhn check written independently of the code under test.
 */
class IdentifierProblemsPropertiesTest {

  /** Luhn (mod 10) over a string of ASCII digits: the oracle. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  /** The digit that, appended, makes the string pass {@link #luhn(String)}. */
  static int key(String digits) {
    return IntStream.range(0, 10).filter(k -> luhn(digits + k)).findFirst().orElseThrow();
  }

  /** FINESS: Luhn with 2A counted as 21 and 2B as 22. */
  static int finessKey(String eight) {
    String digits = eight.startsWith("2A") ? "21" + eight.substring(2)
        : eight.startsWith("2B") ? "22" + eight.substring(2) : eight;
    return key(digits);
  }

  static Gen<String> digits(int length) {
    long bound = (long) Math.pow(10, length) - 1;
    return longs().between(0, bound).map(n -> String.format("%0" + length + "d", n));
  }

  /** A digit other than the given one: the given one plus 1 to 9, mod 10. */
  static char otherDigit(int digit, int shift) {
    return (char) ('0' + (digit + shift) % 10);
  }

  static IdentifierProblem checkKey(int key, String suggestion) {
    return IdentifierProblem.of(Kind.CHECK_KEY, "key", Integer.toString(key), "suggestion", suggestion);
  }

  // ---------------------------------------------------------------------------------------------
  // SIREN

  @Test
  void every_nine_digit_string_with_a_right_key_is_a_siren() {
    qt().forAll(digits(8)).checkAssert(eight -> {
      String siren = eight + key(eight);
      assertThat(Identifiers.isSiren(siren)).as(siren).isTrue();
      assertThat(IdentifierProblems.siren(siren)).as(siren).isEmpty();
    });
  }

  @Test
  void changing_the_last_digit_of_a_siren_gives_check_key_with_the_right_digit() {
    qt().forAll(digits(8), integers().between(1, 9)).checkAssert((eight, shift) -> {
      int key = key(eight);
      String wrong = eight + otherDigit(key, shift);
      assertThat(IdentifierProblems.siren(wrong)).as(wrong).contains(checkKey(key, eight + key));
    });
  }

  @Test
  void a_nine_digit_string_is_a_siren_exactly_when_it_passes_luhn_and_otherwise_has_a_wrong_key() {
    qt().forAll(digits(9)).checkAssert(nine -> {
      assertThat(Identifiers.isSiren(nine)).as(nine).isEqualTo(luhn(nine));
      if (!luhn(nine)) {
        assertThat(IdentifierProblems.siren(nine)).as(nine).get()
            .satisfies(problem -> assertThat(problem.kind()).isEqualTo(Kind.CHECK_KEY));
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // SIRET

  @Test
  void changing_the_last_digit_of_a_siret_gives_check_key_with_the_right_digit() {
    qt().forAll(digits(8), digits(4), integers().between(1, 9)).assuming((eight, nic, shift) ->
        !(eight + key(eight)).equals(Identifiers.LA_POSTE_SIREN)).checkAssert((eight, nic, shift) -> {
          String thirteen = eight + key(eight) + nic;
          int key = key(thirteen);
          assertThat(Identifiers.isSiret(thirteen + key)).isTrue();
          String wrong = thirteen + otherDigit(key, shift);
          assertThat(IdentifierProblems.siret(wrong)).as(wrong).contains(checkKey(key, thirteen + key));
        });
  }

  @Test
  void a_siret_whose_siren_part_has_a_wrong_key_gets_that_key() {
    qt().forAll(digits(8), integers().between(1, 9), digits(5)).checkAssert((eight, shift, nic) -> {
      int key = key(eight);
      String siret = eight + otherDigit(key, shift) + nic;
      assertThat(IdentifierProblems.siret(siret)).as(siret).contains(IdentifierProblem.of(Kind.SIREN_KEY,
          "siren", siret.substring(0, 9), "key", Integer.toString(key)));
    });
  }

  @Test
  void a_la_poste_siret_gets_the_two_last_digits_that_make_its_digit_sum_a_multiple_of_5() {
    qt().forAll(digits(5)).checkAssert(nic -> {
      for (int last = 0; last < 10; last++) {
        String siret = Identifiers.LA_POSTE_SIREN + nic.substring(0, 4) + last;
        Optional<IdentifierProblem> problem = IdentifierProblems.siret(siret);
        assertThat(problem.isEmpty()).as(siret).isEqualTo(Identifiers.isSiret(siret));
        problem.ifPresent(p -> {
          assertThat(p.kind()).isEqualTo(Kind.LA_POSTE_KEY);
          String first13 = siret.substring(0, 13);
          assertThat(Identifiers.isSiret(first13 + p.details().get("key"))).isTrue();
          assertThat(Identifiers.isSiret(first13 + p.details().get("otherKey"))).isTrue();
          assertThat(p.details().get("suggestion")).isEqualTo(first13 + p.details().get("key"));
        });
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // FINESS

  static final List<String> FINESS_PREFIXES = IntStream.rangeClosed(1, 98)
      .filter(n -> n != 20 && n != 96).mapToObj(n -> String.format("%02d", n))
      .collect(Collectors.toCollection(ArrayList::new));

  static {
    FINESS_PREFIXES.add("2A");
    FINESS_PREFIXES.add("2B");
  }

  @Test
  void every_finess_with_a_right_key_passes_and_changing_its_last_digit_gives_check_key() {
    qt().forAll(arbitrary().pick(FINESS_PREFIXES), digits(6), integers().between(1, 9))
        .checkAssert((prefix, body, shift) -> {
          String eight = prefix + body;
          int key = finessKey(eight);
          assertThat(IdentifierProblems.finess(eight + key)).as(eight + key).isEmpty();
          String wrong = eight + otherDigit(key, shift);
          assertThat(IdentifierProblems.finess(wrong)).as(wrong).contains(checkKey(key, eight + key));
        });
  }

  @Test
  void a_finess_starting_with_20_gets_both_corsican_numbers_each_with_its_key() {
    qt().forAll(digits(7)).checkAssert(rest -> {
      Optional<IdentifierProblem> problem = IdentifierProblems.finess("20" + rest);
      assertThat(problem).get().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.CORSICA);
        assertThat(p.details().get("suggestion")).startsWith("2A" + rest.substring(0, 6))
            .satisfies(south -> assertThat(Identifiers.isFiness(south)).isTrue());
        assertThat(p.details().get("alternative")).startsWith("2B" + rest.substring(0, 6))
            .satisfies(north -> assertThat(Identifiers.isFiness(north)).isTrue());
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Digit groups

  static final List<String> SEPARATORS = List.of(" ", "\u00A0", "\u202F", ".", "-", " - ", "\u2013");

  /** A number cut into groups: where each cut falls (a bit per gap) and which separator it gets. */
  static String grouped(String number, int cuts, String separator) {
    StringBuilder written = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      if (i > 0 && (cuts >> (i - 1) & 1) == 1) {
        written.append(separator);
      }
      written.append(number.charAt(i));
    }
    return written.toString();
  }

  @Test
  void a_siren_in_digit_groups_compacts_to_itself() {
    qt().forAll(digits(8), integers().between(1, 255), arbitrary().pick(SEPARATORS))
        .checkAssert((eight, cuts, separator) -> {
          String siren = eight + key(eight);
          String written = grouped(siren, cuts, separator);
          assertThat(IdentifierProblems.compact(written)).as(written).contains(siren);
          assertThat(IdentifierProblems.compact(" " + written + "\u00A0")).as(written).contains(siren);
        });
  }

  @Test
  void a_siret_or_finess_in_digit_groups_compacts_to_itself() {
    qt().forAll(digits(13), integers().between(1, 4095), arbitrary().pick(SEPARATORS))
        .checkAssert((thirteen, cuts, separator) -> {
          String siret = thirteen + key(thirteen);
          assertThat(IdentifierProblems.compact(grouped(siret, cuts, separator))).contains(siret);
          String finess = "2A" + thirteen.substring(0, 7);
          assertThat(IdentifierProblems.compact(grouped(finess, cuts % 255 + 1, separator)))
              .contains(finess);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Every check, any input

  /** Characters that the checks treat specially, and a few that no check accepts. */
  static final String ALPHABET = "0123456789012AB WQPNMIwqa@.-\u00A0é\t:<>";

  static Gen<String> strings() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 16)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
  }

  record Check(String name, Predicate<String> valid, Function<String, Optional<IdentifierProblem>> diagnosis) {}

  static final List<Check> CHECKS = List.of(
      new Check("siren", Identifiers::isSiren, IdentifierProblems::siren),
      new Check("siret", Identifiers::isSiret, IdentifierProblems::siret),
      new Check("finess", Identifiers::isFiness, IdentifierProblems::finess),
      new Check("commune", Identifiers::isInseeCommune, IdentifierProblems::inseeCommune),
      new Check("departement", Identifiers::isDepartement, IdentifierProblems::departement),
      new Check("qpv", Identifiers::isQpvCode, IdentifierProblems::qpvCode),
      new Check("rna", Identifiers::isRna, IdentifierProblems::rna),
      new Check("email", Identifiers::isEmail, IdentifierProblems::email));

  /** The problems whose suggestion (and alternative) is a value that passes the check. */
  static final Set<Kind> SUGGESTING = EnumSet.of(Kind.FORM, Kind.LEADING_ZERO, Kind.CHECK_KEY, Kind.LA_POSTE_KEY,
      Kind.CORSICA);

  @Test
  void a_diagnosis_finds_a_problem_exactly_when_the_check_fails_and_its_suggestions_pass() {
    qt().withExamples(2000).forAll(strings()).checkAssert(value -> {
      for (Check check : CHECKS) {
        Optional<IdentifierProblem> problem = check.diagnosis().apply(value);
        assertThat(problem.isEmpty()).as(check.name() + " " + value).isEqualTo(check.valid().test(value));
        problem.ifPresent(p -> {
          assertThat(p.details()).doesNotContainKeys("value", "problem");
          if (SUGGESTING.contains(p.kind())) {
            assertThat(p.details().get("suggestion")).as(check.name() + " " + value + " " + p)
                .matches(check.valid());
          }
          if (p.details().containsKey("alternative")) {
            assertThat(p.details().get("alternative")).as(check.name() + " " + value).matches(check.valid());
          }
          if (p.kind() == Kind.CHARACTERS) {
            assertThat(p.details().get("characters")).isNotEmpty()
                .satisfies(found -> assertThat(value).containsAnyOf(found.split("")));
          }
          if (p.kind() == Kind.LENGTH) {
            assertThat(p.details()).containsOnlyKeys("length", "expected");
            assertThat(p.details().get("length")).isNotEqualTo(p.details().get("expected"));
          }
        });
      }
    });
  }

  @Test
  void every_problem_a_rule_names_is_one_its_diagnosis_can_give() {
    Map<String, Set<Kind>> seen = new java.util.TreeMap<>();
    qt().withExamples(5000).forAll(strings()).checkAssert(value -> {
      for (Check check : CHECKS) {
        check.diagnosis().apply(value).ifPresent(problem ->
            seen.computeIfAbsent(check.name(), name -> EnumSet.noneOf(Kind.class)).add(problem.kind()));
      }
    });
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_SIREN)).containsAll(seen.get("siren"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_SIRET)).containsAll(seen.get("siret"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_FINESS)).containsAll(seen.get("finess"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_INSEE_COMMUNE)).containsAll(seen.get("commune"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_DEPARTEMENT))
        .containsAll(seen.get("departement"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_QPV)).containsAll(seen.get("qpv"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_RNA)).containsAll(seen.get("rna"));
    assertThat(FieldChecks.problems(io.github.clsante.validation.Rule.ID_EMAIL)).containsAll(seen.get("email"));
  }
}
