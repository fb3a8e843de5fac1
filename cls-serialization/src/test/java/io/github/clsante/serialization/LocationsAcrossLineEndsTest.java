package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The locations a read records ({@link ReadFeature#RECORD_LOCATIONS}) count LF, CR LF and a lone CR as
 * one line end each, as the findings do; a pointer that goes past what was recorded (an element not
 * there, an index with a leading zero, a name not in the object) gives the location of the deepest value
 * recorded on its way.
 */
class LocationsAcrossLineEndsTest {

  private static final String DOCUMENT = "{\"formatVersion\":\"1.1\",\r\n\"id\":\"cls\",\r\"leadArs\":\"24\",\n"
      + "\"territory\":{\"departements\":[\"41\",\"37\",\"18\"]},\r\n\"title\":\"T\"}";

  private static String at(String pointer) {
    ReadResult result = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(DOCUMENT);
    assertThat(result.report().findings()).isEmpty();
    return result.locationOf(pointer).map(l -> l.line() + ":" + l.column()).orElse("none");
  }

  @Test
  void each_kind_of_line_end_ends_one_line() {
    assertThat(at("")).isEqualTo("1:1");
    assertThat(at("/formatVersion")).isEqualTo("1:18");
    assertThat(at("/id")).isEqualTo("2:6");
    assertThat(at("/leadArs")).isEqualTo("3:11");
    assertThat(at("/territory/departements/2")).isEqualTo("4:40");
    assertThat(at("/title")).isEqualTo("5:9");
  }

  @Test
  void a_pointer_past_what_was_recorded_gives_the_deepest_value_on_its_way() {
    assertThat(at("/territory/departements")).isEqualTo("4:29");
    assertThat(at("/territory/departements/0")).isEqualTo("4:30");
    for (String past : new String[] {"/3", "/01", "/x", "/", "/1234567890"}) {
      assertThat(at("/territory/departements" + past)).as(past).isEqualTo("4:29");
    }
    assertThat(at("/territory/name")).isEqualTo("4:13");
    assertThat(at("/nope/x")).isEqualTo("1:1");
  }
}
