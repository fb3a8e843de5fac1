package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Malformed JSON is reported by what the person who edited the file most likely did, at the place of
 * the mistake, in plain words.
 */
class SyntaxErrorTest {

  /** The syntax finding of a document, which may have others before it (unknown members). */
  private static Finding only(String json) {
    ReadResult result = ContractJson.reader().read(json);
    assertThat(result.contract()).isEmpty();
    return result.report().findings().stream().filter(f -> f.code().equals("CLS-JSON-SYNTAX"))
        .reduce((a, b) -> {
          throw new AssertionError("two syntax findings: " + a + ", " + b);
        })
        .orElseThrow(() -> new AssertionError("no syntax finding: " + result.report()));
  }

  private static String where(Finding finding) {
    return finding.pointer() + " " + finding.location().map(l -> l.line() + ":" + l.column()).orElse("-");
  }

  /** A document, the mistake it holds, what was found, and where the finding is. */
  record Case(String document, String problem, String found, String place) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("{\"id\":1 \"b\":2}", "missing-comma", null, "/id 1:8"),
        new Case("{\"id\":[1,\n  2\n  3]}", "missing-comma", null, "/id/1 2:4"),
        new Case("{\"id\" 1}", "missing-colon", null, "/id 1:6"),
        new Case("{\"id\":1,}", "trailing-comma", "}", "/id 1:9"),
        new Case("[1,]", "trailing-comma", "]", "/0 1:4"),
        new Case("{id:1}", "unquoted-name", "i", " 1:2"),
        new Case("{'id':1}", "single-quotes", "'", " 1:2"),
        new Case("{\"id\":\u201cx\u201d}", "curly-quotes", "\u201c", "/id 1:7"),
        new Case("{\"id\":bonjour}", "unquoted-text", "bonjour", "/id 1:7"),
        new Case("{\"id\":1 // note\n}", "comment", "/", "/id 1:9"),
        new Case("{\"id\":[1,", "unclosed", null, "/id/1 1:10"),
        new Case("{\"id\":\"xx", "unclosed-string", null, "/id 1:10"),
        new Case("{\"id\":\"x\ny\"}", "control-character", null, "/id 1:9"),
        new Case("{\"id\":\"\\q\"}", "bad-escape", null, "/id 1:9"),
        new Case("{\"id\":07}", "leading-zero", null, "/id 1:8"),
        new Case("{\"id\":NaN}", "not-a-number", "NaN", "/id 1:10"),
        new Case("{\"id\":1]}", "mismatched-bracket", "]", "/id 1:8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_mistake_is_named_and_placed(Case mistake) {
    Finding finding = only(mistake.document());

    assertThat(finding.params()).containsEntry("problem", mistake.problem());
    if (mistake.found() != null) {
      assertThat(finding.params()).containsEntry("found", mistake.found());
    }
    assertThat(where(finding)).isEqualTo(mistake.place());
    assertThat(FindingMessages.message(finding, Locale.FRENCH))
        .isNotEqualTo(ReadProblem.SYNTAX.messageTemplate(Locale.FRENCH));
  }

  @Test
  void a_missing_comma_is_placed_just_after_the_previous_value_and_said_in_french() {
    Finding finding = only("{\n  \"id\": \"cls\"\n  \"status\": \"signed\"\n}");

    assertThat(where(finding)).isEqualTo("/id 2:14");
    assertThat(FindingMessages.message(finding, Locale.FRENCH))
        .isEqualTo("Il manque une virgule après cette valeur, avant la suivante.");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH))
        .isEqualTo("A comma is missing after this value, before the next one.");
  }

  @Test
  void an_unclosed_document_says_which_brackets_are_missing() {
    Finding finding = only("{\"a\":[{\"b\":1");

    assertThat(finding.params()).containsExactlyInAnyOrderEntriesOf(Map.of("problem", "unclosed", "expected", "} ] }"));
    assertThat(FindingMessages.message(finding, Locale.FRENCH))
        .isEqualTo("Le fichier s’arrête avant la fin\u202f: il manque «\u00a0} ] }\u00a0» pour fermer ce qui a été "
            + "ouvert. Le fichier a peut-être été coupé.");
  }
}
