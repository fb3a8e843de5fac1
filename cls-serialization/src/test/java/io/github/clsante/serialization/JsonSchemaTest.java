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
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.serialization.internal.Shapes;
import io.github.clsante.serialization.internal.ValueShape;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The published JSON Schemas ({@link ContractJson#schema(String)} of 1.0 and 1.1, draft 2020-12) agree
 * with the reader: what the reader reads, the schema of the document's version accepts; what the
 * reader refuses for its structure, the schema refuses, at the same place. What a schema cannot say is
 * listed, with the reason ({@code SCHEMA_CANNOT_SAY}, impossible calendar days, the corpus folders out
 * of its scope). Checked with networknt's validator.
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

  /**
   * The schema of the version a document says it is of, in the member it says it with (1.1 when it does
   * not say).
   */
  static Schema schemaOf(String json) {
    // The first member a document names its version with says which, as the reader reads it:
    // schemaVersion is 1.0's, unless it says 1.1 or newer.
    java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"(formatVersion|schemaVersion)\"\\s*:\\s*(\\S{0,4})")
        .matcher(json);
    return first.find() && first.group(1).equals("schemaVersion") && !first.group(2).matches("\"1\\.[1-9].*")
        ? SCHEMA_10 : SCHEMA;
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
    qt().withExamples(200).forAll(FormatContracts.small()).checkAssert(contract -> {
      String json = new String(ContractJson.toCanonicalBytes(contract), StandardCharsets.UTF_8);

      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as(json).isEmpty();
    });
  }

  @Test
  void pretty_text_of_generated_contracts_is_valid() {
    qt().withExamples(50).forAll(FormatContracts.small()).checkAssert(contract -> {
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
    // Every file found is checked; the known ones must be among them, whatever is added beside them.
    assertThat(files.stream().map(p -> p.getParent().getFileName() + "/" + p.getFileName()))
        .as("the valid documents and the five seed contracts")
        .contains("valid/extreme-zeros.json", "valid/minimal.json", "valid/rich.json",
            "contracts/agglopolys.json", "contracts/chartres.json", "contracts/le-havre.json",
            "contracts/lens-lievin.json", "contracts/villes-soeurs.json");
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);

      assertThat(ContractJson.reader().read(file).isValid()).as("%s read", file).isTrue();
      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as("%s validated", file).isEmpty();
    }
  }

  @Test
  void every_contract_file_of_the_repository_the_reader_reads_without_finding_is_valid_against_its_version()
      throws IOException {
    // Every example, fixture, golden file and seed of every module: what the reader takes as it is,
    // the schema of the version the file says takes too.
    Map<String, List<String>> byVersion = new java.util.TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(".."))) {
      files = walk.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      if (!ContractJson.reader().read(file).report().findings().isEmpty()) {
        continue; // a broken file of a corpus, or not a contract
      }
      String json = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
      java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"(?:formatVersion|schemaVersion)\"\\s*:\\s*\"(1\\.[01])\"")
          .matcher(json);
      assertThat(version.find()).as("%s says its version", file).isTrue();

      assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as("%s against %s", file, version.group(1)).isEmpty();
      byVersion.computeIfAbsent(version.group(1), v -> new ArrayList<>()).add(file.normalize().toString());
    }
    assertThat(byVersion.get("1.1")).as("1.1 files: the seeds and the documents of each need")
        .contains("../cls-examples/src/main/resources/contracts/agglopolys.json",
            "../cls-examples/src/main/resources/contracts/villes-soeurs.json",
            "../cls-serialization/src/test/resources/io/github/clsante/serialization/format-1.1/who-signs.json",
            "../cls-serialization/src/test/resources/io/github/clsante/serialization/format-1.1/money.json")
        .hasSizeGreaterThanOrEqualTo(5 + (int) FormatVersionsTest.documents().count());
    assertThat(byVersion.get("1.0"))
        .contains("../cls-serialization/src/test/resources/io/github/clsante/serialization/valid/rich.json");
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
  // Reader and schema agree on mutations of generated contracts: as written (format 1.1), and said in
  // format 1.0 (see Document.downgrade).

  /** A structural change at one place of a document. */
  enum Mutation {
    DROP_MEMBER(true, ReadProblem.MISSING_MEMBER),
    ADD_UNKNOWN_MEMBER(true, ReadProblem.UNKNOWN_MEMBER),
    NUMBER_FOR_STRING(true, ReadProblem.WRONG_TYPE),
    UNKNOWN_CODE(true, ReadProblem.UNKNOWN_CODE, ReadProblem.INVALID_DATE, ReadProblem.INVALID_VERSION),
    /** An amount just beyond its bounds: euros in 1.1, cents in 1.0. */
    AMOUNT_OUT_OF_RANGE(false, ReadProblem.NUMBER_OUT_OF_RANGE),
    /** An amount with a decimal too many: three in euros (1.1), one in cents (1.0). */
    AMOUNT_WITH_DECIMALS(false, ReadProblem.INVALID_NUMBER),
    /** A member of the other version: cents in a 1.1 document, a 1.1 member in a 1.0 one. */
    MEMBER_OF_THE_OTHER_VERSION(false, ReadProblem.UNKNOWN_MEMBER);

    /** Whether the change can leave a valid document (an optional member dropped, an open code). */
    final boolean canBeHarmless;
    @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable set
    final Set<String> codes;

    Mutation(boolean canBeHarmless, ReadProblem... problems) {
      this.canBeHarmless = canBeHarmless;
      this.codes = Stream.of(problems).map(ReadProblem::code).collect(Collectors.toUnmodifiableSet());
    }
  }

  /**
   * The mutations the reader refuses and the schema, by nature, does not: by version and mutation, with
   * the reason. A schema that comes to refuse one fails the tests below, so that this list is updated.
   */
  private static final Map<String, String> SCHEMA_CANNOT_SAY = Map.of(
      "1.1 " + Mutation.AMOUNT_WITH_DECIMALS,
      "« at most two decimals » would be \"multipleOf\": 0.01, which validators that divide doubles get wrong "
          + "(4.35 / 0.01 = 434.99999999999994): they would refuse real amounts. The schema states the bounds; "
          + "the reader counts the decimals, exactly.");

  private static final String UNKNOWN_MEMBER = "unknownMember";
  private static final String UNKNOWN_CODE = "zz_unknown_code";

  /**
   * A place a mutation can apply to, and how: {@code pointer} is where the reader reports the problem,
   * {@code apply} applies the mutation to the tree, found from its root.
   */
  private record Place(String pointer, Consumer<JsonNode> apply) {}

  /** A mutation of one member of one object of the format ({@code "Funding.amount"}) at one place. */
  private record Mutant(Mutation mutation, String member, Place place) {
    String name() {
      return mutation + " " + member;
    }
  }

  @ParameterizedTest(name = "format {0}")
  @ValueSource(strings = {"1.0", "1.1"})
  void reader_and_schema_agree_on_every_mutation_of_generated_contracts(String version) {
    Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class); // refused by both, by neither, by the reader
    for (Mutation mutation : Mutation.values()) {
      outcomes.put(mutation, new int[3]);
    }
    qt().withExamples(200).forAll(FormatContracts.small(), longs().all()).checkAssert((contract, seed) -> {
      Document document = Document.of(contract, version);
      Random random = new Random(seed);
      for (Mutation mutation : Mutation.values()) {
        for (int i = 0; i < 2; i++) {
          JsonNode tree = document.tree();
          List<Place> places = places(mutation, tree, document);
          if (places.isEmpty()) {
            continue; // no amount in this contract
          }
          Place place = places.get(random.nextInt(places.size()));
          outcomes.get(mutation)[check(document, mutation, place, tree)]++;
        }
      }
    });
    outcomes.forEach((mutation, counts) -> {
      boolean cannotSay = SCHEMA_CANNOT_SAY.containsKey(version + " " + mutation);
      assertThat(counts[cannotSay ? 2 : 0]).as("%s refused", mutation).isGreaterThan(20);
      assertThat(counts[cannotSay ? 0 : 2]).as("%s refused by one only", mutation).isZero();
      // Both outcomes occur where both can: the agreement is not vacuous.
      if (mutation.canBeHarmless) {
        assertThat(counts[1]).as("%s accepted", mutation).isGreaterThan(0);
      } else {
        assertThat(counts[1]).as("%s accepted", mutation).isZero();
      }
    });
  }

  @ParameterizedTest(name = "format {0}")
  @ValueSource(strings = {"1.0", "1.1"})
  void every_member_dropped_closed_code_unknown_amount_wrong_and_member_of_the_other_version_agrees(String version) {
    // Random places could miss a member seen rarely: here every member-level mutant the declaration
    // implies is checked, once, at the first place a generated contract has it. Required members
    // dropped and the other mutants are refused by both; optional members dropped, accepted by both.
    Set<String> checked = new TreeSet<>();
    qt().withExamples(400).forAll(FormatContracts.small()).checkAssert(contract -> {
      Document document = Document.of(contract, version);
      for (Mutant mutant : mutants(document, document.tree())) {
        if (checked.add(mutant.name())) {
          int outcome = check(document, mutant.mutation(), mutant.place(), document.tree());
          assertThat(outcome).as(mutant.name()).isEqualTo(expected(mutant, document));
        }
      }
    });

    assertThat(checked).containsExactlyInAnyOrderElementsOf(declaredMutants(Document.minor(version)));
    assertThat(checked).as("the new closed lists and what 1.1 changed").containsAll(
        Document.minor(version) == 1
            ? List.of("UNKNOWN_CODE Contract.kind", "UNKNOWN_CODE Contract.formerLeadArs", "UNKNOWN_CODE Party.category",
                "MEMBER_OF_THE_OTHER_VERSION Funding.amountCents", "AMOUNT_OUT_OF_RANGE ActionSheet.budget")
            : List.of("DROP_MEMBER Contract.status", "MEMBER_OF_THE_OTHER_VERSION Contract.kind",
                "MEMBER_OF_THE_OTHER_VERSION ActionSheet.budget", "AMOUNT_WITH_DECIMALS Funding.amountCents"));
  }

  /**
   * What a member-level mutant must give: refused by both (0), but a member dropped that the version
   * does not require (accepted by both, 1) and what the schema cannot say (2).
   */
  private static int expected(Mutant mutant, Document document) {
    if (SCHEMA_CANNOT_SAY.containsKey(document.version + " " + mutant.mutation())) {
      return 2;
    }
    if (mutant.mutation() != Mutation.DROP_MEMBER) {
      return 0;
    }
    String name = mutant.member().substring(mutant.member().indexOf('.') + 1);
    ObjectShape<?, ?> shape = ContractFormat.ALL.stream()
        .filter(object -> mutant.member().startsWith(object.name() + ".")).findFirst().orElseThrow();
    boolean required = FormatTree.field(shape, name).orElseThrow().kind() == Field.Kind.REQUIRED
        || document.minor == 0 && mutant.member().equals("Contract.status"); // required by 1.0 only
    return required ? 0 : 1;
  }

  /**
   * Applies a mutation at a place of a document's tree, reads the result and validates it against the
   * schema of the document's version, and checks that they agree.
   *
   * @return 0 when both refuse it at the place, 1 when both accept it, 2 when only the reader refuses
   *     it (a case of {@link #SCHEMA_CANNOT_SAY})
   */
  private static int check(Document document, Mutation mutation, Place place, JsonNode tree) {
    place.apply().accept(tree);
    String mutated = MAPPER.writeValueAsString(tree);
    List<Finding> findings = ContractJson.reader().read(mutated).report().findings();
    Set<String> schemaPlaces = places(document.schema().validate(mutated, InputFormat.JSON));

    String what = mutation + " at " + place.pointer() + " of " + mutated;
    if (findings.isEmpty()) {
      assertThat(schemaPlaces).as("the reader accepts %s", what).isEmpty();
      return 1;
    }
    assertThat(findings).as(what).singleElement().satisfies(finding -> {
      assertThat(mutation.codes).contains(finding.code());
      assertThat(finding.pointer()).isEqualTo(place.pointer());
    });
    if (SCHEMA_CANNOT_SAY.containsKey(document.version + " " + mutation)) {
      assertThat(schemaPlaces).as("the schema cannot say %s", what).isEmpty();
      return 2;
    }
    if (renamesTheVersion(mutation, place)) {
      assertThat(schemaPlaces).as("the reader refuses %s", what).containsExactlyInAnyOrder("", place.pointer());
    } else {
      assertThat(schemaPlaces).as("the reader refuses %s", what).containsExactly(place.pointer());
    }
    return 0;
  }

  /** The places of a tree a mutation applies to, in a fixed order. */
  private static List<Place> places(Mutation mutation, JsonNode root, Document document) {
    List<Place> places = new ArrayList<>();
    switch (mutation) {
      case DROP_MEMBER:
      case ADD_UNKNOWN_MEMBER:
      case NUMBER_FOR_STRING:
      case UNKNOWN_CODE:
        // In a 1.0 document the version stays: it decides the schema and the members, so changing it
        // makes another document, not a mutation of this one (the schemaVersion examples below).
        collect(mutation, root, "", places, document.minor == 0);
        break;
      default:
        mutants(document, root).stream().filter(mutant -> mutant.mutation() == mutation)
            .forEach(mutant -> places.add(mutant.place()));
    }
    return places;
  }

  /**
   * Collects the places of a mutation in a tree, as JSON (extensions included), but the root's
   * schemaVersion when {@code versionFixed}.
   */
  private static void collect(Mutation mutation, JsonNode node, String pointer, List<Place> places,
      boolean versionFixed) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (mutation == Mutation.ADD_UNKNOWN_MEMBER && !object.has(UNKNOWN_MEMBER)) {
        places.add(new Place(pointer + "/" + UNKNOWN_MEMBER,
            tree -> ((ObjectNode) at(tree, pointer)).put(UNKNOWN_MEMBER, true)));
      }
      for (String name : new ArrayList<>(object.propertyNames())) {
        if (versionFixed && pointer.isEmpty() && name.equals("schemaVersion")) {
          continue;
        }
        String member = pointer + "/" + FormatTree.escape(name);
        JsonNode value = object.get(name);
        if (mutation == Mutation.DROP_MEMBER) {
          places.add(new Place(pointer, tree -> ((ObjectNode) at(tree, pointer)).remove(name)));
        }
        if (value.isString()) {
          addStringPlace(mutation, member, tree -> ((ObjectNode) at(tree, pointer)).set(name, replacement(mutation)),
              places);
        }
        collect(mutation, value, member, places, false);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String element = pointer + "/" + i;
        int index = i;
        if (node.get(i).isString()) {
          addStringPlace(mutation, element, tree -> ((ArrayNode) at(tree, pointer)).set(index, replacement(mutation)),
              places);
        }
        collect(mutation, node.get(i), element, places, false);
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

  /** The member-level mutants of a document's tree, from the format's declaration, in a fixed order. */
  private static List<Mutant> mutants(Document document, JsonNode root) {
    List<Mutant> mutants = new ArrayList<>();
    FormatTree.walk(root, ContractFormat.CONTRACT, "", (object, shape, pointer) -> {
      for (Field<?, ?> field : shape.fieldList(document.minor)) {
        String name = field.name();
        String member = shape.name() + "." + name;
        String at = pointer + "/" + FormatTree.escape(name);
        JsonNode value = object.get(name);
        if (value == null) {
          continue;
        }
        if (!versionFixed(document.minor, member)) {
          mutants.add(new Mutant(Mutation.DROP_MEMBER, member,
              new Place(pointer, tree -> ((ObjectNode) at(tree, pointer)).remove(name))));
        }
        if (closed(field.shape()) && field.kind() != Field.Kind.LIST) {
          mutants.add(new Mutant(Mutation.UNKNOWN_CODE, member,
              new Place(at, tree -> ((ObjectNode) at(tree, pointer)).put(name, UNKNOWN_CODE))));
        } else if (closed(field.shape()) && !value.isEmpty()) {
          mutants.add(new Mutant(Mutation.UNKNOWN_CODE, member,
              new Place(at + "/0", tree -> ((ArrayNode) at(tree, at)).set(0, StringNode.valueOf(UNKNOWN_CODE)))));
        }
        if (amount(field.shape())) {
          boolean euros = (Object) field.shape() == Shapes.EUROS;
          mutants.add(new Mutant(Mutation.AMOUNT_OUT_OF_RANGE, member, new Place(at, tree ->
              ((ObjectNode) at(tree, pointer)).put(name, euros ? 10_000_000_000_000L : Shapes.MAX_SAFE_INTEGER + 1))));
          mutants.add(new Mutant(Mutation.AMOUNT_WITH_DECIMALS, member, new Place(at, tree ->
              ((ObjectNode) at(tree, pointer)).put(name, new BigDecimal(euros ? "12.345" : "1500.5")))));
          older(shape, name).ifPresent(cents -> mutants.add(new Mutant(Mutation.MEMBER_OF_THE_OTHER_VERSION,
              shape.name() + "." + cents, new Place(pointer + "/" + FormatTree.escape(cents), tree -> {
                ObjectNode holder = (ObjectNode) at(tree, pointer);
                holder.put(cents, holder.remove(name).decimalValue().movePointRight(2).longValueExact());
              }))));
        }
      }
    });
    // The version under the other version's name: formatVersion in a 1.0 document, schemaVersion in 1.1.
    for (Field<?, ?> field : ContractFormat.CONTRACT.fieldList(document.minor)) {
      Optional<String> other = field.isRenamed() ? field.replacement() : older(ContractFormat.CONTRACT, field.name())
          .filter(name -> renamed(ContractFormat.CONTRACT, name));
      other.ifPresent(name -> mutants.add(new Mutant(Mutation.MEMBER_OF_THE_OTHER_VERSION,
          ContractFormat.CONTRACT.name() + "." + name, new Place("/" + name,
              tree -> ((ObjectNode) tree).set(name, ((ObjectNode) tree).remove(field.name()))))));
    }
    for (Removed removed : document.removed) {
      mutants.add(new Mutant(Mutation.MEMBER_OF_THE_OTHER_VERSION, removed.member(),
          new Place(removed.pointer() + "/" + FormatTree.escape(removed.name()), tree -> {
            ObjectNode holder = (ObjectNode) at(tree, removed.pointer());
            if (removed.replacedBy() != null) {
              holder.remove(removed.replacedBy()); // an amount in euros, not given twice
            }
            holder.set(removed.name(), removed.value().deepCopy());
          })));
    }
    return mutants;
  }

  /**
   * Every member-level mutant the declaration implies for a version ({@code "UNKNOWN_CODE Contract.kind"}):
   * each member dropped, each closed code unknown, each amount out of range and with a decimal too many,
   * each member of the other version given.
   */
  private static List<String> declaredMutants(int minor) {
    List<String> mutants = new ArrayList<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      if (minor == 0 && shape == ContractFormat.DOCUMENT_VERSION) {
        continue; // an object of 1.1, met only as the member of 1.1 Contract.documentVersion
      }
      for (Field<?, ?> field : shape.fieldList()) {
        String member = shape.name() + "." + field.name();
        if (!field.in(minor)) {
          mutants.add(Mutation.MEMBER_OF_THE_OTHER_VERSION + " " + member);
          continue;
        }
        if (!versionFixed(minor, member)) {
          mutants.add(Mutation.DROP_MEMBER + " " + member);
        }
        if (closed(field.shape())) {
          mutants.add(Mutation.UNKNOWN_CODE + " " + member);
        }
        if (amount(field.shape())) {
          mutants.add(Mutation.AMOUNT_OUT_OF_RANGE + " " + member);
          mutants.add(Mutation.AMOUNT_WITH_DECIMALS + " " + member);
        }
      }
    }
    return mutants;
  }

  /** Whether the member is the version of a 1.0 document, which mutations leave as it is (see places). */
  private static boolean versionFixed(int minor, String member) {
    return minor == 0 && member.equals("Contract.schemaVersion");
  }

  /** Whether a shape is a closed code list, as the reader knows it (not from the schema under test). */
  private static boolean closed(ValueShape<?> shape) {
    return shape.documentedType().endsWith(", closed)");
  }

  private static boolean amount(ValueShape<?> shape) {
    return (Object) shape == Shapes.EUROS || (Object) shape == Shapes.CENTS;
  }

  /** Whether a member of an object is one that format 1.1 renamed ({@code schemaVersion}). */
  private static boolean renamed(ObjectShape<?, ?> shape, String name) {
    return FormatTree.field(shape, name).orElseThrow().isRenamed();
  }

  /**
   * Whether a mutant writes the version under the other version's name, which the reader reports once
   * (the member to rename) and the schema twice: the member it lacks ({@code ""}) and the one it has.
   */
  private static boolean renamesTheVersion(Mutation mutation, Place place) {
    return mutation == Mutation.MEMBER_OF_THE_OTHER_VERSION
        && (place.pointer().equals("/" + Shapes.FORMAT_VERSION_MEMBER)
            || place.pointer().equals("/" + Shapes.SCHEMA_VERSION_MEMBER));
  }

  /** The 1.0 member replaced in 1.1 by the given one ({@code amountCents} for {@code amount}). */
  private static Optional<String> older(ObjectShape<?, ?> shape, String name) {
    return shape.fieldList().stream().filter(field -> field.replacement().filter(name::equals).isPresent())
        .map(Field::name).findFirst();
  }

  /**
   * A 1.1 member left out of the 1.0 form of a document: the pointer of the object that held it, its
   * name, the member it is ({@code "ActionSheet.budget"}), the 1.0 member written instead ({@code
   * budgetCents}) or {@code null}, and its value.
   */
  private record Removed(String pointer, String name, String member, String replacedBy, JsonNode value) {}

  /** A generated contract as a document of format 1.1 (as written) or 1.0. */
  private static final class Document {
    final String version;
    final int minor;
    final String text;
    final List<Removed> removed;

    private Document(String version, String text, List<Removed> removed) {
      this.version = version;
      this.minor = minor(version);
      this.text = text;
      this.removed = removed;
    }

    static int minor(String version) {
      return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }

    static Document of(Contract contract, String version) {
      String canonical = ContractJson.toCanonicalString(contract);
      if (minor(version) == Shapes.CURRENT_MINOR) {
        return new Document(version, canonical, List.of());
      }
      JsonNode tree = MAPPER.readTree(canonical);
      List<Removed> removed = downgrade(tree);
      String text = MAPPER.writeValueAsString(tree);
      assertThat(ContractJson.reader().read(text).report().findings()).as("the 1.0 form %s", text).isEmpty();
      return new Document(version, text, removed);
    }

    /**
     * Says a 1.1 document in 1.0, as far as 1.0 can: amounts in euros become cents, the other members
     * of 1.1 are left out (and listed), and a status is given where the document has none.
     */
    private static List<Removed> downgrade(JsonNode root) {
      List<Removed> removed = new ArrayList<>();
      ((ObjectNode) root).put("schemaVersion", "1.0");
      if (!root.has("status")) {
        ((ObjectNode) root).put("status", "in_preparation");
      }
      ((ObjectNode) root).remove(Shapes.FORMAT_VERSION_MEMBER); // said by schemaVersion, above
      FormatTree.walk(root, ContractFormat.CONTRACT, "", (object, shape, pointer) -> {
        for (String name : new ArrayList<>(object.propertyNames())) {
          if (FormatTree.field(shape, name).orElseThrow().in(0)) {
            continue;
          }
          JsonNode value = object.remove(name);
          Optional<String> cents = older(shape, name);
          cents.ifPresent(older -> object.put(older, value.decimalValue().movePointRight(2).longValueExact()));
          removed.add(new Removed(pointer, name, shape.name() + "." + name, cents.orElse(null), value));
        }
      });
      return removed;
    }

    JsonNode tree() {
      return MAPPER.readTree(text);
    }

    Schema schema() {
      return minor == 0 ? SCHEMA_10 : SCHEMA;
    }
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
    assertBothAccept(document(member, value));
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
    // 1.1's name beside 1.0's: the same value twice for the reader, a member 1.0 lacks for the schema.
    "formatVersion | \"1.0\"",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budgetLines\":[{\"nature\":\"operating\",\"plannedFullTimeEquivalents\":1e400}]}]",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"kind\":null}]",
    "axes | [{\"id\":\"a\",\"title\":\"t\",\"transversal\":\"true\"}]",
  })
  void documents_the_reader_refuses_the_schema_refuses_at_the_same_place(String member, String value) {
    assertBothRefuseAtTheSamePlace(document(member, value));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "kind | \"prefiguration\"",
    "formerLeadArs | \"83\"",
    "documentVersion | {\"label\":\"[PROJET – VERSION JUILLET 2016]\",\"date\":\"2016-07\",\"draft\":true}",
    "documentVersion | {}",
    "signaturePlace | \"Fait à Murat\"",
    "signaturePrintedBlank | true",
    "announcedActionSheetCountAtLeast | true",
    "successorContract | {\"title\":\"Contrat local de santé 2019-2023\",\"period\":{\"start\":\"2019\"}}",
    "signatories | [{\"party\":{\"partyId\":\"p\"}}]",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"kind\":\"mutualite\",\"category\":\"health_insurance\"}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"label\":\"FIche Action N 4\",\"budget\":1500.5}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budget\":1.2e4,\"fundings\":[{\"amount\":-9999999999999.99}]}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budgetLines\":[{\"nature\":\"operating\",\"plannedAmount\":0.05}]}]",
  })
  void documents_of_1_1_the_reader_reads_the_schema_accepts(String member, String value) {
    assertBothAccept(document("1.1", member, value));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "kind | \"préfiguration\"",
    "kind | \"Contrat de préfiguration\"",
    "formerLeadArs | \"84\"",
    "formerLeadArs | \"Auvergne\"",
    "documentVersion | {\"draft\":\"oui\"}",
    "documentVersion | {\"date\":\"juillet 2016\"}",
    "documentVersion | {\"version\":\"V3\"}",
    "signatoriesComplete | \"non\"",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"category\":\"collectivite\"}]",
    "signatories | [{\"party\":{\"partyId\":\"p\"},\"role\":\"signataire\"}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budget\":10000000000000}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budget\":\"12 000 €\"}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budgetCents\":1200000}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"fundings\":[{\"amount\":12000,\"amountCents\":1200000}]}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budgetLines\":[{\"nature\":\"operating\",\"actualAmountCents\":5}]}]",
    "status | \"unknown\"",
    "formatVersion | \"2.0\"",
    "formatVersion | \"1\"",
    "formatVersion | 1.1",
    // 1.0's name beside 1.1's: the same value twice for the reader, a member 1.1 lacks for the schema.
    "schemaVersion | \"1.1\"",
  })
  void documents_of_1_1_the_reader_refuses_the_schema_refuses_at_the_same_place(String member, String value) {
    assertBothRefuseAtTheSamePlace(document("1.1", member, value));
  }

  private static void assertBothAccept(String json) {
    assertThat(ContractJson.reader().read(json).report().findings()).as(json).isEmpty();
    assertThat(schemaOf(json).validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  /** The reader gives one error, and the schema of the document's version refuses it there only. */
  private static void assertBothRefuseAtTheSamePlace(String json) {
    List<Finding> findings = ContractJson.reader().read(json).report().findings();
    Set<String> schemaPlaces = places(schemaOf(json).validate(json, InputFormat.JSON));

    assertThat(findings).as(json).singleElement()
        .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
    assertThat(schemaPlaces).as(json).containsExactly(findings.get(0).pointer());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "kind | \"prefiguration\"",
    "signaturePlace | \"Fait à Murat\"",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"label\":\"FIche Action N 4\"}]",
    "actionSheets | [{\"id\":\"a\",\"title\":\"t\",\"budget\":12000}]",
    "parties | [{\"id\":\"p\",\"name\":\"n\",\"category\":\"health_insurance\"}]",
  })
  void members_of_1_1_in_a_1_0_document_are_refused_by_both_at_the_same_place(String member, String value) {
    String json = document(member, value);

    List<Finding> findings = ContractJson.reader().read(json).report().findings();

    assertThat(findings).as(json).singleElement().satisfies(finding -> {
      assertThat(finding.params()).containsEntry("problem", "version-newer");
      assertThat(places(SCHEMA_10.validate(json, InputFormat.JSON))).containsExactly(finding.pointer());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12.345", "1500.505", "0.001", "-0.125", "1e-3", "1e-400"})
  void the_schema_accepts_euros_with_more_than_two_decimals_which_only_the_reader_refuses(String amount) {
    // See SCHEMA_CANNOT_SAY: the schema states the bounds of an amount, not its number of decimals.
    String json = document("1.1", "actionSheets",
        "[{\"id\":\"a\",\"title\":\"t\",\"budget\":" + amount + "}]");

    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(ContractJson.reader().read(json).report().findings()).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo(ReadProblem.INVALID_NUMBER.code());
      assertThat(finding.pointer()).isEqualTo("/actionSheets/0/budget");
      assertThat(finding.params()).containsEntry("problem", "decimals");
    });
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
    String json = document("1.1", "formatVersion", "\"1.2\"");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(schemaOf(json).validate(json, InputFormat.JSON)).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.report().findings()).singleElement()
        .satisfies(finding -> assertThat(finding.code()).isEqualTo(ReadProblem.NEWER_VERSION.code()));
  }

  // ---------------------------------------------------------------------------------------------

  /** A minimal valid 1.0 document with one member added or replaced, its value spelled as given. */
  private static String document(String member, String value) {
    return document("1.0", member, value);
  }

  /**
   * A minimal valid document of a version (with a status in 1.0, which requires it) with one member
   * added or replaced, its value spelled as given.
   */
  private static String document(String version, String member, String value) {
    Map<String, String> members = new LinkedHashMap<>();
    members.put(FormatVersionsTest.versionMember(version), "\"" + version + "\"");
    members.put("id", "\"cls-test\"");
    if (version.equals("1.0")) {
      members.put("status", "\"signed\"");
    }
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
      places.add("additionalProperties".equals(error.getKeyword()) ? pointer + "/" + FormatTree.escape(error.getProperty())
          : pointer);
    }
    return places;
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(element instanceof Integer ? element.toString() : FormatTree.escape(element.toString()));
    }
    return pointer.toString();
  }
}
