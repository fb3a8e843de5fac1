package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Coded;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.model.report.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Format 1.0 documents of generated contracts, for the migration's properties: the contract as 1.0 can
 * say it, and a 1.0 document saying it, as a 1.0 writer could have written it. Both follow the format's
 * declaration ({@link ContractFormat}): members a version added, members it replaced and 1.0's defaults
 * are found there, not listed here.
 */
final class Documents10 {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Documents10() {}

  /**
   * A 1.0 document and what migrating it must report.
   *
   * @param json the document
   * @param cents the pointers of its amounts in cents
   * @param defaulted the pointers of the members it leaves out because their value is 1.0's default
   */
  record Written(String json, Set<String> cents, Set<String> defaulted) {}

  /**
   * Returns the contract as format 1.0 can say it: without the members 1.1 added, with 1.0's defaults
   * where the contract does not say (1.0 had no way not to say them), and a status, which 1.0 required.
   *
   * @param contract any contract
   * @return the contract a 1.0 document can hold
   */
  static Contract sayableIn10(Contract contract) {
    JsonNode tree = MAPPER.readTree(ContractJson.toCanonicalString(contract));
    without11(tree, ContractFormat.CONTRACT);
    ReadResult read = ContractJson.reader().read(MAPPER.writeValueAsString(tree));
    assertThat(read.report().findings()).as("a 1.1 document without the members 1.1 added").isEmpty();
    Contract sayable = ContractFormat.CONTRACT.withDefaultsIn10(read.contract().orElseThrow());
    // The one member 1.0 required that 1.1 does not (the changelog and its test list them); 1.0's
    // schemaVersion is required in 1.1 too, as formatVersion.
    assertThat(ContractFormat.CONTRACT.fieldList().stream().filter(field -> field.isRequiredIn10() && !field.isRenamed())
        .map(Field::name)).containsExactly("status");
    return sayable.status().isPresent() ? sayable : Contract.copyOf(sayable).withStatus(ContractStatus.SIGNED);
  }

  /**
   * Writes a contract 1.0 can say as a 1.0 document: amounts in cents under their 1.0 members, members
   * whose value is 1.0's default left out or written at random, members in any order, with random
   * whitespace, escapes and number spellings.
   *
   * @param sayable a contract {@link #sayableIn10} returned
   * @param seed the seed of the random choices
   * @return the document, and the places migrating it must report
   */
  static Written write10(Contract sayable, long seed) {
    JsonNode tree = MAPPER.readTree(ContractJson.toCanonicalString(sayable));
    ((ObjectNode) tree).remove("formatVersion"); // 1.0 says its version in schemaVersion
    ((ObjectNode) tree).put("schemaVersion", "1.0");
    Set<String> cents = new LinkedHashSet<>();
    Set<String> defaulted = new LinkedHashSet<>();
    to10(tree, ContractFormat.CONTRACT, "", new Random(seed), cents, defaulted);
    return new Written(JsonRendering.respell(MAPPER.writeValueAsString(tree), seed), cents, defaulted);
  }

  /** Removes, from an object and every object it holds, the members 1.1 added (their replacements of 1.0 members kept). */
  private static void without11(JsonNode node, ObjectShape<?, ?> shape) {
    for (String name : names(node)) {
      Field<?, ?> field = field(shape, name);
      if (field.since() > 0 && replaced(shape, name).isEmpty()) {
        ((ObjectNode) node).remove(name);
      } else {
        eachObject(node.get(name), field, (value, objectShape) -> without11(value, objectShape));
      }
    }
  }

  /** Writes an object and every object it holds as 1.0 writes them. */
  private static void to10(JsonNode node, ObjectShape<?, ?> shape, String pointer, Random random, Set<String> cents,
      Set<String> defaulted) {
    for (String name : names(node)) {
      Field<?, ?> field = field(shape, name);
      JsonNode value = node.get(name);
      Optional<Field<?, ?>> older = replaced(shape, name);
      if (older.isPresent()) { // an amount in euros, written in cents under its 1.0 member
        ((ObjectNode) node).remove(name);
        ((ObjectNode) node).put(older.get().name(), value.decimalValue().movePointRight(2).longValueExact());
        cents.add(JsonPointer.append(pointer, older.get().name()));
        continue;
      }
      Optional<Object> fallback = field.defaultValueIn10();
      if (fallback.isPresent() && value.asString().equals(written(fallback.get())) && random.nextBoolean()) {
        ((ObjectNode) node).remove(name); // 1.0 read its absence as this value
        defaulted.add(JsonPointer.append(pointer, name));
        continue;
      }
      String at = JsonPointer.append(pointer, name);
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (field.shape() instanceof ObjectShape) {
            to10(value.get(i), (ObjectShape<?, ?>) field.shape(), JsonPointer.append(at, i), random, cents, defaulted);
          }
        }
      } else if (field.shape() instanceof ObjectShape) {
        to10(value, (ObjectShape<?, ?>) field.shape(), at, random, cents, defaulted);
      }
    }
  }

  /** A default as JSON writes it, scalar: {@code principal}, {@code false}. */
  private static String written(Object value) {
    return value instanceof Coded ? ((Coded) value).code() : String.valueOf(value);
  }

  /** Calls {@code action} on the value, or on each element of the list, when the member holds objects. */
  private static void eachObject(JsonNode value, Field<?, ?> field,
      java.util.function.BiConsumer<JsonNode, ObjectShape<?, ?>> action) {
    if (!(field.shape() instanceof ObjectShape)) {
      return;
    }
    ObjectShape<?, ?> shape = (ObjectShape<?, ?>) field.shape();
    if (value.isArray()) {
      value.values().forEach(element -> action.accept(element, shape));
    } else {
      action.accept(value, shape);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      names.add(member.getKey());
    }
    return names;
  }

  private static Field<?, ?> field(ObjectShape<?, ?> shape, String name) {
    return shape.fieldList().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no member " + name + " in " + shape.name()));
  }

  /** The 1.0 member that a member replaces, if it replaces one. */
  private static Optional<Field<?, ?>> replaced(ObjectShape<?, ?> shape, String name) {
    return shape.fieldList().stream().filter(f -> f.replacement().filter(name::equals).isPresent())
        .<Field<?, ?>>map(f -> f).findFirst();
  }
}
