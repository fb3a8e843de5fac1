package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every open code of a contract outside its list gives CLS-CODE-NOT-LISTED at that code, naming its
 * list, wherever it is written: territories (the contract's and a sheet's), indicators (the
 * contract's and a sheet's), schemes, bodies, publics, determinants, funds, identifier schemes; and a
 * sheet's intervention territory has the field rules of a territory.
 */
class OpenCodePlacesTest {

  @Test
  void each_code_outside_its_list_is_reported_where_it_is_written() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-codes", "status": "in_preparation", "leadArs": "24",
          "territory": {"name": "Blaisois", "kind": "zone-a"},
          "parties": [{"id": "cc", "name": "CC", "identifiers": [{"scheme": "matricule-b", "value": "1"}]}],
          "governanceBodies": [{"kind": "assemblee-c", "sharedWith": ["plan-d"]}],
          "linkedSchemes": [{"kind": "plan-e"}],
          "indicators": [{"id": "i-c", "name": "Réunions", "type": "mesure-f"}],
          "actionSheets": [{"id": "fa-1", "title": "Fiche", "interventionTerritory": {"kind": "zone-g"},
            "targetPublics": ["public-h"], "determinants": ["facteur-i"], "linkedSchemes": [{"kind": "plan-j"}],
            "fundings": [{"fund": "fonds-k"}], "indicators": [{"id": "i-1", "name": "Ateliers", "type": "mesure-l"}]}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/determinants/0", d, "\"facteur-i\"", "code=facteur-i",
            "problem=health_determinant"),
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/fundings/0/fund", d, "\"fonds-k\"", "code=fonds-k",
            "problem=fund_kind"),
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/indicators/0/type", d, "\"mesure-l\"", "code=mesure-l",
            "problem=indicator_type"),
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/interventionTerritory/kind", d, "\"zone-g\"", "code=zone-g",
            "problem=territory_kind"),
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/linkedSchemes/0/kind", d, "\"plan-j\"", "code=plan-j",
            "problem=scheme_kind"),
        line(Rule.CODE_NOT_LISTED, "/actionSheets/0/targetPublics/0", d, "\"public-h\"", "code=public-h",
            "problem=target_public"),
        line(Rule.CODE_NOT_LISTED, "/governanceBodies/0/kind", d, "\"assemblee-c\"", "code=assemblee-c",
            "problem=governance_body_kind"),
        line(Rule.CODE_NOT_LISTED, "/governanceBodies/0/sharedWith/0", d, "\"plan-d\"", "code=plan-d",
            "problem=scheme_kind"),
        line(Rule.CODE_NOT_LISTED, "/indicators/0/type", d, "\"mesure-f\"", "code=mesure-f", "problem=indicator_type"),
        line(Rule.CODE_NOT_LISTED, "/linkedSchemes/0/kind", d, "\"plan-e\"", "code=plan-e", "problem=scheme_kind"),
        line(Rule.CODE_NOT_LISTED, "/parties/0/identifiers/0/scheme", d, "\"matricule-b\"", "code=matricule-b",
            "problem=identifier_scheme"),
        line(Rule.CODE_NOT_LISTED, "/territory/kind", d, "\"zone-a\"", "code=zone-a", "problem=territory_kind"));
  }

  @Test
  void a_sheets_intervention_territory_has_the_field_rules_of_a_territory() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-territory", "status": "in_preparation", "leadArs": "94",
          "territory": {"name": "Corse"},
          "actionSheets": [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Ateliers"}],
            "interventionTerritory": {"communes": [{"name": "Ajaccio", "inseeCode": "2A004"}, {"name": "Afa", "inseeCode": "20001"}]}}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.ID_INSEE_COMMUNE, "/actionSheets/0/interventionTerritory/communes/1/inseeCode", d, "\"20001\"",
            "value=20001", "problem=corsica", "suggestion=2A001", "alternative=2B001"));
  }
}
