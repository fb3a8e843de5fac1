package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The five seed contracts get only the findings their real gaps deserve: what the public pages do not
 * state (indicators, signatories, the sheets of an annex) and nothing else.
 */
class SeedValidationTest {

  static List<String> findings(String seed) {
    ValidationReport report = ContractValidator.standard().validate(Seeds.json(seed));
    return report.findings().stream()
        .map(f -> f.code() + " " + (f.pointer().isEmpty() ? "-" : f.pointer()))
        .collect(Collectors.toList());
  }

  @Test
  void agglopolys_lacks_indicators_and_a_signature_date() {
    List<String> expected = new java.util.ArrayList<>();
    int[] sheetsPerAxis = {3, 4, 5, 5, 2};
    for (int axis = 0; axis < sheetsPerAxis.length; axis++) {
      for (int sheet = 0; sheet < sheetsPerAxis[axis]; sheet++) {
        expected.add("CLS-SHEET-NO-INDICATOR /axes/" + axis + "/actionSheets/" + sheet);
      }
    }
    // « pour la période 2022-2027 » is read as the contract means it, 5 years (or 6 calendar years):
    // no duration warning (format 1.0's reading counted 72 months and warned).
    // Signed at « la première rencontre annuelle du 25 janvier », year not given.
    expected.add("CLS-CONTRACT-SIGNATURE-DATE-MISSING /status");

    assertThat(findings("agglopolys")).containsExactlyElementsOf(expected);
  }

  @Test
  void villes_soeurs_lists_its_axes_but_not_its_action_sheets() {
    assertThat(findings("villes-soeurs")).containsExactly("CLS-CONTRACT-NO-SHEETS -");
  }

  @Test
  void le_havre_in_preparation_has_no_finding() {
    assertThat(findings("le-havre")).isEmpty();
    assertThat(ContractValidator.standard().validate(Seeds.contract("le-havre")).isValid()).isTrue();
  }

  @Test
  void chartres_names_neither_its_signatories_nor_its_56_sheets() {
    assertThat(findings("chartres")).containsExactly(
        "CLS-CONTRACT-SIGNATORIES -", "CLS-CONTRACT-SHEETS-NOT-LISTED /announcedActionSheetCount");
  }

  @Test
  void lens_lievin_names_no_action_sheet() {
    assertThat(findings("lens-lievin")).containsExactly("CLS-CONTRACT-NO-SHEETS -");
  }

  @Test
  void a_contract_validated_in_memory_gets_the_same_findings_without_locations() {
    for (String seed : Seeds.NAMES) {
      ValidationReport fromFile = ContractValidator.standard().validate(Seeds.json(seed));
      ValidationReport inMemory = ContractValidator.standard().validate(Seeds.contract(seed));

      assertThat(inMemory.findings()).allSatisfy(f -> assertThat(f.location()).isEmpty());
      assertThat(fromFile.findings()).allSatisfy(f -> assertThat(f.location()).isPresent());
      assertThat(inMemory.findings().stream().map(Finding::code).collect(Collectors.toList()))
          .isEqualTo(fromFile.findings().stream().map(Finding::code).collect(Collectors.toList()));
      assertThat(inMemory.digest()).isEqualTo(fromFile.digest()).isPresent();
    }
  }

  @Test
  void one_validator_shared_by_eight_threads_gives_identical_reports() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<String> seeds = Seeds.NAMES;
      List<ValidationReport> expected = seeds.stream()
          .map(seed -> ContractValidator.standard().validate(Seeds.json(seed)))
          .collect(Collectors.toList());
      List<java.util.concurrent.Future<Boolean>> results = IntStream.range(0, 8 * 25)
          .mapToObj(i -> pool.submit(() -> {
            int seed = i % seeds.size();
            return ContractValidator.standard().validate(Seeds.json(seeds.get(seed)))
                .equals(expected.get(seed));
          }))
          .collect(Collectors.toList());
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
