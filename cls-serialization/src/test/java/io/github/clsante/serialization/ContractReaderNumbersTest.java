package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Extreme numbers in every numeric member kind: each gives a value or a located finding, never an
 * exception (the corpus under {@code invalid/numbers} holds one file per case and kind).
 */
class ContractReaderNumbersTest {

  private static final Path VALID = ReadProblemCorpusTest.CORPUS.resolveSibling("valid");

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  private static String withTerritory(String territoryAndMore) {
    return ContractReaderTest.MINIMAL.replace("\"territory\":{}", territoryAndMore);
  }

  @Test
  void zero_written_with_any_sign_or_exponent_is_zero_in_every_numeric_member() {
    ReadResult result = ContractJson.reader().read(VALID.resolve("extreme-zeros.json"));

    assertThat(result.report().findings()).isEmpty();
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.territory().population()).contains(0L);
    ActionSheet sheet = contract.actionSheets().get(0);
    assertThat(sheet.budget()).contains(EuroAmount.ofCents(0));
    assertThat(sheet.fundings().get(0).year()).contains(0);
    assertThat(sheet.fundings().get(0).amount()).contains(EuroAmount.ofCents(0));
    assertThat(sheet.budgetLines().get(0).plannedFullTimeEquivalents()).contains(0.0);
    assertThat(sheet.budgetLines().get(0).actualFullTimeEquivalents()).contains(0.0);
    assertThat(sheet.indicators().get(0).baseline().orElseThrow().value()).contains(IndicatorValue.ofNumber(0));
    assertThat(contract.extensions()).containsEntry("org.example", "[0,0,0]");
    // -0 is written 0: the canonical form has no negative zero.
    assertThat(ContractJson.toCanonicalString(contract)).doesNotContain("-0").contains("\"population\":0");
  }

  @Test
  void an_exponent_beyond_an_int_is_out_of_range_not_an_exception() {
    Finding finding = only(ContractJson.reader().read(withTerritory("\"territory\":{},\"generation\":1e11111111111")));

    assertThat(finding.code()).isEqualTo("CLS-JSON-NUMBER-OUT-OF-RANGE");
    assertThat(finding.pointer()).isEqualTo("/generation");
    assertThat(finding.params())
        .containsExactlyInAnyOrderEntriesOf(Map.of("number", "1e11111111111", "min", "-2147483648", "max", "2147483647"));
  }

  @Test
  void a_number_too_long_is_located_and_the_rest_of_the_contract_is_read() {
    ReadResult result = ContractJson.reader().read(withTerritory(
        "\"territory\":{\"population\":" + "9".repeat(400) + ",\"name\":\"Pays\"},\"generation\":\"2\""));

    assertThat(result.report().findings().stream().map(f -> f.code() + " " + f.pointer()).collect(Collectors.toList()))
        .containsExactlyInAnyOrder("CLS-JSON-NUMBER-TOO-LONG /territory/population", "CLS-JSON-WRONG-TYPE /generation");
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.territory().name()).contains("Pays");
    assertThat(contract.territory().population()).isEmpty();
  }

  @Test
  void a_number_beyond_the_parsers_limit_stops_the_read_with_a_located_finding() {
    Finding finding = only(ContractJson.reader().read(withTerritory("\"territory\":{\"population\":" + "1".repeat(1001) + "}")));

    assertThat(finding.code()).isEqualTo("CLS-JSON-NUMBER-TOO-LONG");
    assertThat(finding.params()).containsEntry("limit", "1000");
    assertThat(finding.location()).isPresent();
  }

  @Test
  void a_double_too_close_to_zero_is_read_as_zero_with_a_warning() {
    ReadResult result = ContractJson.reader().read(withTerritory("\"territory\":{},\"actionSheets\":[{\"id\":\"a\","
        + "\"title\":\"A\",\"budgetLines\":[{\"nature\":\"operating\",\"plannedFullTimeEquivalents\":-2.5e-400}]}]"));

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-NUMBER-ROUNDED-TO-ZERO");
    assertThat(finding.params()).containsExactlyEntriesOf(Map.of("number", "-2.5e-400"));
    assertThat(result.isValid()).isTrue();
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budgetLines().get(0).plannedFullTimeEquivalents())
        .contains(0.0);
  }

  @Test
  void number_findings_have_exact_messages_in_french_and_english() {
    Map<String, List<String>> expected = Map.of(
        "\"generation\":2.5", List.of(
            "Le nombre 2.5 n’est pas un nombre entier, alors que ce champ en attend un.",
            "The number 2.5 is not a whole number, and this field needs one."),
        "\"generation\":1e11111111111", List.of(
            "Le nombre 1e11111111111 est hors des limites de ce champ (de -2\u202f147\u202f483\u202f648 à 2\u202f147\u202f483\u202f647).",
            "The number 1e11111111111 is outside the bounds of this field (-2,147,483,648 to 2,147,483,647)."),
        "\"generation\":" + "7".repeat(101), List.of(
            "Un nombre est écrit avec plus de 100 caractères.",
            "A number is written with more than 100 characters."));
    expected.forEach((member, messages) -> {
      Finding finding = only(ContractJson.reader().read(withTerritory("\"territory\":{}," + member)));
      assertThat(FindingMessages.message(finding, Locale.FRENCH)).as(member).isEqualTo(messages.get(0));
      assertThat(FindingMessages.message(finding, Locale.ENGLISH)).as(member).isEqualTo(messages.get(1));
    });
  }

  @Test
  void an_amount_in_euros_with_more_than_two_decimals_is_an_error_that_says_so() {
    String document = withTerritory("\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":12.345}]")
        .replace("\"schemaVersion\":\"1.0\"", "\"formatVersion\":\"1.1\"");

    Finding finding = only(ContractJson.reader().read(document));

    assertThat(finding).isEqualTo(Finding.builder().code("CLS-JSON-INVALID-NUMBER")
        .severity(io.github.clsante.model.report.Severity.ERROR).pointer("/actionSheets/0/budget")
        .location(io.github.clsante.model.report.SourceLocation.of(1, document.indexOf("12.345") + 1))
        .putParam("number", "12.345").putParam("problem", "decimals").build());
    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Le montant 12.345 a plus de deux décimales\u202f: "
        + "un montant en euros s’écrit avec au plus deux chiffres après le point (12000 ou 1500.50).");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH)).isEqualTo("The amount 12.345 has more than two decimals: "
        + "an amount in euros is written with at most two digits after the point (12000 or 1500.50).");
  }
}
