package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code cls validate --config}: a regional rule added, a warning turned into an error and a rule
 * disabled from a JSON file, on the Agglopolys seed; every mistake in the file a usage error (exit 2),
 * said on its file, line and column, in French and English, with the value it likely means.
 */
class ConfigTest {

  private static final Path CONFIGS = Path.of("src/test/resources/io/github/clsante/cli/config");
  private static final String AGGLOPOLYS = Runs.CONTRACTS.resolve("agglopolys.json").toString();

  private static String config(String name) {
    return CONFIGS.resolve(name).toString();
  }

  @Test
  void a_regional_rule_and_a_severity_override_from_the_config_file() {
    Runs.Run run = cls("validate", "--config", config("regional.json"), AGGLOPOLYS);

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).contains(
        AGGLOPOLYS + ":1:1317: error CLS-SHEET-NO-INDICATOR /axes/1/actionSheets/1 Axis 2 › Sheet 5 \"Sensibiliser le "
            + "grand public à la santé…\" — No evaluation indicator is given for this action sheet.",
        AGGLOPOLYS + ":1:1317: warning ARS-CVL-MENTAL-HEALTH-PARTNER /axes/1/actionSheets/1 Axis 2 › Sheet 5 "
            + "\"Sensibiliser le grand public à la santé…\" — Sheet 5 belongs to a mental-health axis but names no "
            + "partner: the ARS Centre-Val de Loire asks every mental-health action to name its partners (local "
            + "mental-health council, territorial mental-health project, users' and families' associations). Add "
            + "them to the sheet's partners.");
    assertThat(run.lines().stream().filter(l -> l.contains(" error CLS-SHEET-NO-INDICATOR "))).hasSize(19);
    assertThat(run.lines().stream().filter(l -> l.contains(" warning CLS-SHEET-NO-INDICATOR "))).isEmpty();
    assertThat(run.lines().stream().filter(l -> l.contains(" ARS-CVL-MENTAL-HEALTH-PARTNER "))).hasSize(4);
    assertThat(run.lines().stream().filter(l -> l.contains(" info ARS-CVL-SHEET-TITLE-LONG "))).hasSize(3);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void the_config_takes_french_words_for_severities_and_the_messages_are_french() {
    Runs.Run run = cls("validate", "--lang", "fr", "--config", config("french-words.json"), AGGLOPOLYS);

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.out()).contains(fr(AGGLOPOLYS + ":1:1317: erreur CLS-SHEET-NO-INDICATOR"));
    assertThat(run.lines().stream().filter(l -> l.contains(" avertissement ARS-CVL-SHEET-TITLE-LONG "))).hasSize(3);
    assertThat(run.out()).contains("La fiche 5 relève d’un axe de santé mentale mais ne nomme aucun partenaire\u202f: "
        + "l’ARS Centre-Val de Loire demande");
  }

  @Test
  void a_rule_disabled_from_the_config_file_reports_nothing() {
    Runs.Run standard = cls("validate", "--fail-on", "warning", AGGLOPOLYS);
    Runs.Run disabled = cls("validate", "--fail-on", "warning", "--config", config("disable-indicators.json"),
        AGGLOPOLYS);

    assertThat(standard.code()).isEqualTo(Cls.FINDINGS);
    assertThat(disabled.code()).isEqualTo(Cls.OK);
    assertThat(disabled.out()).doesNotContain("CLS-SHEET-NO-INDICATOR");
  }

  /** Runs a bad configuration in both languages: exit 2, the exact message and the help hint, nothing on stdout. */
  private static void refused(String file, String english, String french) {
    Runs.Run en = cls("validate", "--config", config(file), AGGLOPOLYS);
    assertThat(en.code()).as(file).isEqualTo(Cls.USAGE);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).isEqualTo("cls: " + english + "\nHelp: cls validate --help\n");
    Runs.Run fr = cls("validate", "--lang", "fr", "--config", config(file), AGGLOPOLYS);
    assertThat(fr.code()).as(file).isEqualTo(Cls.USAGE);
    assertThat(fr.err()).isEqualTo(fr("cls: " + french + "\nAide : cls validate --help\n"));
  }

  @Test
  void a_missing_config_file_is_a_usage_error() {
    refused("absent.json", "--config: the file \"" + config("absent.json") + "\" does not exist.",
        "--config : le fichier « " + config("absent.json") + " » n’existe pas.");
  }

  @Test
  void malformed_json_is_said_where_it_breaks() {
    refused("malformed.json", config("malformed.json") + ":2:40: the configuration file is not valid JSON here.",
        config("malformed.json") + ":2:40 : le fichier de configuration n’est pas du JSON valide à cet endroit.");
  }

  @Test
  void an_unknown_member_gets_the_member_it_likely_means() {
    refused("unknown-member.json", config("unknown-member.json") + ":2:3: unknown field \"severity\"; did you mean "
        + "\"severities\"?", config("unknown-member.json") + ":2:3 : le champ « severity » est inconnu ; vouliez-vous "
        + "dire « severities » ?");
  }

  @Test
  void an_unknown_code_gets_the_code_it_likely_means() {
    refused("unknown-code.json", config("unknown-code.json") + ":2:43: no rule has the code CLS-SHEET-NO-INDICATR; "
        + "did you mean CLS-SHEET-NO-INDICATOR?", config("unknown-code.json") + ":2:43 : aucune règle n’a le code "
        + "CLS-SHEET-NO-INDICATR ; vouliez-vous dire CLS-SHEET-NO-INDICATOR ?");
  }

  @Test
  void a_bad_severity_gets_the_level_it_likely_means() {
    refused("bad-severity.json", config("bad-severity.json") + ":2:44: the severity of CLS-SHEET-NO-INDICATOR is "
        + "error, warning or info, not \"avertisement\"; did you mean \"avertissement\"?",
        config("bad-severity.json") + ":2:44 : le niveau de CLS-SHEET-NO-INDICATOR est erreur, avertissement ou info, "
        + "pas « avertisement » ; vouliez-vous dire « avertissement » ?");
  }

  @Test
  void a_reader_problem_is_not_a_rule() {
    refused("reader-code.json", config("reader-code.json") + ":1:14: CLS-JSON-UNKNOWN-CODE is a problem of reading "
        + "the file, not a rule: it can be neither disabled nor re-graded.", config("reader-code.json")
        + ":1:14 : CLS-JSON-UNKNOWN-CODE est un problème de lecture du fichier, pas une règle : il ne peut être ni "
        + "désactivé ni changé de niveau.");
  }

  @Test
  void a_rule_not_on_the_class_path_or_not_a_rule_is_refused() {
    refused("no-class.json", config("no-class.json") + ":2:13: the rule \"org.example.ars.RegionalRules\" cannot be "
        + "found: put the jar that holds it on the class path (see cls-cli/README.md).", config("no-class.json")
        + ":2:13 : la règle « org.example.ars.RegionalRules » est introuvable : mettez le jar qui la contient dans le "
        + "chemin des classes (voir cls-cli/README.md).");
    refused("not-a-rule.json", config("not-a-rule.json") + ":1:12: \"java.lang.String\" is not a rule (it does not "
        + "implement ContractRule).", config("not-a-rule.json") + ":1:12 : « java.lang.String » n’est pas une règle "
        + "(elle n’implémente pas ContractRule).");
  }

  @Test
  void a_member_of_the_wrong_type_says_what_it_takes() {
    refused("wrong-type.json", config("wrong-type.json") + ":1:13: \"disable\" takes a list of codes, in quotes.",
        config("wrong-type.json") + ":1:13 : « disable » attend une liste de codes, entre guillemets.");
  }

  @Test
  void a_rule_that_cannot_be_created_or_that_the_validator_refuses_is_said_so() {
    refused("no-constructor.json", config("no-constructor.json") + ":1:12: the rule "
        + "\"io.github.clsante.cli.BadRules$NoConstructor\" has no public constructor without parameters.",
        config("no-constructor.json") + ":1:12 : la règle « io.github.clsante.cli.BadRules$NoConstructor » n’a pas "
        + "de constructeur public sans paramètre.");
    // The validator's reason is for the rule's developer, in English.
    String reason = "io.github.clsante.cli.BadRules$SdkCode declares CLS-SHEET-MINE: codes beginning with CLS- are "
        + "the SDK's; name a rule of one's own after its owner (ARS-BRE-…)";
    refused("sdk-code.json", config("sdk-code.json") + ": the rules cannot be added: " + reason,
        config("sdk-code.json") + " : les règles ne peuvent pas être ajoutées : " + reason);
  }

  @Test
  void a_file_that_is_not_an_object_or_severities_that_are_not_one_are_refused() {
    refused("not-an-object.json", config("not-an-object.json") + ":1:1: the configuration file must be a JSON "
        + "object, in braces.", config("not-an-object.json") + ":1:1 : le fichier de configuration doit être un "
        + "objet JSON, entre accolades.");
    refused("severities-list.json", config("severities-list.json") + ":1:16: \"severities\" takes an object giving "
        + "each code its severity, such as {\"CLS-SHEET-NO-INDICATOR\": \"error\"}.", config("severities-list.json")
        + ":1:16 : « severities » attend un objet qui associe chaque code à son niveau, par exemple "
        + "{\"CLS-SHEET-NO-INDICATOR\": \"erreur\"}.");
  }

  /** Runs a configuration with several mistakes: exit 2, every mistake in the order of the file, then the hint. */
  private static void refusedAll(String file, java.util.List<String> english, java.util.List<String> french) {
    Runs.Run en = cls("validate", "--config", config(file), AGGLOPOLYS);
    assertThat(en.code()).as(file).isEqualTo(Cls.USAGE);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).isEqualTo(english.stream().map(line -> "cls: " + config(file) + line + "\n")
        .collect(java.util.stream.Collectors.joining()) + "Help: cls validate --help\n");
    Runs.Run fr = cls("validate", "--lang", "fr", "--config", config(file), AGGLOPOLYS);
    assertThat(fr.code()).as(file).isEqualTo(Cls.USAGE);
    assertThat(fr.err()).isEqualTo(fr(french.stream().map(line -> "cls: " + config(file) + line + "\n")
        .collect(java.util.stream.Collectors.joining()) + "Aide : cls validate --help\n"));
  }

  @Test
  void every_mistake_of_the_file_is_said_at_once_in_the_order_of_the_file() {
    refusedAll("several-mistakes.json", java.util.List.of(
        ":2:13: the rule \"org.example.ars.RegionalRules\" cannot be found: put the jar that holds it on the class "
            + "path (see cls-cli/README.md).",
        ":2:46: \"rules\" takes a list of class names, in quotes.",
        ":4:3: unknown field \"severites\"; did you mean \"severities\"?",
        ":5:44: the severity of CLS-SHEET-NO-INDICATOR is error, warning or info, not \"grave\".",
        ":5:53: the severity of CLS-SHEET-NO-INDICATOR is given twice: keep one.",
        ":6:3: the field \"disable\" is written twice: keep one."), java.util.List.of(
        ":2:13 : la règle « org.example.ars.RegionalRules » est introuvable : mettez le jar qui la contient dans le "
            + "chemin des classes (voir cls-cli/README.md).",
        ":2:46 : « rules » attend une liste de noms de classes, entre guillemets.",
        ":4:3 : le champ « severites » est inconnu ; vouliez-vous dire « severities » ?",
        ":5:44 : le niveau de CLS-SHEET-NO-INDICATOR est erreur, avertissement ou info, pas « grave ».",
        ":5:53 : le niveau de CLS-SHEET-NO-INDICATOR est donné deux fois : gardez-en un seul.",
        ":6:3 : le champ « disable » est écrit deux fois : gardez-en un seul."));
  }

  @Test
  void the_mistakes_before_a_break_in_the_json_are_said_with_it() {
    refusedAll("malformed-after-mistake.json", java.util.List.of(
        ":2:3: unknown field \"disabled\"; did you mean \"disable\"?",
        ":3:52: the configuration file is not valid JSON here."), java.util.List.of(
        ":2:3 : le champ « disabled » est inconnu ; vouliez-vous dire « disable » ?",
        ":3:52 : le fichier de configuration n’est pas du JSON valide à cet endroit."));
  }
}
