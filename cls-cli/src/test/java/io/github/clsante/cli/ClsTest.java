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

  @Test
  void validate_prints_one_line_per_finding_then_a_summary_and_fails_on_errors() {
    Run run = cls("validate", "--lang", "en", CONTRACTS.resolve("chartres.json").toString(),
        CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        CONTRACTS.resolve("chartres.json") + ":1:1: error CLS-CONTRACT-SIGNATORIES - A signed contract needs among "
            + "its signatories the ARS and a local authority (missing: ars, local_authority).",
        CONTRACTS.resolve("chartres.json") + ":1:30: warning CLS-CONTRACT-SHEETS-NOT-LISTED "
            + "/announcedActionSheetCount The contract announces 56 action sheets but lists 0.",
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - A signed contract must "
            + "have action sheets.",
        "2 file(s), 2 error(s), 1 warning(s)");
  }

  @Test
  void validate_speaks_french_when_asked() {
    Run run = cls("validate", "--lang", "fr", CONTRACTS.resolve("lens-lievin.json").toString());

    assertThat(run.lines()).containsExactly(
        CONTRACTS.resolve("lens-lievin.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - Un contrat signé doit "
            + "comporter des fiches actions.",
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
    assertThat(run.lines()).hasSize(11).last().isEqualTo("1 file(s), 10 error(s), 0 warning(s)");
    assertThat(run.lines().get(0)).endsWith(
        "ten-independent-problems.json:23:29: error CLS-JSON-WRONG-TYPE /amendments/0/number Expected integer, found string.");
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
        directory.resolve("binary.json") + ":1:1: error CLS-JSON-ENCODING - The file is not valid UTF-8 text.",
        directory.resolve("empty.json") + ":1:1: error CLS-JSON-EMPTY - The file holds no JSON value.",
        directory.resolve("text.json") + ":1:1: error CLS-JSON-SYNTAX - The file is not well-formed JSON: "
            + "Unrecognized token 'Contrat': was expecting (JSON String, Number, Array, Object or token 'null', "
            + "'true' or 'false').",
        "3 file(s), 3 error(s), 0 warning(s)");
  }

  @Test
  void a_missing_path_is_a_usage_error_that_says_which() {
    Run run = cls("validate", "--lang", "en", "nowhere.json", CONTRACTS.resolve("chartres.json").toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo("cls: no such file or directory: nowhere.json\n");
    assertThat(run.lines()).last().isEqualTo("1 file(s), 1 error(s), 1 warning(s)");
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
        .contains("{\"code\":\"CLS-CONTRACT-NO-SHEETS\",\"column\":1,\"line\":1,\"message\":\"A signed contract must "
            + "have action sheets.\",\"params\":{},\"pointer\":\"\",\"severity\":\"error\"}")
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
            + "\"Un contrat signé doit compter parmi ses signataires l’ARS et une collectivité (manque : ars, "
            + "local_authority).\"},\"ruleId\":\"CLS-CONTRACT-SIGNATORIES\"");
  }

  private static String readSarifSchema() {
    try {
      return Files.readString(Path.of("../../shared/testdata/sarif/sarif-schema-2.1.0.json"));
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
        .contains("CLS-ID-SIREN\terror\tLe SIREN « {value} » n’est pas composé de 9 chiffres avec une clé valide.")
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
