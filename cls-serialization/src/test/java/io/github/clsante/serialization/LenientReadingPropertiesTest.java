package io.github.clsante.serialization;

import static io.github.clsante.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Severity;
import io.github.clsante.testing.Choices;
import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lenient reading ({@link ReadFeature#IGNORE_UNKNOWN_MEMBERS}) never drops data without a finding that
 * says so. The canonical document of a generated contract is edited at random places (members the
 * format does not have, values of the wrong type, members removed, codes no list has, nulls), then read
 * leniently; the canonical document of the contract read is compared with the edited document, value by
 * value: every difference has a finding at it, above it (but the whole document, for a member below the
 * root) or within it. When the edits only add unknown members, the contract read is the original one,
 * and the report holds one warning per member added, at it, and nothing else.
 */
class LenientReadingPropertiesTest {

  private static final ContractReader LENIENT = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS);
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The names of the members added, which the format does not have. */
  private static final String ADDED = "zzInconnu";

  @TestFactory
  DynamicTest lenient_reading_drops_no_data_without_a_finding_at_it() {
    Property<Pair<Contract, Long>> property = Examples.of(1000).forAll(
        "lenient reading never drops data without a finding that says so",
        FormatContracts.smallAndMedium().zip(longs().all(), Pair::of));
    return dynamicTest(property.name(), () -> property.check(example -> {
      Contract contract = example._1;
      Choices d = Choices.of(example._2);
      JsonNode document = MAPPER.readTree(ContractJson.toCanonicalBytes(contract));
      Edits edits = edit(document, d);
      String edited = MAPPER.writeValueAsString(document);

      ReadResult read = LENIENT.read(edited);

      assertThat(read.contract()).as(edited).isPresent();
      JsonNode back = MAPPER.readTree(ContractJson.toCanonicalBytes(read.contract().get()));
      List<String> differences = new ArrayList<>();
      differences(document, back, "", differences);
      List<Finding> findings = read.report().findings();
      for (String difference : differences) {
        assertThat(findings).as("%s differs after a lenient reading of\n%s\nwhich reports\n%s", difference, edited,
            read.report()).anyMatch(finding -> explains(finding.pointer(), difference));
      }
      if (edits.onlyUnknown) {
        assertThat(read.contract()).as(edited).contains(contract);
        assertThat(read.report()).as(edited).hasNoFindingOtherThan(ReadProblem.UNKNOWN_MEMBER.code())
            .hasFindingCount(Severity.WARNING, edits.unknown.size());
        assertThat(findings.stream().map(Finding::pointer).collect(Collectors.toSet())).isEqualTo(edits.unknown);
      }
    }));
  }

  @Test
  void the_comparison_finds_each_difference_where_it_is() {
    JsonNode a = MAPPER.readTree("{\"a\": [1, 2, {\"b\": \"x\"}], \"c\": {\"d\": true}, \"e/f\": 1.50, \"g\": [1]}");
    JsonNode b = MAPPER.readTree("{\"a\": [1, 2, {\"b\": \"y\"}], \"c\": {}, \"e/f\": 1.5, \"g\": [1, 2], \"h\": null}");
    List<String> differences = new ArrayList<>();

    differences(a, b, "", differences);

    assertThat(differences).containsExactlyInAnyOrder("/a/2/b", "/c/d", "/g", "/h");
    assertThat(explains("", "/h")).isTrue();
    assertThat(explains("", "/a/2/b")).isFalse();
    assertThat(explains("/a/2", "/a/2/b")).isTrue();
    assertThat(explains("/a/2/b/c", "/a/2/b")).isTrue();
    assertThat(explains("/a/22", "/a/2/b")).isFalse();
  }

  /** What the edits did: the members the format does not have, added, by pointer; whether that was all. */
  private static final class Edits {
    final Set<String> unknown = new TreeSet<>();
    boolean onlyUnknown = true;
  }

  /** Edits a document in place: one to four edits, at objects outside the extensions. */
  private static Edits edit(JsonNode document, Choices d) {
    Edits edits = new Edits();
    int count = d.between(1, 4);
    for (int i = 0; i < count; i++) {
      List<String> objects = new ArrayList<>(); // again: an edit may have removed some
      objects(document, "", objects);
      String at = d.pick(objects);
      ObjectNode object = (ObjectNode) document.at(at);
      List<String> members = new ArrayList<>(object.propertyNames());
      members.remove("formatVersion"); // another version is read as that version, or not at all
      int kind = d.between(0, 9);
      if (kind <= 4 || members.isEmpty()) {
        String name = ADDED + i;
        object.set(name, d.chance(50) ? NODES.stringNode("valeur « libre »") : d.chance(50) ? NODES.numberNode(12)
            : NODES.objectNode().put("a", true));
        edits.unknown.add(JsonPointer.append(at, name));
        continue;
      }
      edits.onlyUnknown = false;
      String member = d.pick(members);
      JsonNode value = object.get(member);
      switch (kind) {
        case 5: // a value of another type
          object.set(member, value.isString() ? NODES.numberNode(7) : value.isNumber() ? NODES.stringNode("sept")
              : value.isBoolean() ? NODES.stringNode("oui") : value.isArray() ? NODES.objectNode() : NODES.arrayNode());
          break;
        case 6:
          object.remove(member);
          break;
        case 7: // a code no closed list has, or text in a text member
          object.set(member, NODES.stringNode("code-inconnu-é"));
          break;
        case 8:
          object.set(member, NODES.nullNode());
          break;
        default: // an element of a list, of another type
          if (value.isArray() && !value.isEmpty()) {
            ((ArrayNode) value).set(d.between(0, value.size() - 1), NODES.booleanNode(false));
          } else {
            object.set(member, NODES.arrayNode().add(1));
          }
      }
    }
    return edits;
  }

  /** The pointers of the objects of a document, the extensions' values and the members added left out. */
  private static void objects(JsonNode node, String pointer, List<String> objects) {
    if (node.isObject()) {
      objects.add(pointer);
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        // Not in an extension's value, nor in a member added: the reader reads neither member by member.
        if (!member.getKey().equals("extensions") && !member.getKey().startsWith(ADDED)) {
          objects(member.getValue(), JsonPointer.append(pointer, member.getKey()), objects);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), JsonPointer.append(pointer, i), objects);
      }
    }
  }

  /**
   * Where two documents differ: a member one has and the other not, a list of another length (the
   * list), a different value; numbers compared as decimals.
   */
  static void differences(JsonNode left, JsonNode right, String pointer, List<String> out) {
    if (left.isObject() && right.isObject()) {
      Set<String> names = new TreeSet<>(left.propertyNames());
      names.addAll(right.propertyNames());
      for (String name : names) {
        JsonNode l = left.get(name);
        JsonNode r = right.get(name);
        String at = JsonPointer.append(pointer, name);
        if (l == null || r == null) {
          out.add(at);
        } else {
          differences(l, r, at, out);
        }
      }
    } else if (left.isArray() && right.isArray()) {
      if (left.size() != right.size()) {
        out.add(pointer);
      } else {
        Iterator<JsonNode> l = left.values().iterator();
        Iterator<JsonNode> r = right.values().iterator();
        for (int i = 0; l.hasNext(); i++) {
          differences(l.next(), r.next(), JsonPointer.append(pointer, i), out);
        }
      }
    } else if (left.isNumber() && right.isNumber()) {
      if (left.decimalValue().compareTo(right.decimalValue()) != 0) {
        out.add(pointer);
      }
    } else if (!left.equals(right)) {
      out.add(pointer);
    }
  }

  /**
   * Whether a finding at {@code finding} says that the value at {@code difference} changed: it is at
   * it, within it, or above it (the whole document only for a member of the root).
   */
  static boolean explains(String finding, String difference) {
    if (finding.equals(difference) || isAbove(difference, finding)) {
      return true;
    }
    if (finding.isEmpty()) {
      return difference.indexOf('/', 1) < 0;
    }
    return isAbove(finding, difference);
  }

  private static boolean isAbove(String ancestor, String pointer) {
    return pointer.startsWith(ancestor + "/");
  }
}
