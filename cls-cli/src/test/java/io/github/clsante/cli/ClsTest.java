package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CHARTRES_1_0;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.NBSP;
import static io.github.clsante.cli.Runs.NNBSP;
import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import io.github.clsante.examples.SeedContracts;
import io.github.clsante.serialization.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** End-to-end tests of the cls command, run in-process on the picocli entry point. */
class ClsTest {

  @Test
  void a_file_with_an_absurd_number_between_two_valid_files_is_reported_and_the_others_validated(
      @TempDir Path directory) throws IOException {
    Path absurd = directory.resolve("b-absurd.json");
    Files.writeString(absurd, "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"status\":\"signed\",\"leadArs\":\"24\","
        + "\"territory\":{},\"announcedActionSheetCount\":1e11111111111}");
    Path first = directory.resolve("a.json");
    Path last = directory.resolve("c.json");
    Files.copy(CONTRACTS.resolve("agglopolys.json"), first);
    Files.copy(CONTRACTS.resolve("agglopolys.json"), last);

    Run run = cls("validate", "--lang", "en", first.toString(), absurd.toString(), last.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    // The number is reported and the rest of the file is read: the rules run on it, but not those that
    // depend on the announced count (CLS-CONTRACT-NO-SHEETS, CLS-CONTRACT-SHEETS-NOT-LISTED).
    assertThat(run.lines().stream().filter(line -> line.startsWith(absurd + ":"))).containsExactly(
        absurd + ":1:1: error CLS-CONTRACT-SIGNATORIES - This signed contract does not count the ARS and a local "
            + "authority (or the carrying authority) among its signatories.",
        absurd + ":1:42: warning CLS-CONTRACT-SIGNATURE-DATE-MISSING /status status — The contract is signed but its "
            + "signature date is not given.",
        absurd + ":1:109: error CLS-JSON-NUMBER-OUT-OF-RANGE /announcedActionSheetCount announced number of sheets — "
            + "The number 1e11111111111 is outside the bounds of this field (-2,147,483,648 to 2,147,483,647).");
    assertThat(run.lines()).anyMatch(line -> line.startsWith(first + ":"))
        .anyMatch(line -> line.startsWith(last + ":"));
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("3 files, ");
  }

  @Test
  void a_file_whose_validation_throws_becomes_an_internal_error_and_the_next_files_are_validated() {
    Cls command = Runs.command();
    command.fileValidation = (validator, file) -> {
      if (file.endsWith("chartres-1.0.json")) {
        throw new IllegalStateException("a bug in a rule");
      }
      return validator.validate(file);
    };
    String chartres = CHARTRES_1_0.toString();

    Run run = cls(command, "validate", "--lang", "en", CONTRACTS.resolve("agglopolys.json").toString(), chartres,
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEqualTo("cls: \"" + chartres + "\": internal error of the software, not a problem of "
        + "the file; run again with --debug to see the details, and report it with the file attached.\n");
    assertThat(run.lines()).contains(chartres + ": error CLS-INTERNAL-ERROR - An internal error of the software "
        + "prevented validating this file: the problem is not in the file. Please report it with the file attached.");
    assertThat(run.lines()).anyMatch(line -> line.startsWith(CONTRACTS.resolve("lens-lievin.json") + ":1:1: error"));
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("3 files, ");
  }

  @Test
  void with_debug_an_internal_error_prints_its_stack_trace() {
    Cls command = Runs.command();
    command.fileValidation = (validator, file) -> {
      throw new StackOverflowError();
    };
    String chartres = CHARTRES_1_0.toString();

    Run run = cls(command, "validate", "--debug", "--lang", "fr", chartres);

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).startsWith("cls: «" + NBSP + chartres + NBSP + "»" + NNBSP + ": erreur interne du "
        + "logiciel, ce n’est pas un problème du fichier" + NNBSP + "; signalez-la en joignant le fichier et le "
        + "détail qui suit" + NNBSP + ":\njava.lang.StackOverflowError\n\tat ");
    assertThat(run.lines()).containsExactly(fr(chartres + ": erreur CLS-INTERNAL-ERROR - Une erreur interne du "
            + "logiciel a empêché de valider ce fichier : ce n’est pas un problème du fichier. Signalez-la en joignant "
            + "le fichier."),
        "1 fichier, 1 erreur, 0 avertissement");
  }

  @Test
  void a_path_that_does_not_exist_is_reported_and_counted_and_exits_2() {
    String missing = CONTRACTS.resolve("absent.json").toString();

    Run run = cls("validate", "--lang", "en", missing, CONTRACTS.resolve("lens-lievin.json").toString());
    Run french = cls("validate", "--lang", "fr", missing);

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo("cls: no file or directory \"" + missing + "\": check the path.\n");
    assertThat(run.lines()).containsExactly(
        missing + ": error CLS-JSON-IO-ERROR - The file does not exist: check its name and folder.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no "
            + "action sheet.",
        "2 files, 2 errors, 0 warnings");
    assertThat(french.code()).isEqualTo(Cls.USAGE);
    assertThat(french.err()).isEqualTo(fr("cls: aucun fichier ni dossier « " + missing + " » : vérifiez le chemin.\n"));
  }

  @Test
  void validate_prints_one_line_per_finding_then_a_summary_and_fails_on_errors() {
    Run run = cls("validate", "--lang", "en", CHARTRES_1_0.toString(),
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        CHARTRES_1_0 + ":1:1: error CLS-CONTRACT-SIGNATORIES - This signed contract does not "
            + "count the ARS and a local authority (or the carrying authority) among its signatories.",
        CHARTRES_1_0 + ":1:30: warning CLS-CONTRACT-SHEETS-NOT-LISTED "
            + "/announcedActionSheetCount announced number of sheets — The contract announces 56 action sheets but "
            + "details 0.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no "
            + "action sheet.",
        "2 files, 2 errors, 1 warning");
  }

  @Test
  void validate_speaks_french_when_asked_severities_and_summary_included() {
    Run run = cls("validate", "--lang", "fr", CHARTRES_1_0.toString(),
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.lines()).containsExactly(
        CHARTRES_1_0 + ":1:1: erreur CLS-CONTRACT-SIGNATORIES - Ce contrat signé ne compte pas "
            + "parmi ses signataires l’ARS et une collectivité territoriale (ou la collectivité porteuse).",
        CHARTRES_1_0 + ":1:30: avertissement CLS-CONTRACT-SHEETS-NOT-LISTED "
            + "/announcedActionSheetCount nombre de fiches annoncé — Le contrat annonce 56 fiches actions mais en "
            + "détaille 0.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: erreur CLS-CONTRACT-NO-SHEETS - Ce contrat signé ne comporte "
            + "aucune fiche action.",
        "2 fichiers, 2 erreurs, 1 avertissement");
  }

  @Test
  void the_language_is_french_on_a_french_system_and_english_otherwise_unless_lang_is_given() {
    String file = CONTRACTS.resolve("lens-lievin.json").toString();

    assertThat(Runs.onSystem(java.util.Locale.FRANCE, "validate", file).lines()).last()
        .isEqualTo("1 fichier, 1 erreur, 0 avertissement");
    assertThat(Runs.onSystem(java.util.Locale.GERMANY, "validate", file).lines()).last()
        .isEqualTo("1 file, 1 error, 0 warnings");
    assertThat(Runs.onSystem(java.util.Locale.FRANCE, "validate", "--lang", "en", file).lines()).last()
        .isEqualTo("1 file, 1 error, 0 warnings");
    assertThat(Runs.onSystem(java.util.Locale.ENGLISH, "--lang=fr", "validate", file).lines()).last()
        .isEqualTo("1 fichier, 1 erreur, 0 avertissement");
  }

  @Test
  void warnings_fail_only_with_fail_on_warning_which_takes_the_french_words_too() {
    String agglopolys = CONTRACTS.resolve("agglopolys.json").toString();

    Run byDefault = cls("validate", "--lang", "en", agglopolys);
    Run strict = cls("validate", "--lang", "en", "--fail-on", "warning", agglopolys);
    Run french = cls("validate", "--lang", "fr", "--fail-on", "avertissement", agglopolys);
    Run errors = cls("validate", "--lang", "fr", "--fail-on", "erreur", agglopolys);

    assertThat(byDefault.code()).isEqualTo(Cls.OK);
    assertThat(byDefault.lines()).hasSize(20).last().isEqualTo("1 file, 0 errors, 19 warnings");
    assertThat(strict.code()).isEqualTo(Cls.FINDINGS);
    assertThat(french.code()).isEqualTo(Cls.FINDINGS);
    assertThat(errors.code()).isEqualTo(Cls.OK);
  }

  @Test
  void a_directory_is_validated_recursively_in_one_run() {
    Run run = cls("validate", "--lang", "en", CONTRACTS.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).last().isEqualTo("5 files, 1 error, 19 warnings");
  }

  @Test
  void a_file_named_twice_is_validated_once() {
    Run run = cls("validate", "--lang", "en", CONTRACTS.toString(), CONTRACTS.resolve("chartres.json").toString(),
        CONTRACTS.resolve("../contracts/chartres.json").toString());

    assertThat(run.lines()).last().isEqualTo("5 files, 1 error, 19 warnings");
  }

  @Test
  void a_broken_file_gives_every_problem_located_and_no_stack_trace() {
    Run run = cls("validate", "--lang", "en", BROKEN.resolve("multiple/ten-independent-problems.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    // The ten problems of the reader, and the rules on the rest of the contract: its two sheets have no pilot
    // and no indicator.
    assertThat(run.lines()).hasSize(15).last().isEqualTo("1 file, 12 errors, 2 warnings");
    assertThat(run.lines().subList(0, 14)).allMatch(line -> line.matches(".*\\.json:[0-9]+:[0-9]+: .*"));
    // In the order of the file: line by line.
    assertThat(run.lines().get(0)).contains("ten-independent-problems.json:5:14: error CLS-JSON-UNKNOWN-CODE /leadArs ");
    assertThat(run.lines().subList(0, 14).stream().map(line -> Integer.parseInt(line.replaceFirst(".*\\.json:([0-9]+):.*", "$1"))))
        .isSorted();
    assertThat(run.lines()).contains(BROKEN.resolve("multiple/ten-independent-problems.json") + ":23:29: error "
        + "CLS-JSON-WRONG-TYPE /amendments/0/number Amendment 1 › number — This field expects a whole number; it holds "
        + "text in quotes: \"1\". Write 1 instead.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void empty_binary_and_non_json_files_are_findings_not_crashes(@TempDir Path directory) throws IOException {
    Files.write(directory.resolve("empty.json"), new byte[0]);
    Files.write(directory.resolve("binary.json"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0});
    Files.writeString(directory.resolve("text.json"), "Contrat local de santé");

    Run run = cls("validate", "--lang", "en", directory.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        directory.resolve("binary.json") + ":1:1: error CLS-JSON-ENCODING - The file is not UTF-8 text: save it as "
            + "UTF-8 (without BOM, not UTF-16).",
        directory.resolve("empty.json") + ":1:1: error CLS-JSON-EMPTY - The file holds no JSON data.",
        directory.resolve("text.json") + ":1:1: error CLS-JSON-SYNTAX - \"Contrat\" is not a JSON value: a text is "
            + "written in straight double quotes (\"…\"); the only words allowed without quotes are true, false and "
            + "null.",
        "3 files, 3 errors, 0 warnings");
  }

  @Test
  void lenient_reading_makes_unknown_members_warnings(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("extra.json");
    Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{},\"colour\":\"blue\"}");

    Run strict = cls("validate", "--lang", "en", file.toString());
    Run lenient = cls("validate", "--lang", "en", "--lenient", file.toString());

    assertThat(strict.code()).isEqualTo(Cls.FINDINGS);
    assertThat(strict.lines().get(0)).contains(": error CLS-JSON-UNKNOWN-MEMBER /colour ");
    assertThat(lenient.code()).isEqualTo(Cls.OK);
    assertThat(lenient.lines().get(0)).contains(": warning CLS-JSON-UNKNOWN-MEMBER /colour ");
  }

  @Test
  void a_thousand_files_are_validated_in_one_run_and_counted_with_grouped_digits(@TempDir Path directory)
      throws IOException {
    byte[] chartres = Files.readAllBytes(CHARTRES_1_0);
    for (int i = 0; i < 1000; i++) {
      Files.write(directory.resolve(String.format("cls-%04d.json", i)), chartres);
    }

    Run run = cls("validate", "--lang", "fr", directory.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).hasSize(2001).last()
        .isEqualTo("1" + NNBSP + "000 fichiers, 1" + NNBSP + "000 erreurs, 1" + NNBSP + "000 avertissements");
  }

  @Test
  void json_output_is_the_documented_report_of_each_file(@TempDir Path directory) throws IOException {
    Path output = directory.resolve("report.json");

    Run run = cls("validate", "--lang", "en", "--format", "json", "-o", output.toString(),
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.out()).isEmpty();
    String json = Files.readString(output);
    assertThat(ContractJson.canonicalize(json)).startsWith("{\"files\":[{\"file\":\"")
        .contains("\"report\":{\"digest\":\"" + ContractJson.digest(SeedContracts.lensLievin()) + "\"")
        .contains("{\"code\":\"CLS-CONTRACT-NO-SHEETS\",\"column\":1,\"line\":1,\"message\":\"This signed contract "
            + "has no action sheet.\",\"params\":{},\"pointer\":\"\",\"severity\":\"error\"}")
        .endsWith("\"skipped\":[],\"summary\":{\"error\":1,\"files\":1,\"info\":0,\"skipped\":0,\"warning\":0}}");
  }

  @Test
  void a_report_that_cannot_be_written_is_a_usage_error_saying_so(@TempDir Path directory) {
    String output = directory.resolve("no-such-directory/report.json").toString();

    Run en = cls("validate", "--lang", "en", "-o", output, CONTRACTS.resolve("lens-lievin.json").toString());
    Run fr = cls("validate", "--lang", "fr", "-o", output, CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(en.code()).isEqualTo(Cls.USAGE);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).isEqualTo("cls: cannot write \"" + output + "\": check that its directory exists and that "
        + "you may write there.\n");
    assertThat(fr.err()).isEqualTo(fr("cls: impossible d’écrire « " + output + " » : vérifiez que son dossier existe "
        + "et que vous avez le droit d’y écrire.\n"));
  }

  @Test
  void junit_output_has_one_test_case_per_file_failing_the_failing_ones() throws Exception {
    Run run = cls("validate", "--lang", "en", "--format", "junit", CONTRACTS.toString(), CHARTRES_1_0.toString());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    NodeList cases = xml.getElementsByTagName("testcase");
    // The seeds: only Lens-Liévin has an error; Chartres as 1.0 said it has an error and a warning.
    assertThat(cases.getLength()).isEqualTo(6);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(cases.item(0).getAttributes().getNamedItem("name").getNodeValue())
        .isEqualTo(CONTRACTS.resolve("agglopolys.json").toString());
    Node chartres = cases.item(5);
    assertThat(chartres.getAttributes().getNamedItem("name").getNodeValue()).isEqualTo(CHARTRES_1_0.toString());
    assertThat(((org.w3c.dom.Element) chartres).getElementsByTagName("failure").item(0).getAttributes()
        .getNamedItem("message").getNodeValue()).isEqualTo("1 error, 1 warning");
  }

  @Test
  void canonicalize_reads_a_file_or_the_standard_input() {
    Run fromStdin = cls(" { \"b\" : 1.0, \"a\" : [ true ] } ".getBytes(StandardCharsets.UTF_8), "canonicalize", "-");
    Run fromFile = cls("canonicalize", CONTRACTS.resolve("chartres.json").toString());

    assertThat(fromStdin.code()).isEqualTo(Cls.OK);
    assertThat(fromStdin.out()).isEqualTo("{\"a\":[true],\"b\":1}");
    assertThat(fromFile.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(SeedContracts.canonicalJson("chartres"));
  }

  @Test
  void canonicalize_says_where_the_json_is_broken_in_each_language() {
    byte[] broken = "{\"a\":".getBytes(StandardCharsets.UTF_8);

    Run en = cls(broken, "canonicalize", "--lang", "en", "-");
    Run fr = cls(broken, "canonicalize", "--lang", "fr", "-");

    assertThat(en.code()).isEqualTo(Cls.FINDINGS);
    assertThat(en.err()).isEqualTo("cls: <stdin>:1:6: not valid JSON (CLS-JSON-SYNTAX); \"cls explain "
        + "CLS-JSON-SYNTAX\" says how to fix the file.\n");
    assertThat(fr.code()).isEqualTo(Cls.FINDINGS);
    assertThat(fr.err()).isEqualTo(fr("cls: <stdin>:1:6 : ce n’est pas du JSON valide (CLS-JSON-SYNTAX) ; "
        + "« cls explain CLS-JSON-SYNTAX » dit comment corriger le fichier.\n"));
  }

  @Test
  void canonicalize_and_digest_say_which_file_they_cannot_read() {
    String missing = CONTRACTS.resolve("absent.json").toString();

    Run canonicalize = cls("canonicalize", "--lang", "fr", missing);
    Run digest = cls("digest", "--lang", "en", missing);

    assertThat(canonicalize.code()).isEqualTo(Cls.USAGE);
    assertThat(canonicalize.err()).isEqualTo(fr("cls: impossible de lire « " + missing + " » : vérifiez que le "
        + "fichier existe et que vous avez le droit de le lire.\n"));
    assertThat(digest.code()).isEqualTo(Cls.USAGE);
    assertThat(digest.err()).isEqualTo("cls: cannot read \"" + missing + "\": check that the file exists and that "
        + "you may read it.\n");
  }

  @Test
  void digest_prints_the_digest_of_each_contract_file_and_says_which_are_not_contracts() {
    Path file = CONTRACTS.resolve("agglopolys.json");
    Path broken = BROKEN.resolve("multiple/ten-independent-problems.json");
    // The reader builds a contract from both all the same (placeholders; « SIGNED » read as signed): its
    // digest would not be the file's.
    Path label = BROKEN.resolve("CLS-JSON-UNKNOWN-CODE/bad-status.json");

    Run run = cls("digest", file.toString());
    Run notContract = cls("digest", "--lang", "fr", broken.toString());
    Run both = cls("digest", "--lang", "en", label.toString(), file.toString());

    assertThat(run.code()).isEqualTo(Cls.OK);
    assertThat(run.out()).isEqualTo(ContractJson.digest(SeedContracts.agglopolys()) + "  " + file + "\n");
    assertThat(notContract.code()).isEqualTo(Cls.FINDINGS);
    assertThat(notContract.out()).isEmpty();
    assertThat(notContract.err()).isEqualTo(fr("cls: « " + broken + " » n’est pas un contrat lisible : lancez "
        + "cls validate sur ce fichier pour voir pourquoi.\n"));
    assertThat(both.code()).isEqualTo(Cls.FINDINGS);
    assertThat(both.out()).isEqualTo(run.out());
    assertThat(both.err()).isEqualTo("cls: \"" + label + "\" is not a readable contract: run cls validate on it to "
        + "see why.\n");
  }

  @Test
  void schema_example_and_version_print_what_they_promise() {
    assertThat(cls("schema").out()).isEqualTo(ContractJson.schema()).isEqualTo(cls("schema", "1.1").out())
        .contains("\"$id\": \"https://clsante.github.io/cls-sdk/schema/contract-1.1.schema.json\"");
    assertThat(cls("schema", "1.0").out()).isEqualTo(ContractJson.schema("1.0"))
        .contains("\"$id\": \"https://clsante.github.io/cls-sdk/schema/contract-1.0.schema.json\"");
    assertThat(cls("example", "agglopolys").out().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(SeedContracts.canonicalJson("agglopolys"));
    assertThat(cls("--version").out()).isEqualTo("cls 0.1.0-SNAPSHOT (format 1.1)\n");
    assertThat(cls("validate", "-V").out()).isEqualTo("cls 0.1.0-SNAPSHOT (format 1.1)\n");
  }

  @Test
  void a_document_on_a_terminal_ends_with_a_line_break_and_redirected_is_exactly_its_bytes() {
    Cls terminal = Runs.command();
    terminal.stdoutTerminal = () -> true;
    String chartres = CONTRACTS.resolve("chartres.json").toString();
    String murat = MigrateTest.MURAT.toString();
    String canonical = new String(SeedContracts.canonicalJson("agglopolys"), StandardCharsets.UTF_8);

    assertThat(cls(terminal, "example", "agglopolys").out()).isEqualTo(canonical + "\n");
    assertThat(cls("example", "agglopolys").out()).isEqualTo(canonical).endsWith("}");
    assertThat(cls(terminal, "canonicalize", chartres).out()).endsWith("}\n").doesNotEndWith("\n\n");
    assertThat(cls("canonicalize", chartres).out()).endsWith("}");
    assertThat(cls(terminal, "migrate", murat).out()).endsWith("}\n").doesNotEndWith("\n\n");
    assertThat(cls("migrate", murat).out()).endsWith("}");
    String[] importPlan = PlansTest.args("import", PlansTest.PLAN.toString());
    assertThat(cls(terminal, importPlan).out()).isEqualTo(cls(importPlan).out() + "\n");
    assertThat(cls(importPlan).out()).endsWith("}");
    // A pretty document that ends with its own line break gets no second one.
    assertThat(cls(terminal, "migrate", "--pretty", murat).out()).isEqualTo(cls("migrate", "--pretty", murat).out());
  }

  @Test
  void an_unknown_example_is_a_usage_error_listing_the_examples() {
    Run unknown = cls("example", "paris");
    Run close = cls("example", "--lang", "fr", "chartre");

    assertThat(unknown.code()).isEqualTo(Cls.USAGE);
    assertThat(unknown.err()).isEqualTo("cls: unknown example \"paris\". The examples: agglopolys, villes-soeurs, "
        + "le-havre, chartres and lens-lievin.\nHelp: cls example --help\n");
    assertThat(close.code()).isEqualTo(Cls.USAGE);
    assertThat(close.err()).isEqualTo(fr("cls: exemple inconnu « chartre » ; vouliez-vous dire « chartres » ? "
        + "Les exemples : agglopolys, villes-soeurs, le-havre, chartres et lens-lievin.\nAide : cls example --help\n"));
  }

  @Test
  void every_command_has_its_help_in_both_languages() {
    for (String command : List.of("validate", "migrate", "explain", "rules", "canonicalize", "digest", "schema", "example")) {
      Run en = cls(command, "--help", "--lang", "en");
      Run fr = cls(command, "--help", "--lang", "fr");
      Run help = cls("help", command, "--lang", "fr");
      assertThat(en.code()).as(command).isEqualTo(Cls.OK);
      assertThat(en.out()).as(command).startsWith("Usage: cls " + command);
      assertThat(fr.code()).as(command).isEqualTo(Cls.OK);
      assertThat(fr.out()).as(command).startsWith("Utilisation" + NNBSP + ": cls " + command);
      assertThat(help.out()).as(command).isEqualTo(fr.out());
    }
    assertThat(cls("--help").out()).startsWith("Usage: cls ").contains("validate", "canonicalize", "digest");
    assertThat(cls("--lang", "fr").out()).startsWith("Utilisation" + NNBSP + ": cls ").contains("Commandes" + NNBSP + ":");
    assertThat(cls("help", "--lang", "fr").out()).isEqualTo(cls("--lang", "fr").out());
  }
}
