package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A value the reader could not read is reported once; the rules go on with the rest of the contract,
 * and no finding follows only from the unreadable value.
 */
class UnreadableValuesTest {

  /** A signed contract with the ARS and a commune as signatories, one axis and two fiches. */
  private static final String CONTRACT = "{\"schemaVersion\":\"1.0\",\"id\":\"cls\",\"status\":STATUS,"
      + "\"leadArs\":\"24\",\"territory\":{\"regions\":[\"24\"]},\"signatureDate\":\"2021-03-01\","
      + "\"period\":{\"start\":\"2021\",\"end\":\"2025\"},"
      + "\"parties\":[{\"id\":\"ars\",\"name\":\"ARS\",\"kind\":\"ars\"},{\"id\":\"ville\",\"name\":\"Ville\",\"kind\":\"commune\"}],"
      + "\"signatories\":[{\"party\":{\"partyId\":\"ars\"}},{\"party\":{\"partyId\":\"ville\"}}],"
      + "\"axes\":[{\"id\":\"axe-1\",\"title\":\"Santé mentale\",\"actionSheets\":["
      + "{\"id\":\"fa-1\",\"title\":\"Fiche 1\",SHEET1},"
      + "{\"id\":\"fa-2\",\"title\":\"Fiche 2\",\"pilots\":[{\"partyId\":\"ville\"}],"
      + "\"indicators\":[{\"id\":\"ind-2\",\"name\":\"I\"}]}]}]}";

  private static List<String> findings(String status, String sheet1) {
    String json = CONTRACT.replace("STATUS", status).replace("SHEET1", sheet1);
    return ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .map(f -> f.code() + " " + f.pointer())
        .collect(Collectors.toList());
  }

  private static final String WITH_INDICATOR = "\"indicators\":[{\"id\":\"ind-1\",\"name\":\"I\"}]";

  @Test
  void the_fixture_is_clean_and_its_sheet_without_pilot_is_reported() {
    assertThat(findings("\"signed\"", WITH_INDICATOR + ",\"pilots\":[{\"partyId\":\"ville\"}]")).isEmpty();
    assertThat(findings("\"signed\"", WITH_INDICATOR)).containsExactly("CLS-SHEET-NO-PILOT /axes/0/actionSheets/0");
  }

  @Test
  void a_status_written_as_its_french_label_is_read_so_the_signed_contract_rules_still_apply() {
    assertThat(findings("\"signé\"", WITH_INDICATOR)).containsExactly(
        "CLS-SHEET-NO-PILOT /axes/0/actionSheets/0", "CLS-JSON-UNKNOWN-CODE /status");
  }

  @Test
  void an_unreadable_status_switches_off_the_rules_that_depend_on_it_only() {
    // No pilot is required of a contract whose status is unknown, nor a signature date; the sheet
    // without indicator is still reported, as for any contract.
    assertThat(findings("\"sigend\"", "\"pilots\":[]")).containsExactly(
        "CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0", "CLS-JSON-UNKNOWN-CODE /status");
  }

  @Test
  void a_fiche_whose_pilots_are_unreadable_is_not_said_to_have_no_pilot() {
    assertThat(findings("\"signed\"", WITH_INDICATOR + ",\"pilots\":\"Ville\"")).containsExactly(
        "CLS-JSON-WRONG-TYPE /axes/0/actionSheets/0/pilots");
  }

  @Test
  void a_reference_is_not_said_unknown_when_a_party_id_was_unreadable() {
    String json = CONTRACT.replace("STATUS", "\"signed\"")
        .replace("SHEET1", WITH_INDICATOR + ",\"pilots\":[{\"partyId\":\"cias\"}]")
        .replace("{\"id\":\"ville\",\"name\":\"Ville\",\"kind\":\"commune\"}",
            "{\"id\":\"ville\",\"name\":\"Ville\",\"kind\":\"commune\"},{\"id\":null,\"name\":\"CIAS\"}");

    List<String> findings = ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings()
        .stream().map(f -> f.code() + " " + f.pointer()).collect(Collectors.toList());

    assertThat(findings).containsExactly("CLS-JSON-WRONG-TYPE /parties/2/id");
  }

  @Test
  void an_unreadable_budget_is_not_compared_with_the_fundings() {
    String sheet = WITH_INDICATOR + ",\"pilots\":[{\"partyId\":\"ville\"}],\"budgetCents\":\"12.000 €\","
        + "\"fundings\":[{\"amountCents\":5000000}]";

    assertThat(findings("\"signed\"", sheet)).containsExactly("CLS-JSON-WRONG-TYPE /axes/0/actionSheets/0/budgetCents");
  }

  @Test
  void an_amount_written_in_euros_is_read_as_meant_and_compared() {
    String sheet = WITH_INDICATOR + ",\"pilots\":[{\"partyId\":\"ville\"}],\"budgetCents\":\"12 000 €\","
        + "\"fundings\":[{\"amountCents\":5000000}]";

    assertThat(findings("\"signed\"", sheet)).containsExactly(
        "CLS-JSON-WRONG-TYPE /axes/0/actionSheets/0/budgetCents", "CLS-SHEET-FUNDING-OVER-BUDGET /axes/0/actionSheets/0/fundings");
  }

  @Test
  void a_fiche_without_title_still_counts_and_gets_its_other_findings() {
    String json = CONTRACT.replace("STATUS", "\"signed\"").replace("SHEET1", WITH_INDICATOR)
        .replace("\"title\":\"Fiche 1\",", "").replace("\"id\":\"cls\",", "\"id\":\"cls\",\"announcedActionSheetCount\":2,");

    List<String> findings = ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings()
        .stream().map(f -> f.code() + " " + f.pointer()).collect(Collectors.toList());

    assertThat(findings).containsExactly("CLS-JSON-MISSING-MEMBER /axes/0/actionSheets/0",
        "CLS-SHEET-NO-PILOT /axes/0/actionSheets/0");
  }
}
