package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sub-actions are action sheets too: references, ids, periods and indicators in them are checked. */
class SubActionRulesTest {

  @Test
  void rules_apply_inside_sub_actions() {
    String json = "{\"schemaVersion\":\"1.0\",\"id\":\"cls-x\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{},\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"Fiche\","
        + "\"indicators\":[{\"id\":\"i1\",\"name\":\"I\"}],"
        + "\"subActions\":[{\"id\":\"fa-1-1\",\"title\":\"Sous-action\","
        + "\"partners\":[{\"partyId\":\"nobody\"}],"
        + "\"schedule\":{\"start\":\"2025\",\"end\":\"2023\"},"
        + "\"linkedSheetIds\":[\"zz\"],\"governanceBodyIds\":[\"copil\"],"
        + "\"indicators\":[{\"id\":\"i1\",\"name\":\"I\",\"measure\":\"percentage\",\"baseline\":{\"value\":10},"
        + "\"targets\":[{\"value\":300}]}],"
        + "\"subActions\":[{\"id\":\"fa-1\",\"title\":\"Sous-sous-action\"}]}]}]}";

    ValidationReport report = ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings().stream().map(f -> f.code() + " " + f.pointer() + " " + f.params())
        .collect(Collectors.toList())).containsExactly( // in document (pointer) order
            "CLS-REF-BODY-UNKNOWN /actionSheets/0/subActions/0/governanceBodyIds/0 {bodyId=copil}",
            "CLS-REF-DUPLICATE-ID /actionSheets/0/subActions/0/indicators/0/id {id=i1}",
            "CLS-INDICATOR-PERCENTAGE-RANGE /actionSheets/0/subActions/0/indicators/0/targets/0/value {value=300}",
            "CLS-REF-SHEET-UNKNOWN /actionSheets/0/subActions/0/linkedSheetIds/0 {sheetId=zz}",
            "CLS-REF-PARTY-UNKNOWN /actionSheets/0/subActions/0/partners/0/partyId {partyId=nobody}",
            "CLS-DATE-RANGE-REVERSED /actionSheets/0/subActions/0/schedule/end {start=2025, end=2023}",
            "CLS-REF-DUPLICATE-ID /actionSheets/0/subActions/0/subActions/0/id {id=fa-1}");
  }
}
