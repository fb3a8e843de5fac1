package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.CHARTRES_1_0;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What validate reads: directories, files of any case, other files listed as not read, the standard input. */
class InputsTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A directory with an upper-case contract file, a text file, a spreadsheet and a hidden directory. */
  static Path mixedDirectory(Path directory) throws IOException {
    Files.copy(CONTRACTS.resolve("lens-lievin.json"), directory.resolve("CONTRAT.JSON"));
    Files.writeString(directory.resolve("notes.txt"), "à relire");
    Files.createDirectories(directory.resolve("annexes"));
    Files.write(directory.resolve("annexes/plan.XLS"), new byte[] {'P', 'K', 3, 4});
    Files.createDirectories(directory.resolve(".git"));
    Files.writeString(directory.resolve(".git/config"), "[core]");
    Files.writeString(directory.resolve(".git/index.json"), "not a contract");
    return directory;
  }

  @Test
  void upper_case_json_files_are_read_and_other_files_are_listed_and_counted(@TempDir Path directory)
      throws IOException {
    mixedDirectory(directory);

    Run en = cls("validate", "--lang", "en", directory.toString());
    Run fr = cls("validate", "--lang", "fr", directory.toString());

    assertThat(en.code()).isEqualTo(Cls.FINDINGS);
    assertThat(en.err()).isEmpty();
    assertThat(en.lines()).containsExactly(
        directory.resolve("CONTRAT.JSON") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no "
            + "action sheet.",
        directory.resolve("annexes/plan.XLS") + ": not read: .xls and .csv files are not read; save the plan as .xlsx or .ods, in the Territoires en Transitions template.",
        directory.resolve("notes.txt") + ": not read: not a contract file (.json).",
        "1 file, 1 error, 0 warnings; 2 other files not read");
    assertThat(fr.lines()).containsExactly(
        directory.resolve("CONTRAT.JSON") + ":1:1: erreur CLS-CONTRACT-NO-SHEETS - Ce contrat signé ne comporte "
            + "aucune fiche action.",
        fr(directory.resolve("annexes/plan.XLS") + ": non lu : les fichiers .xls et .csv ne sont pas lus ; enregistrez le plan au format .xlsx ou .ods, dans le modèle de Territoires en Transitions."),
        fr(directory.resolve("notes.txt") + ": non lu : ce n’est pas un fichier de contrat (.json)."),
        fr("1 fichier, 1 erreur, 0 avertissement ; 2 autres fichiers non lus"));
  }

  @Test
  void json_lists_the_files_not_read_and_counts_them(@TempDir Path directory) throws IOException {
    mixedDirectory(directory);

    JsonNode json = MAPPER.readTree(cls("validate", "--lang", "en", "--format", "json", directory.toString()).out());

    assertThat(json.get("skipped").toString()).isEqualTo("[{\"file\":" + quoted(directory.resolve("annexes/plan.XLS"))
        + ",\"message\":\"Not read: .xls and .csv files are not read; save the plan as .xlsx or .ods, in the"
        + " Territoires en Transitions template.\",\"reason\":\"spreadsheet\"},{\"file\":" + quoted(directory.resolve("notes.txt"))
        + ",\"message\":\"Not read: not a contract file (.json).\",\"reason\":\"not-json\"}]");
    assertThat(json.get("summary").toString())
        .isEqualTo("{\"error\":1,\"files\":1,\"info\":0,\"skipped\":2,\"warning\":0}");
    assertThat(json.get("files")).hasSize(1);
  }

  static String quoted(Path path) {
    return MAPPER.writeValueAsString(path.toString());
  }

  @Test
  void sarif_gives_the_files_not_read_as_notifications(@TempDir Path directory) throws IOException {
    mixedDirectory(directory);

    JsonNode sarif = MAPPER.readTree(cls("validate", "--lang", "fr", "--format", "sarif", "--base-dir",
        directory.toString(), directory.toString()).out());

    JsonNode invocation = sarif.get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.get("exitCode").asInt()).isEqualTo(Cls.FINDINGS);
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).get("level").asString()).isEqualTo("note");
    assertThat(notes.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").toString())
        .isEqualTo("{\"uri\":\"annexes/plan.XLS\",\"uriBaseId\":\"%SRCROOT%\"}");
    assertThat(notes.get(1).get("message").get("text").asString())
        .isEqualTo(fr("Non lu : ce n’est pas un fichier de contrat (.json)."));
  }

  @Test
  void junit_gives_the_files_not_read_as_skipped_test_cases(@TempDir Path directory) throws Exception {
    mixedDirectory(directory);

    Run run = cls("validate", "--lang", "en", "--format", "junit", directory.toString());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("2");
    Element skipped = (Element) xml.getElementsByTagName("skipped").item(1);
    assertThat(((Element) skipped.getParentNode()).getAttribute("name")).isEqualTo(directory.resolve("notes.txt").toString());
    assertThat(skipped.getAttribute("message")).isEqualTo("Not read: not a contract file (.json).");
  }

  @Test
  void an_empty_directory_is_a_usage_error_saying_so(@TempDir Path directory) {
    Run en = cls("validate", "--lang", "en", directory.toString());
    Run fr = cls("validate", "--lang", "fr", directory.toString());

    assertThat(en.code()).isEqualTo(Cls.USAGE);
    assertThat(en.err()).isEqualTo("cls: the directory \"" + directory + "\" holds no file: give a directory of "
        + "contract files (.json) or plans (.xlsx, .ods).\n");
    assertThat(en.lines()).containsExactly("0 files, 0 errors, 0 warnings");
    assertThat(fr.err()).isEqualTo(fr("cls: le dossier « " + directory + " » ne contient aucun fichier : indiquez un "
        + "dossier de fichiers de contrat (.json) ou de plans (.xlsx, .ods).\n"));
  }

  @Test
  void a_directory_without_a_contract_file_is_a_usage_error_listing_what_it_holds(@TempDir Path directory)
      throws IOException {
    Files.writeString(directory.resolve("budget.csv"), "axe;fiche\n");

    Run fr = cls("validate", "--lang", "fr", directory.toString());
    Run en = cls("validate", "--lang", "en", "--format", "sarif", directory.toString());

    assertThat(fr.code()).isEqualTo(Cls.USAGE);
    assertThat(fr.err()).isEqualTo(fr("cls: le dossier « " + directory + " » ne contient aucun fichier de contrat "
        + "(.json) ni plan (.xlsx, .ods) : 1 autre fichier non lu.\n"));
    assertThat(fr.lines()).containsExactly(
        fr(directory.resolve("budget.csv") + ": non lu : les fichiers .xls et .csv ne sont pas lus ; enregistrez le plan au format .xlsx ou .ods, dans le modèle de Territoires en Transitions."),
        fr("0 fichier, 0 erreur, 0 avertissement ; 1 autre fichier non lu"));
    JsonNode invocation = MAPPER.readTree(en.out()).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("exitCode").asInt()).isEqualTo(Cls.USAGE);
    assertThat(invocation.get("toolExecutionNotifications").get(0).get("level").asString()).isEqualTo("error");
    assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asString())
        .isEqualTo("The directory \"" + directory + "\" holds no contract file (.json) and no plan (.xlsx, .ods): 1 other file not read.");
  }

  @Test
  void links_to_files_count_as_the_files_and_broken_links_are_not_passed_over(@TempDir Path directory)
      throws IOException {
    Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
    Files.copy(CONTRACTS.resolve("lens-lievin.json"), elsewhere.resolve("lens.json"));
    Path contracts = Files.createDirectories(directory.resolve("contrats"));
    Files.createSymbolicLink(contracts.resolve("lien.json"), elsewhere.resolve("lens.json"));
    Files.createSymbolicLink(contracts.resolve("casse.json"), elsewhere.resolve("absent.json"));
    Files.createSymbolicLink(contracts.resolve("casse.txt"), elsewhere.resolve("absent.txt"));
    Files.createSymbolicLink(contracts.resolve("ailleurs"), elsewhere);

    Run run = cls("validate", "--lang", "en", contracts.toString());

    assertThat(run.lines()).containsExactly(
        contracts.resolve("casse.json") + ": error CLS-JSON-IO-ERROR - The file does not exist: check its name and "
            + "folder.",
        contracts.resolve("casse.txt") + ": not read: not a contract file (.json).",
        contracts.resolve("lien.json") + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no action "
            + "sheet.",
        "2 files, 2 errors, 0 warnings; 1 other file not read");
  }

  @Test
  void a_spreadsheet_named_on_the_command_line_is_not_read_and_says_why(@TempDir Path directory) throws IOException {
    Path spreadsheet = directory.resolve("plan.xls");
    Files.write(spreadsheet, new byte[] {'P', 'K'});

    Run run = cls("validate", "--lang", "fr", spreadsheet.toString(), CHARTRES_1_0.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo(fr("cls: « " + spreadsheet + " » n’est pas lu : les fichiers .xls et .csv ne sont"
        + " pas lus ; enregistrez le plan au format .xlsx ou .ods, dans le modèle de Territoires en Transitions.\n"));
    assertThat(run.lines()).hasSize(4).first().asString().startsWith(spreadsheet + ": non lu");
  }

  @Test
  void a_file_named_on_the_command_line_is_read_whatever_its_name(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("contrat.txt");
    Files.copy(CONTRACTS.resolve("lens-lievin.json"), file);

    Run run = cls("validate", "--lang", "en", file.toString());

    assertThat(run.lines()).containsExactly(file + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no "
        + "action sheet.", "1 file, 1 error, 0 warnings");
  }

  @Test
  void a_workbook_named_otherwise_is_read_as_the_plan_its_content_is(@TempDir Path directory) throws IOException {
    Path named = directory.resolve("plan.xlsx");
    Path renamed = directory.resolve("plan-envoye.bin");
    Files.copy(PlansTest.PLAN, named);
    Files.copy(PlansTest.PLAN, renamed);

    Run asNamed = cls(PlansTest.args("validate", "--lang", "en", named.toString()));
    Run asRenamed = cls(PlansTest.args("validate", "--lang", "en", renamed.toString()));

    assertThat(asRenamed.code()).isEqualTo(asNamed.code());
    assertThat(asRenamed.out()).contains(renamed + "!").doesNotContain("CLS-JSON-ENCODING")
        .isEqualTo(asNamed.out().replace(named.toString(), renamed.toString()));
  }

  @Test
  void an_office_container_named_otherwise_is_read_as_a_workbook_and_other_binary_files_as_json(
      @TempDir Path directory) throws IOException {
    Path ole2 = directory.resolve("ancien.dat");
    Files.write(ole2, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    Path binary = directory.resolve("image.bin");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    // An OLE2 container (Excel 97–2003, an encrypted workbook) cut after its signature: a damaged workbook.
    assertThat(cls("validate", "--lang", "en", ole2.toString()).out()).contains("CLS-SPREADSHEET-CORRUPT");
    assertThat(cls("validate", "--lang", "en", binary.toString()).out()).contains("CLS-JSON-ENCODING");
  }

  @Test
  void a_path_the_system_cannot_name_is_a_usage_error() {
    Run run = cls("validate", "--lang", "fr", "a\u0000b.json", CHARTRES_1_0.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo(fr("cls: « a\\u0000b.json » n’est pas un chemin valide.\n"));
    assertThat(run.lines()).last().isEqualTo("1 fichier, 1 erreur, 1 avertissement");
  }

  @Test
  void a_dash_reads_the_standard_input_shown_as_stdin() throws Exception {
    byte[] lens = Files.readAllBytes(CONTRACTS.resolve("lens-lievin.json"));

    Run text = cls(lens, "validate", "--lang", "fr", "-");
    Run both = cls(lens, "validate", "--lang", "en", "-", CHARTRES_1_0.toString());
    Run json = cls(lens, "validate", "--lang", "en", "--format", "json", "-");
    Run junit = cls(lens, "validate", "--lang", "en", "--format", "junit", "-");

    assertThat(text.code()).isEqualTo(Cls.FINDINGS);
    assertThat(text.lines()).containsExactly(
        "<stdin>:1:1: erreur CLS-CONTRACT-NO-SHEETS - Ce contrat signé ne comporte aucune fiche action.",
        "1 fichier, 1 erreur, 0 avertissement");
    assertThat(both.lines()).first().asString().startsWith("<stdin>:1:1: error CLS-CONTRACT-NO-SHEETS");
    assertThat(both.lines()).last().isEqualTo("2 files, 2 errors, 1 warning");
    assertThat(MAPPER.readTree(json.out()).get("files").get(0).get("file").asString()).isEqualTo("<stdin>");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("<stdin>");
  }

  @Test
  void a_broken_standard_input_is_reported_like_a_file() {
    Run run = cls("{\"schemaVersion\":".getBytes(StandardCharsets.UTF_8), "validate", "--lang", "en", "-");

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    // Where the reader places the mistake is its business: here, that the input is named <stdin>.
    assertThat(run.lines()).first().asString().startsWith("<stdin>:1:").contains(": error CLS-JSON-SYNTAX ");
    assertThat(run.lines()).last().isEqualTo("1 file, 1 error, 0 warnings");
  }
}
