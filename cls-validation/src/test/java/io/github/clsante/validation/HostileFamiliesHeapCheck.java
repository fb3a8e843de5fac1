package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.validation.HostileCorpus.Outcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus's families (see {@code hostile/README.md}): inputs made here from a committed
 * example, by the thousand, each read and validated from its bytes and a stream of them. Where the
 * finding a user gets can be worked out independently (an invalid byte, an encoding, a duplicate member),
 * it is, and must be the report's exactly; elsewhere (every truncation, extreme numbers) the findings
 * must be those of the family's expected file, and agree with what can be worked out (the state the cut
 * leaves the text in, the member the number is in).
 *
 * <p>Runs in the Surefire execution {@code small-heap} (128 MB), with the large inputs.
 */
class HostileFamiliesHeapCheck {

  /** The example the families are made from: a seed contract with no finding, 2,762 bytes on one line. */
  static final Path EXAMPLE = Path.of("../cls-examples/src/main/resources/contracts/le-havre.json");

  private static final Path FAMILIES = HostileCorpus.DIR.resolve("families");
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static byte[] example() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    Outcome whole = HostileCorpus.run(bytes);
    assertThat(whole.validation().findings()).as("the example has no finding").isEmpty();
    return bytes;
  }

  // ---------------------------------------------------------------------------------------------
  // Truncations

  @Test
  void every_truncation_of_an_example_gives_its_expected_findings() throws IOException {
    byte[] example = example();
    List<String> rows = assertTimeoutPreemptively(HostileCorpus.HANG_GUARD, () -> {
      List<String> lines = new ArrayList<>();
      for (int n = 0; n <= example.length; n++) {
        byte[] cut = Arrays.copyOf(example, n);
        Outcome outcome = HostileCorpus.run(cut);
        List<Finding> read = outcome.read().report().findings();
        assertThat(outcome.read().contract().isPresent()).as("a contract from %d bytes", n).isEqualTo(n == example.length);
        assertThat(outcome.validation().findings()).as("validating %d bytes", n).isEqualTo(read);
        assertCutState(example, n, read);
        rows(lines, Integer.toString(n), read);
      }
      return lines;
    });
    assertFamily("truncations.expected", List.of("Every truncation of cls-examples' le-havre.json: its first n bytes, "
        + "for n from 0 to its length.", "<n> TAB <finding>: each of the reader's findings, or (none). The validator "
        + "gives the same findings, and no contract is read but from the whole file."), rows);
  }

  /**
   * What the state a cut leaves the text in says of its finding: nothing is empty; a character cut in two
   * is an encoding error where it starts; a text cut lacks its closing quote, at the end; otherwise what
   * is open must be closed, and the finding says with what.
   */
  private static void assertCutState(byte[] example, int n, List<Finding> findings) {
    if (n == example.length) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings).as("%d bytes", n).hasSize(1);
    Finding finding = findings.get(0);
    if (n == 0) {
      assertThat(FindingLines.describe(finding)).isEqualTo("CLS-JSON-EMPTY error - 1:1");
      return;
    }
    Deque<Character> open = new ArrayDeque<>();
    boolean inString = false;
    boolean escape = false;
    boolean name = false;
    int significant = -1; // the last byte outside texts and spaces
    int lead = -1;
    int continuation = 0;
    for (int i = 0; i < n; i++) {
      int b = example[i] & 0xFF;
      if (continuation > 0) {
        continuation--;
        continue;
      }
      if (b >= 0xC0) {
        lead = i;
        continuation = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
      } else if (inString) {
        if (escape) {
          escape = false;
        } else if (b == '\\') {
          escape = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
        name = !open.isEmpty() && open.peek() == '}' && (significant == '{' || significant == ',');
      } else if (b == '{' || b == '[') {
        open.push(b == '{' ? '}' : ']');
      } else if (b == '}' || b == ']') {
        open.pop();
      }
      if (!inString && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        significant = b;
      }
    }
    String line = FindingLines.describe(finding);
    if (continuation > 0) {
      assertThat(line).as("%d bytes: a character cut in two", n).isEqualTo("CLS-JSON-ENCODING error - " + locate(example, lead));
    } else if (inString && !name) {
      // Where its closing quote is missing: at the end of the input.
      assertThat(line).as("%d bytes: a text cut", n).startsWith("CLS-JSON-SYNTAX error ")
          .contains(" " + locate(example, n) + " problem=unclosed-string");
    } else {
      // Between values, or in a member name, which jackson-core reads as the end of the object.
      assertThat(finding.code()).as("%d bytes", n).isEqualTo("CLS-JSON-SYNTAX");
      if ("unclosed".equals(finding.params().get("problem"))) {
        assertThat(finding.params().get("expected")).as("%d bytes: what closes what is open", n)
            .isEqualTo(open.stream().map(String::valueOf).collect(Collectors.joining(" ")));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid UTF-8

  @Test
  void an_invalid_byte_anywhere_is_an_encoding_error_where_it_is() throws IOException {
    byte[] example = example();
    assertTimeoutPreemptively(HostileCorpus.HANG_GUARD, () -> {
      for (int k = 0; k < example.length; k++) {
        byte[] broken = example.clone();
        broken[k] = (byte) 0xFF;
        assertEncodingError(broken, "0xFF at byte " + k);
      }
    });
  }

  /** Ill-formed UTF-8 of every kind, at the start, in a text, in a member name, between values, at the end. */
  @Test
  void ill_formed_sequences_of_every_kind_anywhere_are_encoding_errors_where_they_start() throws IOException {
    byte[] example = example();
    String text = new String(example, StandardCharsets.UTF_8);
    Map<String, byte[]> kinds = new LinkedHashMap<>();
    kinds.put("overlong /", new byte[] {(byte) 0xC0, (byte) 0xAF});
    kinds.put("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80});
    kinds.put("overlong three bytes", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF});
    kinds.put("surrogate D800", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    kinds.put("surrogate DFFF", new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF});
    kinds.put("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    kinds.put("F5", new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    kinds.put("lone continuation", new byte[] {(byte) 0x80});
    kinds.put("two bytes cut", new byte[] {(byte) 0xC3});
    kinds.put("three bytes cut", new byte[] {(byte) 0xE2, (byte) 0x82});
    kinds.put("four bytes cut", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
    kinds.put("Latin-1 é", new byte[] {(byte) 0xE9});
    Map<String, Integer> places = new LinkedHashMap<>();
    places.put("start", 0);
    places.put("in a text", utf8Offset(text, text.indexOf("Le Havre") + 3));
    places.put("in a member name", utf8Offset(text, text.indexOf("\"territory\"") + 4));
    places.put("between values", utf8Offset(text, text.indexOf(",\"") + 1));
    places.put("end", example.length);
    for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
      for (Map.Entry<String, Integer> place : places.entrySet()) {
        int at = place.getValue();
        byte[] broken = new byte[example.length + kind.getValue().length];
        System.arraycopy(example, 0, broken, 0, at);
        System.arraycopy(kind.getValue(), 0, broken, at, kind.getValue().length);
        System.arraycopy(example, at, broken, at + kind.getValue().length, example.length - at);
        assertEncodingError(broken, kind.getKey() + " at the " + place.getKey());
      }
    }
  }

  private static int utf8Offset(String text, int charIndex) {
    return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The document must give exactly one finding, an encoding error where its first ill-formed sequence
   * starts, as the JDK's strict UTF-8 decoder finds it, and no contract.
   */
  private static void assertEncodingError(byte[] broken, String what) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(broken);
    CharBuffer out = CharBuffer.allocate(broken.length);
    int first = -1;
    if (decoder.decode(in, out, true).isError()) {
      first = in.position();
    } else if (decoder.flush(out).isError()) {
      first = in.position();
    }
    assertThat(first).as(what + ": the JDK's decoder finds it ill-formed").isGreaterThanOrEqualTo(0);
    Outcome outcome = HostileCorpus.run(broken);
    assertThat(FindingLines.describe(outcome.read().report().findings())).as(what)
        .containsExactly("CLS-JSON-ENCODING error - " + locate(broken, first));
    assertThat(outcome.validation().findings()).as(what).isEqualTo(outcome.read().report().findings());
    assertThat(outcome.read().contract()).as(what).isEmpty();
  }

  /** The line and UTF-16 column of a byte offset, as {@code L:C}, the bytes before it being UTF-8. */
  private static String locate(byte[] document, int offset) {
    String before;
    try {
      before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(document, 0, offset)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    return line + ":" + column;
  }

  // ---------------------------------------------------------------------------------------------
  // Encodings

  @Test
  void utf16_and_utf32_with_or_without_byte_order_mark_are_encoding_errors() throws IOException {
    String text = new String(example(), StandardCharsets.UTF_8);
    Map<String, byte[]> encodings = new LinkedHashMap<>();
    for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
      byte[] bytes = text.getBytes(Charset.forName(name));
      byte[] mark = "\uFEFF".getBytes(Charset.forName(name));
      byte[] marked = new byte[mark.length + bytes.length];
      System.arraycopy(mark, 0, marked, 0, mark.length);
      System.arraycopy(bytes, 0, marked, mark.length, bytes.length);
      encodings.put(name, bytes);
      encodings.put(name + " with its byte order mark", marked);
    }
    encodings.put("ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> encoding : encodings.entrySet()) {
      Outcome outcome = HostileCorpus.run(encoding.getValue());
      String expected = encoding.getKey().equals("ISO-8859-1")
          ? "CLS-JSON-ENCODING error - " + locate(encoding.getValue(), firstAbove127(encoding.getValue()))
          : "CLS-JSON-ENCODING error - 1:1";
      assertThat(FindingLines.describe(outcome.read().report().findings())).as(encoding.getKey()).containsExactly(expected);
      assertThat(outcome.validation().findings()).as(encoding.getKey()).isEqualTo(outcome.read().report().findings());
    }
  }

  private static int firstAbove127(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0xFF) > 127) {
        return i;
      }
    }
    throw new IllegalStateException("only ASCII");
  }

  // ---------------------------------------------------------------------------------------------
  // Duplicate members

  @Test
  void a_member_given_twice_in_any_object_is_reported_on_its_second_occurrence() throws IOException {
    String text = new String(example(), StandardCharsets.UTF_8);
    // Every object of the example, where it opens and its pointer; then, for each, its first member.
    Map<Integer, String> objects = new LinkedHashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          objects.put((int) parser.currentTokenLocation().getCharOffset(), parser.streamReadContext().pathAsPointer().toString());
        }
      }
    }
    int tested = 0;
    for (Map.Entry<Integer, String> object : objects.entrySet()) {
      int brace = object.getKey();
      String name;
      int nameStart;
      int valueEnd;
      try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text.substring(brace))) {
        parser.nextToken();
        if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
          continue; // {}
        }
        name = parser.currentName();
        nameStart = brace + (int) parser.currentTokenLocation().getCharOffset();
        if (parser.nextToken().isScalarValue()) {
          parser.getString(); // a text is read when asked: its end is known then
        }
        parser.skipChildren();
        valueEnd = brace + (int) parser.currentLocation().getCharOffset();
      }
      String member = text.substring(nameStart, valueEnd) + ",";
      // The copy goes first: the member as written is then the second occurrence.
      String twice = text.substring(0, brace + 1) + member + text.substring(brace + 1);
      int second = nameStart + member.length();
      Outcome outcome = HostileCorpus.run(twice.getBytes(StandardCharsets.UTF_8));
      String expected = "CLS-JSON-DUPLICATE-MEMBER error " + JsonPointer.append(object.getValue(), name) + " 1:"
          + (second + 1) + " member=" + name;
      assertThat(FindingLines.describe(outcome.read().report().findings())).as(object.getValue()).containsExactly(expected);
      assertThat(outcome.validation().findings()).as(object.getValue()).isEqualTo(outcome.read().report().findings());
      tested++;
    }
    assertThat(tested).as("objects in the example").isGreaterThanOrEqualTo(20);
  }

  // ---------------------------------------------------------------------------------------------
  // Extreme numbers

  /** The extreme numbers written in every numeric member, by name. */
  private static final Map<String, String> NUMBERS = numbers();

  private static Map<String, String> numbers() {
    Map<String, String> numbers = new LinkedHashMap<>();
    numbers.put("huge-exponent", "1e11111111111");
    numbers.put("huge-negative", "-1e11111111111");
    numbers.put("tiny-exponent", "1e-11111111111");
    numbers.put("beyond-double", "1e400");
    numbers.put("below-double", "1e-400");
    numbers.put("exponent-beyond-int", "1E+2147483648");
    numbers.put("beyond-long", "9223372036854775808");
    numbers.put("beyond-safe-integer", "9007199254740993");
    numbers.put("many-decimals", "0.1234567890123456789012345");
    numbers.put("digits-400", "9".repeat(400));
    numbers.put("digits-1001", "1".repeat(1001));
    return numbers;
  }

  @Test
  void huge_and_tiny_numbers_in_every_numeric_member_give_their_expected_findings() throws IOException {
    List<String> rows = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (String template : List.of("numbers-1.1.json", "numbers-1.0.json")) {
      String text = Files.readString(HostileCorpus.DIR.resolve(template), StandardCharsets.UTF_8);
      assertThat(HostileCorpus.run(text.getBytes(StandardCharsets.UTF_8)).validation().findings())
          .as(template + " has no finding").isEmpty();
      for (NumberToken number : numberTokens(text)) {
        covered.add(number.member());
        for (Map.Entry<String, String> written : NUMBERS.entrySet()) {
          String document = text.substring(0, number.start()) + written.getValue() + text.substring(number.end());
          Outcome outcome = assertTimeoutPreemptively(HostileCorpus.HANG_GUARD,
              () -> HostileCorpus.run(document.getBytes(StandardCharsets.UTF_8)));
          String what = template + " " + number.pointer() + " " + written.getKey();
          for (Finding finding : outcome.read().report().findings()) {
            // Every problem of the read is the number's: on its member, where it starts.
            assertThat(finding.pointer()).as(what).isEqualTo(number.pointer());
            assertThat(finding.location().map(l -> l.line() + ":" + l.column())).as(what).contains(number.location());
          }
          rows(rows, template + "\t" + number.pointer() + "\t" + written.getKey() + "\tread",
              outcome.read().report().findings());
          rows(rows, template + "\t" + number.pointer() + "\t" + written.getKey() + "\tvalidate",
              outcome.validation().findings());
        }
      }
    }
    assertThat(covered).as("every numeric member of the format's schemas").containsAll(numericMembers());
    assertFamily("numbers.expected", List.of("Every number of hostile/numbers-1.1.json and numbers-1.0.json (which "
        + "have every numeric member of the format) written as each extreme number of HostileFamiliesHeapCheck.",
        "<template> TAB <pointer> TAB <case> TAB read|validate TAB <finding>, or (none)."), rows);
  }

  /** A number of a template: where it is, and the schema's object and member it is ({@code Funding.year}). */
  record NumberToken(String pointer, int start, int end, String location, String member) {}

  private static List<NumberToken> numberTokens(String text) {
    List<NumberToken> numbers = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          TokenStreamLocation at = parser.currentTokenLocation();
          int start = (int) at.getCharOffset();
          int end = (int) parser.currentLocation().getCharOffset();
          String pointer = parser.streamReadContext().pathAsPointer().toString();
          numbers.add(new NumberToken(pointer, start, end, at.getLineNr() + ":" + at.getColumnNr(),
              schemaObject(pointer) + "." + parser.currentName()));
        }
      }
    }
    return numbers;
  }

  /** The schema object a member's pointer is in: the last member name of its parent's path. */
  private static String schemaObject(String pointer) {
    List<String> names = new ArrayList<>();
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (!segment.matches("[0-9]+")) {
        names.add(segment);
      }
    }
    String parent = names.size() < 2 ? "" : names.get(names.size() - 2);
    Map<String, String> objects = Map.ofEntries(Map.entry("", "Contract"), Map.entry("territory", "Territory"),
        Map.entry("period", "Period"), Map.entry("prs", "PrsReference"), Map.entry("amendments", "Amendment"),
        Map.entry("actionSheets", "ActionSheet"), Map.entry("fundings", "Funding"),
        Map.entry("budgetLines", "BudgetLine"), Map.entry("baseline", "Baseline"), Map.entry("targets", "Target"),
        Map.entry("measurements", "Measurement"));
    return objects.getOrDefault(parent, parent);
  }

  /** Every numeric member of the format's JSON Schemas (1.1 and 1.0), as {@code Object.member}. */
  private static Set<String> numericMembers() throws IOException {
    Set<String> members = new TreeSet<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String version : List.of("1.1", "1.0")) {
      JsonNode defs = mapper.readTree(Path.of("../cls-serialization/schema/contract-" + version + ".schema.json").toFile())
          .get("$defs");
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        JsonNode properties = def.getValue().get("properties");
        if (properties == null) {
          continue;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          String type = property.getValue().path("type").toString();
          if (type.contains("\"integer\"") || type.contains("\"number\"")) {
            members.add(def.getKey() + "." + property.getKey());
          }
        }
      }
    }
    assertThat(members).as("numeric members of the schemas").hasSizeGreaterThan(20);
    return members;
  }

  // ---------------------------------------------------------------------------------------------

  private static void rows(List<String> rows, String key, List<Finding> findings) {
    if (findings.isEmpty()) {
      rows.add(key + "\t(none)");
    }
    for (Finding finding : findings) {
      rows.add(key + "\t" + FindingLines.describe(finding));
    }
  }

  /** Compares a family's rows with its expected file, written when missing under {@code -Dcls.regenerate=true}. */
  private static void assertFamily(String name, List<String> description, List<String> rows) throws IOException {
    Path file = FAMILIES.resolve(name);
    StringBuilder text = new StringBuilder();
    description.forEach(line -> text.append("# ").append(line).append('\n'));
    rows.forEach(row -> text.append(row).append('\n'));
    assertThat(HostileCorpus.regenerated(file, text.toString())).as(file + " exists").isTrue();
    List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#")).collect(Collectors.toList());
    Iterator<String> actual = rows.iterator();
    for (String line : expected) {
      assertThat(actual.hasNext()).as(name + ": more rows expected, from " + line).isTrue();
      String row = actual.next();
      assertThat(row).as(name).isEqualTo(line);
    }
    assertThat(actual.hasNext()).as(name + ": more rows than expected").isFalse();
  }
}
