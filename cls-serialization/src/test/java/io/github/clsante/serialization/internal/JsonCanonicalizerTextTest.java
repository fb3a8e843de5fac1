package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clsante.serialization.ClsJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonCanonicalizer#canonicalizeToText(String, int)}: a text read from its characters, without
 * being encoded first, gives the text of what its UTF-8 bytes give, and is refused with the code they
 * are refused with, located in characters.
 */
class JsonCanonicalizerTextTest {

  private static final String NOT_UTF8 = "not UTF-8 without byte order mark (a byte order mark, UTF-16 or UTF-32)";

  private static String failure(String json) {
    ClsJsonException e = catchThrowableOfType(ClsJsonException.class,
        () -> JsonCanonicalizer.canonicalizeToText(json, 4));
    assertThat(e).as("a ClsJsonException for %s", json).isNotNull();
    return describe(e);
  }

  private static String bytesFailure(String json) {
    ClsJsonException e = catchThrowableOfType(ClsJsonException.class,
        () -> JsonCanonicalizer.canonicalize(Utf8.encode(json), 4));
    assertThat(e).as("a ClsJsonException for the bytes of %s", json).isNotNull();
    return describe(e);
  }

  private static String describe(ClsJsonException e) {
    return e.code() + " " + (e.pointer().isEmpty() ? "-" : e.pointer()) + " " + e.line() + ":" + e.column() + " "
        + e.getMessage();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("\uFEFF{}", "CLS-JSON-ENCODING - 1:1 " + NOT_UTF8),
        Arguments.of("{\u0000}", "CLS-JSON-ENCODING - 1:1 " + NOT_UTF8),
        Arguments.of("é\u0000", "CLS-JSON-ENCODING - 1:1 " + NOT_UTF8),
        Arguments.of("", "CLS-JSON-EMPTY - 1:1 no JSON value"),
        Arguments.of("{\"a\":1,\"a\":2}", "CLS-JSON-DUPLICATE-MEMBER /a 1:8 duplicate member name"),
        Arguments.of("[1e400]", "CLS-JSON-NUMBER-OUT-OF-RANGE /0 1:2 number beyond the range of a double"),
        Arguments.of("[\"x\ud800\"]",
            "CLS-JSON-INVALID-STRING /0 1:2 string holding an unpaired UTF-16 surrogate"),
        Arguments.of("{\"k\":{\"\udc00\":1}}",
            "CLS-JSON-INVALID-STRING /k/\udc00 1:7 string holding an unpaired UTF-16 surrogate"),
        Arguments.of("[[[[[1]]]]]", "CLS-JSON-TOO-DEEP - 1:6 Document nesting depth (5) exceeds the maximum allowed (4, from `StreamReadConstraints.getMaxNestingDepth()`)"),
        Arguments.of("{} ]", "CLS-JSON-TRAILING-CONTENT - 1:4 content after the root value"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("refused")
  void a_text_is_refused_as_its_bytes_are(String json, String expected) {
    assertThat(failure(json)).isEqualTo(expected);
    if (json.chars().allMatch(c -> c < 0x80)) {
      assertThat(bytesFailure(json)).as("the same place in ASCII").isEqualTo(expected);
    } else {
      assertThat(bytesFailure(json)).as("the same code").startsWith(expected.substring(0, expected.indexOf(' ')));
    }
  }

  @Test
  void an_unpaired_surrogate_outside_a_string_is_a_syntax_error() {
    assertThat(failure("[\ud800]")).startsWith("CLS-JSON-SYNTAX - 1:2 ");
    assertThat(bytesFailure("[\ud800]")).startsWith("CLS-JSON-SYNTAX - 1:2 ");
  }

  @Test
  void columns_count_characters_where_the_bytes_count_bytes() {
    String json = "[\"é€𝄞\", x]";

    assertThat(failure(json)).startsWith("CLS-JSON-SYNTAX - 1:10 ");
    assertThat(bytesFailure(json)).startsWith("CLS-JSON-SYNTAX - 1:15 ");
  }

  /**
   * A document larger than the parser's buffer of characters: strings of every kind of character and
   * escape across the buffer's edges, members to sort, give the text of its bytes' canonical form.
   */
  @Test
  void a_long_text_gives_the_canonical_form_of_its_bytes() {
    long seed = 20261204L;
    Random random = new Random(seed);
    String[] pieces = {"a", "é", "’", "œ", "«\u00a0", "𝄞", "\\n", "\\u00e9", "\\ud834\\udd1e", "\\\"", "\\/", " ", "\\t"};
    StringBuilder json = new StringBuilder("{\n");
    for (int member = 0; member < 3000; member++) {
      json.append(member == 0 ? "" : ",\n").append("  \"m").append(random.nextInt(1_000_000)).append(member)
          .append("\": [\"");
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        json.append(pieces[random.nextInt(pieces.length)]);
      }
      json.append("\", ").append(random.nextInt()).append(", ").append(random.nextDouble()).append(", true, null]");
    }
    String text = json.append("\n}").toString();
    assertThat(text.length()).as("longer than jackson-core's 32,768 characters read in place").isGreaterThan(100_000);

    String canonical = JsonCanonicalizer.canonicalizeToText(text, 64);

    assertThat(canonical).as("seed %d", seed).isEqualTo(
        new String(JsonCanonicalizer.canonicalize(text.getBytes(StandardCharsets.UTF_8), 64), StandardCharsets.UTF_8));
    assertThat(canonical).startsWith("{\"m").doesNotContain("\\u00e9", "\\/", "\n");
  }

  @Test
  void a_problem_far_into_a_long_text_is_located_on_its_line_and_column() {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 5000; i++) {
      json.append("  \"l’élément ").append(i).append("\",\n");
    }
    String text = json.append("  \"x\ud800\"\n]").toString();

    assertThat(failure(text)).isEqualTo(
        "CLS-JSON-INVALID-STRING /5000 5002:3 string holding an unpaired UTF-16 surrogate");
  }
}
