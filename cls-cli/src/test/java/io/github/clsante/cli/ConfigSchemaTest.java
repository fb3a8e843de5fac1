package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of {@code cls validate --config}'s file ({@code config-1.0.schema.json}): the copy
 * checked in under {@code schema/} is the jar's; its members, severity words and code form are those
 * {@code Config} reads; every configuration file of the tests that is JSON is valid against it exactly
 * when its mistakes, if any, are ones a schema cannot see (a code no rule has, a class not on the class
 * path), and broken ones are refused where they are broken. Checked with networknt's validator.
 */
class ConfigSchemaTest {

  static final Path PUBLISHED = Path.of("schema/" + Config.SCHEMA_RESOURCE);
  static final Path CONFIGS = Path.of("src/test/resources/io/github/clsante/cli/config");
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNode TREE = MAPPER.readTree(Config.schema());
  static final String ID = TREE.get("$id").stringValue();
  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(ID, Config.schema()))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()))
      .getSchema(SchemaLocation.of(ID));

  /** The schema's errors, each as {@code POINTER KEYWORD}. */
  static Set<String> errors(String json) {
    Set<String> errors = new TreeSet<>();
    for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
      errors.add((error.getInstanceLocation() + " " + error.getKeyword()).trim());
    }
    return errors;
  }

  @Test
  void the_published_copy_is_the_jars_and_the_schema_says_its_id_and_draft() throws IOException {
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(Config.schema());
    assertThat(ID).isEqualTo("https://clsante.github.io/cls-sdk/schema/config-1.0.schema.json");
    assertThat(TREE.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void the_schema_has_the_members_and_severity_words_the_command_reads() {
    assertThat(new TreeSet<>(TREE.get("properties").propertyNames())).isEqualTo(new TreeSet<>(Config.MEMBERS));
    assertThat(TREE.get("additionalProperties").booleanValue()).isFalse();
    Set<String> words = new TreeSet<>();
    TREE.get("$defs").get("Severity").get("enum").forEach(word -> words.add(word.stringValue()));
    assertThat(words).isEqualTo(new TreeSet<>(Config.severityWords()));
  }

  /** Each JSON configuration file of the tests, and the schema's errors on it ("" when valid). */
  @Test
  void every_configuration_file_of_the_tests_is_judged_as_the_command_judges_its_shape() throws IOException {
    Map<String, Set<String>> judged = new TreeMap<>();
    try (Stream<Path> files = Files.list(CONFIGS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!isJson(text)) {
          continue;
        }
        judged.put(file.getFileName().toString(), errors(text));
      }
    }

    assertThat(judged).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        // Accepted by cls validate:
        Map.entry("regional.json", Set.of()),
        Map.entry("french-words.json", Set.of()),
        Map.entry("disable-indicators.json", Set.of()),
        // Refused by cls validate for what a schema cannot know: a code no rule has, a class that is
        // not on the class path, not a rule, without a constructor, or that the validator refuses.
        Map.entry("unknown-code.json", Set.of()),
        Map.entry("no-class.json", Set.of()),
        Map.entry("not-a-rule.json", Set.of()),
        Map.entry("no-constructor.json", Set.of()),
        Map.entry("sdk-code.json", Set.of()),
        // Refused by both, where they are broken:
        Map.entry("bad-severity.json", Set.of("/severities/CLS-SHEET-NO-INDICATOR enum")),
        Map.entry("reader-code.json", Set.of("/disable/0 not")),
        Map.entry("not-an-object.json", Set.of("type")),
        Map.entry("severities-list.json", Set.of("/severities type")),
        Map.entry("unknown-member.json", Set.of("additionalProperties")),
        Map.entry("wrong-type.json", Set.of("/disable type")),
        // A schema validator reads the last of a code given twice ("error"): it sees neither the
        // duplicate nor the "grave" before it, which the command says.
        Map.entry("several-mistakes.json", Set.of("/rules/1 type", "additionalProperties"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a lower-case code               | {"disable": ["cls-sheet-no-pilot"]}                     | /disable/0 pattern
      a code of one word              | {"disable": ["PILOT"]}                                  | /disable/0 pattern
      a migration note                | {"disable": ["CLS-MIGRATE-EUROS"]}                      | /disable/0 not
      a malformed code as a key       | {"severities": {"CLS SHEET": "error"}}                  | /severities propertyNames
      a severity in capitals          | {"severities": {"CLS-SHEET-NO-PILOT": "ERROR"}}         | /severities/CLS-SHEET-NO-PILOT enum
      a class name with a space       | {"rules": ["org.example Rules"]}                        | /rules/0 pattern
      a class name ending with a dot  | {"rules": ["org.example."]}                             | /rules/0 pattern
      the schema's address as a list  | {"$schema": ["x"]}                                      | /$schema type
      """)
  void a_file_broken_in_one_place_is_refused_there(String name, String json, String expected) {
    assertThat(errors(json)).as(name).containsExactly(expected);
  }

  @Test
  void the_forms_the_command_takes_are_valid() {
    assertThat(errors("{}")).isEmpty();
    assertThat(errors("{\"$schema\": \"" + ID + "\", \"rules\": [\"org.example.ars.Regles$Bretagne\"], "
        + "\"disable\": [\"ARS-BRE-PRS\"], \"severities\": {\"CLS-SHEET-NO-PILOT\": \"information\"}}")).isEmpty();
  }

  private static boolean isJson(String text) {
    try {
      MAPPER.readTree(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void cls_schema_config_prints_it_and_knows_its_version() {
    for (String[] args : new String[][] {{"schema", "--config"}, {"schema", "--config", "1.0"}}) {
      Runs.Run run = Runs.cls(args);

      assertThat(run.code()).isEqualTo(Cls.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo(Config.schema());
    }
    Runs.Run wrong = Runs.cls("schema", "--config", "1.1");
    assertThat(wrong.code()).isEqualTo(Cls.USAGE);
    assertThat(wrong.err()).isEqualTo("cls: unknown version \"1.1\" of the configuration file of cls validate --config: "
        + "this tool knows 1.0.\nHelp: cls schema --help\n");
    Runs.Run french = Runs.cls("schema", "--lang", "fr", "--config", "2.0");
    assertThat(french.err()).isEqualTo(Runs.fr("cls: version inconnue « 2.0 » du fichier de configuration de cls validate "
        + "--config : cet outil connaît 1.0.\nAide : cls schema --help\n"));
    Runs.Run both = Runs.cls("schema", "--config", "--report");
    assertThat(both.code()).isEqualTo(Cls.USAGE);
    assertThat(both.err()).isEqualTo("cls: --config and --report cannot be given together: choose one.\n"
        + "Help: cls schema --help\n");
  }
}
