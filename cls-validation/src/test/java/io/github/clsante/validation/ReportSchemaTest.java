package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.testing.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report's JSON form ({@link ValidationReport#toJson(Locale)}) and its published JSON Schema
 * ({@link ValidationReport#schema()}, draft 2020-12) agree: every report this SDK writes, of the seeds,
 * the rule fixtures and the reader's corpus, in French and English, is valid; reports broken in one
 * place are refused there; the schema's members, severities and versions are those the code writes and
 * RULES.md documents. Checked with networknt's validator.
 */
class ReportSchemaTest {

  static final Path PUBLISHED = Path.of("schema/" + ValidationReport.SCHEMA_RESOURCE);
  static final Path SOURCE = Path.of("src/main/resources/io/github/clsante/validation/" + ValidationReport.SCHEMA_RESOURCE);
  static final Path READER_CORPUS = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization");
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
  static final Schema SCHEMA = REGISTRY.getSchema(ValidationReport.schema(), InputFormat.JSON);
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNode SCHEMA_TREE = MAPPER.readTree(ValidationReport.schema());

  /** A report written by the SDK, and what it was written from. */
  record Output(String name, ValidationReport report, Locale locale, String json) {
    @Override
    public String toString() {
      return name + " (" + locale.getLanguage() + ")";
    }
  }

  /** The reports of every input this test knows, in both languages, written once. */
  static final class Outputs {
    static final List<Output> ALL = all();

    private static List<Output> all() {
      List<Output> outputs = new ArrayList<>();
      ContractValidator validator = ContractValidator.standard();
      List<Path> files = new ArrayList<>();
      files.addAll(jsonFiles(RuleFixturesTest.RULES));
      files.addAll(jsonFiles(READER_CORPUS.resolve("valid")));
      files.addAll(jsonFiles(READER_CORPUS.resolve("invalid")));
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        for (String seed : Seeds.NAMES) {
          ValidationReport read = validator.validate(Seeds.json(seed));
          outputs.add(new Output("seed " + seed + " read", read, locale, read.toJson(locale)));
          ValidationReport inMemory = validator.validate(Seeds.contract(seed));
          outputs.add(new Output("seed " + seed + " in memory", inMemory, locale, inMemory.toJson(locale)));
        }
        for (Path file : files) {
          ValidationReport report = validator.validate(file);
          outputs.add(new Output(file.toString(), report, locale, report.toJson(locale)));
        }
        // A contract read from a spreadsheet: every finding in a cell.
        ValidationReport inCells = validator.validate(Contracts.anythingGoes().sample(3), Report.of(List.of()),
            finding -> finding.withCell(CellLocation.of("Fichier d'import", 5, 28)));
        outputs.add(new Output("spreadsheet", inCells, locale, inCells.toJson(locale)));
        ValidationReport failed = ValidationReport.internalError(new IllegalStateException("a bug"));
        outputs.add(new Output("internal error", failed, locale, failed.toJson(locale)));
        ValidationReport missing = validator.validate(Path.of("no/such/file.json"));
        outputs.add(new Output("missing file", missing, locale, missing.toJson(locale)));
      }
      return List.copyOf(outputs);
    }

    private static List<Path> jsonFiles(Path root) {
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static Stream<Output> outputs() {
    return Outputs.ALL.stream();
  }

  /**
   * The schema errors, each as {@code POINTER KEYWORD}, or {@code POINTER KEYWORD MEMBER} where the
   * validator names a member (the one missing, extra, or that requires another).
   */
  static Set<String> errors(String json) {
    Set<String> errors = new TreeSet<>();
    for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
      errors.add((error.getInstanceLocation() + " " + error.getKeyword()
          + (error.getProperty() == null ? "" : " " + error.getProperty())).trim());
    }
    return errors;
  }

  static JsonNode definition(String name) {
    return SCHEMA_TREE.get("$defs").get(name);
  }

  static Set<String> names(JsonNode node) {
    return new TreeSet<>(node.propertyNames());
  }

  static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.stringValue()));
    return strings;
  }

  // ---------------------------------------------------------------------------------------------
  // The schema itself, and its copies.

  @Test
  void the_schema_is_of_draft_2020_12_rooted_at_the_report_and_beside_the_contract_schemas() {
    String contractId = MAPPER.readTree(ContractJson.schema()).get("$id").stringValue();

    assertThat(SCHEMA_TREE.get("$schema").stringValue()).isEqualTo(DRAFT_2020_12);
    assertThat(SCHEMA_TREE.get("$id").stringValue())
        .isEqualTo(contractId.substring(0, contractId.lastIndexOf('/') + 1) + "report-1.0.schema.json")
        .isEqualTo("https://clsante.github.io/cls-sdk/schema/report-1.0.schema.json");
    assertThat(SCHEMA_TREE.get("$ref").stringValue()).isEqualTo("#/$defs/Report");
    assertThat(names(SCHEMA_TREE.get("$defs"))).containsExactly("Finding", "Report", "Severity", "Summary");
    assertThat(ValidationReport.schema()).endsWith("}\n");
  }

  @Test
  void the_schema_is_valid_against_the_draft_2020_12_meta_schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

    assertThat(meta.validate(ValidationReport.schema(), InputFormat.JSON)).isEmpty();
    // The meta-schema does check: a broken schema is refused.
    assertThat(meta.validate(ValidationReport.schema().replace("\"minimum\": 1,", "\"minimum\": \"1\","),
        InputFormat.JSON)).isNotEmpty();
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
        .isEqualTo(ValidationReport.schema());
    assertThat(ValidationReport.class.getResource(ValidationReport.SCHEMA_RESOURCE)).as("in the classes").isNotNull();
  }

  // ---------------------------------------------------------------------------------------------
  // One source of truth: the schema says what the code writes and RULES.md documents.

  @Test
  void the_severities_the_summary_and_the_version_of_the_schema_are_those_of_the_code() {
    List<String> severities = Arrays.stream(Severity.values()).map(Severity::code).collect(Collectors.toList());

    assertThat(strings(definition("Severity").get("enum"))).containsExactlyElementsOf(severities);
    assertThat(names(definition("Summary").get("properties"))).containsExactlyInAnyOrderElementsOf(severities);
    assertThat(strings(definition("Summary").get("required"))).containsExactlyInAnyOrderElementsOf(severities);
    assertThat(definition("Report").get("properties").get("reportVersion").get("const").stringValue())
        .isEqualTo(ValidationReport.JSON_VERSION);
    assertThat(ValidationReport.SCHEMA_RESOURCE).isEqualTo("report-" + ValidationReport.JSON_VERSION + ".schema.json");
    // Every severity occurs in the reports checked, so each is known to pass the schema.
    assertThat(Outputs.ALL.stream().flatMap(o -> o.report().findings().stream()).map(f -> f.severity().code())
        .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(severities);
  }

  @Test
  void the_members_of_the_schema_are_those_the_reports_write_the_required_ones_those_always_written() {
    Set<String> reportMembers = new TreeSet<>();
    Set<String> alwaysInReports = null;
    Set<String> findingMembers = new TreeSet<>();
    Set<String> alwaysInFindings = null;
    for (Output output : Outputs.ALL) {
      JsonNode report = MAPPER.readTree(output.json());
      reportMembers.addAll(names(report));
      alwaysInReports = intersect(alwaysInReports, names(report));
      for (JsonNode finding : report.get("findings")) {
        findingMembers.addAll(names(finding));
        alwaysInFindings = intersect(alwaysInFindings, names(finding));
      }
    }

    assertThat(names(definition("Report").get("properties"))).isEqualTo(reportMembers);
    assertThat(new TreeSet<>(strings(definition("Report").get("required")))).isEqualTo(alwaysInReports);
    assertThat(names(definition("Finding").get("properties"))).isEqualTo(findingMembers);
    assertThat(new TreeSet<>(strings(definition("Finding").get("required")))).isEqualTo(alwaysInFindings);
    // The optional members are the documented ones: the schema requires all the others.
    assertThat(reportMembers).contains("digest");
    assertThat(findingMembers).containsAll(List.of("cell", "column", "line", "place"));
    assertThat(alwaysInReports).doesNotContain("digest");
    assertThat(alwaysInFindings).doesNotContain("cell", "column", "line", "place");
  }

  private static Set<String> intersect(Set<String> so, Set<String> far) {
    if (so == null) {
      return new TreeSet<>(far);
    }
    so.retainAll(far);
    return so;
  }

  @Test
  void rules_md_documents_the_members_of_the_schema() throws IOException {
    String rules = Files.readString(RulesCatalogueTest.RULES, StandardCharsets.UTF_8);
    String section = rules.substring(rules.indexOf("## The report's JSON form"));
    Set<String> documented = new TreeSet<>();
    String summaryRow = null;
    for (String row : section.split("\n", -1)) {
      if (row.startsWith("| `")) {
        String member = row.substring(1, row.indexOf('|', 1));
        Matcher names = Pattern.compile("`([^`]+)`").matcher(member);
        while (names.find()) {
          documented.add(names.group(1));
        }
        summaryRow = row.startsWith("| `summary` ") ? row : summaryRow;
      }
    }
    Set<String> inSchema = new TreeSet<>(names(definition("Report").get("properties")));
    names(definition("Finding").get("properties")).forEach(name -> inSchema.add("findings[]." + name));

    assertThat(documented).isEqualTo(inSchema);
    assertThat(summaryRow).as("the summary's row names its members")
        .contains(names(definition("Summary").get("properties")).stream().map(name -> "`" + name + "`")
            .collect(Collectors.joining(", ")) + ":");
    assertThat(section).as("RULES.md says where the schema is")
        .contains("schema/" + ValidationReport.SCHEMA_RESOURCE).contains("ValidationReport.schema()")
        .contains("cls schema --report");
  }

  // ---------------------------------------------------------------------------------------------
  // Real reports are valid.

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void every_report_the_sdk_writes_is_valid(Output output) {
    assertThat(errors(output.json())).as(output.json()).isEmpty();
    JsonNode json = MAPPER.readTree(output.json());
    assertThat(json.has("digest")).isEqualTo(output.report().digest().isPresent());
    assertThat(json.get("language").stringValue()).isEqualTo(output.locale().getLanguage());
  }

  @Test
  void the_reports_checked_hold_every_form_a_report_and_a_finding_can_take() {
    List<Output> all = Outputs.ALL;
    List<JsonNode> findings = new ArrayList<>();
    all.forEach(output -> MAPPER.readTree(output.json()).get("findings").forEach(findings::add));

    assertThat(all).as("a file with reading errors: no digest").anySatisfy(output -> {
      assertThat(output.report().findings()).anyMatch(f -> f.code().startsWith("CLS-JSON-") && f.severity() == Severity.ERROR);
      assertThat(output.json()).doesNotContain("\"digest\"");
    });
    assertThat(all).as("valid, with a digest").anySatisfy(output -> {
      assertThat(output.report().isValid()).isTrue();
      assertThat(output.json()).contains("\"digest\": \"sha256:");
    });
    assertThat(all).as("no finding at all").anyMatch(output -> output.report().findings().isEmpty());
    assertThat(findings).as("with a place").anyMatch(f -> f.has("place"));
    assertThat(findings).as("on the whole document, without a place").anyMatch(f -> !f.has("place") && f.get("pointer").stringValue().isEmpty());
    assertThat(findings).as("located").anyMatch(f -> f.has("line"));
    assertThat(findings).as("not located").anyMatch(f -> !f.has("line"));
    assertThat(findings).as("with parameters").anyMatch(f -> !f.get("params").isEmpty());
    assertThat(findings).as("French and English messages").anyMatch(f -> f.get("message").stringValue().contains("’"))
        .anyMatch(f -> f.get("message").stringValue().startsWith("The "));
  }

  @Test
  void a_finding_of_a_file_is_located_but_when_the_file_could_not_be_read_or_validated_as_the_schema_says() {
    String description = definition("Finding").get("properties").get("line").get("description").stringValue();
    Set<String> unlocated = new TreeSet<>();
    for (Output output : Outputs.ALL) {
      for (JsonNode finding : MAPPER.readTree(output.json()).get("findings")) {
        if (!finding.has("line")) {
          unlocated.add(output.name().endsWith(" in memory") ? "in memory"
              : output.name().equals("spreadsheet") ? "spreadsheet" : finding.get("code").stringValue());
        }
      }
    }

    assertThat(unlocated).containsExactly("CLS-INTERNAL-ERROR", "CLS-JSON-IO-ERROR", "in memory", "spreadsheet");
    assertThat(description).contains("in memory").contains("spreadsheet").contains("CLS-JSON-IO-ERROR").contains("CLS-INTERNAL-ERROR");
  }

  // ---------------------------------------------------------------------------------------------
  // Broken reports are refused, where they are broken.

  /**
   * A real report to break: Chartres as format 1.0 could say it (see ValidationReportTest), read from its
   * text: an error on the whole document with a parameter, and a located warning with a place.
   */
  static String chartres() {
    Contract chartres = Contract.copyOf(Seeds.contract("chartres")).withSignatoriesComplete(Optional.empty())
        .withActionSheetsComplete(Optional.empty());
    return ContractValidator.standard().validate(ContractJson.toCanonicalBytes(chartres)).toJson(Locale.FRENCH);
  }

  static Arguments mutant(String name, Consumer<ObjectNode> change, String... errors) {
    return Arguments.of(name, change, new LinkedHashSet<>(List.of(errors)));
  }

  static ObjectNode finding(ObjectNode report, int index) {
    return (ObjectNode) report.get("findings").get(index);
  }

  static ObjectNode summary(ObjectNode report) {
    return (ObjectNode) report.get("summary");
  }

  static Stream<Arguments> mutants() {
    List<Arguments> mutants = new ArrayList<>();
    for (String member : List.of("findings", "formatVersion", "language", "reportVersion", "sdkVersion", "summary", "valid")) {
      mutants.add(mutant("without " + member, r -> r.remove(member), " required " + member));
    }
    for (String member : List.of("code", "message", "params", "pointer", "severity")) {
      mutants.add(mutant("a finding without " + member, r -> finding(r, 1).remove(member), "/findings/1 required " + member));
    }
    for (String member : List.of("error", "info", "warning")) {
      mutants.add(mutant("a summary without " + member, r -> summary(r).remove(member), "/summary required " + member));
    }
    mutants.addAll(List.of(
        mutant("valid as a text", r -> r.put("valid", "false"), "/valid type"),
        mutant("findings as an object", r -> r.set("findings", MAPPER.createObjectNode()), "/findings type"),
        mutant("a count as a text", r -> summary(r).put("warning", "1"), "/summary/warning type"),
        mutant("a line as a text", r -> finding(r, 1).put("line", "1"), "/findings/1/line type"),
        mutant("a column as a decimal", r -> finding(r, 1).put("column", 30.5), "/findings/1/column type"),
        mutant("a parameter as a number", r -> ((ObjectNode) finding(r, 0).get("params")).put("missing", 2),
            "/findings/0/params/missing type"),
        mutant("a code as a number", r -> finding(r, 1).put("code", 12), "/findings/1/code type"),
        mutant("a pointer as null", r -> finding(r, 1).putNull("pointer"), "/findings/1/pointer type"),
        mutant("an unknown severity", r -> finding(r, 1).put("severity", "fatal"), "/findings/1/severity enum"),
        mutant("a severity in capitals", r -> finding(r, 1).put("severity", "WARNING"), "/findings/1/severity enum"),
        mutant("a severity in French", r -> finding(r, 1).put("severity", "avertissement"), "/findings/1/severity enum"),
        mutant("an extra member", r -> r.put("contract", "cls-chartres"), " additionalProperties contract"),
        mutant("an extra member in a finding", r -> finding(r, 1).put("hint", "…"), "/findings/1 additionalProperties hint"),
        mutant("an extra member in the summary", r -> summary(r).put("fatal", 0), "/summary additionalProperties fatal"),
        // networknt names the member present, which requires the other.
        mutant("a line without its column", r -> finding(r, 1).remove("column"), "/findings/1 dependentRequired line"),
        mutant("a column without its line", r -> finding(r, 1).remove("line"), "/findings/1 dependentRequired column"),
        mutant("line 0", r -> finding(r, 1).put("line", 0), "/findings/1/line minimum"),
        mutant("an empty place", r -> finding(r, 1).put("place", ""), "/findings/1/place minLength"),
        mutant("a digest in capitals", r -> r.put("digest", r.get("digest").stringValue().toUpperCase(Locale.ROOT)),
            "/digest pattern"),
        mutant("a digest without its algorithm", r -> r.put("digest", r.get("digest").stringValue().substring(7)),
            "/digest pattern"),
        mutant("a pointer without its first slash", r -> finding(r, 1).put("pointer", "announcedActionSheetCount"),
            "/findings/1/pointer pattern"),
        mutant("a pointer with a bad escape", r -> finding(r, 1).put("pointer", "/extensions/a~2b"),
            "/findings/1/pointer pattern"),
        mutant("another report version", r -> r.put("reportVersion", "1.1"), "/reportVersion const"),
        mutant("another language", r -> r.put("language", "de"), "/language enum"),
        mutant("a format version that is not one", r -> r.put("formatVersion", "v1"), "/formatVersion pattern"),
        mutant("an empty SDK version", r -> r.put("sdkVersion", ""), "/sdkVersion minLength"),
        mutant("a negative count", r -> summary(r).put("info", -1), "/summary/info minimum"),
        // valid is true exactly when no finding is an error.
        mutant("valid with an error", r -> r.put("valid", true), "/findings/0/severity not", "/summary/error const"),
        mutant("not valid without an error", r -> {
          ((ArrayNode) r.get("findings")).remove(0);
          summary(r).put("error", 0);
        }, "/findings minContains", "/summary/error minimum"))); // networknt says a failed contains so
    return mutants.stream();
  }

  static Arguments harmless(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change);
  }

  static Stream<Arguments> harmlessChanges() {
    return Stream.of(
        harmless("a pointer with escapes", r -> finding(r, 1).put("pointer", "/extensions/fr.tet~1a~0b")),
        harmless("a pointer past the end of a list", r -> finding(r, 1).put("pointer", "/axes/-")),
        harmless("a pointer to a member named in Unicode", r -> finding(r, 1).put("pointer", "/extensions/santé mentale")),
        harmless("a code of a rule the application added", r -> finding(r, 1).put("code", "ARS-OCC-BUDGET")),
        harmless("a finding without a place", r -> finding(r, 1).remove("place")),
        harmless("a finding without location", r -> finding(r, 1).remove(List.of("line", "column"))),
        harmless("a report without digest", r -> r.remove("digest")),
        harmless("a newer format version", r -> r.put("formatVersion", "1.12")),
        harmless("an SDK that does not know its version", r -> r.put("sdkVersion", "unknown")),
        harmless("members in another order", r -> {
          JsonNode findings = r.remove("findings");
          r.set("findings", findings);
        }),
        harmless("a valid report without any finding", r -> {
          ((ArrayNode) r.get("findings")).removeAll();
          summary(r).put("error", 0).put("warning", 0);
          r.put("valid", true);
        }),
        harmless("a valid report with only warnings and infos", r -> {
          ((ArrayNode) r.get("findings")).remove(0);
          finding(r, 0).put("severity", "info");
          summary(r).put("error", 0);
          r.put("valid", true);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("harmlessChanges")
  void a_report_changed_within_the_form_is_accepted(String name, Consumer<ObjectNode> change) {
    ObjectNode report = (ObjectNode) MAPPER.readTree(chartres());

    change.accept(report);

    assertThat(errors(MAPPER.writeValueAsString(report))).as(MAPPER.writeValueAsString(report)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void a_report_broken_in_one_place_is_refused_there(String name, Consumer<ObjectNode> change, Set<String> expected) {
    ObjectNode report = (ObjectNode) MAPPER.readTree(chartres());
    assertThat(errors(MAPPER.writeValueAsString(report))).as("the report before the change").isEmpty();

    change.accept(report);

    assertThat(errors(MAPPER.writeValueAsString(report))).containsExactlyInAnyOrderElementsOf(
        expected.stream().map(String::trim).collect(Collectors.toList()));
  }
}
