package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.Objective;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The format 1.1 rules on durations, axes and sheets and the mental-health part where the fixtures
 * cannot go: values the reader could not read (no finding follows from them), contracts built in Java
 * (the status unknown) and the words of the messages.
 */
class DurationAxesSheetsRulesTest {

  private static final String HEAD = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"status\":\"in_preparation\","
      + "\"leadArs\":\"24\",\"territory\":{\"name\":\"Blaisois\"},";

  /** A signed contract with its two signatories, signed after the loi 3DS; MEMBERS go at its root. */
  private static final String SIGNED = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"status\":\"signed\","
      + "\"leadArs\":\"24\",\"signatureDate\":\"2022-06-15\",\"territory\":{\"name\":\"Blaisois\"},"
      + "\"parties\":[{\"id\":\"ars\",\"name\":\"ARS\",\"kind\":\"ars\"},{\"id\":\"cc\",\"name\":\"CC\","
      + "\"kind\":\"communaute_de_communes\"}],"
      + "\"signatories\":[{\"party\":{\"partyId\":\"ars\"}},{\"party\":{\"partyId\":\"cc\"}}],MEMBERS}";

  private static final String SHEET = "{\"id\":\"fa-1\",\"title\":\"Prévenir les chutes\",\"pilots\":[{\"partyId\":\"cc\"}],"
      + "\"indicators\":[{\"id\":\"ind-1\",\"name\":\"I\"}]MORE}";

  private static ValidationReport report(String json) {
    return ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> findings(String json) {
    return report(json).findings().stream().map(f -> f.code() + " " + f.pointer()).collect(Collectors.toList());
  }

  private static List<String> head(String members) {
    return findings(HEAD + members + "}");
  }

  private static List<String> signed(String members) {
    return findings(SIGNED.replace("MEMBERS", members));
  }

  /** A signed contract of 2021, before the loi 3DS; MEMBERS follow its signatories. */
  private static List<String> signedIn2021(String members) {
    return findings(SIGNED.replace("2022-06-15", "2021-06-15").replace(",MEMBERS", members.isEmpty() ? "" : "," + members));
  }

  private static String messages(String json, Locale locale) {
    ValidationReport report = report(json);
    return report.findings().stream().map(f -> FindingMessages.message(f, locale)).collect(Collectors.joining("\n"));
  }

  // ----------------------------------------------------------------------------------------------
  // Durations

  @Test
  void an_unreadable_kind_may_be_a_prefiguration_so_the_contract_is_not_said_too_short_but_still_too_long() {
    assertThat(head("\"kind\":\"annuel\",\"period\":{\"start\":\"2024-03-01\",\"end\":\"2024-12-31\"}"))
        .containsExactly("CLS-JSON-UNKNOWN-CODE /kind");
    assertThat(head("\"kind\":\"annuel\",\"period\":{\"durationMonths\":84}"))
        .containsExactly("CLS-JSON-UNKNOWN-CODE /kind", "CLS-CONTRACT-DURATION-INVALID /period/durationMonths");
    assertThat(head("\"period\":{\"start\":\"2024-03-01\",\"end\":\"2024-12-31\"}"))
        .containsExactly("CLS-CONTRACT-DURATION-INVALID /period");
  }

  @Test
  void an_unreadable_duration_or_date_judges_nothing_of_the_contracts_length() {
    assertThat(head("\"period\":{\"start\":\"2017\",\"end\":\"2022\",\"durationMonths\":\"3 ans\"}"))
        .containsExactly("CLS-JSON-WRONG-TYPE /period/durationMonths");
    assertThat(head("\"period\":{\"start\":\"2017\",\"end\":\"fin 2022\",\"durationMonths\":36}"))
        .containsExactly("CLS-JSON-INVALID-DATE /period/end");
  }

  @Test
  void a_stated_duration_wins_in_a_contract_built_in_java_too() {
    var contract = contract().period(Period.builder().start(PartialDate.ofYear(2022)).end(PartialDate.ofYear(2024))
        .durationMonths(24).build()).build();

    assertThat(ContractValidator.standard().validate(contract).findings())
        .extracting(f -> f.code() + " " + f.pointer() + " " + f.params())
        .containsExactly("CLS-CONTRACT-DURATION-UNUSUAL /period/durationMonths {months=24}");
    assertThat(ContractValidator.standard().validate(contract.withKind(ContractKind.PREFIGURATION)).findings())
        .isEmpty();
  }

  @Test
  void a_negative_or_huge_stated_duration_is_judged_without_overflow() {
    assertThat(head("\"period\":{\"start\":\"2022\",\"end\":\"2027\",\"durationMonths\":-5}")).containsExactly(
        "CLS-CONTRACT-DURATION-INVALID /period/durationMonths", "CLS-CONTRACT-DURATION-MISMATCH /period/durationMonths");
    assertThat(head("\"period\":{\"start\":\"2022\",\"end\":\"2027\",\"durationMonths\":2147483647}")).containsExactly(
        "CLS-CONTRACT-DURATION-INVALID /period/durationMonths", "CLS-CONTRACT-DURATION-MISMATCH /period/durationMonths");
  }

  @Test
  void the_mismatch_says_which_lengths_the_dates_may_mean() {
    String range = HEAD + "\"period\":{\"start\":\"2017\",\"end\":\"2022\",\"durationMonths\":36}}";
    String exact = HEAD + "\"period\":{\"start\":\"2022-01-01\",\"end\":\"2026-12-31\",\"durationMonths\":48}}";

    assertThat(messages(range, Locale.FRENCH)).isEqualTo("La durée indiquée, 36 mois, ne concorde pas avec les dates "
        + "du contrat (début\u202f: 2017, fin\u202f: 2022), qui donnent une durée de 60 à 72 mois.");
    assertThat(messages(exact, Locale.FRENCH)).isEqualTo("La durée indiquée, 48 mois, ne concorde pas avec les dates "
        + "du contrat (début\u202f: 1er janvier 2022, fin\u202f: 31 décembre 2026), qui donnent une durée de 60 mois.");
    assertThat(messages(range, Locale.ENGLISH)).isEqualTo("The stated duration, 36 months, does not fit the contract's "
        + "dates (start: 2017, end: 2022), which give a duration of 60 to 72 months.");
  }

  // ----------------------------------------------------------------------------------------------
  // Axes and sheets

  @Test
  void an_unreadable_list_of_axes_is_not_said_shorter_than_announced_but_an_unreadable_axis_counts() {
    assertThat(head("\"announcedAxisCount\":2,\"axes\":\"deux axes\"")).containsExactly("CLS-JSON-WRONG-TYPE /axes");
    assertThat(head("\"announcedAxisCount\":2,\"axes\":[{\"id\":\"axe-1\",\"title\":\"Prévention\"},{\"id\":\"axe-2\"}]"))
        .containsExactly("CLS-JSON-MISSING-MEMBER /axes/1");
    assertThat(head("\"announcedAxisCount\":3,\"axes\":[{\"id\":\"axe-1\",\"title\":\"Prévention\"},{\"id\":\"axe-2\"}]"))
        .containsExactly("CLS-CONTRACT-AXES-NOT-LISTED /announcedAxisCount", "CLS-JSON-MISSING-MEMBER /axes/1");
  }

  @Test
  void an_unreadable_statement_of_partial_knowledge_silences_the_sheet_counts() {
    String sheet = "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"Prévenir les chutes\",\"indicators\":[{\"id\":\"i\",\"name\":\"I\"}]}]";
    assertThat(head("\"announcedActionSheetCount\":2," + sheet)).containsExactly("CLS-CONTRACT-SHEETS-NOT-LISTED /announcedActionSheetCount");
    // « oui » and « non » are read as true and false (and reported); « peut-être », a list or an object are not read.
    assertThat(head("\"announcedActionSheetCount\":2,\"actionSheetsComplete\":\"peut-être\"," + sheet))
        .containsExactly("CLS-JSON-WRONG-TYPE /actionSheetsComplete");
    assertThat(head("\"announcedActionSheetCount\":2,\"announcedActionSheetCountAtLeast\":[true]," + sheet))
        .containsExactly("CLS-JSON-WRONG-TYPE /announcedActionSheetCountAtLeast");
    assertThat(signedIn2021("\"actionSheetsAnnexed\":{\"annexe\":1}"))
        .containsExactly("CLS-JSON-WRONG-TYPE /actionSheetsAnnexed");
    assertThat(signedIn2021("\"actionSheetsComplete\":\"peut-être\""))
        .containsExactly("CLS-JSON-WRONG-TYPE /actionSheetsComplete");
    assertThat(signedIn2021("\"actionSheetsComplete\":\"non\""))
        .containsExactly("CLS-JSON-WRONG-TYPE /actionSheetsComplete");
    assertThat(signedIn2021(""))
        .containsExactly("CLS-CONTRACT-NO-SHEETS ");
  }

  @Test
  void a_contract_built_without_status_is_judged_without_the_signed_contract_rules() {
    Contract unknown = contract().announcedActionSheetCount(2).build();

    assertThat(ContractValidator.standard().validate(unknown).findings()).extracting(f -> f.code() + " " + f.params())
        .containsExactly("CLS-CONTRACT-SHEETS-NOT-LISTED {announced=2, listed=0}");
    assertThat(ContractValidator.standard().validate(contract().build()).findings()).isEmpty();
  }

  @Test
  void the_counts_speak_the_contracts_words() {
    String atLeast = HEAD + "\"announcedActionSheetCount\":11,\"announcedActionSheetCountAtLeast\":true}";
    String axes = HEAD + "\"announcedAxisCount\":4,\"axes\":[{\"id\":\"axe-1\",\"title\":\"Prévention\"}]}";

    assertThat(messages(atLeast, Locale.FRENCH)).isEqualTo("Le contrat annonce au moins 11 fiches actions mais en détaille 0.");
    assertThat(messages(atLeast, Locale.ENGLISH)).isEqualTo("The contract announces at least 11 action sheets but details 0.");
    assertThat(messages(axes, Locale.FRENCH)).isEqualTo("Le contrat annonce 4 axes mais en détaille 1.");
    assertThat(messages(axes, Locale.ENGLISH)).isEqualTo("The contract announces 4 axes but details 1.");
  }

  @Test
  void a_duplicate_printed_number_is_a_warning_that_says_it_is_kept_as_printed() {
    String json = HEAD + "\"axes\":[{\"id\":\"axe-1\",\"number\":\"1\",\"title\":\"A\"},{\"id\":\"axe-2\",\"number\":\"1\","
        + "\"title\":\"B\"}]}";
    ValidationReport report = report(json);

    assertThat(report.isValid()).isTrue();
    assertThat(messages(json, Locale.FRENCH)).isEqualTo("Un autre axe porte déjà le numéro 1\u202f: il est gardé tel "
        + "qu’imprimé. Vérifiez sur le document qu’il ne s’agit pas d’une faute de saisie\u202f; si le contrat imprime "
        + "bien deux fois ce numéro, cet avertissement peut rester.");
  }

  // ----------------------------------------------------------------------------------------------
  // The mental-health part

  @Test
  void an_unreadable_objective_may_be_the_mental_health_part() {
    String sheets = "\"actionSheets\":[" + SHEET.replace("MORE", "") + "]";
    assertThat(signed(sheets)).containsExactly("CLS-CONTRACT-MENTAL-HEALTH ");
    // A text where a list of texts is expected, a number instead of a list, a list instead of a title.
    assertThat(signed(sheets + ",\"generalObjectives\":\"Réduire les inégalités\""))
        .containsExactly("CLS-JSON-WRONG-TYPE /generalObjectives");
    assertThat(signed("\"actionSheets\":[" + SHEET.replace("MORE", ",\"operationalObjectives\":12") + "]"))
        .containsExactly("CLS-JSON-WRONG-TYPE /actionSheets/0/operationalObjectives");
    assertThat(signed("\"axes\":[{\"id\":\"axe-1\",\"title\":\"Prévention\",\"objectives\":[{\"id\":\"o\",\"title\":[\"Santé\"],"
        + "\"actionSheets\":[" + SHEET.replace("MORE", "") + "]}]}]"))
        .containsExactly("CLS-JSON-WRONG-TYPE /axes/0/objectives/0/title");
  }

  @Test
  void the_mental_health_part_is_found_in_a_sub_actions_objectives_and_in_a_deep_objective_of_a_contract_built_in_java() {
    var chutes = ActionSheet.builder().id("fa-1").title("Prévenir les chutes").build();
    var signed = contract().signatureDate(PartialDate.of(2023, 1, 10)).build();
    var subAction = signed.withActionSheets(chutes.withSubActions(
        chutes.withId("fa-1-1").withOperationalObjectives("Former au repérage de la souffrance PSYCHIQUE")));
    Objective deep = Objective.builder().title("Vieillir").addObjectives(Objective.builder()
        .title("Bien vieillir").addObjectives(Objective.builder().title("Préserver la santé mentale des aînés")
            .build()).build()).build();
    var objective = signed.withAxes(Axis.builder().id("axe-1").title("Prévention").addObjectives(deep).build());

    assertThat(codes(signed.withActionSheets(chutes))).containsExactly("CLS-CONTRACT-MENTAL-HEALTH");
    assertThat(codes(subAction)).isEmpty();
    assertThat(codes(objective)).isEmpty();
  }

  private static List<String> codes(Contract contract) {
    return ContractValidator.standard().validate(contract).findings().stream()
        .filter(f -> !f.code().equals("CLS-SHEET-NO-INDICATOR")).map(f -> f.code()).collect(Collectors.toList());
  }

  private static io.github.clsante.model.Contract.Builder contract() {
    return Contract.builder().id("cls").leadArs(Region.CENTRE_VAL_DE_LOIRE).territory(Territory.builder().name("Blaisois")
        .build());
  }
}
