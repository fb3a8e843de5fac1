package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CLS-CONTRACT-MENTAL-HEALTH reads every title of the programme: an axis's title alone, or the title of
 * a sheet listed under an objective, is the contract's mental-health part.
 */
class MentalHealthPlacesTest {

  /** A contract signed after the loi 3DS, its axes given, otherwise without finding. */
  private static String signed(String axes) {
    return """
        {
          "formatVersion": "1.1", "id": "cls-3ds", "status": "signed", "leadArs": "24", "territory": {"name": "Blaisois"},
          "signatureDate": "2023-01-10",
          "parties": [{"id": "ars", "name": "ARS Centre-Val de Loire", "kind": "ars"},
            {"id": "cc", "name": "Communauté de communes du Blaisois", "kind": "communaute_de_communes"}],
          "signatories": [{"party": {"partyId": "ars"}}, {"party": {"partyId": "cc"}}],
          "axes": %s
        }
        """.formatted(axes);
  }

  private static String sheet(String title) {
    return "{\"id\": \"fa-1\", \"title\": \"" + title + "\", \"pilots\": [{\"partyId\": \"cc\"}],"
        + " \"indicators\": [{\"id\": \"i-1\", \"name\": \"Participants\"}]}";
  }

  @Test
  void without_a_word_of_mental_health_the_contract_has_the_finding() {
    String d = signed("[{\"id\": \"axe-1\", \"title\": \"Prévention\", \"objectives\": [{\"title\": \"Vieillir\","
        + " \"actionSheets\": [" + sheet("Prévenir les chutes") + "]}]}]");

    assertThat(FindingLines.of(d)).containsExactly("CLS-CONTRACT-MENTAL-HEALTH warning - 1:1");
  }

  @Test
  void an_axis_title_is_the_mental_health_part() {
    String d = signed("[{\"id\": \"axe-1\", \"title\": \"Santé mentale\", \"actionSheets\": [" + sheet("Prévenir les chutes") + "]}]");

    assertThat(FindingLines.of(d)).isEmpty();
  }

  @Test
  void the_title_of_a_sheet_under_an_objective_is_the_mental_health_part() {
    String d = signed("[{\"id\": \"axe-1\", \"title\": \"Prévention\", \"objectives\": [{\"title\": \"Vieillir\","
        + " \"objectives\": [{\"title\": \"Isolement\", \"actionSheets\": [" + sheet("Prévenir le suicide des aînés") + "]}]}]}]");

    assertThat(FindingLines.of(d)).isEmpty();
  }
}
