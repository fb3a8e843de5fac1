package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every usage error says what is wrong and where the help is, in the run's language, with a
 * suggestion for a mistyped command, option or value, and exits with 2; nothing goes to the standard
 * output.
 */
class UsageErrorsTest {

  static final String FILE = CONTRACTS.resolve("lens-lievin.json").toString();

  /** Asserts a run is a usage error printing exactly this on the standard error. */
  static void usageError(Run run, String err) {
    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(err);
  }

  @Test
  void a_mistyped_command_gets_a_suggestion() {
    usageError(cls("valdate", FILE), "cls: unknown command \"valdate\"; did you mean \"validate\"?\nHelp: cls --help\n");
    usageError(cls("--lang", "fr", "valdate", FILE),
        fr("cls: commande inconnue « valdate » ; vouliez-vous dire « validate » ?\nAide : cls --help\n"));
    usageError(cls("--lang", "fr", "frobnicate"), fr("cls: commande inconnue « frobnicate ».\nAide : cls --help\n"));
    usageError(cls("--lang", "fr", "help", "valid"),
        fr("cls: commande inconnue « valid » ; vouliez-vous dire « validate » ?\nAide : cls --help\n"));
  }

  @Test
  void a_mistyped_option_gets_a_suggestion() {
    usageError(cls("validate", "--lnag", "fr", FILE),
        "cls: unknown option \"--lnag\"; did you mean \"--lang\"?\nHelp: cls validate --help\n");
    usageError(cls("validate", "--lang", "fr", "--formt=json", FILE),
        fr("cls: option inconnue « --formt » ; vouliez-vous dire « --format » ?\nAide : cls validate --help\n"));
    usageError(cls("validate", "--lang", "fr", "--colour", FILE),
        fr("cls: option inconnue « --colour ».\nAide : cls validate --help\n"));
  }

  @Test
  void lang_is_checked_before_anything_else_in_the_systems_language() {
    usageError(cls("validate", "--lang", "de", FILE), "cls: --lang takes fr or en, not \"de\".\nHelp: cls validate --help\n");
    usageError(Runs.onSystem(Locale.FRANCE, "validate", "--lang", "de", FILE),
        fr("cls: --lang accepte fr ou en, pas « de ».\nAide : cls validate --help\n"));
    usageError(Runs.onSystem(Locale.FRANCE, "validate", "--lang=français", FILE),
        fr("cls: --lang accepte fr ou en, pas « français » ; vouliez-vous dire « fr » ?\nAide : cls validate --help\n"));
    usageError(cls("--lang", "FR", "validate", FILE),
        "cls: --lang takes fr or en, not \"FR\"; did you mean \"fr\"?\nHelp: cls validate --help\n");
    usageError(cls("rules", "--lang", "english"),
        "cls: --lang takes fr or en, not \"english\"; did you mean \"en\"?\nHelp: cls rules --help\n");
    usageError(cls("--lang"), "cls: the option --lang needs a value: fr or en.\nHelp: cls --help\n");
  }

  @Test
  void a_wrong_format_or_level_is_refused_with_the_allowed_values() {
    usageError(cls("validate", "--format", "pdf", FILE),
        "cls: --format takes text, json, sarif, junit or html, not \"pdf\".\nHelp: cls validate --help\n");
    usageError(cls("validate", "--lang", "fr", "--format", "josn", FILE),
        fr("cls: --format accepte text, json, sarif, junit ou html, pas « josn » ; vouliez-vous dire « json » ?\n"
            + "Aide : cls validate --help\n"));
    usageError(cls("validate", "--lang", "fr", "--fail-on", "avertisement", FILE),
        fr("cls: --fail-on accepte erreur ou avertissement, pas « avertisement » ; vouliez-vous dire "
            + "« avertissement » ?\nAide : cls validate --help\n"));
    usageError(cls("validate", "--fail-on", "info", FILE),
        "cls: --fail-on takes error or warning, not \"info\".\nHelp: cls validate --help\n");
  }

  @Test
  void a_missing_value_or_argument_says_what_to_give() {
    usageError(cls("validate", "--lang", "fr"), fr("cls: indiquez au moins un fichier de contrat ou un dossier à "
        + "valider (ou « - » pour l’entrée standard).\nAide : cls validate --help\n"));
    usageError(cls("validate"), "cls: give at least one contract file or directory to validate (or - for the "
        + "standard input).\nHelp: cls validate --help\n");
    usageError(cls("validate", "--lang", "fr", "--format"),
        fr("cls: l’option --format attend une valeur : text, json, sarif ou junit.\nAide : cls validate --help\n"));
    usageError(cls("validate", "--lang", "fr", "--format", "--strict", FILE),
        fr("cls: l’option --format attend une valeur : text, json, sarif ou junit.\nAide : cls validate --help\n"));
    usageError(cls("validate", "--lang", "fr", "--fail-on"),
        fr("cls: l’option --fail-on attend une valeur : erreur ou avertissement.\nAide : cls validate --help\n"));
    usageError(cls("validate", "--lang", "fr", FILE, "-o"),
        fr("cls: l’option --output attend une valeur (FICHIER).\nAide : cls validate --help\n"));
    usageError(cls("canonicalize", "--lang", "fr"), fr("cls: indiquez le fichier JSON à mettre en forme canonique "
        + "(ou « - » pour l’entrée standard).\nAide : cls canonicalize --help\n"));
    usageError(cls("digest", "--lang", "fr"),
        fr("cls: indiquez au moins un fichier de contrat.\nAide : cls digest --help\n"));
    usageError(cls("example", "--lang", "fr"), fr("cls: indiquez le nom d’un exemple : agglopolys, villes-soeurs, "
        + "le-havre, chartres ou lens-lievin.\nAide : cls example --help\n"));
    usageError(cls("explain", "--lang", "fr"), fr("cls: indiquez le code à expliquer, par exemple CLS-SHEET-NO-PILOT "
        + "(cls rules les liste tous).\nAide : cls explain --help\n"));
  }

  @Test
  void options_that_exclude_each_other_or_are_given_twice_are_refused() {
    usageError(cls("validate", "--lang", "fr", "--strict", "--lenient", FILE),
        fr("cls: --strict et --lenient ne peuvent pas être donnés ensemble : choisissez-en un.\n"
            + "Aide : cls validate --help\n"));
    usageError(cls("validate", "--strict", "--lenient", FILE),
        "cls: --strict and --lenient cannot be given together: choose one.\nHelp: cls validate --help\n");
    usageError(cls("validate", "--lang", "fr", "--format", "json", "--format", "text", FILE),
        fr("cls: l’option --format est donnée plusieurs fois : n’en gardez qu’une.\nAide : cls validate --help\n"));
    // An option of a group of exclusive ones, given twice.
    usageError(cls("validate", "--lang", "fr", "--strict", "--strict", FILE),
        fr("cls: l’option --strict est donnée plusieurs fois : n’en gardez qu’une.\nAide : cls validate --help\n"));
    usageError(cls("migrate", "--in-place", FILE, "--in-place"),
        "cls: the option --in-place is given more than once: keep one.\nHelp: cls migrate --help\n");
  }

  @Test
  void the_schemas_of_cls_schema_exclude_each_other_and_each_knows_its_versions() {
    usageError(cls("schema", "--report", "--validate-output"),
        "cls: --report and --validate-output cannot be given together: choose one.\nHelp: cls schema --help\n");
    usageError(cls("schema", "--lang", "fr", "--validate-output", "--report"),
        fr("cls: --validate-output et --report ne peuvent pas être donnés ensemble : choisissez-en un.\n"
            + "Aide : cls schema --help\n"));
    usageError(cls("schema", "--report", "1.1"),
        "cls: unknown version \"1.1\" of the validation report in JSON: this tool knows 1.0.\nHelp: cls schema --help\n");
    usageError(cls("schema", "--lang", "fr", "1.1", "--report"),
        fr("cls: version inconnue « 1.1 » du rapport de validation en JSON : cet outil connaît 1.0.\n"
            + "Aide : cls schema --help\n"));
    usageError(cls("schema", "--validate-output", "2.0"), "cls: unknown version \"2.0\" of the output of cls validate "
        + "--format json: this tool knows 1.0.\nHelp: cls schema --help\n");
    usageError(cls("schema", "--lang", "fr", "--validate-output", "1.1"),
        fr("cls: version inconnue « 1.1 » de la sortie de cls validate --format json : cet outil connaît 1.0.\n"
            + "Aide : cls schema --help\n"));
    usageError(cls("schema", "--report", "--report"),
        "cls: the option --report is given more than once: keep one.\nHelp: cls schema --help\n");
    usageError(cls("schema", "--lang", "fr", "--report=oui"),
        fr("cls: l’option --report ne prend pas de valeur.\nAide : cls schema --help\n"));
    usageError(cls("schema", "--report", "1.0", "1.0"), "cls: unexpected argument \"1.0\".\nHelp: cls schema --help\n");
    usageError(cls("schema", "--reprot"),
        "cls: unknown option \"--reprot\"; did you mean \"--report\"?\nHelp: cls schema --help\n");
  }

  @Test
  void an_argument_too_many_or_a_value_for_a_flag_is_refused() {
    usageError(cls("schema", "--lang", "fr", "1.1", "extra"),
        fr("cls: argument inattendu « extra ».\nAide : cls schema --help\n"));
    usageError(cls("schema", "--lang", "fr", "2.0"),
        fr("cls: version du format inconnue « 2.0 » : cet outil connaît 1.1 ou 1.0.\nAide : cls schema --help\n"));
    usageError(cls("schema", "1"), "cls: unknown format version \"1\": this tool knows 1.1 or 1.0.\nHelp: cls schema --help\n");
    usageError(cls("canonicalize", "a.json", "b.json"),
        "cls: unexpected argument \"b.json\".\nHelp: cls canonicalize --help\n");
    usageError(cls("validate", "--lang", "fr", "--debug=oui", FILE),
        fr("cls: l’option --debug ne prend pas de valeur.\nAide : cls validate --help\n"));
  }

  @Test
  void a_base_directory_that_is_not_one_is_refused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
    String missing = directory.resolve("absent").toString();

    usageError(cls("validate", "--lang", "fr", "--format", "sarif", "--base-dir", missing, FILE),
        fr("cls: --base-dir : « " + missing + " » n’est pas un dossier.\nAide : cls validate --help\n"));
    usageError(cls("validate", "--base-dir", FILE, FILE),
        "cls: --base-dir \"" + FILE + "\" is not a directory.\nHelp: cls validate --help\n");
  }

  @Test
  void an_unknown_code_to_explain_gets_a_suggestion() {
    usageError(cls("explain", "--lang", "fr", "CLS-ID-SIRN"), fr("cls: code inconnu « CLS-ID-SIRN » ; vouliez-vous "
        + "dire « CLS-ID-SIREN » ? La commande cls rules donne la liste des codes.\nAide : cls explain --help\n"));
    usageError(cls("explain", "SIREN"), "cls: unknown code \"SIREN\"; did you mean \"CLS-ID-SIREN\"? cls rules lists "
        + "every code.\nHelp: cls explain --help\n");
    usageError(cls("explain", "--lang", "fr", "PAS-UN-CODE"), fr("cls: code inconnu « PAS-UN-CODE ». La commande "
        + "cls rules donne la liste des codes.\nAide : cls explain --help\n"));
  }

  @Test
  void an_unexpected_failure_of_the_command_is_an_internal_error_without_java_words() {
    Cls command = Runs.command();
    command.fileValidation = (validator, file) -> validator.validate(file);
    // A report writer that fails: the places of findings throw, outside the per-file guard.
    command.places = (report, finding, locale) -> {
      throw new IllegalStateException("a bug in a writer");
    };

    Run fr = cls(command, "validate", "--lang", "fr", FILE);
    Run debug = cls(command, "validate", "--lang", "en", "--debug", FILE);

    assertThat(fr.code()).isEqualTo(Cls.USAGE);
    assertThat(fr.err()).isEqualTo(fr("cls: erreur interne du logiciel ; relancez avec --debug pour voir le détail, "
        + "et signalez-la.\n"));
    assertThat(debug.err()).startsWith("cls: internal error of the software; report it with these details attached:\n"
        + "java.lang.IllegalStateException: a bug in a writer\n\tat ");
  }
}
