package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The published JSON Schema ({@link ContractJson#schema()}, draft 2020-12) agrees with the reader:
 * what the reader reads, the schema accepts; what the reader refuses for its structure, the schema
 * refuses, at the same place. Checked with networknt's validator.
 */
class JsonSchemaTest {

  private static final Path RESOURCES = Path.of("src/test/resources/io/github/clsante/serialization");
  private static final Path INVALID = RESOURCES.resolve("invalid");
  private static final Path VALID = RESOURCES.resolve("valid");

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  /**
   * Corpus folders of documents that are JSON but wrong in structure: the schema must refuse them. The
   * newer-version file is refused for its unknown member: its version {@code 1.2} itself matches the
   * schema's pattern, as the reader accepts any 1.x with a warning.
   */
  private static final List<String> STRUCTURAL = List.of(
      "CLS-JSON-UNKNOWN-MEMBER", "CLS-JSON-MISSING-MEMBER", "CLS-JSON-WRONG-TYPE", "CLS-JSON-UNKNOWN-CODE",
      "CLS-JSON-INVALID-NUMBER", "CLS-JSON-NUMBER-OUT-OF-RANGE", "CLS-JSON-INVALID-VERSION", "CLS-JSON-UNSUPPORTED-VERSION",
      "CLS-JSON-NEWER-VERSION", "multiple");

  /** Corpus folders out of a JSON Schema's reach, and why. */
  private static final Map<String, String> OUT_OF_SCOPE = Map.ofEntries(
      Map.entry("CLS-JSON-SYNTAX", "not JSON: there is no instance to validate"),
      Map.entry("CLS-JSON-ENCODING", "not UTF-8 text: there is no instance to validate"),
      Map.entry("CLS-JSON-EMPTY", "no JSON value at all"),
      Map.entry("CLS-JSON-TRAILING-CONTENT", "more than one JSON value"),
      Map.entry("CLS-JSON-DUPLICATE-MEMBER", "a schema sees the parsed value, where a repeated name is already gone"),
      Map.entry("CLS-JSON-INVALID-STRING", "to a schema an unpaired surrogate is just a string"),
      Map.entry("CLS-JSON-TOO-DEEP", "a limit of the reader, not a rule of the format"),
      Map.entry("CLS-JSON-NUMBER-TOO-LONG", "a limit of the reader, not a rule of the format"),
      Map.entry("CLS-JSON-NUMBER-ROUNDED-TO-ZERO", "a warning: the value is read (as 0), and a schema sees a number"),
      Map.entry("CLS-JSON-INVALID-DATE", "the schema's pattern cannot tell real calendar days (see the test below)"),
      Map.entry("numbers", "extreme numbers in every numeric member: a schema states bounds, but what a validator makes of 1e11111111111 is its number parser's business"));

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(ContractJson.schema(), InputFormat.JSON);
  private static final Schema SCHEMA_10 = REGISTRY.getSchema(ContractJson.schema("1.0"), InputFormat.JSON);

  /** The schema of the version a document says it is of (1.1 when it does not say). */
  static Schema schemaOf(String json) {
    return json.matches("(?s).*\"schemaVersion\"\\s*:\\s*\"1\\.0\".*") ? SCHEMA_10 : SCHEMA;
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  // ---------------------------------------------------------------------------------------------
  // The schema itself.

  @Test
  void schema_is_json_of_draft_2020_12_rooted_at_the_contract() {
    JsonNode schema = MAPPER.readTree(ContractJson.schema());

    assertThat(schema.get("$schema").stringValue()).isEqualTo(DRAFT_2020_12);
    assertThat(SpecificationVersion.fromSchemaNode(schema)).contains(SpecificationVersion.DRAFT_2020_12);
    assertThat(schema.get("$ref").stringValue()).isEqualTo("#/$defs/Contract");
    assertThat(schema.get("$defs").propertyNames()).contains("Contract", "ActionSheet", "Indicator", "PartyRef");
  }

  @Test
  void schema_is_valid_against_the_draft_2020_12_meta_schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

    assertThat(meta.validate(ContractJson.schema(), InputFormat.JSON)).isEmpty();
    // The meta-schema does check: a broken schema is refused.
    assertThat(meta.validate("{\"type\": 12, \"required\": \"id\"}", InputFormat.JSON)).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Valid documents.

  @Test
  void canonical_bytes_of_generated_contracts_are_valid() {
    qt().withExamples(200).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      String json = new String(ContractJson.toCanonicalBytes(contract), StandardCharsets.UTF_8);

      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as(json).isEmpty();
    });
  }

  @Test
  void pretty_text_of_generated_contracts_is_valid() {
    qt().withExamples(50).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      String json = ContractJson.toPrettyString(contract);

      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as(json).isEmpty();
    });
  }

  @Test
  void valid_corpus_documents_and_the_seed_example_files_are_valid() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (Path directory : List.of(VALID, Path.of("../cls-examples/src/main/resources/contracts"))) {
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).as("3 valid documents and 5 seed contracts").hasSize(8);
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);

      assertThat(ContractJson.reader().read(file).isValid()).as("%s read", file).isTrue();
      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as("%s validated", file).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The broken-file corpus.

  @Test
  void every_corpus_folder_is_structural_or_explicitly_out_of_the_schema_scope() throws IOException {
    List<String> folders;
    try (Stream<Path> list = Files.list(INVALID)) {
      folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .collect(Collectors.toList());
    }

    assertThat(folders).allSatisfy(folder ->
        assertThat(STRUCTURAL.contains(folder) || OUT_OF_SCOPE.containsKey(folder))
            .as("%s is classified as structural or out of scope", folder).isTrue());
    assertThat(folders).containsAll(STRUCTURAL);
  }

  static Stream<Path> structurallyBrokenFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : STRUCTURAL) {
      try (Stream<Path> walk = Files.walk(INVALID.resolve(folder))) {
        walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structurallyBrokenFiles")
  void structurally_broken_corpus_files_are_refused_at_the_places_the_reader_reports(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    List<Finding> findings = ContractJson.reader().read(file).report().findings();

    Set<String> schemaPlaces = places(schemaOf(json).validate(json, InputFormat.JSON));

    assertThat(schemaPlaces).as("schema errors").isNotEmpty();
    // Everything the schema flags, the reader reports (a newer version's unknown member as a warning).
    assertThat(findings.stream().map(Finding::pointer).collect(Collectors.toSet())).containsAll(schemaPlaces);
    // Every error the reader reports, the schema flags, but a repeated member it cannot see.
    assertThat(schemaPlaces).containsAll(findings.stream()
        .filter(f -> f.severity() == Severity.ERROR && !f.code().equals(ReadProblem.DUPLICATE_MEMBER.code()))
        .map(Finding::pointer)
        .collect(Collectors.toSet()));
  }

  // ---------------------------------------------------------------------------------------------
  // Reader and schema agree on mutations of generated contracts.

  /** A structural change at one place of a document. */
  enum Mutation {
    DROP_MEMBER(ReadProblem.MISSING_MEMBER),
    ADD_UNKNOWN_MEMBER(ReadProblem.UNKNOWN_MEMBER),
    NUMBER_FOR_STRING(ReadProblem.WRONG_TYPE),
    UNKNOWN_CODE(ReadProblem.UNKNOWN_CODE, ReadProblem.INVALID_DATE, ReadProblem.INVALID_VERSION);

    final Set<String> codes;

    Mutation(ReadProblem... problems) {
      this.codes = Stream.of(problems).map(ReadProblem::code).collect(Collectors.toSet());
    }
  }

  private static final String UNKNOWN_MEMBER = "unknownMember";
  private static final String UNKNOWN_CODE = "zz_unknown_code";

  /** A place a mutation can apply to, and how. */
  private static final class Place {
    final String pointer; // where the reader reports the problem
    final Consumer<JsonNode> apply; // applies the mutation to the tree, found from its root

    Place(String pointer, Consumer<JsonNode> apply) {
      this.pointer = pointer;
      this.apply = apply;
    }
  }

  @Test
  void reader_and_schema_agree_on_every_mutation_of_generated_contracts() {
    Map<Mutation, int[]> refused = new EnumMap<>(Mutation.class); // [refused, accepted]
    for (Mutation mutation : Mutation.values()) {
      refused.put(mutation, new int[2]);
    }
    qt().withExamples(200).forAll(ContractGenerators.contracts(), longs().all()).checkAssert((contract, seed) -> {
      String canonical = ContractJson.toCanonicalString(contract);
      Random random = new Random(seed);
      for (Mutation mutation : Mutation.values()) {
        for (int i = 0; i < 2; i++) {
          JsonNode tree = MAPPER.readTree(canonical);
          List<Place> places = places(mutation, tree);
          Place place = places.get(random.nextInt(places.size()));
          place.apply.accept(tree);
          String mutated = MAPPER.writeValueAsString(tree);

          List<Finding> findings = ContractJson.reader().read(mutated).report().findings();
          Set<String> schemaPlaces = places(SCHEMA.validate(mutated, InputFormat.JSON));

          String what = mutation + " at " + place.pointer + " of " + mutated;
          if (findings.isEmpty()) {
            assertThat(schemaPlaces).as("the reader accepts %s", what).isEmpty();
            refused.get(mutation)[1]++;
          } else {
            assertThat(findings).as(what).singleElement().satisfies(finding -> {
              assertThat(mutation.codes).contains(finding.code());
              assertThat(finding.pointer()).isEqualTo(place.pointer);
            });
            assertThat(schemaPlaces).as("the reader refuses %s", what).containsExactly(place.pointer);
            refused.get(mutation)[0]++;
          }
        }
      }
    });
    // Both outcomes occur for every kind of mutation: the agreement is not vacuous.
    refused.forEach((mutation, counts) -> {
      assertThat(counts[0]).as("%s refused", mutation).isGreaterThan(20);
      assertThat(counts[1]).as("%s accepted", mutation).isGreaterThan(0);
    });
  }

  /** The places of a tree a mutation applies to, in a fixed order. */
  private static List<Place> places(Mutation mutation, JsonNode root) {
    List<Place> places = new ArrayList<>();
    collect(mutation, root, "", places);
    return places;
  }

  private static void collect(Mutation mutation, JsonNode node, String pointer, List<Place> places) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (mutation == Mutation.ADD_UNKNOWN_MEMBER && !object.has(UNKNOWN_MEMBER)) {
        places.add(new Place(pointer + "/" + UNKNOWN_MEMBER,
            tree -> ((ObjectNode) at(tree, pointer)).put(UNKNOWN_MEMBER, true)));
      }
      for (String name : new ArrayList<>(object.propertyNames())) {
        String member = pointer + "/" + escape(name);
        JsonNode value = object.get(name);
        if (mutation == Mutation.DROP_MEMBER) {
          places.add(new Place(pointer, tree -> ((ObjectNode) at(tree, pointer)).remove(name)));
        }
        if (value.isString()) {
          addStringPlace(mutation, member, tree -> ((ObjectNode) at(tree, pointer)).set(name, replacement(mutation)),
              places);
        }
        collect(mutation, value, member, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String element = pointer + "/" + i;
        int index = i;
        if (node.get(i).isString()) {
          addStringPlace(mutation, element, tree -> ((ArrayNode) at(tree, pointer)).set(index, replacement(mutation)),
              places);
        }
        collect(mutation, node.get(i), element, places);
      }
    }
  }

  private static void addStringPlace(Mutation mutation, String pointer, Consumer<JsonNode> apply, List<Place> places) {
    if (mutation == Mutation.NUMBER_FOR_STRING || mutation == Mutation.UNKNOWN_CODE) {
      places.add(new Place(pointer, apply));
    }
  }

  private static JsonNode replacement(Mutation mutation) {
    return mutation == Mutation.NUMBER_FOR_STRING ? IntNode.valueOf(42) : StringNode.valueOf(UNKNOWN_CODE);
  }

  private static JsonNode at(JsonNode root, String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  // ---------------------------------------------------------------------------------------------
  // Examples where they agree, and where the schema is knowingly looser than the reader.

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "territory | {\"population\":1e3}",
    "territory | {\"population\":3.0}",
    "territory | {\"population\":-0}",
    "territory | {\"population\":9007199254740991}",
    "generation | 2E0",
    "announcedAxisCount | -2147483648",
    "signatureDate | \"2024-02-29\"",
    "actionSheets | []",
    "extensions | {\"fr.tet\":[1,{\"a\":null}],\"x\":\"\\u00e9\"}",
    "indicators | [{\"id\":\"i\",\"name\":\"n\",\"targets\":[{\"value\":1e-7},{\"value\":true},{\"value\":\"x\"}]}]",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"kind\":\"not_a_known_kind\"}]",
  })
  void documents_the_reader_reads_the_schema_accepts(String member, String value) {
    String json = document(member, value);

    assertThat(ContractJson.reader().read(json).report().findings()).as(json).isEmpty();
    assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "territory | {\"population\":3.5}",
    "territory | {\"population\":9007199254740992}",
    "generation | 2147483648",
    "generation | 1.5e0",
    "signatureDate | \"2022-2-1\"",
    "signatureDate | \"22\"",
    "signatureDate | \"2022-13\"",
    "signatureDate | \"2022-01-32\"",
    "status | \"SIGNED\"",
    "schemaVersion | \"1.00\"",
    "schemaVersion | \"01.0\"",
    "schemaVersion | \"1\"",
    "schemaVersion | 1.0",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budgetLines\":[{\"nature\":\"operating\",\"plannedFullTimeEquivalents\":1e400}]}]",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"kind\":null}]",
    "axes | [{\"id\":\"a\",\"title\":\"t\",\"transversal\":\"true\"}]",
  })
  void documents_the_reader_refuses_the_schema_refuses_at_the_same_place(String member, String value) {
    String json = document(member, value);

    List<Finding> findings = ContractJson.reader().read(json).report().findings();
    Set<String> schemaPlaces = places(schemaOf(json).validate(json, InputFormat.JSON));

    assertThat(findings).as(json).singleElement()
        .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
    assertThat(schemaPlaces).as(json).containsExactly(findings.get(0).pointer());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2022-02-30", "2023-02-29", "2100-02-29", "2022-04-31", "2022-06-31", "2022-11-31"})
  void the_schema_accepts_impossible_calendar_days_which_only_the_reader_refuses(String day) {
    // The schema's date pattern checks the form YYYY, YYYY-MM, YYYY-MM-DD with days 01–31 whatever the
    // month; only the reader knows how many days a month has. Documented here, not a disagreement to fix.
    String json = document("signatureDate", "\"" + day + "\"");

    assertThat(schemaOf(json).validate(json, InputFormat.JSON)).isEmpty();
    assertThat(ContractJson.reader().read(json).report().findings())
        .singleElement()
        .satisfies(finding -> {
          assertThat(finding.code()).isEqualTo(ReadProblem.INVALID_DATE.code());
          assertThat(finding.pointer()).isEqualTo("/signatureDate");
        });
  }

  @Test
  void a_newer_minor_version_alone_is_accepted_by_both_and_the_reader_warns() {
    String json = document("schemaVersion", "\"1.2\"");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(schemaOf(json).validate(json, InputFormat.JSON)).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.report().findings()).singleElement()
        .satisfies(finding -> assertThat(finding.code()).isEqualTo(ReadProblem.NEWER_VERSION.code()));
  }

  // ---------------------------------------------------------------------------------------------

  /** A minimal valid document with one member added or replaced, its value spelled as given. */
  private static String document(String member, String value) {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("schemaVersion", "\"1.0\"");
    members.put("id", "\"cls-test\"");
    members.put("status", "\"signed\"");
    members.put("leadArs", "\"24\"");
    members.put("territory", "{}");
    members.put(member, value);
    return members.entrySet().stream()
        .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** The JSON pointers of the places schema errors point at: the member itself for an unknown one. */
  private static Set<String> places(List<Error> errors) {
    Set<String> places = new TreeSet<>();
    for (Error error : errors) {
      String pointer = pointer(error.getInstanceLocation());
      places.add("additionalProperties".equals(error.getKeyword()) ? pointer + "/" + escape(error.getProperty())
          : pointer);
    }
    return places;
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(element instanceof Integer ? element.toString() : escape(element.toString()));
    }
    return pointer.toString();
  }

  /** RFC 6901: {@code ~} is {@code ~0}, {@code /} is {@code ~1}. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
