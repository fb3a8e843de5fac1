package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static io.github.clsante.validation.FindingLines.lineIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The checks the rules share, at every place they apply: ids unique across parties, bodies, axes,
 * objectives, sheets, sub-actions and indicators (CLS-REF-DUPLICATE-ID on the second); every period
 * in order (CLS-DATE-RANGE-REVERSED on its end); every person's contact checked (CLS-ID-EMAIL).
 */
class IdsPeriodsAndContactsPlacesTest {

  @Test
  void an_id_given_twice_is_reported_at_its_second_place_whatever_holds_it() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-ids", "status": "in_preparation", "leadArs": "24", "territory": {},
          "parties": [{"id": "p", "name": "CC"}, {"id": "same", "name": "Ville"}],
          "governanceBodies": [{"kind": "copil", "id": "b"}, {"kind": "groupe_de_travail", "id": "p"}],
          "axes": [{"id": "same", "title": "Accès", "objectives": [{"id": "b", "title": "Attirer", "actionSheets": [
            {"id": "fa-1", "title": "Logement", "indicators": [{"id": "fa-1", "name": "Internes"}],
             "subActions": [{"id": "same", "title": "Studios"}]}]}]},
            {"id": "a-2", "title": "Prévention", "objectives": [{"id": "a-2", "title": "Dépister"}]}],
          "actionSheets": [{"id": "fa-2", "title": "Hors axe", "indicators": [{"id": "i", "name": "Dépistages"}]}],
          "indicators": [{"id": "i", "name": "Réunions"}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        lineIn(Rule.REF_DUPLICATE_ID, "/axes/0/id", d, "{\"id\": \"same\", \"title\": \"Accès\"", "\"same\"", "id=same"),
        lineIn(Rule.REF_DUPLICATE_ID, "/axes/0/objectives/0/actionSheets/0/indicators/0/id", d,
            "{\"id\": \"fa-1\", \"name\"", "\"fa-1\"", "id=fa-1"),
        lineIn(Rule.REF_DUPLICATE_ID, "/axes/0/objectives/0/actionSheets/0/subActions/0/id", d,
            "{\"id\": \"same\", \"title\": \"Studios\"", "\"same\"", "id=same"),
        lineIn(Rule.REF_DUPLICATE_ID, "/axes/0/objectives/0/id", d, "{\"id\": \"b\", \"title\"", "\"b\"", "id=b"),
        lineIn(Rule.REF_DUPLICATE_ID, "/axes/1/objectives/0/id", d, "{\"id\": \"a-2\", \"title\": \"Dépister\"", "\"a-2\"",
            "id=a-2"),
        lineIn(Rule.REF_DUPLICATE_ID, "/governanceBodies/1/id", d, "\"id\": \"p\"}", "\"p\"", "id=p"),
        lineIn(Rule.REF_DUPLICATE_ID, "/indicators/0/id", d, "{\"id\": \"i\", \"name\": \"Réunions\"", "\"i\"", "id=i"));
  }

  @Test
  void every_period_of_the_contract_is_checked_in_order() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-periods", "status": "in_preparation", "leadArs": "24", "territory": {},
          "period": {"start": "2022", "end": "2026"},
          "prs": {"period": {"start": "2023", "end": "2018-06"}},
          "previousContract": {"period": {"start": "2019", "end": "2015"}},
          "actionSheets": [{"id": "fa-1", "title": "Fiche", "schedule": {"start": "2024-06", "end": "2024-02"},
            "indicators": [{"id": "i-1", "name": "Ateliers", "measurements": [{"period": {"start": "2023-05", "end": "2023-04-30"}}]}]}],
          "amendments": [{"number": 1, "newPeriod": {"start": "2025-01-01", "end": "2024-12-31"}}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.DATE_RANGE_REVERSED, "/actionSheets/0/indicators/0/measurements/0/period/end", d, "\"2023-04-30\"",
            "start=2023-05", "end=2023-04-30"),
        line(Rule.DATE_RANGE_REVERSED, "/actionSheets/0/schedule/end", d, "\"2024-02\"", "start=2024-06", "end=2024-02"),
        line(Rule.DATE_RANGE_REVERSED, "/amendments/0/newPeriod/end", d, "\"2024-12-31\"", "start=2025-01-01",
            "end=2024-12-31"),
        line(Rule.DATE_RANGE_REVERSED, "/previousContract/period/end", d, "\"2015\"", "start=2019", "end=2015"),
        line(Rule.DATE_RANGE_REVERSED, "/prs/period/end", d, "\"2018-06\"", "start=2023", "end=2018-06"));
  }

  @Test
  void every_persons_contact_is_checked() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-contacts", "status": "in_preparation", "leadArs": "24", "territory": {},
          "parties": [{"id": "cc", "name": "CC"}],
          "coordinator": {"contact": {"emails": ["coordination@blaisois"]}},
          "electedReferents": [{"name": "Un Élu", "contact": {"emails": ["elu@blaisois"]}}],
          "signatories": [{"party": {"partyId": "cc"}, "representative": {"name": "La Présidente",
            "contact": {"emails": ["presidence@blaisois"]}}}],
          "actionSheets": [{"id": "fa-1", "title": "Fiche", "indicators": [{"id": "i-1", "name": "Ateliers"}],
            "electedReferents": [{"name": "Une Élue", "contact": {"emails": ["ok@blaisois.fr", "elue@blaisois"]}}]}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.ID_EMAIL, "/actionSheets/0/electedReferents/0/contact/emails/1", d, "\"elue@blaisois\"",
            "value=elue@blaisois", "problem=domain", "domain=blaisois"),
        line(Rule.ID_EMAIL, "/coordinator/contact/emails/0", d, "\"coordination@blaisois\"",
            "value=coordination@blaisois", "problem=domain", "domain=blaisois"),
        line(Rule.ID_EMAIL, "/electedReferents/0/contact/emails/0", d, "\"elu@blaisois\"", "value=elu@blaisois",
            "problem=domain", "domain=blaisois"),
        line(Rule.ID_EMAIL, "/signatories/0/representative/contact/emails/0", d, "\"presidence@blaisois\"",
            "value=presidence@blaisois", "problem=domain", "domain=blaisois"));
  }
}
