package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.report.SourceLocation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadResult#locationOf}: the line and UTF-16 column of the value a pointer designates, member
 * by member and element by element (escapes of RFC 6901 included), and of its nearest ancestor when
 * the document has nothing there; documents large, dense and deep enough for the record to grow.
 */
class RecordedLocationsTest {

  // Line 1 {, line 2 the version, line 3 the id, line 4 the territory, line 5 the axes.
  private static final String DOCUMENT = "{\n"
      + "  \"formatVersion\": \"1.1\",\n"
      + "  \"id\": \"cls-é€\", \"leadArs\": \"24\",\n"
      + "  \"territory\": {\"departements\": [\"41\", \"37\"]},\r\n"
      + "  \"axes\": [{\"id\": \"a-1\", \"title\": \"Accès\"}, {\"id\": \"a-2\", \"title\": \"Prévention\"}],\r"
      + "  \"title\": \"Contrat\"\n"
      + "}";

  private static final ReadResult READ = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(DOCUMENT);

  private static SourceLocation at(int line, int column) {
    return SourceLocation.of(line, column);
  }

  @Test
  void the_document_is_read_without_finding() {
    assertThat(READ.report().findings()).isEmpty();
  }

  @Test
  void members_and_elements_are_located_on_their_lines_in_utf16_columns() {
    assertThat(READ.locationOf("")).contains(at(1, 1));
    assertThat(READ.locationOf("/formatVersion")).contains(at(2, 20));
    assertThat(READ.locationOf("/leadArs")).contains(at(3, 30));
    assertThat(READ.locationOf("/territory/departements/0")).contains(at(4, 34));
    assertThat(READ.locationOf("/territory/departements/1")).contains(at(4, 40));
    // The line ended by CR LF counts once, the one ended by a lone CR too.
    assertThat(READ.locationOf("/axes/0")).contains(at(5, 12));
    assertThat(READ.locationOf("/axes/1/title")).contains(at(5, 68));
    assertThat(READ.locationOf("/title")).contains(at(6, 12));
  }

  @Test
  void a_place_the_document_does_not_have_is_located_at_its_nearest_ancestor() {
    SourceLocation axes = READ.locationOf("/axes").orElseThrow();
    assertThat(axes).isEqualTo(at(5, 11));
    assertThat(READ.locationOf("/axes/2")).contains(axes);
    assertThat(READ.locationOf("/axes/01")).contains(axes);
    assertThat(READ.locationOf("/axes/-")).contains(axes);
    assertThat(READ.locationOf("/axes/")).contains(axes);
    assertThat(READ.locationOf("/axes/1x")).contains(axes);
    assertThat(READ.locationOf("/axes/1234567890")).contains(axes);
    assertThat(READ.locationOf("/axes/0/number")).contains(at(5, 12));
    assertThat(READ.locationOf("/period/start")).contains(at(1, 1));
    assertThat(READ.locationOf("/i")).contains(at(1, 1));
    assertThat(READ.locationOf("/idx")).contains(at(1, 1));
  }

  @Test
  void an_escaped_segment_is_compared_unescaped_and_a_broken_escape_names_nothing() {
    // No member of the format has a '~' or a '/' in its name: these name nothing, the root is located.
    for (String pointer : new String[] {"/axes~", "/axes~2", "/axes~0", "/axes~1", "/ax~1es", "/~0axes", "/axes~01"}) {
      assertThat(READ.locationOf(pointer)).as(pointer).contains(at(1, 1));
    }
    assertThat(READ.locationOf("/axes~1/0")).contains(at(1, 1));
  }

  @Test
  void a_text_that_is_not_a_pointer_is_refused() {
    assertThatThrownBy(() -> READ.locationOf("axes")).isInstanceOf(StringIndexOutOfBoundsException.class);
  }

  @Test
  void a_dense_document_of_many_values_is_located_to_its_last_value() {
    // Three bytes a value: more values than the record presizes for.
    String regions = IntStream.range(0, 3000).mapToObj(i -> "\"" + (i % 2 == 0 ? "24" : "28") + "\"")
        .collect(Collectors.joining(","));
    String document = "{\"formatVersion\":\"1.1\",\"id\":\"c\",\"leadArs\":\"24\",\"territory\":{\"regions\":[" + regions + "]}}";
    ReadResult read = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(document);

    int first = document.indexOf("[\"24\"") + 2;
    assertThat(read.locationOf("/territory/regions/0")).contains(at(1, first));
    assertThat(read.locationOf("/territory/regions/2999")).contains(at(1, first + 2999 * 5));
    assertThat(read.locationOf("/territory/regions/3000")).contains(at(1, first - 1));
  }

  @Test
  void a_document_of_more_values_than_several_chunks_of_the_record_is_located_across_them() {
    // 50,000 regions, one a line: the record's chunks hold 16,384 values each, so the regions span four,
    // and the members after them (title, axes) are siblings of values in the first.
    int count = 50_000;
    String regions = IntStream.range(0, count).mapToObj(i -> "    \"" + (i % 2 == 0 ? "24" : "28") + "\"")
        .collect(Collectors.joining(",\n"));
    String document = "{\n  \"formatVersion\": \"1.1\", \"id\": \"c\", \"leadArs\": \"24\",\n  \"territory\": {\"regions\": [\n"
        + regions + "\n  ]},\n  \"title\": \"Contrat\",\n  \"axes\": [{\"id\": \"a-1\", \"title\": \"Accès\"}]\n}";
    ReadResult read = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(document);

    assertThat(read.report().findings()).isEmpty();
    assertThat(read.locationOf("/territory")).contains(at(3, 16));
    for (int i = 0; i < count; i++) { // region i is on line 4 + i, after four spaces
      assertThat(read.locationOf("/territory/regions/" + i)).contains(at(4 + i, 5));
    }
    int after = 4 + count + 1;
    assertThat(read.locationOf("/title")).contains(at(after, 12));
    assertThat(read.locationOf("/axes/0/title")).contains(at(after + 1, 35));
    assertThat(read.locationOf("/axes/0/id")).contains(at(after + 1, 19));
    assertThat(read.locationOf("/id")).contains(at(2, 33));
  }

  @Test
  void a_value_nested_deeper_than_the_record_presizes_for_is_located() {
    int depth = 20; // two levels each (an objective, its list): 40, beyond the 16 presized, within the 64 allowed
    StringBuilder objectives = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      objectives.append("{\"title\":\"o").append(i).append("\",\"objectives\":[");
    }
    objectives.append("]}".repeat(depth));
    String document = "{\"formatVersion\":\"1.1\",\"id\":\"c\",\"leadArs\":\"24\",\"territory\":{},"
        + "\"axes\":[{\"id\":\"a\",\"title\":\"A\",\"objectives\":[" + objectives + "]}]}";
    ReadResult read = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(document);

    assertThat(read.report().findings()).isEmpty();
    String pointer = "/axes/0" + "/objectives/0".repeat(depth) + "/title";
    assertThat(read.locationOf(pointer)).contains(at(1, document.indexOf("\"o" + (depth - 1) + "\"") + 1));
  }
}
