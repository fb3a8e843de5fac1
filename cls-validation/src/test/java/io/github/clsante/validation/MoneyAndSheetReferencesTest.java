package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static io.github.clsante.validation.FindingLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The money of a sheet (every negative amount, a negative budget being no budget to exceed) and the
 * references to sheets (linked sheets and the sheets an amendment changes), which are not judged while
 * a sheet id could not be read: it may be the one they name.
 */
class MoneyAndSheetReferencesTest {

  private static String contract(String sheets, String more) {
    return """
        {
          "formatVersion": "1.1", "id": "cls-money", "status": "in_preparation", "leadArs": "24", "territory": {},
          "actionSheets": %s%s
        }
        """.formatted(sheets, more);
  }

  @Test
  void every_negative_amount_is_reported_and_a_negative_budget_is_not_exceeded() {
    String d = contract("""
        [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Ateliers"}],
          "budget": -100, "fundings": [{"amount": 50}],
          "budgetLines": [{"nature": "operating", "plannedAmount": 30, "actualAmount": -20},
            {"nature": "investment", "plannedAmount": -10.5}]}]""", "");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.SHEET_FUNDING_NEGATIVE, "/actionSheets/0/budget", d, "-100", "amount=-100.00"),
        line(Rule.SHEET_FUNDING_NEGATIVE, "/actionSheets/0/budgetLines/0/actualAmount", d, "-20", "amount=-20.00"),
        line(Rule.SHEET_FUNDING_NEGATIVE, "/actionSheets/0/budgetLines/1/plannedAmount", d, "-10.5", "amount=-10.50"));
  }

  @Test
  void an_unknown_sheet_is_reported_where_a_sheet_or_an_amendment_names_it() {
    String d = contract("""
        [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Ateliers"}], "linkedSheetIds": ["fa-2", "fa-9"]},
         {"id": "fa-2", "title": "Autre", "indicators": [{"id": "i-2", "name": "Ateliers"}]}]""",
        ",\n  \"amendments\": [{\"number\": 1, \"affectedSheetIds\": [\"fa-1\", \"fa-8\"]}]");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.REF_SHEET_UNKNOWN, "/actionSheets/0/linkedSheetIds/1", d, "\"fa-9\"", "sheetId=fa-9"),
        line(Rule.REF_SHEET_UNKNOWN, "/amendments/0/affectedSheetIds/1", d, "\"fa-8\"", "sheetId=fa-8"));
  }

  @Test
  void no_sheet_reference_is_judged_while_a_sheet_id_is_unreadable() {
    String d = contract("""
        [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Ateliers"}], "linkedSheetIds": ["fa-9"]},
         {"id": null, "title": "Autre", "indicators": [{"id": "i-2", "name": "Ateliers"}]}]""",
        ",\n  \"amendments\": [{\"number\": 1, \"affectedSheetIds\": [\"fa-8\"]}]");

    assertThat(FindingLines.of(d)).containsExactly(
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/actionSheets/1/id", d, "{\"id\": null,", "null", "expected=string",
            "actual=null"));
  }
}
