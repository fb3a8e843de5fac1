package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cls explain}, {@code cls rules} and SARIF's rule help show each code's explanation. The tests
 * that need the explanations themselves read them from the SDK ({@link Rule#explanation},
 * {@link ReadProblem#explanation}, {@link FindingMessages#explanation}).
 */
class ExplainTest {

  @Test
  void explain_prints_the_code_its_level_its_message_and_its_catalogue_entry() {
    Run fr = cls("explain", "--lang", "fr", "CLS-SHEET-NO-PILOT");
    Run en = cls("explain", "--lang", "en", "cls-json-wrong-type");

    assertThat(fr.code()).isEqualTo(Cls.OK);
    assertThat(fr.lines()).startsWith("CLS-SHEET-NO-PILOT (erreur)",
        fr("Message : Aucun pilote n’est indiqué pour cette fiche action."));
    assertThat(fr.lines()).last().isEqualTo(
        fr("Catalogue : https://github.com/clsante/cls-sdk/blob/main/cls-validation/RULES.md#cls-sheet-no-pilot"));
    assertThat(en.lines()).startsWith("CLS-JSON-WRONG-TYPE (error)", "Message: This field expects …; it holds …");
    assertThat(en.lines()).last().isEqualTo("Catalogue: https://github.com/clsante/cls-sdk/blob/main/"
        + "cls-serialization/FORMAT.md#cls-json-wrong-type");
    assertThat(cls("explain", "CLS-INTERNAL-ERROR").lines()).first().isEqualTo("CLS-INTERNAL-ERROR (error)");
  }

  @Test
  void every_code_has_an_explanation_in_both_languages() {
    for (String code : Catalogue.codes()) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        assertThat(FindingMessages.explanation(code, locale)).as(code + " " + locale).isPresent();
      }
    }
  }

  @Test
  void explain_shows_the_explanation_between_the_message_and_the_catalogue_entry() {
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      Texts texts = Texts.of(locale);
      String explanation = Rule.SHEET_NO_PILOT.explanation(locale);
      Run run = cls("explain", "--lang", locale.getLanguage(), "CLS-SHEET-NO-PILOT");
      assertThat(run.out()).isEqualTo(texts.get("explain.heading", "code", "CLS-SHEET-NO-PILOT", "severity",
          texts.severity(Rule.SHEET_NO_PILOT.severity())) + "\n"
          + texts.get("explain.message", "message", Catalogue.description("CLS-SHEET-NO-PILOT", locale)) + "\n"
          + explanation + "\n"
          + texts.get("explain.catalogue", "uri", Catalogue.RULES + "#cls-sheet-no-pilot") + "\n");
      assertThat(cls("explain", "--lang", locale.getLanguage(), "CLS-JSON-SYNTAX").out())
          .contains(ReadProblem.SYNTAX.explanation(locale));
    }
  }

  @Test
  void rules_lists_every_code_with_its_explanation() {
    Run run = cls("rules", "--lang", "fr");

    assertThat(run.code()).isEqualTo(Cls.OK);
    for (String code : Catalogue.codes()) {
      String explanation = FindingMessages.explanation(code, Locale.FRENCH).orElseThrow();
      assertThat(run.out()).as(code).contains(code + " (" + Texts.of(Locale.FRENCH)
          .severity(Catalogue.severity(code).orElseThrow()) + ")\n  " + fr("Message : ")
          + Catalogue.description(code, Locale.FRENCH) + "\n  " + explanation.replace("\n", "\n  ") + "\n  "
          + fr("Catalogue : ") + Catalogue.helpUri(code) + "\n");
    }
  }

  @Test
  void rules_lists_every_code_once_under_its_section() {
    Run run = cls("rules", "--lang", "en");

    List<String> headings = run.lines().stream().filter(line -> line.startsWith("CLS-")).toList();
    assertThat(headings).hasSize(Rule.values().length + ReadProblem.values().length
        + io.github.clsante.serialization.MigrationNote.values().length + 2);
    assertThat(run.lines()).startsWith("Validation rules", "", "CLS-ID-SIREN (error)",
        "  Message: The SIREN \"…\" is not valid: a SIREN has 9 digits, the last one being a check digit.");
    assertThat(run.out()).contains("\n\nReading problems\n\nCLS-JSON-SYNTAX (error)\n")
        .contains("\n\nMigration notes (cls migrate)\n\nCLS-MIGRATE-VERSION (info)\n")
        .contains("\n\nOther codes\n\nCLS-INTERNAL-ERROR (error)\n").contains("\nCLS-REPORT-TRUNCATED (error)\n");
  }

  @Test
  void sarif_rules_carry_the_explanation_as_full_description_and_help() {
    Run run = cls("validate", "--lang", "fr", "--format", "sarif", CONTRACTS.toString(),
        BROKEN.resolve("multiple").toString());

    JsonNode rules = JsonMapper.builder().build().readTree(run.out()).get("runs").get(0).get("tool").get("driver")
        .get("rules");
    assertThat(rules.size()).isGreaterThan(5);
    for (JsonNode rule : rules) {
      String code = rule.get("id").asString();
      String explanation = FindingMessages.explanation(code, Locale.FRENCH).orElseThrow();
      assertThat(rule.get("fullDescription").get("text").asString()).as(code).isEqualTo(explanation);
      assertThat(rule.get("help").get("text").asString()).as(code).isEqualTo(explanation);
      assertThat(rule.get("help").get("markdown").asString()).as(code)
          .isEqualTo(explanation + "\n\n[" + code + " dans le catalogue](" + Catalogue.helpUri(code) + ")");
    }
  }
}
