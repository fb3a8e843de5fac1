package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CHARTRES_1_0;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clsante.cli.Runs.Run;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF 2.1.0 fit for code-scanning dashboards, on files named in every way. */
class SarifTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Inputs inside the module's directory, to be named by a relative path without {@code ..}. */
  static final Path INPUTS = Path.of("target/sarif-inputs");

  static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
      .getSchema(readSarifSchema(), InputFormat.JSON);

  @BeforeAll
  static void copyInputs() throws IOException {
    Files.createDirectories(INPUTS);
    Files.copy(CHARTRES_1_0, INPUTS.resolve("chartres.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(BROKEN.resolve("multiple/ten-independent-problems.json"), INPUTS.resolve("broken.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The SARIF 2.1.0 schema, a test resource (with its OASIS licence terms beside it). */
  static String readSarifSchema() {
    try (InputStream in = SarifTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("test resource sarif/sarif-schema-2.1.0.json").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode sarif(String... args) {
    List<String> all = new ArrayList<>(List.of("validate", "--format", "sarif"));
    all.addAll(List.of(args));
    Run run = cls(all.toArray(String[]::new));
    assertThat(SARIF.validate(run.out(), InputFormat.JSON)).as("SARIF 2.1.0 schema").isEmpty();
    return MAPPER.readTree(run.out());
  }

  static JsonNode run(JsonNode sarif) {
    return sarif.get("runs").get(0);
  }

  /** The artifact locations of the results. */
  static List<JsonNode> artifacts(JsonNode sarif) {
    List<JsonNode> artifacts = new ArrayList<>();
    for (JsonNode result : run(sarif).get("results")) {
      artifacts.add(result.get("locations").get(0).get("physicalLocation").get("artifactLocation"));
    }
    return artifacts;
  }

  static String baseUri(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  @Test
  void a_directory_named_relatively_absolutely_or_through_dotdot_gives_the_same_relative_uris() {
    String absolute = INPUTS.toAbsolutePath().toString();

    JsonNode relative = sarif("--lang", "fr", INPUTS.toString());
    JsonNode dotted = sarif("--lang", "fr", "./target/../target/sarif-inputs");
    JsonNode fromRoot = sarif("--lang", "fr", absolute);

    for (JsonNode sarif : List.of(relative, dotted, fromRoot)) {
      assertThat(run(sarif).get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
          .isEqualTo(baseUri(Path.of("")));
      List<String> uris = new ArrayList<>();
      for (JsonNode artifact : artifacts(sarif)) {
        assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        uris.add(artifact.get("uri").asString());
      }
      assertThat(new LinkedHashSet<>(uris))
          .containsExactly("target/sarif-inputs/broken.json", "target/sarif-inputs/chartres.json");
    }
    assertThat(artifacts(dotted)).isEqualTo(artifacts(relative));
    assertThat(artifacts(fromRoot)).isEqualTo(artifacts(relative));
  }

  @Test
  void the_base_directory_can_be_the_repository_root_for_paths_with_dotdot() {
    Path repository = Path.of("..");

    JsonNode dotdot = sarif("--lang", "en", "--base-dir", "..", "../cls-examples/src/main/resources/contracts");
    JsonNode absolute = sarif("--lang", "en", "--base-dir", repository.toAbsolutePath().toString(),
        CONTRACTS.toAbsolutePath().toString());

    assertThat(run(dotdot).get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
        .isEqualTo(baseUri(repository)).endsWith("/").doesNotContain("..");
    assertThat(artifacts(dotdot)).isEqualTo(artifacts(absolute));
    assertThat(artifacts(dotdot).get(0).get("uri").asString())
        .isEqualTo("cls-examples/src/main/resources/contracts/agglopolys.json");
  }

  @Test
  void a_file_outside_the_base_gets_an_absolute_percent_encoded_file_uri(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("contrat été #1 [v2].json");
    Files.copy(CHARTRES_1_0, file);

    JsonNode sarif = sarif("--lang", "en", file.toString());

    JsonNode artifact = artifacts(sarif).get(0);
    assertThat(artifact.has("uriBaseId")).isFalse();
    assertThat(artifact.get("uri").asString()).startsWith("file:///")
        .endsWith("/contrat%20%C3%A9t%C3%A9%20%231%20%5Bv2%5D.json")
        .isEqualTo(Sarif.fileUri(file));
    assertThat(Path.of(java.net.URI.create(artifact.get("uri").asString()))).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void the_schema_check_does_catch_what_is_not_sarif() {
    Run run = cls("validate", "--format", "sarif", CHARTRES_1_0.toString());
    String wrong = run.out().replace("\"uriBaseId\": \"%SRCROOT%\"", "\"uriBaseId\": 7")
        .replace("\"version\": \"2.1.0\"", "\"version\": \"9\"");

    assertThat(SARIF.validate(wrong, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void uris_are_percent_encoded_segment_by_segment() {
    assertThat(Sarif.encode("a b/é?#%:")).isEqualTo("a%20b%2F%C3%A9%3F%23%25%3A");
    assertThat(Sarif.encode("A-z_0.9~")).isEqualTo("A-z_0.9~");
    assertThat(Sarif.fileUri(Path.of("/"))).isEqualTo("file:///");
    assertThat(new Sarif.Base(Path.of("/")).uri()).isEqualTo("file:///");
    assertThat(Sarif.fileUri(Path.of("/srv/cls contrats/x.json"))).isEqualTo("file:///srv/cls%20contrats/x.json");
  }

  @Test
  void fingerprints_are_stable_across_runs_and_lines_and_differ_between_findings(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("chartres.json");
    Files.copy(CHARTRES_1_0, file);
    String[] args = {"--lang", "en", "--base-dir", directory.toString(), file.toString()};

    List<String> first = fingerprints(sarif(args));
    List<String> again = fingerprints(sarif(args));
    Files.writeString(file, "\n\n\n" + Files.readString(file)); // every finding three lines lower
    List<String> moved = fingerprints(sarif(args));
    JsonNode regions = run(sarif(args)).get("results").get(0).get("locations").get(0).get("physicalLocation");

    assertThat(first).hasSize(2).doesNotHaveDuplicates();
    assertThat(again).isEqualTo(first);
    assertThat(moved).isEqualTo(first);
    assertThat(regions.get("region").get("startLine").asInt()).isEqualTo(4);
    assertThat(Sarif.fingerprint("CLS-X", "/a", "f.json", 1)).isNotEqualTo(Sarif.fingerprint("CLS-X", "/a", "g.json", 1))
        .isNotEqualTo(Sarif.fingerprint("CLS-X", "/a", "f.json", 2)).hasSize(32);
  }

  static List<String> fingerprints(JsonNode sarif) {
    List<String> fingerprints = new ArrayList<>();
    for (JsonNode result : run(sarif).get("results")) {
      fingerprints.add(result.get("partialFingerprints").get(Sarif.FINGERPRINT).asString());
    }
    return fingerprints;
  }

  @Test
  void the_tool_and_its_rules_are_described_without_placeholders() {
    JsonNode sarif = sarif("--lang", "fr", CONTRACTS.toString(), BROKEN.resolve("multiple").toString());

    JsonNode driver = run(sarif).get("tool").get("driver");
    assertThat(driver.get("informationUri").asString()).isEqualTo("https://github.com/clsante/cls-sdk");
    assertThat(driver.get("semanticVersion").asString()).isEqualTo(ValidationReport.sdkVersion());
    assertThat(run(sarif).get("language").asString()).isEqualTo("fr");
    assertThat(run(sarif).get("columnKind").asString()).isEqualTo("utf16CodeUnits");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      String id = rule.get("id").asString();
      ids.add(id);
      assertThat(rule.get("shortDescription").get("text").asString()).as(id).doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}|\\[\\[").isNotBlank();
      assertThat(rule.get("name").asString()).as(id).matches("[A-Z][A-Za-z0-9]+");
      assertThat(rule.get("helpUri").asString()).as(id).isEqualTo(Catalogue.helpUri(id));
    }
    assertThat(ids).contains("CLS-CONTRACT-NO-SHEETS", "CLS-JSON-WRONG-TYPE").doesNotHaveDuplicates();
    JsonNode result = run(sarif).get("results").get(0);
    assertThat(driver.get("rules").get(result.get("ruleIndex").asInt()).get("id").asString())
        .isEqualTo(result.get("ruleId").asString());
  }

  @Test
  void no_description_of_any_code_holds_a_placeholder_in_either_language() {
    for (String code : Catalogue.codes()) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        assertThat(Catalogue.description(code, locale)).as(code).doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}|\\[\\[").doesNotEndWith("….")
            .isNotEqualTo(code);
      }
    }
    assertThat(Catalogue.description("CLS-CONTRACT-SHEETS-NOT-LISTED", Locale.FRENCH))
        .isEqualTo("Le contrat annonce … fiches actions mais en détaille …");
    assertThat(Catalogue.name("CLS-SHEET-NO-PILOT")).contains("SheetNoPilot");
    assertThat(Catalogue.name("CLS-INTERNAL-ERROR")).contains("InternalError");
  }

  /** The anchors GitHub makes for the headings of a Markdown file. */
  static Set<String> anchors(Path markdown) throws IOException {
    Set<String> anchors = new LinkedHashSet<>();
    for (String line : Files.readAllLines(markdown)) {
      Matcher heading = Pattern.compile("^#{1,6} (.*)$").matcher(line);
      if (heading.matches()) {
        // GitHub: lower case, drop punctuation but - and _, spaces become -.
        anchors.add(heading.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
            .replace(' ', '-'));
      }
      Matcher explicit = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"").matcher(line);
      while (explicit.find()) {
        anchors.add(explicit.group(1));
      }
    }
    return anchors;
  }

  @Test
  void every_help_uri_names_the_heading_of_its_code_in_the_catalogue() throws IOException {
    Path rules = Path.of("../cls-validation/RULES.md");
    Path format = Path.of("../cls-serialization/FORMAT.md");
    for (String code : Catalogue.codes()) {
      String uri = Catalogue.helpUri(code);
      Path document = uri.startsWith(Catalogue.RULES + "#") ? rules : format;
      assertThat(uri).as(code).startsWith((document == rules ? Catalogue.RULES : Catalogue.FORMAT) + "#");
      String anchor = uri.substring(uri.indexOf('#') + 1);
      assertThat(anchors(document)).as(code + " in " + document).contains(anchor);
      assertThat(section(document, anchor)).as(code + " has its heading #" + anchor).startsWith("#").contains(code);
    }
  }

  /** The text of a document from the heading of an anchor to the next heading of the same level. */
  static String section(Path markdown, String anchor) throws IOException {
    StringBuilder text = new StringBuilder();
    int level = 0;
    for (String line : Files.readAllLines(markdown)) {
      Matcher heading = Pattern.compile("^(#{1,6}) (.*)$").matcher(line);
      if (heading.matches()) {
        String slug = heading.group(2).trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
            .replace(' ', '-');
        if (level > 0 && heading.group(1).length() <= level) {
          break;
        }
        if (slug.equals(anchor)) {
          level = heading.group(1).length();
        }
      }
      if (level > 0) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void the_standard_input_has_no_physical_location_and_still_validates() throws IOException {
    byte[] chartres = Files.readAllBytes(CHARTRES_1_0);

    Run run = cls(chartres, "validate", "--format", "sarif", "--lang", "en", "-");

    assertThat(SARIF.validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode result = run(MAPPER.readTree(run.out())).get("results").get(0);
    assertThat(result.get("locations").get(0).has("physicalLocation")).isFalse();
    assertThat(result.get("ruleId").asString()).isEqualTo("CLS-CONTRACT-SIGNATORIES");
  }
}
