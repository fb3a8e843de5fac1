package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ContractJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules speak format 1.1 (budget, amount); a finding on an amount points at the member the file
 * writes: its 1.1 name, or its 1.0 name (budgetCents, amountCents) in a 1.0 file.
 */
class AmountPointersTest {

  private static String document(String version, String budget, String amount, String planned) {
    String member = version.equals("1.0") ? "schemaVersion" : "formatVersion";
    return "{\"" + member + "\":\"" + version + "\",\"id\":\"cls\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{\"name\":\"Blaisois\"},\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"Prévenir\","
        + "\"indicators\":[{\"id\":\"i\",\"name\":\"n\"}],\"pilots\":[],"
        + budget + ",\"fundings\":[{" + amount + "}],\"budgetLines\":[{\"nature\":\"operating\"," + planned + "}]}]}";
  }

  private static List<String> findings(String json) {
    return ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .map(f -> f.code() + " " + f.pointer() + " " + f.location().map(l -> l.line() + ":" + l.column()).orElse("-"))
        .collect(Collectors.toList());
  }

  private static int column(String json, String member) {
    return json.indexOf("\"" + member + "\"") + member.length() + 4; // the value, after "member":
  }

  @Test
  void in_a_1_0_file_each_amount_finding_points_at_the_member_in_cents() {
    String json = document("1.0", "\"budgetCents\":-100", "\"amountCents\":-200", "\"plannedAmountCents\":-300");

    assertThat(findings(json)).containsExactlyInAnyOrder(
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/budgetCents 1:" + column(json, "budgetCents"),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/fundings/0/amountCents 1:" + column(json, "amountCents"),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/budgetLines/0/plannedAmountCents 1:"
            + column(json, "plannedAmountCents"));
  }

  @Test
  void in_a_1_1_file_and_in_memory_each_amount_finding_points_at_the_member_in_euros() {
    String json = document("1.1", "\"budget\":-1", "\"amount\":-2", "\"plannedAmount\":-3");

    assertThat(findings(json)).containsExactlyInAnyOrder(
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/budget 1:" + column(json, "budget"),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/fundings/0/amount 1:" + column(json, "amount"),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/budgetLines/0/plannedAmount 1:" + column(json, "plannedAmount"));
    assertThat(ContractValidator.standard().validate(ContractJson.reader()
            .read(document("1.0", "\"budgetCents\":-100", "\"amountCents\":-200", "\"plannedAmountCents\":-300")
                .getBytes(StandardCharsets.UTF_8)).contract().orElseThrow())
        .findings().stream().map(Finding::pointer))
        .containsExactlyInAnyOrder("/actionSheets/0/budget", "/actionSheets/0/fundings/0/amount",
            "/actionSheets/0/budgetLines/0/plannedAmount");
  }

  @Test
  void an_unreadable_budget_in_cents_gives_only_its_reading_problem() {
    String json = document("1.0", "\"budgetCents\":\"dix mille\"", "\"amountCents\":200", "\"plannedAmountCents\":300");

    assertThat(findings(json)).singleElement().asString()
        .startsWith("CLS-JSON-WRONG-TYPE /actionSheets/0/budgetCents ");
  }

  @Test
  void a_misnamed_amount_read_as_meant_is_pointed_at_under_the_name_the_file_writes() {
    String json = document("1.1", "\"budget\":10", "\"montant\":-2", "\"plannedAmount\":3");

    assertThat(findings(json)).containsExactlyInAnyOrder(
        "CLS-JSON-UNKNOWN-MEMBER /actionSheets/0/fundings/0/montant 1:" + (json.indexOf("\"montant\"") + 1),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/fundings/0/montant 1:" + column(json, "montant"));
  }

  @Test
  void a_misnamed_amount_followed_by_the_member_itself_leaves_the_finding_on_the_member() {
    String json = document("1.1", "\"budget\":10", "\"montant\":5,\"amount\":-2", "\"plannedAmount\":3");

    assertThat(findings(json)).containsExactlyInAnyOrder(
        "CLS-JSON-UNKNOWN-MEMBER /actionSheets/0/fundings/0/montant 1:" + (json.indexOf("\"montant\"") + 1),
        "CLS-SHEET-FUNDING-NEGATIVE /actionSheets/0/fundings/0/amount 1:" + column(json, "amount"));
  }
}
