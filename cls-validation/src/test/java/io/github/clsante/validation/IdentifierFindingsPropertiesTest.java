package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.IdentifierFindingsTest.Place;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** SIRENs written in digit groups, through the whole validator. */
class IdentifierFindingsPropertiesTest {

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    }
    return sum % 10 == 0;
  }

  static int key(String digits) {
    return IntStream.range(0, 10).filter(k -> luhn(digits + k)).findFirst().orElseThrow();
  }

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

  static final List<String> SEPARATORS = List.of(" ", "\u00A0", "\u202F", ".", "-");

  @Test
  void a_valid_siren_in_digit_groups_is_valid_with_one_information_suggesting_the_compact_form() {
    qt().withExamples(200).forAll(longs().between(0, 99_999_999), integers().between(1, 255),
        arbitrary().pick(SEPARATORS)).checkAssert((n, cuts, separator) -> {
          String eight = String.format("%08d", n);
          String siren = eight + key(eight);
          String written = grouped(siren, cuts, separator);
          ValidationReport report = ContractValidator.standard().validate(IdentifierFindingsTest.contract(Place.SIREN,
              written));

          assertThat(report.isValid()).isTrue();
          assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(Rule.ID_NOT_COMPACT.code());
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.params()).isEqualTo(Map.of("value", written, "suggestion", siren));
          });
        });
  }

  @Test
  void a_siren_with_a_wrong_key_in_digit_groups_gets_the_right_key_on_its_compact_form() {
    qt().withExamples(200).forAll(longs().between(0, 99_999_999), integers().between(1, 9),
        integers().between(1, 255)).checkAssert((n, shift, cuts) -> {
          String eight = String.format("%08d", n);
          int key = key(eight);
          String wrong = eight + (key + shift) % 10;
          List<Finding> findings = ContractValidator.standard()
              .validate(IdentifierFindingsTest.contract(Place.SIREN, grouped(wrong, cuts, " "))).findings();

          assertThat(findings).extracting(Finding::code).containsExactly(Rule.ID_SIREN.code(), Rule.ID_NOT_COMPACT.code());
          assertThat(findings.get(0).params()).isEqualTo(Map.of("value", wrong, "problem", "check_key",
              "key", Integer.toString(key), "suggestion", eight + key));
          assertThat(findings.get(1).params()).containsEntry("suggestion", wrong);
        });
  }
}
