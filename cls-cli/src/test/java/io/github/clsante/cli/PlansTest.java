package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.spreadsheet.PlanImport;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans on the command line: {@code cls validate} reads xlsx and ods plans with findings on their cells,
 * {@code cls import} writes the contract a plan describes, {@code cls export} writes a contract into the
 * Territoires en Transitions template, and the options give what a plan does not hold.
 */
class PlansTest {

  static final Path PLAN = Path.of("../cls-spreadsheet/src/test/resources/tet/complex_plan.xlsx");
  static final String[] HEADER = {"--contract-id", "cls-test", "--lead-ars", "24", "--territory", "Agglopolys"};
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Path copy(Path directory, String name) throws IOException {
    return Files.copy(PLAN, directory.resolve(name));
  }

  static String[] args(String... first) {
    String[] all = new String[first.length + HEADER.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(HEADER, 0, all, first.length, HEADER.length);
    return all;
  }

  @Test
  void a_plan_is_validated_with_its_findings_on_their_cells(@TempDir Path directory) throws IOException {
    Path plan = copy(directory, "plan.xlsx");

    Runs.Run run = cls(args("validate", "--lang", "fr", plan.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.lines().get(0)).startsWith(plan + "!Fichier dimport!D4: avertissement CLS-SHEET-NO-INDICATOR"
        + " /axes/0/objectives/0/objectives/0/actionSheets/0 Axe 1 › Objectif 1 › Objectif 1 › Fiche 1 «")
        .endsWith(" — Aucun indicateur d’évaluation n’est indiqué pour cette fiche action.");
    assertThat(run.lines()).last().isEqualTo("1 fichier, 0 erreur, 29 avertissements, 10 infos");
  }

  @Test
  void without_the_contract_values_a_plan_does_not_hold_the_findings_say_what_is_missing(@TempDir Path directory)
      throws IOException {
    Path plan = copy(directory, "plan.xlsx");

    Runs.Run run = cls("validate", plan.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).filteredOn(line -> line.contains("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(line -> List.of(line.split(" ", -1)).get(3)).containsExactly("/id", "/leadArs", "/territory");
  }

  @Test
  void a_directory_s_plans_are_validated_and_its_other_spreadsheets_listed_as_not_read(@TempDir Path directory)
      throws IOException {
    copy(directory, "a-plan.xlsx");
    Files.copy(Runs.CONTRACTS.resolve("chartres.json"), directory.resolve("b-contract.json"));
    Files.writeString(directory.resolve("c-old.xls"), "not read");
    Files.writeString(directory.resolve("d-table.csv"), "a;b");

    Runs.Run run = cls(args("validate", directory.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.lines()).anyMatch(line -> line.startsWith(directory.resolve("a-plan.xlsx") + "!Fichier dimport!"))
        .contains(directory.resolve("c-old.xls") + ": not read: .xls and .csv files are not read; save the plan as"
            + " .xlsx or .ods, in the Territoires en Transitions template.")
        .contains(directory.resolve("d-table.csv") + ": not read: .xls and .csv files are not read; save the plan"
            + " as .xlsx or .ods, in the Territoires en Transitions template.");
    assertThat(run.lines()).last().isEqualTo("2 files, 0 errors, 29 warnings, 10 infos; 2 other files not read");
  }

  @Test
  void an_xls_file_named_is_a_usage_error_that_says_how_to_save_it(@TempDir Path directory) throws IOException {
    Path old = Files.writeString(directory.resolve("plan.xls"), "binary");

    Runs.Run run = cls("validate", old.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).contains("cls: \"" + old + "\" is not read: .xls and .csv files are not read; save the plan"
        + " as .xlsx or .ods, in the Territoires en Transitions template.");
  }

  @Test
  void the_json_report_and_sarif_give_each_finding_its_cell(@TempDir Path directory) throws IOException {
    Path plan = copy(directory, "plan.xlsx");

    JsonNode json = MAPPER.readTree(cls(args("validate", "--format", "json", plan.toString())).out());
    JsonNode sarif = MAPPER.readTree(cls(args("validate", "--format", "sarif", plan.toString())).out());

    JsonNode first = json.get("files").get(0).get("report").get("findings").get(0);
    assertThat(first.get("cell").get("reference").stringValue()).isEqualTo("Fichier dimport!D4");
    assertThat(first.get("cell").get("sheet").stringValue()).isEqualTo("Fichier dimport");
    assertThat(first.get("cell").get("row").intValue()).isEqualTo(4);
    assertThat(first.get("cell").get("column").stringValue()).isEqualTo("D");
    assertThat(first.has("line")).isFalse();
    assertThat(ValidateOutputSchemaTest.errors(json.toString())).isEmpty();
    JsonNode logical = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("logicalLocations");
    assertThat(logical.findValuesAsString("fullyQualifiedName")).contains("Fichier dimport!D4");
    assertThat(cls(args("validate", "--format", "junit", plan.toString())).out())
        .contains(plan + "!Fichier dimport!D4: warning CLS-SHEET-NO-INDICATOR /axes/0/objectives/0/objectives/0/actionSheets/0");
  }

  @Test
  void import_writes_the_contract_of_a_plan_with_the_values_given(@TempDir Path directory) throws IOException {
    Path plan = copy(directory, "plan.xlsx");
    Path out = directory.resolve("plan.json");

    Runs.Run run = cls(args("import", plan.toString(), "-o", out.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    Contract expected = PlanImport.builder().contractId("cls-test").leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Agglopolys").build()).build().read(plan).contract().orElseThrow();
    assertThat(Files.readAllBytes(out)).isEqualTo(ContractJson.toCanonicalBytes(expected));
    assertThat(run.err()).contains(plan + "!Fichier dimport!C13: info CLS-SPREADSHEET-SUB-AXIS-MISSING");
    Runs.Run pretty = cls(args("import", "--pretty", plan.toString()));
    assertThat(pretty.out()).isEqualTo(ContractJson.toPrettyString(expected));
  }

  @Test
  void import_writes_nothing_when_the_plan_has_errors_and_says_what_to_give(@TempDir Path directory)
      throws IOException {
    Path plan = copy(directory, "plan.xlsx");
    Path out = directory.resolve("plan.json");

    Runs.Run run = cls("import", "--lang", "fr", plan.toString(), "-o", out.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(out).doesNotExist();
    assertThat(run.err()).contains(plan + ": erreur CLS-SPREADSHEET-MISSING-CONTRACT-VALUE /leadArs")
        .endsWith("le contrat de «" + Runs.NBSP + plan + Runs.NBSP + "» n’est pas écrit" + Runs.NNBSP + ": corrigez d’abord les erreurs ci-dessus (ou donnez"
            + " ce qui manque avec --header, --contract-id, --lead-ars, --territory).\n");
  }

  @Test
  void a_header_file_gives_the_contract_values_and_its_mistakes_are_located(@TempDir Path directory)
      throws IOException {
    Path plan = copy(directory, "plan.xlsx");
    Path header = Files.writeString(directory.resolve("header.json"), "{\"formatVersion\": \"1.1\", \"id\": \"cls-blois\","
        + " \"title\": \"CLS d’Agglopolys\", \"leadArs\": \"24\", \"territory\": {\"name\": \"Agglopolys\"}}");
    Path broken = Files.writeString(directory.resolve("broken.json"), "{\"formatVersion\": \"1.1\",\n \"id\": 12}");

    Runs.Run run = cls("import", plan.toString(), "--header", header.toString());
    Runs.Run refused = cls("import", plan.toString(), "--header", broken.toString());

    assertThat(run.code()).as(run.err()).isZero();
    Contract imported = ContractJson.reader().read(run.out()).contract().orElseThrow();
    assertThat(imported.id()).isEqualTo("cls-blois");
    assertThat(imported.title()).contains("CLS d’Agglopolys");
    assertThat(imported.allActionSheets()).hasSize(29);
    assertThat(refused.code()).isEqualTo(Cls.USAGE);
    assertThat(refused.err()).contains("cls: " + broken + ":2:8: the file of --header is not a readable contract"
        + " (CLS-JSON-WRONG-TYPE)");
  }

  @Test
  void export_then_import_gives_back_the_contract(@TempDir Path directory) throws IOException {
    Path contract = Runs.CONTRACTS.resolve("agglopolys.json");
    Contract agglopolys = ContractJson.reader().read(contract).contract().orElseThrow();
    for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
      Path workbook = directory.resolve("agglopolys." + format.extension());

      Runs.Run export = cls("export", contract.toString(), "-o", workbook.toString());
      Runs.Run back = cls("import", workbook.toString());

      assertThat(export.code()).as(export.err()).isZero();
      assertThat(export.out()).isEmpty();
      assertThat(back.code()).as(back.err()).isZero();
      assertThat(ContractJson.reader().read(back.out()).contract()).contains(agglopolys);
    }
  }

  @Test
  void export_refuses_another_extension_and_a_contract_with_errors(@TempDir Path directory) throws IOException {
    Path broken = Files.writeString(directory.resolve("broken.json"), "{\"formatVersion\": \"1.1\", \"id\": 12}");
    Path out = directory.resolve("plan.xlsx");

    Runs.Run csv = cls("export", Runs.CONTRACTS.resolve("chartres.json").toString(), "-o", "plan.csv");
    Runs.Run errors = cls("export", broken.toString(), "-o", out.toString());

    assertThat(csv.code()).isEqualTo(Cls.USAGE);
    assertThat(csv.err()).startsWith("cls: \"plan.csv\" must end with .xlsx or .ods: its extension chooses the"
        + " workbook's format.\n");
    assertThat(errors.code()).isEqualTo(Cls.FINDINGS);
    assertThat(errors.err()).contains(broken + ":1:32: error CLS-JSON-WRONG-TYPE /id")
        .endsWith("\"" + out + "\" is not written: fix the errors above first.\n");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"24, CENTRE_VAL_DE_LOIRE", "FR-CVL, CENTRE_VAL_DE_LOIRE", "centre val de loire, CENTRE_VAL_DE_LOIRE",
      "Centre-Val de Loire, CENTRE_VAL_DE_LOIRE", "CENTRE_VAL_DE_LOIRE, CENTRE_VAL_DE_LOIRE", "ile de france, ILE_DE_FRANCE",
      "Provence-Alpes-Côte d’Azur, PROVENCE_ALPES_COTE_D_AZUR", "01, GUADELOUPE", "la reunion, LA_REUNION"})
  void a_region_is_given_by_its_code_its_iso_code_or_its_name(String text, Region region) {
    assertThat(Plans.region(text)).contains(region);
  }

  @Test
  void every_mistake_in_the_header_options_is_said_at_once() {
    Runs.Run run = cls("validate", "--lead-ars", "Atlantide", "--territory", " ", "--contract-id", "", PLAN.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err().lines().toList()).startsWith("cls: --contract-id expects an id, not \"\".",
        "cls: --lead-ars expects a region: \"Atlantide\" is not one. Give its INSEE code, its ISO code or its name: 01"
            + " Guadeloupe, 02 Martinique, 03 Guyane, 04 La Réunion, 06 Mayotte, 11 Île-de-France, 24 Centre-Val de Loire,"
            + " 27 Bourgogne-Franche-Comté, 28 Normandie, 32 Hauts-de-France, 44 Grand Est, 52 Pays de la Loire, 53"
            + " Bretagne, 75 Nouvelle-Aquitaine, 76 Occitanie, 84 Auvergne-Rhône-Alpes, 93 Provence-Alpes-Côte d’Azur,"
            + " 94 Corse.",
        "cls: --territory expects the territory's name, not \" \".");
  }

  @Test
  void the_command_prints_nothing_of_its_libraries_on_stderr(@TempDir Path directory) throws IOException {
    Path workbook = directory.resolve("chartres.xlsx");
    // Surefire puts the modules on a module path: the process gets every jar on its class path.
    String classpath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    for (List<String> command : List.of(
        List.of("export", Runs.CONTRACTS.resolve("chartres.json").toString(), "-o", workbook.toString()),
        List.of("validate", Runs.CONTRACTS.resolve("chartres.json").toString()))) {
      List<String> java = new java.util.ArrayList<>(List.of(Processes.java(), "-cp", classpath, Cls.class.getName()));
      java.addAll(command);
      Processes.Result result = Processes.run(java, Map.of());
      assertThat(result.err()).as("%s", command).isEmpty();
      assertThat(result.code()).as("%s", command).isZero();
    }
    assertThat(Files.readAllBytes(workbook)).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
  }
}
