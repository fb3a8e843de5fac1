package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The patterns Jakarta's built-in {@code @Pattern} checks département, INSEE commune and QPV codes
 * with accept exactly what the SDK's own checks accept, and what their diagnoses find nothing wrong
 * with: a value the constraint refuses always gets its finding's parameters, and no value changes
 * verdict by going through Hibernate Validator.
 */
class IdentifierPatternsPropertiesTest {

  /** Texts close to the codes: their digits and letters, a space, another letter, of 0 to 10 characters. */
  private static Gen<String> nearCodes() {
    List<String> alphabet = List.of("0", "1", "2", "3", "4", "6", "7", "9", "A", "B", "Q", "P", "N", "M", "I", " ", "x");
    return lists().of(integers().between(0, alphabet.size() - 1)).ofSizeBetween(0, 10)
        .map(indexes -> indexes.stream().map(alphabet::get).collect(Collectors.joining()));
  }

  /** Codes well formed often enough to reach every branch: a prefix of a real code, then digits. */
  private static Gen<String> likelyCodes() {
    List<String> prefixes = List.of("", "0", "2A", "2B", "20", "97", "976", "975", "QP", "QN", "QP02A", "QN02B", "41");
    return integers().between(0, prefixes.size() - 1).zip(integers().between(0, 9_999_999), integers().between(0, 3),
        (p, digits, cut) -> {
          String text = prefixes.get(p) + digits;
          return cut == 0 ? text + "N" : text.substring(0, Math.max(0, text.length() - cut));
        });
  }

  private static void agree(String regexp, Predicate<String> check,
      Function<String, java.util.Optional<IdentifierProblem>> diagnosis) {
    Pattern pattern = Pattern.compile(regexp);
    qt().withFixedSeed(20261201L).withExamples(20_000).forAll(nearCodes().mix(likelyCodes(), 50)).checkAssert(value -> {
      boolean matches = pattern.matcher(value).matches();
      assertThat(matches).as(value).isEqualTo(check.test(value));
      assertThat(diagnosis.apply(value).isEmpty()).as(value).isEqualTo(matches);
    });
  }

  @Test
  void the_departement_pattern_accepts_what_the_departement_check_accepts() {
    agree(Identifiers.DEPARTEMENT_PATTERN, Identifiers::isDepartement, IdentifierProblems::departement);
  }

  @Test
  void the_insee_commune_pattern_accepts_what_the_commune_check_accepts() {
    agree(Identifiers.INSEE_COMMUNE_PATTERN, Identifiers::isInseeCommune, IdentifierProblems::inseeCommune);
  }

  @Test
  void the_qpv_pattern_accepts_what_the_qpv_check_accepts() {
    agree(Identifiers.QPV_PATTERN, Identifiers::isQpvCode, IdentifierProblems::qpvCode);
  }
}
