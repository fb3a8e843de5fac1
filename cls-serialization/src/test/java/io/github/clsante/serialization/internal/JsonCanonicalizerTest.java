package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clsante.serialization.ClsJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCanonicalizerTest {

  static final Path JCS = Path.of("../../shared/testdata/jcs");

  static List<String> vectors() throws IOException {
    try (Stream<Path> files = Files.list(JCS.resolve("input"))) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void the_rfc_8785_vectors_are_all_present() throws IOException {
    assertThat(vectors()).containsExactly(
        "arrays.json", "french.json", "structures.json", "unicode.json", "values.json", "weird.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void each_rfc_8785_input_gives_exactly_the_expected_output(String name) throws IOException {
    byte[] input = Files.readAllBytes(JCS.resolve("input").resolve(name));
    byte[] expected = Files.readAllBytes(JCS.resolve("output").resolve(name));

    assertThat(JsonCanonicalizer.canonicalize(input, 64)).isEqualTo(expected);
  }

  private static ClsJsonException failure(String json, int depth) {
    return catchThrowableOfType(ClsJsonException.class,
        () -> JsonCanonicalizer.canonicalize(json.getBytes(StandardCharsets.UTF_8), depth));
  }

  @Test
  void sorts_members_by_utf16_code_units() {
    String input = "{\"ﬁ\":3,\"😀\":2,\"é\":0.1,\"b\":1,\"Z\":1.0,\"a\":1e21}";

    assertThat(new String(JsonCanonicalizer.canonicalize(input.getBytes(StandardCharsets.UTF_8), 64),
        StandardCharsets.UTF_8)).isEqualTo("{\"Z\":1,\"a\":1e+21,\"b\":1,\"é\":0.1,\"😀\":2,\"ﬁ\":3}");
  }

  @Test
  void reports_each_kind_of_unreadable_text_with_its_code_and_place() {
    assertProblem(failure("{\"a\":1,}", 64), "CLS-JSON-SYNTAX", 1, 8);
    assertProblem(failure("{\"a\":1,\"a\":2}", 64), "CLS-JSON-DUPLICATE-MEMBER", 1, 8);
    assertThat(failure("{\"a\":1,\"a\":2}", 64).pointer()).isEqualTo("/a");
    assertProblem(failure("{} {}", 64), "CLS-JSON-TRAILING-CONTENT", 1, 4);
    assertProblem(failure("   ", 64), "CLS-JSON-EMPTY", 1, 1);
    assertThat(failure("[[[[1]]]]", 3).code()).isEqualTo("CLS-JSON-TOO-DEEP");
    assertThat(failure("[" + "1".repeat(1001) + "]", 64).code()).isEqualTo("CLS-JSON-NUMBER-TOO-LONG");
    assertThat(failure("[1e400]", 64).code()).isEqualTo("CLS-JSON-INVALID-NUMBER");
    assertThat(failure("[1e400]", 64).pointer()).isEqualTo("/0");
  }

  @Test
  void refuses_what_is_not_utf8() {
    byte[] invalid = {'[', '"', (byte) 0xC3, '"', ']'};
    byte[] utf16 = "[1]".getBytes(StandardCharsets.UTF_16);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
    for (byte[] bytes : List.of(invalid, utf16, bom)) {
      assertThat(catchThrowableOfType(ClsJsonException.class, () -> JsonCanonicalizer.canonicalize(bytes, 64))
          .code()).isEqualTo("CLS-JSON-ENCODING");
    }
  }

  @Test
  void computes_sha256_in_lower_case_hex() {
    assertThat(JsonCanonicalizer.sha256Hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(JsonCanonicalizer.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static void assertProblem(ClsJsonException e, String code, int line, int column) {
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }
}
