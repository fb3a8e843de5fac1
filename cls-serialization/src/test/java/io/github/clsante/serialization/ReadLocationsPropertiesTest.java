package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The locations a read records ({@link ReadResult#locationOf(String)}) are those of an independent
 * walk of the same bytes: every value's line and UTF-16 column, on indented (LF, CR LF, CR) and one-line
 * documents, asked in any order; a pointer the document lacks is located at its nearest ancestor.
 */
class ReadLocationsPropertiesTest {

  private static final ContractReader LOCATING = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS);

  @Test
  void every_value_is_located_as_an_independent_walk_locates_it() {
    qt().withExamples(60).forAll(FormatContracts.small()).checkAssert(contract -> {
      String pretty = ContractJson.toPrettyString(contract);
      check(pretty);
      check(ContractJson.toCanonicalString(contract));
      // Every line ending jackson-core counts: CR LF (Windows), a lone CR (old Mac), mixed.
      check(pretty.replace("\n", "\r\n"));
      check(pretty.replace("\n", "\r"));
      check(pretty.replace(",\n", ",\r").replace("[\n", "[\r\n"));
    });
  }

  @Test
  void a_pointer_the_document_lacks_is_located_at_its_nearest_ancestor() {
    String json = "{\n  \"formatVersion\": \"1.1\", \"id\": \"cls-x\",\n  \"title\": \"Éé 😀\", \"status\": \"signed\",\n"
        + "  \"axes\": [\n    {\"id\": \"a\", \"title\": \"t\", \"actionSheets\": []}\n  ]\n}";
    ReadResult read = LOCATING.read(json);
    assertThat(read.locationOf("/axes/0/actionSheets/7/title")).contains(SourceLocation.of(5, 47));
    assertThat(read.locationOf("/axes/1")).contains(SourceLocation.of(4, 11));
    assertThat(read.locationOf("/axes/00")).contains(SourceLocation.of(4, 11));
    assertThat(read.locationOf("/axes/0")).contains(SourceLocation.of(5, 5));
    assertThat(read.locationOf("/nothing/here")).contains(SourceLocation.of(1, 1));
    assertThat(read.locationOf("/title")).contains(SourceLocation.of(3, 12));
    assertThat(read.locationOf("/id")).contains(SourceLocation.of(2, 33));
    assertThat(read.locationOf("/status")).contains(SourceLocation.of(3, 31)); // UTF-16 units, not bytes
    assertThat(read.locationOf("/i~0d")).contains(SourceLocation.of(1, 1));
    assertThat(read.locationOf("/id~")).contains(SourceLocation.of(1, 1));
    assertThatThrownBy(() -> read.locationOf("id")).isInstanceOf(StringIndexOutOfBoundsException.class);
    assertThat(ContractJson.reader().read(json).locationOf("/axes/0")).isEmpty();
  }

  private static void check(String json) {
    Map<String, SourceLocation> expected = walk(json.getBytes(StandardCharsets.UTF_8));
    ReadResult read = LOCATING.read(json);
    assertThat(read.report().findings()).isEmpty();
    List<String> pointers = new ArrayList<>(expected.keySet());
    Collections.shuffle(pointers, new Random(pointers.size()));
    for (String pointer : pointers) {
      assertThat(read.locationOf(pointer)).as("%s in %s", pointer, json).contains(expected.get(pointer));
    }
  }

  /**
   * Every value's pointer and location, by jackson-core and a UTF-16 count of the line's text; the
   * values inside extension data (never located one by one) at the extension data's own.
   */
  private static Map<String, SourceLocation> walk(byte[] bytes) {
    Map<String, SourceLocation> locations = new LinkedHashMap<>();
    List<Object> path = new ArrayList<>(); // member names and array indexes (Integer)
    List<Boolean> inArray = new ArrayList<>();
    try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          path.remove(path.size() - 1);
          inArray.remove(inArray.size() - 1);
          continue;
        }
        if (token == JsonToken.PROPERTY_NAME) {
          path.set(path.size() - 1, parser.currentName());
          continue;
        }
        if (!inArray.isEmpty() && inArray.get(inArray.size() - 1)) {
          path.set(path.size() - 1, (Integer) path.get(path.size() - 1) + 1);
        }
        String pointer = pointer(path);
        int extensions = path.indexOf("extensions");
        locations.put(pointer, extensions >= 0 && extensions < path.size() - 1
            ? locations.get(pointer(path.subList(0, extensions + 1)))
            : location(bytes, parser.currentTokenLocation()));
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          boolean array = token == JsonToken.START_ARRAY;
          path.add(array ? (Object) Integer.valueOf(-1) : "");
          inArray.add(array);
        }
      }
    }
    return locations;
  }

  private static String pointer(List<Object> path) {
    String pointer = "";
    for (Object segment : path) {
      pointer = segment instanceof Integer ? JsonPointer.append(pointer, (Integer) segment)
          : JsonPointer.append(pointer, (String) segment);
    }
    return pointer;
  }

  private static SourceLocation location(byte[] bytes, TokenStreamLocation at) {
    int offset = (int) at.getByteOffset();
    int lineStart = offset - (at.getColumnNr() - 1);
    return SourceLocation.of(at.getLineNr(),
        new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1);
  }
}
