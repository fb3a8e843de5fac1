package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CHARTRES_1_0;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.clsante.cli.Runs.Run;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code cls validate --format json} and its published JSON Schema ({@code cls schema
 * --validate-output}, draft 2020-12, which refers to the report's schema of {@code cls schema --report})
 * agree: real runs (directories with files not read, the standard input, an internal error, a lenient
 * run, missing files, the golden inputs) are valid in French and English, broken outputs are refused
 * where broken, and the schema's members are those the command writes. Checked with networknt's
 * validator, given both schemas by their {@code $id}.
 */
class ValidateOutputSchemaTest {

  static final Path PUBLISHED = Path.of("schema/" + Cls.Schema.VALIDATE_OUTPUT_RESOURCE);
  static final Path SOURCE = Path.of("src/main/resources/io/github/clsante/cli/" + Cls.Schema.VALIDATE_OUTPUT_RESOURCE);
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNode SCHEMA_TREE = MAPPER.readTree(Cls.Schema.validateOutput());
  static final String OUTPUT_ID = SCHEMA_TREE.get("$id").stringValue();
  static final String REPORT_ID = MAPPER.readTree(ValidationReport.schema()).get("$id").stringValue();

  /** Both schemas, found by their {@code $id}: nothing is fetched. */
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(OUTPUT_ID, Cls.Schema.validateOutput(), REPORT_ID, ValidationReport.schema()))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
  static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(OUTPUT_ID));

  /** A directory of contract files and of files not read, in a subdirectory too. */
  static Path directory;

  @BeforeAll
  static void makeDirectory(@TempDir Path temporary) throws IOException {
    directory = temporary;
    Files.copy(CONTRACTS.resolve("agglopolys.json"), directory.resolve("agglopolys.json"));
    Files.copy(CHARTRES_1_0, directory.resolve("chartres-1.0.json"));
    Files.writeString(directory.resolve("budget.xls"), "x");
    Files.writeString(directory.resolve("notes.txt"), "x");
    Files.createDirectories(directory.resolve("2024"));
    Files.copy(BROKEN.resolve("multiple/ten-independent-problems.json"), directory.resolve("2024/broken.json"));
    Files.writeString(directory.resolve("2024/tableau.CSV"), "x");
  }

  /** The schema errors, each as {@code POINTER KEYWORD}, or {@code POINTER KEYWORD MEMBER} where one is named. */
  static Set<String> errors(String json) {
    Set<String> errors = new TreeSet<>();
    for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
      String member = error.getProperty() == null ? "" : " " + error.getProperty();
      errors.add((error.getInstanceLocation() + " " + error.getKeyword() + member).trim());
    }
    return errors;
  }

  /** Runs {@code cls validate --format json} in a language, asserting its output valid. */
  static JsonNode validOutput(Cls command, byte[] stdin, String language, String... paths) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--lang", language));
    args.addAll(List.of(paths));

    Run run = cls(command, stdin, args.toArray(String[]::new));

    assertThat(errors(run.out())).as(run.out()).isEmpty();
    return MAPPER.readTree(run.out());
  }

  static JsonNode validOutput(String language, String... paths) {
    return validOutput(Runs.command(), new byte[0], language, paths);
  }

  /** Asserts each file's report is its report's own JSON form, {@code ValidationReport.toJson}, in that language. */
  static void assertReportsAreTheirJsonForm(JsonNode output, String language) {
    for (JsonNode file : output.get("files")) {
      ValidationReport report = ContractValidator.standard().validate(Path.of(file.get("file").stringValue()));
      assertThat(file.get("report")).as(file.get("file").stringValue())
          .isEqualTo(MAPPER.readTree(report.toJson(Locale.forLanguageTag(language))));
    }
  }

  static JsonNode definition(String name) {
    return SCHEMA_TREE.get("$defs").get(name);
  }

  static Set<String> names(JsonNode node) {
    return new TreeSet<>(node.propertyNames());
  }

  static Set<String> required(String definition) {
    Set<String> required = new TreeSet<>();
    definition(definition).get("required").forEach(name -> required.add(name.stringValue()));
    return required;
  }

  // ---------------------------------------------------------------------------------------------
  // The schema itself, its copies, and cls schema.

  @Test
  void the_schema_is_of_draft_2020_12_beside_the_others_and_refers_to_the_report_schema_by_its_id() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

    assertThat(meta.validate(Cls.Schema.validateOutput(), InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA_TREE.get("$schema").stringValue()).isEqualTo(DRAFT_2020_12);
    assertThat(OUTPUT_ID).isEqualTo(REPORT_ID.replace("report-" + ValidationReport.JSON_VERSION, "validate-output-1.0"))
        .isEqualTo("https://clsante.github.io/cls-sdk/schema/validate-output-1.0.schema.json");
    assertThat(SCHEMA_TREE.get("$ref").stringValue()).isEqualTo("#/$defs/Output");
    assertThat(definition("File").get("properties").get("report").get("$ref").stringValue()).isEqualTo(REPORT_ID);
  }

  @Test
  void the_published_file_the_jar_resource_and_its_source_are_the_same_schema() throws IOException {
    // The source under src/main/resources is the schema; -Dcls.regenerate=true copies it to schema/.
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.writeString(PUBLISHED, Files.readString(SOURCE, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("%s is a copy of %s: run with -Dcls.regenerate=true", PUBLISHED, SOURCE)
        .isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .isEqualTo(Cls.Schema.validateOutput());
  }

  @Test
  void cls_schema_prints_the_report_schema_and_the_output_schema_of_their_only_version() {
    for (List<String> args : List.of(List.of("schema", "--report"), List.of("schema", "--report", "1.0"),
        List.of("schema", "--lang", "fr", "1.0", "--report"))) {
      Run run = cls(args.toArray(String[]::new));

      assertThat(run.code()).as("%s", args).isEqualTo(Cls.OK);
      assertThat(run.err()).as("%s", args).isEmpty();
      assertThat(run.out()).as("%s", args).isEqualTo(ValidationReport.schema());
    }
    for (List<String> args : List.of(List.of("schema", "--validate-output"), List.of("schema", "--validate-output", "1.0"))) {
      Run run = cls(args.toArray(String[]::new));

      assertThat(run.code()).as("%s", args).isEqualTo(Cls.OK);
      assertThat(run.err()).as("%s", args).isEmpty();
      assertThat(run.out()).as("%s", args).isEqualTo(Cls.Schema.validateOutput());
    }
    assertThat(ValidationReport.schema()).contains("\"$id\": \"" + REPORT_ID + "\"");
  }

  @Test
  void the_help_of_cls_schema_says_which_schemas_it_prints_in_both_languages() {
    // Lines are wrapped where the words fall: compared with their spaces folded.
    String en = cls("schema", "--help", "--lang", "en").out().replaceAll("\\s+", " ");
    String fr = cls("schema", "--help", "--lang", "fr").out().replaceAll("\\s+", " ");

    assertThat(en).contains(" cls schema [-hV] [--debug] [--lang=LANG] [--report | --validate-output | --config] [VERSION] ")
        .contains(" --report Print the schema of a validation report in JSON: what cls validate --format json gives "
            + "for each file. ")
        .contains(" --validate-output Print the schema of the whole output of cls validate --format json: ")
        .contains(" --config Print the schema of the file of cls validate --config: ");
    assertThat(fr).contains(" cls schema [-hV] [--debug] [--lang=LANGUE] [--report | --validate-output | --config] [VERSION] ")
        .contains(Runs.fr(" --report Affiche le schéma d’un rapport de validation en JSON : ce que cls validate "
            + "--format json donne pour chaque fichier. "))
        .contains(" --validate-output Affiche le schéma de toute la sortie de cls validate --format json")
        .contains(Runs.fr(" --config Affiche le schéma du fichier de cls validate --config : "));
  }

  // ---------------------------------------------------------------------------------------------
  // One source of truth: the schema's members are those the command writes.

  @Test
  void the_members_of_the_schema_are_those_the_command_writes_each_always() {
    List<JsonNode> outputs = List.of(validOutput("en", directory.toString()), validOutput("fr", directory.toString()),
        validOutput("en", CONTRACTS.resolve("chartres.json").toString()));
    Set<String> reasons = new TreeSet<>();
    for (JsonNode output : outputs) {
      assertThat(names(output)).isEqualTo(names(definition("Output").get("properties"))).isEqualTo(required("Output"));
      assertThat(output.get("outputVersion").stringValue()).as("the version written is the schema's")
          .isEqualTo(definition("Output").get("properties").get("outputVersion").get("const").stringValue())
          .isEqualTo("1.0");
      assertThat(names(output.get("summary"))).isEqualTo(names(definition("Summary").get("properties")))
          .isEqualTo(required("Summary"));
      for (JsonNode file : output.get("files")) {
        assertThat(names(file)).isEqualTo(names(definition("File").get("properties"))).isEqualTo(required("File"));
      }
      for (JsonNode skipped : output.get("skipped")) {
        assertThat(names(skipped)).isEqualTo(names(definition("Skipped").get("properties"))).isEqualTo(required("Skipped"));
        reasons.add(skipped.get("reason").stringValue());
      }
    }
    Set<String> inSchema = new TreeSet<>();
    definition("Skipped").get("properties").get("reason").get("enum").forEach(reason -> inSchema.add(reason.stringValue()));

    assertThat(reasons).as("every reason a file is not read, and only those").isEqualTo(inSchema);
    assertThat(outputs.get(2).get("skipped")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Real runs are valid.

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void a_directory_with_files_not_read_is_valid_and_each_report_is_its_json_form(String language) {
    JsonNode output = validOutput(language, directory.toString());

    assertThat(output.get("files")).extracting(file -> directory.relativize(Path.of(file.get("file").stringValue())).toString())
        .containsExactly("2024/broken.json", "agglopolys.json", "chartres-1.0.json");
    assertThat(output.get("skipped")).extracting(file -> directory.relativize(Path.of(file.get("file").stringValue()))
        + " " + file.get("reason").stringValue())
        .containsExactly("2024/tableau.CSV spreadsheet", "budget.xls spreadsheet", "notes.txt not-json");
    assertThat(output.get("skipped").get(2).get("message").stringValue()).isEqualTo(language.equals("fr")
        ? Runs.fr("Non lu : ce n’est pas un fichier de contrat (.json).") : "Not read: not a contract file (.json).");
    assertThat(output.get("summary").get("files").intValue()).isEqualTo(3);
    assertThat(output.get("summary").get("skipped").intValue()).isEqualTo(3);
    assertReportsAreTheirJsonForm(output, language);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void the_golden_inputs_are_valid_and_each_report_is_its_json_form(String language) {
    JsonNode output = validOutput(language, GoldenFilesTest.INPUTS.toArray(String[]::new));

    assertThat(output.get("files").size()).isGreaterThan(10);
    assertReportsAreTheirJsonForm(output, language);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void the_standard_input_is_valid(String language) throws IOException {
    JsonNode output = validOutput(Runs.command(), Files.readAllBytes(CHARTRES_1_0), language, "-");

    assertThat(output.get("files")).singleElement().satisfies(file -> {
      assertThat(file.get("file").stringValue()).isEqualTo("<stdin>");
      assertThat(file.get("report").get("digest").stringValue()).startsWith("sha256:");
      assertThat(file.get("report").get("findings").get(0).has("line")).isTrue();
    });
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void an_internal_error_is_valid(String language) {
    Cls command = Runs.command();
    command.fileValidation = (validator, file) -> {
      throw new IllegalStateException("a bug in a rule");
    };

    JsonNode output = validOutput(command, new byte[0], language, CHARTRES_1_0.toString());

    JsonNode report = output.get("files").get(0).get("report");
    assertThat(report.has("digest")).isFalse();
    assertThat(report.get("valid").booleanValue()).isFalse();
    assertThat(report.get("findings")).singleElement().satisfies(finding -> {
      assertThat(finding.get("code").stringValue()).isEqualTo(ValidationReport.INTERNAL_ERROR);
      assertThat(finding.get("params").get("exception").stringValue()).isEqualTo("java.lang.IllegalStateException");
      assertThat(finding.has("line")).isFalse();
      assertThat(finding.has("place")).isFalse();
    });
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void a_lenient_run_is_valid(String language, @TempDir Path temporary) throws IOException {
    Path file = temporary.resolve("extra.json");
    Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{},\"colour\":\"blue\"}");

    JsonNode output = validOutput(Runs.command(), new byte[0], language, "--lenient", file.toString());

    JsonNode report = output.get("files").get(0).get("report");
    assertThat(report.get("valid").booleanValue()).isTrue();
    assertThat(report.get("digest").stringValue()).startsWith("sha256:");
    assertThat(report.get("findings").get(0).get("code").stringValue()).isEqualTo("CLS-JSON-UNKNOWN-MEMBER");
    assertThat(report.get("findings").get(0).get("severity").stringValue()).isEqualTo("warning");
  }

  @Test
  void a_missing_file_and_a_spreadsheet_named_are_valid_as_a_report_and_a_file_not_read(@TempDir Path temporary)
      throws IOException {
    Path spreadsheet = temporary.resolve("budget.xls");
    Files.writeString(spreadsheet, "x");
    Path output = temporary.resolve("report.json");

    Run run = cls("validate", "--format", "json", "--lang", "fr", "-o", output.toString(),
        temporary.resolve("absent.json").toString(), spreadsheet.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    String json = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(errors(json)).as(json).isEmpty();
    JsonNode tree = MAPPER.readTree(json);
    assertThat(tree.get("files").get(0).get("report").get("findings").get(0).get("code").stringValue())
        .isEqualTo("CLS-JSON-IO-ERROR");
    assertThat(tree.get("skipped").get(0).get("reason").stringValue()).isEqualTo("spreadsheet");
  }

  // ---------------------------------------------------------------------------------------------
  // Broken outputs are refused, where they are broken, the reports inside included.

  static Arguments mutant(String name, Consumer<ObjectNode> change, String... errors) {
    return Arguments.of(name, change, new LinkedHashSet<>(List.of(errors)));
  }

  static ObjectNode at(ObjectNode output, String list, int index) {
    return (ObjectNode) output.get(list).get(index);
  }

  static Stream<Arguments> mutants() {
    List<Arguments> mutants = new ArrayList<>();
    for (String member : List.of("files", "outputVersion", "skipped", "summary")) {
      mutants.add(mutant("without " + member, o -> o.remove(member), "required " + member));
    }
    for (String member : List.of("error", "files", "info", "skipped", "warning")) {
      mutants.add(mutant("a summary without " + member, o -> ((ObjectNode) o.get("summary")).remove(member),
          "/summary required " + member));
    }
    for (String member : List.of("file", "report")) {
      mutants.add(mutant("a file without " + member, o -> at(o, "files", 1).remove(member), "/files/1 required " + member));
    }
    for (String member : List.of("file", "message", "reason")) {
      mutants.add(mutant("a file not read without " + member, o -> at(o, "skipped", 2).remove(member),
          "/skipped/2 required " + member));
    }
    mutants.addAll(List.of(
        mutant("an extra member", o -> o.put("language", "fr"), "additionalProperties language"),
        mutant("another version of the output", o -> o.put("outputVersion", "2.0"), "/outputVersion const"),
        mutant("an extra member in a file", o -> at(o, "files", 0).put("digest", "sha256:…"),
            "/files/0 additionalProperties digest"),
        mutant("an extra member in a file not read", o -> at(o, "skipped", 0).put("size", 1),
            "/skipped/0 additionalProperties size"),
        mutant("an extra member in the summary", o -> ((ObjectNode) o.get("summary")).put("valid", false),
            "/summary additionalProperties valid"),
        mutant("a file as a number", o -> at(o, "files", 0).put("file", 1), "/files/0/file type"),
        mutant("an empty file name", o -> at(o, "skipped", 0).put("file", ""), "/skipped/0/file minLength"),
        mutant("files as an object", o -> o.set("files", MAPPER.createObjectNode()), "/files type"),
        mutant("a count as a text", o -> ((ObjectNode) o.get("summary")).put("files", "3"), "/summary/files type"),
        mutant("a negative count", o -> ((ObjectNode) o.get("summary")).put("skipped", -1), "/summary/skipped minimum"),
        mutant("an unknown reason", o -> at(o, "skipped", 2).put("reason", "binary"), "/skipped/2/reason enum"),
        mutant("a reason in French", o -> at(o, "skipped", 0).put("reason", "tableur"), "/skipped/0/reason enum"),
        // Through the report's schema, found by its $id:
        mutant("a report of an unknown severity", o -> ((ObjectNode) at(o, "files", 1).get("report").get("findings").get(0))
            .put("severity", "fatal"), "/files/1/report/findings/0/severity enum"),
        mutant("a report without its version", o -> ((ObjectNode) at(o, "files", 1).get("report")).remove("reportVersion"),
            "/files/1/report required reportVersion"),
        mutant("a report as a text", o -> at(o, "files", 2).put("report", "{}"), "/files/2/report type"),
        mutant("a report with an extra member", o -> ((ObjectNode) at(o, "files", 0).get("report")).put("file", "x"),
            "/files/0/report additionalProperties file"),
        mutant("a report with a finding that is not one", o -> ((ArrayNode) at(o, "files", 1).get("report")
            .get("findings")).removeAll().add(1), "/files/1/report/findings/0 type")));
    return mutants.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void an_output_broken_in_one_place_is_refused_there(String name, Consumer<ObjectNode> change, Set<String> expected) {
    ObjectNode output = (ObjectNode) validOutput("en", directory.toString());

    change.accept(output);

    assertThat(errors(MAPPER.writeValueAsString(output))).containsExactlyInAnyOrderElementsOf(expected);
  }
}
