package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clsante.examples.SeedContracts;
import io.github.clsante.serialization.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** End-to-end tests of the cls command, run in-process on the picocli entry point. */
class ClsTest {

  static final Path CONTRACTS = Path.of("../cls-examples/src/main/resources/contracts");
  static final Path BROKEN = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization/invalid");

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run cls(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cls.run(new ByteArrayInputStream(stdin), out, err, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run cls(String... args) {
    return cls(new byte[0], args);
  }

  static Run cls(Cls command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cls.run(command, new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

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
    assertThat(run.lines()).contains(absurd + ":1:109: error CLS-JSON-NUMBER-OUT-OF-RANGE /announcedActionSheetCount "
        + "The number 1e11111111111 is outside the bounds of this field (-2,147,483,648 to 2,147,483,647).");
    assertThat(run.lines()).anyMatch(line -> line.startsWith(first + ":"))
        .anyMatch(line -> line.startsWith(last + ":"));
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("3 file(s), ");
  }

  @Test
  void a_file_whose_validation_throws_becomes_an_internal_error_and_the_next_files_are_validated() {
    Cls command = new Cls();
    command.fileValidation = (validator, file) -> {
      if (file.endsWith("chartres.json")) {
        throw new IllegalStateException("a bug in a rule");
      }
      return validator.validate(file);
    };
    String chartres = CONTRACTS.resolve("chartres.json").toString();

    Run run = cls(command, "validate", "--lang", "en", CONTRACTS.resolve("agglopolys.json").toString(), chartres,
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEqualTo("cls: " + chartres
        + ": internal error (java.lang.IllegalStateException); run with --debug to see where\n");
    assertThat(run.lines()).contains(chartres + ": error CLS-INTERNAL-ERROR - An internal error of the software "
        + "prevented validating this file: the problem is not in the file. "
        + "Please report it with the file attached.");
    assertThat(run.lines()).anyMatch(line -> line.startsWith(CONTRACTS.resolve("lens-lievin.json") + ":1:1: error"));
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("3 file(s), ");
  }

  @Test
  void with_debug_an_internal_error_prints_its_stack_trace() {
    Cls command = new Cls();
    command.fileValidation = (validator, file) -> {
      throw new StackOverflowError();
    };
    String chartres = CONTRACTS.resolve("chartres.json").toString();

    Run run = cls(command, "validate", "--debug", "--lang", "fr", chartres);

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).startsWith("cls: " + chartres + ": internal error (java.lang.StackOverflowError):\n"
        + "java.lang.StackOverflowError\n\tat ");
    assertThat(run.lines()).containsExactly(chartres + ": error CLS-INTERNAL-ERROR - Une erreur interne du logiciel "
            + "a empêché de valider ce fichier\u202f: ce n’est pas un problème du fichier. "
            + "Signalez-la en joignant le fichier.",
        "1 fichier(s), 1 erreur(s), 0 avertissement(s)");
  }

  @Test
  void a_path_that_does_not_exist_is_reported_and_counted_and_exits_2() {
    String missing = CONTRACTS.resolve("absent.json").toString();

    Run run = cls("validate", "--lang", "en", missing, CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo("cls: no such file or directory: " + missing + "\n");
    assertThat(run.lines()).containsExactly(
        missing + ": error CLS-JSON-IO-ERROR - The file does not exist: check its name and folder.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract "
            + "has no action sheet.",
        "2 file(s), 2 error(s), 0 warning(s)");
  }

  @Test
  void validate_prints_one_line_per_finding_then_a_summary_and_fails_on_errors() {
    Run run = cls("validate", "--lang", "en", CONTRACTS.resolve("chartres.json").toString(),
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        CONTRACTS.resolve("chartres.json") + ":1:1: error CLS-CONTRACT-SIGNATORIES - This signed contract does not "
            + "count the ARS and a local authority (or the carrying authority) among its signatories.",
        CONTRACTS.resolve("chartres.json") + ":1:30: warning CLS-CONTRACT-SHEETS-NOT-LISTED "
            + "/announcedActionSheetCount The contract announces 56 action sheets but details 0.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract "
            + "has no action sheet.",
        "2 file(s), 2 error(s), 1 warning(s)");
  }

  @Test
  void validate_speaks_french_when_asked() {
    Run run = cls("validate", "--lang", "fr", CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.lines()).containsExactly(
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - Ce contrat signé ne "
            + "comporte aucune fiche action.",
        "1 fichier(s), 1 erreur(s), 0 avertissement(s)");
  }

  @Test
  void warnings_fail_only_with_fail_on_warning() {
    String agglopolys = CONTRACTS.resolve("agglopolys.json").toString();

    Run byDefault = cls("validate", "--lang", "en", agglopolys);
    Run strict = cls("validate", "--lang", "en", "--fail-on", "warning", agglopolys);

    assertThat(byDefault.code()).isEqualTo(Cls.OK);
    assertThat(byDefault.lines()).hasSize(22).last().isEqualTo("1 file(s), 0 error(s), 21 warning(s)");
    assertThat(strict.code()).isEqualTo(Cls.FINDINGS);
  }

  @Test
  void a_directory_is_validated_recursively_in_one_run() {
    Run run = cls("validate", "--lang", "en", CONTRACTS.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).last().isEqualTo("5 file(s), 3 error(s), 22 warning(s)");
  }

  @Test
  void a_broken_file_gives_every_problem_located_and_no_stack_trace() {
    Run run = cls("validate", "--lang", "en", BROKEN.resolve("multiple/ten-independent-problems.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    // The ten reader problems, and the rules' findings on the sheets that could be read all the same.
    assertThat(run.lines()).hasSize(15).last().isEqualTo("1 file(s), 12 error(s), 2 warning(s)");
    assertThat(run.lines().get(0)).endsWith("ten-independent-problems.json:23:29: error CLS-JSON-WRONG-TYPE "
        + "/amendments/0/number This field expects a whole number; it holds text in quotes: \"1\". Write 1 instead.");
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
            + "written in straight double quotes (\"…\"); the only words allowed without quotes are true, false and null.",
        "3 file(s), 3 error(s), 0 warning(s)");
  }

  @Test
  void usage_errors_exit_with_2() {
    assertThat(cls("validate").code()).isEqualTo(Cls.USAGE);
    assertThat(cls("validate", "--format", "pdf", "x.json").code()).isEqualTo(Cls.USAGE);
    assertThat(cls("validate", "--strict", "--lenient", "x.json").code()).isEqualTo(Cls.USAGE);
    Run lang = cls("validate", "--lang", "de", CONTRACTS.toString());
    assertThat(lang.code()).isEqualTo(Cls.USAGE);
    assertThat(lang.err()).isEqualTo("cls: --lang takes fr or en, not de\n");
    Run unknown = cls("frobnicate");
    assertThat(unknown.code()).isEqualTo(Cls.USAGE);
    assertThat(unknown.err()).startsWith("cls: Unmatched argument at index 0: 'frobnicate'");
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
  void a_thousand_files_are_validated_in_one_run(@TempDir Path directory) throws IOException {
    byte[] chartres = SeedContracts.canonicalJson("chartres");
    for (int i = 0; i < 1000; i++) {
      Files.write(directory.resolve(String.format("cls-%04d.json", i)), chartres);
    }

    Run run = cls("validate", "--lang", "en", directory.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).hasSize(2001).last().isEqualTo("1000 file(s), 1000 error(s), 1000 warning(s)");
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
        .endsWith("\"summary\":{\"error\":1,\"files\":1,\"info\":0,\"warning\":0}}");
  }

  @Test
  void sarif_output_is_valid_sarif_2_1_0() {
    Run run = cls("validate", "--lang", "fr", "--format", "sarif", CONTRACTS.toString(),
        BROKEN.resolve("multiple").toString());

    Schema sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(readSarifSchema(), InputFormat.JSON);
    assertThat(sarif.validate(run.out(), InputFormat.JSON)).isEmpty();
    String canonical = ContractJson.canonicalize(run.out());
    assertThat(canonical).contains("\"version\":\"2.1.0\"")
        .contains("{\"level\":\"error\",\"locations\":[{\"logicalLocations\":[{\"fullyQualifiedName\":\"\",\"kind\":"
            + "\"member\"}],\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"../cls-examples/src/main/resources/"
            + "contracts/chartres.json\"},\"region\":{\"startColumn\":1,\"startLine\":1}}}],\"message\":{\"text\":"
            + "\"Ce contrat signé ne compte pas parmi ses signataires l’ARS et une collectivité territoriale "
            + "(ou la collectivité porteuse).\"},\"ruleId\":\"CLS-CONTRACT-SIGNATORIES\"");
  }

  /** The SARIF 2.1.0 schema, a test resource (with its OASIS licence terms beside it). */
  static String readSarifSchema() {
    try (java.io.InputStream in = ClsTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("test resource sarif/sarif-schema-2.1.0.json").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void junit_output_has_one_test_case_per_file_failing_the_failing_ones() throws Exception {
    Run run = cls("validate", "--lang", "en", "--format", "junit", CONTRACTS.toString());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(3);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    assertThat(cases.item(0).getAttributes().getNamedItem("name").getNodeValue())
        .isEqualTo(CONTRACTS.resolve("agglopolys.json").toString());
    assertThat(cases.item(0).getChildNodes().getLength()).isZero();
  }

  @Test
  void canonicalize_reads_a_file_or_the_standard_input() {
    Run fromStdin = cls(" { \"b\" : 1.0, \"a\" : [ true ] } ".getBytes(StandardCharsets.UTF_8), "canonicalize", "-");
    Run broken = cls("{\"a\":".getBytes(StandardCharsets.UTF_8), "canonicalize", "-");

    assertThat(fromStdin.code()).isEqualTo(Cls.OK);
    assertThat(fromStdin.out()).isEqualTo("{\"a\":[true],\"b\":1}");
    assertThat(broken.code()).isEqualTo(Cls.FINDINGS);
    assertThat(broken.err()).startsWith("cls: -:1:6: CLS-JSON-SYNTAX ");
  }

  @Test
  void digest_prints_the_digest_of_each_contract_file() {
    Path file = CONTRACTS.resolve("agglopolys.json");

    Run run = cls("digest", file.toString());

    assertThat(run.code()).isEqualTo(Cls.OK);
    assertThat(run.out()).isEqualTo(ContractJson.digest(SeedContracts.agglopolys()) + "  " + file + "\n");
  }

  @Test
  void schema_rules_example_version_and_help_print_what_they_promise() {
    assertThat(cls("schema").out()).isEqualTo(ContractJson.schema());
    assertThat(cls("rules", "--lang", "fr").lines())
        .contains("CLS-ID-SIREN\terror\tLe SIREN «\u00A0{value}\u00A0» n’est pas valide\u202F: un SIREN a 9 chiffres,"
            + " dont le dernier est une clé de contrôle.")
        .hasSize(io.github.clsante.validation.Rule.values().length
            + io.github.clsante.serialization.ReadProblem.values().length);
    assertThat(cls("example", "agglopolys").out().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(SeedContracts.canonicalJson("agglopolys"));
    Run unknown = cls("example", "paris");
    assertThat(unknown.code()).isEqualTo(Cls.USAGE);
    assertThat(unknown.err()).isEqualTo(
        "cls: no example named paris; known: agglopolys, villes-soeurs, le-havre, chartres, lens-lievin\n");
    assertThat(cls("--version").out()).isEqualTo("cls 0.1.0-SNAPSHOT (format 1.0)\n");
    for (String command : List.of("validate", "canonicalize", "digest", "schema", "rules", "example")) {
      Run help = cls(command, "--help");
      assertThat(help.code()).as(command).isEqualTo(Cls.OK);
      assertThat(help.out()).as(command).startsWith("Usage: cls " + command);
    }
    assertThat(cls("--help").out()).startsWith("Usage: cls ").contains("validate", "canonicalize", "digest");
  }
}
