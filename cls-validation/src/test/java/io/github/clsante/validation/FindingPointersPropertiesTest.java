package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.ContractJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finding points at a value the document has, and says where it is. On contracts that break the
 * rules ({@link RuleBreakingContracts}), every rule finding's JSON Pointer resolves, by RFC 6901, in the
 * canonical document of the contract (Jackson's own evaluation of the parsed document, not the SDK's),
 * and validating the canonical bytes, or the pretty form, gives each finding the line and column of
 * that value: those Jackson's parser gives the value's first token, on the text decoded from UTF-8,
 * found by a walk of the tokens in this test, independently of the SDK's reader.
 */
class FindingPointersPropertiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Test
  void every_finding_points_at_a_value_of_the_canonical_document() {
    qt().withExamples(400).forAll(RuleBreakingContracts.contracts()).checkAssert(contract -> {
      JsonNode document = MAPPER.readTree(ContractJson.toCanonicalBytes(contract));

      for (Finding finding : ContractValidator.standard().validate(contract).findings()) {
        assertThat(document.at(finding.pointer()).isMissingNode())
            .as("%s points at %s, which the canonical document does not have", finding.code(), finding.pointer())
            .isFalse();
      }
    });
  }

  @Test
  void validating_the_canonical_bytes_locates_each_finding_at_its_value() {
    qt().withExamples(300).forAll(RuleBreakingContracts.contracts()).checkAssert(contract -> {
      byte[] canonical = ContractJson.toCanonicalBytes(contract);
      assertLocatedAtTheirValues(contract, canonical);
    });
  }

  @Test
  void validating_the_pretty_form_locates_each_finding_at_its_value_line_and_column() {
    qt().withExamples(200).forAll(RuleBreakingContracts.contracts()).checkAssert(contract -> {
      byte[] pretty = ContractJson.toPrettyString(contract).getBytes(StandardCharsets.UTF_8);
      assertLocatedAtTheirValues(contract, pretty);
    });
  }

  @Test
  void the_walk_of_the_tokens_finds_the_first_token_of_each_value() {
    Map<String, SourceLocation> locations = locations("{\"a\": [1, {\"é\": \"x\"}],\n \"b/c\": {}}");

    assertThat(locations).containsOnly(Map.entry("", SourceLocation.of(1, 1)), Map.entry("/a", SourceLocation.of(1, 7)),
        Map.entry("/a/0", SourceLocation.of(1, 8)), Map.entry("/a/1", SourceLocation.of(1, 11)),
        Map.entry("/a/1/é", SourceLocation.of(1, 17)), Map.entry("/b~1c", SourceLocation.of(2, 9)));
  }

  private static void assertLocatedAtTheirValues(Contract contract, byte[] json) {
    Map<String, SourceLocation> locations = locations(new String(json, StandardCharsets.UTF_8));
    ValidationReport report = ContractValidator.standard().validate(json);

    assertThat(report.findings()).hasSameSizeAs(ContractValidator.standard().validate(contract).findings());
    for (Finding finding : report.findings()) {
      assertThat(locations).as("%s points at %s, which the document does not have", finding.code(), finding.pointer())
          .containsKey(finding.pointer());
      assertThat(finding.location()).as("%s at %s", finding.code(), finding.pointer())
          .contains(locations.get(finding.pointer()));
    }
  }

  /** The line and column of every value of a JSON text, by its JSON Pointer: those of its first token. */
  static Map<String, SourceLocation> locations(String json) {
    Map<String, SourceLocation> locations = new HashMap<>();
    // The pointer of each open container, and, for each, the member or index its next value goes to.
    Deque<String> containers = new ArrayDeque<>();
    Deque<Object> next = new ArrayDeque<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          next.pop();
          next.push(parser.currentName());
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          containers.pop();
          next.pop();
          continue;
        }
        String pointer = containers.isEmpty() ? "" : child(containers.peek(), next);
        TokenStreamLocation at = parser.currentTokenLocation();
        locations.put(pointer, SourceLocation.of(at.getLineNr(), at.getColumnNr()));
        if (token == JsonToken.START_OBJECT) {
          containers.push(pointer);
          next.push("");
        } else if (token == JsonToken.START_ARRAY) {
          containers.push(pointer);
          next.push(-1);
        }
      }
    }
    return locations;
  }

  /** The pointer of a container's next value: the member named, or the element after the last one. */
  private static String child(String container, Deque<Object> next) {
    Object key = next.pop();
    if (key instanceof Integer) {
      int index = (Integer) key + 1;
      next.push(index);
      return JsonPointer.append(container, index);
    }
    next.push(key);
    return JsonPointer.append(container, (String) key);
  }
}
