package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static io.github.clsante.validation.FindingLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the rules do not judge because the reader could not read a value they depend on, and what
 * they still judge: a whole list of sheets unread leaves the count of sheets unknown, one sheet unread
 * is still a sheet; an unread lead ARS is compared with no former region; and what a user's rule is
 * told of the places it asks about, {@code *} and {@code **} included.
 */
class UnreadablePlacesTest {

  private static String contract(String more) {
    return """
        {
          "formatVersion": "1.1", "id": "cls-unread", "status": "in_preparation", "leadArs": "24", "territory": {},
          %s
        }
        """.formatted(more);
  }

  @Test
  void a_whole_list_of_sheets_unread_leaves_the_count_unknown() {
    String d = contract("""
        "announcedActionSheetCount": 3,
          "axes": [{"id": "axe-1", "title": "Accès", "actionSheets": "trois fiches"}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/axes/0/actionSheets", d, "\"trois fiches\"", "\"trois fiches\"",
            "expected=array", "actual=string", "value=trois fiches"));
  }

  @Test
  void one_sheet_unread_is_still_counted_and_the_count_still_judged() {
    String d = contract("""
        "announcedActionSheetCount": 3,
          "axes": [{"id": "axe-1", "title": "Accès", "actionSheets": [7]}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.CONTRACT_SHEETS_NOT_LISTED, "/announcedActionSheetCount", d, "3,", "announced=3", "listed=1"),
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/axes/0/actionSheets/0", d, "[7]", "7", "expected=object",
            "actual=number", "value=7"));
  }

  @Test
  void a_finding_on_an_object_is_made_though_a_value_inside_it_is_unread() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-unread", "status": "signed", "leadArs": "24", "territory": {},
          "signatureDate": "2021-06-01",
          "parties": [{"id": "ars", "name": "ARS", "kind": "ars"}, {"id": "cc", "name": "CC", "kind": "communaute_de_communes"}],
          "signatories": [{"party": {"partyId": "ars"}}, {"party": {"partyId": "cc"}}],
          "actionSheets": [{"id": "fa-1", "title": null, "indicators": [{"id": "i-1", "name": "Participants"}]}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.SHEET_NO_PILOT, "/actionSheets/0", d, "{\"id\": \"fa-1\""),
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/actionSheets/0/title", d, "null,", "null", "expected=string",
            "actual=null"));
  }

  @Test
  void a_former_region_is_not_compared_with_a_lead_ars_that_could_not_be_read() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-unread", "status": "in_preparation", "leadArs": null, "formerLeadArs": "83",
          "territory": {}
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/leadArs", d, "null,", "null", "expected=code", "actual=null"));
  }

  @Test
  void a_users_rule_is_told_which_places_were_read_wildcards_included() {
    List<String> answers = new ArrayList<>();
    List<String> asked = List.of("", "/axes", "/axes/0", "/axes/*/title", "/axes/*/actionSheets", "/axes/1/actionSheets",
        "/axes/**", "/**/title", "/**/actionSheets/*/title", "/**/pilots", "/territory", "/territory/**", "/axes/*");
    ContractRule probe = TestRules.probe(context -> {
      for (String pointer : asked) {
        answers.add(pointer + " " + context.intact(pointer));
      }
    });
    String d = contract("""
        "axes": [{"id": "axe-1", "title": "Accès", "actionSheets": [{"id": "fa-1", "title": "Fiche"}]},
            {"id": "axe-2", "title": "Prévention", "actionSheets": [{"id": "fa-2", "title": null}]}]""");

    ContractValidator.builder().addRule(probe).build().validate(d.getBytes(StandardCharsets.UTF_8));

    // The unread value is /axes/1/actionSheets/0/title: it, what holds it and what may stand for it are not intact.
    assertThat(answers).containsExactly(" false", "/axes false", "/axes/0 true", "/axes/*/title true",
        "/axes/*/actionSheets false", "/axes/1/actionSheets false", "/axes/** false", "/**/title false",
        "/**/actionSheets/*/title false", "/**/pilots true", "/territory true", "/territory/** true", "/axes/* false");
  }
}
