package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The messages of a reference to an id nobody has, with the suggestion of a close id and without one:
 * each reads as whole sentences either way, in French and English (the suggestion is an optional
 * segment of the template, and the sentence before it ends with its own full stop).
 */
class ReferenceMessagesTest {

  /**
   * A 1.1 contract in preparation with, for each kind of reference, one id one letter away from a
   * declared one (a suggestion) and one far from every id (none).
   */
  private static final String CONTRACT = "{\"formatVersion\":\"1.1\",\"id\":\"cls-blaisois\","
      + "\"leadArs\":\"24\",\"territory\":{\"name\":\"Blaisois\"},"
      + "\"parties\":[{\"id\":\"agglopolys\",\"name\":\"Agglopolys\"},"
      + "{\"id\":\"cias\",\"name\":\"CIAS du Blaisois\",\"parentId\":\"agglopoly\"},"
      + "{\"id\":\"ville\",\"name\":\"Ville de Blois\",\"parentId\":\"prefecture\"}],"
      + "\"carriers\":[{\"party\":{\"partyId\":\"agglopoly\"}},{\"party\":{\"partyId\":\"inconnu\"}}],"
      + "\"governanceBodies\":[{\"id\":\"copil\",\"kind\":\"copil\"}],"
      + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"Coordonner le contrat\","
      + "\"pilots\":[{\"partyId\":\"agglopolys\"}],\"indicators\":[{\"id\":\"ind-1\",\"name\":\"Réunions\"}],"
      + "\"governanceBodyIds\":[\"copi\",\"comite-technique\"],\"linkedSheetIds\":[\"fa-2\",\"fiche-douze\"]}]}";

  private static final ValidationReport REPORT =
      ContractValidator.standard().validate(CONTRACT.getBytes(StandardCharsets.UTF_8));

  /** The findings of one code, each as pointer, parameters and its French and English messages. */
  private static List<String> messages(String code) {
    return REPORT.findings().stream().filter(f -> f.code().equals(code))
        .map(ReferenceMessagesTest::describe).collect(Collectors.toList());
  }

  private static String describe(Finding finding) {
    return finding.severity().code() + " " + finding.pointer() + " " + finding.params() + "\n"
        + FindingMessages.message(finding, Locale.FRENCH) + "\n" + FindingMessages.message(finding, Locale.ENGLISH);
  }

  @Test
  void the_contract_has_no_other_finding() {
    assertThat(REPORT.findings()).extracting(Finding::code).containsOnly("CLS-REF-PARTY-UNKNOWN",
        "CLS-REF-PARENT-UNKNOWN", "CLS-REF-BODY-UNKNOWN", "CLS-REF-SHEET-UNKNOWN");
  }

  @Test
  void an_unknown_party_is_said_in_sentences_with_and_without_a_suggestion() {
    assertThat(messages("CLS-REF-PARTY-UNKNOWN")).containsExactly(
        "error /carriers/0/party/partyId {partyId=agglopoly, suggestion=agglopolys}\n"
            + "Aucun acteur du contrat n’a l’identifiant «\u00a0agglopoly\u00a0». Vouliez-vous dire «\u00a0agglopolys\u00a0»\u202f? "
            + "Chaque acteur cité doit être déclaré une fois dans «\u00a0parties\u00a0».\n"
            + "No party of the contract has the id \"agglopoly\". Did you mean \"agglopolys\"? "
            + "Every party named must be declared once in \"parties\".",
        "error /carriers/1/party/partyId {partyId=inconnu}\n"
            + "Aucun acteur du contrat n’a l’identifiant «\u00a0inconnu\u00a0». "
            + "Chaque acteur cité doit être déclaré une fois dans «\u00a0parties\u00a0».\n"
            + "No party of the contract has the id \"inconnu\". Every party named must be declared once in \"parties\".");
  }

  @Test
  void an_unknown_parent_is_said_in_sentences_with_and_without_a_suggestion() {
    assertThat(messages("CLS-REF-PARENT-UNKNOWN")).containsExactly(
        "error /parties/1/parentId {partyId=agglopoly, suggestion=agglopolys}\n"
            + "L’organisme de rattachement «\u00a0agglopoly\u00a0» n’est pas un acteur du contrat. "
            + "Vouliez-vous dire «\u00a0agglopolys\u00a0»\u202f?\n"
            + "The parent organisation \"agglopoly\" is not a party of the contract. Did you mean \"agglopolys\"?",
        "error /parties/2/parentId {partyId=prefecture}\n"
            + "L’organisme de rattachement «\u00a0prefecture\u00a0» n’est pas un acteur du contrat.\n"
            + "The parent organisation \"prefecture\" is not a party of the contract.");
  }

  @Test
  void an_unknown_governance_body_or_sheet_is_said_in_sentences_with_and_without_a_suggestion() {
    assertThat(messages("CLS-REF-BODY-UNKNOWN")).containsExactly(
        "error /actionSheets/0/governanceBodyIds/0 {bodyId=copi, suggestion=copil}\n"
            + "Aucune instance de gouvernance n’a l’identifiant «\u00a0copi\u00a0». Vouliez-vous dire «\u00a0copil\u00a0»\u202f?\n"
            + "No governance body has the id \"copi\". Did you mean \"copil\"?",
        "error /actionSheets/0/governanceBodyIds/1 {bodyId=comite-technique}\n"
            + "Aucune instance de gouvernance n’a l’identifiant «\u00a0comite-technique\u00a0».\n"
            + "No governance body has the id \"comite-technique\".");
    assertThat(messages("CLS-REF-SHEET-UNKNOWN")).containsExactly(
        "error /actionSheets/0/linkedSheetIds/0 {sheetId=fa-2, suggestion=fa-1}\n"
            + "Aucune fiche action n’a l’identifiant «\u00a0fa-2\u00a0». Vouliez-vous dire «\u00a0fa-1\u00a0»\u202f?\n"
            + "No action sheet has the id \"fa-2\". Did you mean \"fa-1\"?",
        "error /actionSheets/0/linkedSheetIds/1 {sheetId=fiche-douze}\n"
            + "Aucune fiche action n’a l’identifiant «\u00a0fiche-douze\u00a0».\n"
            + "No action sheet has the id \"fiche-douze\".");
  }
}
