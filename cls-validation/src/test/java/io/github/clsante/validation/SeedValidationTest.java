package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The five seed contracts get only the findings their real gaps deserve: what the public pages do not
 * state (indicators, signatories, the sheets of an annex) and nothing else. Each finding is asserted
 * whole: code, severity, pointer, line:column in the canonical file, parameters.
 */
class SeedValidationTest {

  static List<String> findings(String seed) {
    ValidationReport report = ContractValidator.standard().validate(Seeds.json(seed));
    return report.findings().stream()
        .map(f -> f.code() + " " + f.severity().code() + " " + (f.pointer().isEmpty() ? "-" : f.pointer())
            + " " + f.location().map(l -> l.line() + ":" + l.column()).orElse("?")
            + " " + new java.util.TreeMap<>(f.params()))
        .collect(Collectors.toList());
  }

  @Test
  void agglopolys_lacks_indicators() {
    List<String> expected = new java.util.ArrayList<>();
    int[] sheetsPerAxis = {3, 4, 5, 5, 2};
    // Where each sheet starts in the canonical file.
    int[] columns = {81, 199, 588, 823, 1317, 1501, 1912, 2248, 2439, 2642, 2846, 3065, 3490, 3837, 4004,
        4219, 4415, 4742, 5263};
    int n = 0;
    for (int axis = 0; axis < sheetsPerAxis.length; axis++) {
      for (int sheet = 0; sheet < sheetsPerAxis[axis]; sheet++) {
        expected.add("CLS-SHEET-NO-INDICATOR warning /axes/" + axis + "/actionSheets/" + sheet + " 1:"
            + columns[n++] + " {}");
      }
    }
    // « pour la période 2022-2027 » is read as the contract means it, 5 years (or 6 calendar years):
    // no duration warning (format 1.0's reading counted 72 months and warned).
    // Signed at « la première rencontre annuelle du 25 janvier », year not given: the file says the date
    // as written (signatureDateAsWritten « 25 janvier »), so no date-missing warning that no source
    // could ever answer.

    assertThat(findings("agglopolys")).containsExactlyElementsOf(expected);
  }

  @Test
  void villes_soeurs_says_its_list_of_action_sheets_is_incomplete() {
    // « 6 axes stratégiques assortis d’un programme d’actions », none listed: actionSheetsComplete is
    // false, so no « signed contract without sheets » error (format 1.0 had no way to say it).
    assertThat(findings("villes-soeurs")).isEmpty();
  }

  @Test
  void le_havre_in_preparation_has_no_finding() {
    assertThat(findings("le-havre")).isEmpty();
    assertThat(ContractValidator.standard().validate(Seeds.contract("le-havre")).isValid()).isTrue();
  }

  @Test
  void chartres_says_its_signatories_and_its_56_sheets_are_not_all_listed() {
    // « Le CLS a été signé le 17 février 2020. », by parties the page does not name
    // (signatoriesComplete: false); « 56 fiches actions », none listed (actionSheetsComplete: false):
    // both gaps are stated in the file, so neither the signatories error nor the sheets warning.
    assertThat(findings("chartres")).isEmpty();
  }

  @Test
  void lens_lievin_names_no_action_sheet() {
    assertThat(findings("lens-lievin")).containsExactly("CLS-CONTRACT-NO-SHEETS error - 1:1 {}");
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
