package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static io.github.clsante.validation.FindingLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dates of a signature against the period and the deliberations: a signed contract signed after
 * its period ended (CLS-CONTRACT-SIGNATURE-STATUS, and not also CLS-CONTRACT-SIGNED-LATE); a
 * deliberation after the signature it authorises, the signatory's own date when it has one
 * (CLS-CONTRACT-DELIBERATION-AFTER-SIGNATURE), still judged when only the contract's date is
 * unreadable; an amendment signed after the end of the period it does not extend (CLS-AMENDMENT-DATE).
 */
class SignatureDatesTest {

  private static String signed(String more) {
    return """
        {
          "formatVersion": "1.1", "id": "cls-dates", "status": "signed", "leadArs": "24", "territory": {"name": "Blaisois"},
          "parties": [{"id": "ars", "name": "ARS Centre-Val de Loire", "kind": "ars"},
            {"id": "cc", "name": "Communauté de communes du Blaisois", "kind": "communaute_de_communes"}],
          "actionSheets": [{"id": "fa-1", "title": "Santé mentale des jeunes", "pilots": [{"partyId": "cc"}],
            "indicators": [{"id": "i-1", "name": "Participants"}]}],
          %s
        }
        """.formatted(more);
  }

  @Test
  void a_contract_signed_after_its_period_ended_has_a_wrong_status_not_a_late_signature() {
    String d = signed("""
        "period": {"start": "2019-01-01", "end": "2021-12-31"}, "signatureDate": "2022-03-01",
          "signatories": [{"party": {"partyId": "ars"}}, {"party": {"partyId": "cc"}}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.CONTRACT_SIGNATURE_STATUS, "/signatureDate", d, "\"2022-03-01\"", "status=signed", "statusLabel=Signé"));
  }

  @Test
  void a_deliberation_is_judged_against_the_signatorys_own_date_even_when_the_contracts_is_unreadable() {
    String d = signed("""
        "signatureDate": true, "carriers": [{"party": {"partyId": "cc"}, "deliberationDate": "2022-05-02"}],
          "signatories": [{"party": {"partyId": "ars"}},
            {"party": {"partyId": "cc"}, "signatureDate": "2022-04-01", "deliberationDate": "2022-04-15"}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.CONTRACT_DELIBERATION_AFTER_SIGNATURE, "/carriers/0/deliberationDate", d, "\"2022-05-02\"",
            "deliberationDate=2022-05-02", "signatureDate=2022-04-01"),
        line(Rule.CONTRACT_DELIBERATION_AFTER_SIGNATURE, "/signatories/1/deliberationDate", d, "\"2022-04-15\"",
            "deliberationDate=2022-04-15", "signatureDate=2022-04-01"),
        lineOf("CLS-JSON-WRONG-TYPE", "error", "/signatureDate", d, "true", "true", "expected=date", "actual=boolean",
            "value=true"));
  }

  @Test
  void an_amendment_signed_after_the_contracts_end_is_misdated_unless_it_extends_the_period() {
    String d = signed("""
        "period": {"start": "2019-01-01", "end": "2023-12-31"}, "signatureDate": "2019-02-01",
          "signatories": [{"party": {"partyId": "ars"}}, {"party": {"partyId": "cc"}}],
          "amendments": [{"number": 1, "signatureDate": "2024-02-01"},
            {"number": 2, "signatureDate": "2024-03-01", "newPeriod": {"end": "2025-12-31"}},
            {"number": 3, "signatureDate": "2018-12-01"}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.AMENDMENT_DATE, "/amendments/0/signatureDate", d, "\"2024-02-01\""),
        line(Rule.AMENDMENT_DATE, "/amendments/2/signatureDate", d, "\"2018-12-01\""));
  }
}
