package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finding points at a value the document has, and says where it is. On generated contracts
 * (rule-breaking ones mostly), validated from their file, written canonically (one line), indented, or
 * indented with CR LF line ends and tabs: every finding's JSON Pointer resolves, by RFC 6901 (Jackson's
 * evaluation of the parsed document, not the SDK's), and its line and column are those of the first
 * character of that value, as an independent scanner of the text finds it (written here, counting lines
 * at LF, CR LF and CR, and columns in UTF-16 units). The findings are those of validating the contract
 * in memory, plus their locations.
 */
class FindingPointersPropertiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final java.util.regex.Pattern INDENT = java.util.regex.Pattern.compile("(?md)^(?:  )+"); // d: lines end at LF only

  /** How a contract's file is written: canonical, indented, or indented with CR LF and tabs. */
  static String file(Contract contract, int form) {
    switch (form) {
      case 0:
        return ContractJson.toCanonicalString(contract);
      case 1:
        return ContractJson.toPrettyString(contract);
      default:
        // Each line's indentation in tabs (values' text keeps its spaces), each line ending in CR LF.
        return INDENT.matcher(ContractJson.toPrettyString(contract))
            .replaceAll(indent -> "\t".repeat(indent.group().length() / 2)).replace("\n", "\r\n");
    }
  }

  @TestFactory
  DynamicTest every_finding_points_at_a_value_of_its_file_and_is_located_at_it() {
    Property<Pair<Contract, Integer>> property = Examples.of(1000).forAll(
        "every finding's pointer resolves in the document, its line and column those of the value",
        ContractValidatorPropertiesTest.CONTRACTS.zip(integers().between(0, 2), Pair::of));
    return dynamicTest(property.name(), () -> property.check(example -> {
      Contract contract = example._1;
      String text = file(contract, example._2);
      JsonNode document = MAPPER.readTree(text);
      Map<String, SourceLocation> values = locations(text);

      ValidationReport report = ContractValidator.standard().validate(text.getBytes(StandardCharsets.UTF_8));

      for (Finding finding : report.findings()) {
        String where = finding.code() + " at " + finding.pointer();
        assertThat(document.at(finding.pointer()).isMissingNode())
            .as("%s: the document has no value there", where).isFalse();
        assertThat(values).as("%s: the scanner found no value there", where).containsKey(finding.pointer());
        assertThat(finding.location()).as(where).contains(values.get(finding.pointer()));
      }
      assertThat(report.findings().stream().map(f -> f.withLocation(java.util.Optional.empty()))
          .collect(Collectors.toList()))
          .as("the findings of the file are those of the contract")
          .isEqualTo(ContractValidator.standard().validate(contract).findings());
    }));
  }

  @Test
  void the_scanner_finds_the_first_character_of_each_value() {
    Map<String, SourceLocation> locations = locations("{\"a\": [1, {\"é\": \"x\"}],\n \"b/c\": {}, \"d~\": -1.5e3}");

    assertThat(locations).containsOnly(Map.entry("", SourceLocation.of(1, 1)), Map.entry("/a", SourceLocation.of(1, 7)),
        Map.entry("/a/0", SourceLocation.of(1, 8)), Map.entry("/a/1", SourceLocation.of(1, 11)),
        Map.entry("/a/1/é", SourceLocation.of(1, 17)), Map.entry("/b~1c", SourceLocation.of(2, 9)),
        Map.entry("/d~0", SourceLocation.of(2, 19)));
  }

  @Test
  void the_scanner_counts_columns_in_utf16_units_and_lines_at_every_line_end() {
    Map<String, SourceLocation> locations =
        locations("{\"😀\": \"😀😀\", \"x\\\"\\u0041\": true,\r\n\"k\":\r[null,\n\t\"t\"]}");

    assertThat(locations).containsOnly(Map.entry("", SourceLocation.of(1, 1)),
        Map.entry("/😀", SourceLocation.of(1, 8)), // "😀" is two units: the value starts at the 8th
        Map.entry("/x\"A", SourceLocation.of(1, 29)), Map.entry("/k", SourceLocation.of(3, 1)),
        Map.entry("/k/0", SourceLocation.of(3, 2)), Map.entry("/k/1", SourceLocation.of(4, 2)));
  }

  /**
   * The line and column of every value of a JSON text, by its JSON Pointer: those of the value's first
   * character, lines ending at LF, CR LF or CR, columns counted in UTF-16 units from 1.
   */
  static Map<String, SourceLocation> locations(String json) {
    Scanner scanner = new Scanner(json);
    scanner.value("");
    scanner.space();
    if (scanner.at != json.length()) {
      throw new IllegalArgumentException("trailing text at " + scanner.at);
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    int line = 1;
    int column = 1;
    int offset = 0;
    // The values' offsets in order, so that one pass turns them into lines and columns.
    List<Map.Entry<String, Integer>> starts = scanner.starts.entrySet().stream()
        .sorted(Map.Entry.comparingByValue()).collect(Collectors.toList());
    for (Map.Entry<String, Integer> start : starts) {
      for (; offset < start.getValue(); offset++) {
        char c = json.charAt(offset);
        if (c == '\n' || c == '\r' && (offset + 1 == json.length() || json.charAt(offset + 1) != '\n')) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
      locations.put(start.getKey(), SourceLocation.of(line, column));
    }
    return locations;
  }

  /** A scanner of JSON text that records where each value starts, by pointer. */
  private static final class Scanner {
    final String text;
    final Map<String, Integer> starts = new HashMap<>();
    int at;

    Scanner(String text) {
      this.text = text;
    }

    void space() {
      while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    void expect(char c) {
      space();
      if (at >= text.length() || text.charAt(at) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + at);
      }
      at++;
    }

    void value(String pointer) {
      space();
      starts.put(pointer, at);
      char c = text.charAt(at);
      if (c == '{') {
        at++;
        space();
        if (text.charAt(at) == '}') {
          at++;
          return;
        }
        do {
          space();
          String name = string();
          expect(':');
          value(JsonPointer.append(pointer, name));
          space();
        } while (text.charAt(at++) == ',');
        if (text.charAt(at - 1) != '}') {
          throw new IllegalArgumentException("expected } at " + (at - 1));
        }
      } else if (c == '[') {
        at++;
        space();
        if (text.charAt(at) == ']') {
          at++;
          return;
        }
        int index = 0;
        do {
          value(JsonPointer.append(pointer, index++));
          space();
        } while (text.charAt(at++) == ',');
        if (text.charAt(at - 1) != ']') {
          throw new IllegalArgumentException("expected ] at " + (at - 1));
        }
      } else if (c == '"') {
        string();
      } else {
        while (at < text.length() && "+-0123456789.eEtrufalsn".indexOf(text.charAt(at)) >= 0) {
          at++;
        }
      }
    }

    /** A string at the current position, its escapes decoded. */
    String string() {
      if (text.charAt(at) != '"') {
        throw new IllegalArgumentException("expected a string at " + at);
      }
      at++;
      StringBuilder value = new StringBuilder();
      while (text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'b':
            value.append('\b');
            break;
          case 'f':
            value.append('\f');
            break;
          case 'n':
            value.append('\n');
            break;
          case 'r':
            value.append('\r');
            break;
          case 't':
            value.append('\t');
            break;
          case 'u':
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
            break;
          default: // " \ /
            value.append(escaped);
        }
      }
      at++;
      return value.toString();
    }
  }
}
