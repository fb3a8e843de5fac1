package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every place of a contract that names a party is checked against the parties it lists: a reference
 * to no party gives CLS-REF-PARTY-UNKNOWN on that reference's {@code partyId}, in the contract, its
 * people and bodies, each sheet and sub-action, indicators and amendments, and a parent that is no
 * party gives CLS-REF-PARENT-UNKNOWN; a name one or two letters away from a party's is suggested.
 */
class PartyReferencePlacesTest {

  private static final String CONTRACT_PLACES = """
      {
        "formatVersion": "1.1", "id": "cls-refs", "status": "in_preparation", "leadArs": "24",
        "territory": {"name": "Blaisois"},
        "parties": [
          {"id": "cc", "name": "Communauté de communes", "kind": "communaute_de_communes"},
          {"id": "ars", "name": "ARS Centre-Val de Loire", "kind": "ars", "parentId": "x-parent"}
        ],
        "carriers": [{"party": {"partyId": "x-carrier"}}],
        "signatories": [{"party": {"partyId": "cc"}},
          {"party": {"partyId": "x-signatory"}, "representative": {"name": "Une Élue", "organisation": {"partyId": "x-organisation"}}}],
        "coordinator": {"employer": {"partyId": "x-employer"}, "fundedBy": [{"partyId": "ars"}, {"partyId": "x-funder"}]},
        "electedReferents": [{"name": "Un Élu", "organisation": {"partyId": "x-referent"}}],
        "governanceBodies": [{"kind": "copil", "members": [{"partyId": "cc"}, {"partyId": "x-member"}],
          "chairs": [{"partyId": "x-chair"}]}],
        "diagnostic": {"producer": {"partyId": "x-producer"}},
        "linkedSchemes": [{"kind": "clsm", "party": {"partyId": "x-scheme"}}],
        "indicators": [{"id": "i-c", "name": "Réunions", "responsible": {"partyId": "x-responsible"}}],
        "actionSheets": [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Indicateur"}]}],
        "amendments": [{"number": 1, "addedSignatories": [{"partyId": "x-added"}]}]
      }
      """;

  @Test
  void each_reference_of_the_contract_its_people_bodies_indicators_and_amendments_is_checked() {
    String d = CONTRACT_PLACES;

    assertThat(FindingLines.of(d)).containsExactly( // in the order of their pointers
        line(Rule.REF_PARTY_UNKNOWN, "/amendments/0/addedSignatories/0/partyId", d, "\"x-added\"", "partyId=x-added"),
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/0/party/partyId", d, "\"x-carrier\"", "partyId=x-carrier"),
        line(Rule.REF_PARTY_UNKNOWN, "/coordinator/employer/partyId", d, "\"x-employer\"", "partyId=x-employer"),
        line(Rule.REF_PARTY_UNKNOWN, "/coordinator/fundedBy/1/partyId", d, "\"x-funder\"", "partyId=x-funder"),
        line(Rule.REF_PARTY_UNKNOWN, "/diagnostic/producer/partyId", d, "\"x-producer\"", "partyId=x-producer"),
        line(Rule.REF_PARTY_UNKNOWN, "/electedReferents/0/organisation/partyId", d, "\"x-referent\"",
            "partyId=x-referent"),
        line(Rule.REF_PARTY_UNKNOWN, "/governanceBodies/0/chairs/0/partyId", d, "\"x-chair\"", "partyId=x-chair"),
        line(Rule.REF_PARTY_UNKNOWN, "/governanceBodies/0/members/1/partyId", d, "\"x-member\"", "partyId=x-member"),
        line(Rule.REF_PARTY_UNKNOWN, "/indicators/0/responsible/partyId", d, "\"x-responsible\"",
            "partyId=x-responsible"),
        line(Rule.REF_PARTY_UNKNOWN, "/linkedSchemes/0/party/partyId", d, "\"x-scheme\"", "partyId=x-scheme"),
        line(Rule.REF_PARENT_UNKNOWN, "/parties/1/parentId", d, "\"x-parent\"", "partyId=x-parent"),
        line(Rule.REF_PARTY_UNKNOWN, "/signatories/1/party/partyId", d, "\"x-signatory\"", "partyId=x-signatory"),
        line(Rule.REF_PARTY_UNKNOWN, "/signatories/1/representative/organisation/partyId", d, "\"x-organisation\"",
            "partyId=x-organisation"));
  }

  private static final String SHEET_PLACES = """
      {
        "formatVersion": "1.1", "id": "cls-refs", "status": "in_preparation", "leadArs": "24",
        "territory": {"name": "Blaisois"},
        "parties": [{"id": "cc", "name": "Communauté de communes", "kind": "communaute_de_communes"}],
        "axes": [{"id": "axe-1", "title": "Accès aux soins", "objectives": [{"title": "Attirer", "actionSheets": [
          {"id": "fa-1", "title": "Logement", "pilots": [{"partyId": "cc"}, {"partyId": "x-pilot"}],
           "partners": [{"partyId": "x-partner"}],
           "electedReferents": [{"name": "Une Élue", "organisation": {"partyId": "x-elected"}}],
           "fundings": [{"financer": {"partyId": "x-financer"}, "amount": 10}],
           "linkedSchemes": [{"kind": "clsm", "party": {"partyId": "x-linked"}}],
           "indicators": [{"id": "i-1", "name": "Internes logés", "responsible": {"partyId": "x-indicator"}}],
           "subActions": [{"id": "fa-1-1", "title": "Studios", "pilots": [{"partyId": "x-sub"}]}]}]}]}]
      }
      """;

  @Test
  void each_reference_of_a_sheet_under_an_objective_and_of_its_sub_actions_is_checked() {
    String d = SHEET_PLACES;
    String sheet = "/axes/0/objectives/0/actionSheets/0";

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/electedReferents/0/organisation/partyId", d, "\"x-elected\"",
            "partyId=x-elected"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/fundings/0/financer/partyId", d, "\"x-financer\"", "partyId=x-financer"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/indicators/0/responsible/partyId", d, "\"x-indicator\"",
            "partyId=x-indicator"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/linkedSchemes/0/party/partyId", d, "\"x-linked\"", "partyId=x-linked"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/partners/0/partyId", d, "\"x-partner\"", "partyId=x-partner"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/pilots/1/partyId", d, "\"x-pilot\"", "partyId=x-pilot"),
        line(Rule.REF_PARTY_UNKNOWN, sheet + "/subActions/0/pilots/0/partyId", d, "\"x-sub\"", "partyId=x-sub"));
  }

  @Test
  void a_party_one_letter_from_a_short_id_and_two_from_a_longer_one_is_suggested() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-refs", "status": "in_preparation", "leadArs": "24", "territory": {},
          "parties": [{"id": "ars", "name": "ARS"}, {"id": "cias-du-blaisois", "name": "CIAS"}, {"id": "ccas", "name": "CCAS"}],
          "carriers": [{"party": {"partyId": "arz"}}, {"party": {"partyId": "cias-du-blaisoi"}},
            {"party": {"partyId": "cias-du-blaiso"}}, {"party": {"partyId": "xcaz"}}, {"party": {"partyId": "cias-du-blais"}}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/0/party/partyId", d, "\"arz\"", "partyId=arz", "suggestion=ars"),
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/1/party/partyId", d, "\"cias-du-blaisoi\"", "partyId=cias-du-blaisoi",
            "suggestion=cias-du-blaisois"),
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/2/party/partyId", d, "\"cias-du-blaiso\"", "partyId=cias-du-blaiso",
            "suggestion=cias-du-blaisois"),
        // Four letters: one letter away at most (« xcaz » is two from « ccas »).
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/3/party/partyId", d, "\"xcaz\"", "partyId=xcaz"),
        line(Rule.REF_PARTY_UNKNOWN, "/carriers/4/party/partyId", d, "\"cias-du-blais\"", "partyId=cias-du-blais"));
  }
}
