package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Canonicalization of any JSON text: the RFC 8785 test vectors (test resources {@code jcs/}, with
 * their licence), sorting, and every error path with its exact code, pointer, line and column
 * (columns as jackson-core counts them, in bytes).
 */
class JsonCanonicalizerTest {

  /** The six input/output pairs of the RFC 8785 test data. */
  static List<String> vectors() {
    return List.of("arrays.json", "french.json", "structures.json", "unicode.json", "values.json", "weird.json");
  }

  /**
   * Opens a file of the RFC 8785 test data, from the classpath.
   *
   * @param name the path under {@code jcs/}
   * @return the stream
   */
  static InputStream vector(String name) {
    InputStream in = JsonCanonicalizerTest.class.getResourceAsStream("jcs/" + name);
    assertThat(in).as("test resource jcs/%s", name).isNotNull();
    return in;
  }

  static byte[] vectorBytes(String name) throws IOException {
    try (InputStream in = vector(name)) {
      return in.readAllBytes();
    }
  }

  private static String canonical(String json) {
    return new String(JsonCanonicalizer.canonicalize(json.getBytes(StandardCharsets.UTF_8), 64),
        StandardCharsets.UTF_8);
  }

  private static ClsJsonException failure(byte[] json, int depth) {
    ClsJsonException e = catchThrowableOfType(ClsJsonException.class,
        () -> JsonCanonicalizer.canonicalize(json, depth));
    assertThat(e).as("a ClsJsonException").isNotNull();
    return e;
  }

  private static ClsJsonException failure(String json) {
    return failure(json.getBytes(StandardCharsets.UTF_8), 64);
  }

  private static void assertProblem(
      ClsJsonException e, ReadProblem problem, String pointer, int line, int column) {
    assertThat(e.code()).as("code").isEqualTo(problem.code());
    assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
  }

  @Test
  void the_rfc_8785_vectors_and_their_licence_are_test_resources() throws IOException {
    for (String name : vectors()) {
      assertThat(vectorBytes("input/" + name)).as(name).isNotEmpty();
      assertThat(vectorBytes("output/" + name)).as(name).isNotEmpty();
    }
    assertThat(new String(vectorBytes("LICENSE"), StandardCharsets.UTF_8)).contains("Apache License, Version 2.0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void each_rfc_8785_input_gives_exactly_the_expected_bytes(String name) throws IOException {
    byte[] input = vectorBytes("input/" + name);
    byte[] expected = vectorBytes("output/" + name);

    byte[] canonical = JsonCanonicalizer.canonicalize(input, 64);

    assertThat(new String(canonical, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(canonical).isEqualTo(expected);
    assertThat(JsonCanonicalizer.canonicalize(canonical, 64)).as("canonical form is a fixed point").isEqualTo(canonical);
  }

  @Test
  void members_are_sorted_by_utf16_code_units_not_code_points() {
    // U+1F600 is D83D DE00 in UTF-16, before U+FB01; in code points it would come after.
    assertThat(canonical("{\"ﬁ\":3,\"😀\":2,\"é\":0.1,\"b\":1,\"Z\":1.0,\"a\":1e21}"))
        .isEqualTo("{\"Z\":1,\"a\":1e+21,\"b\":1,\"é\":0.1,\"😀\":2,\"ﬁ\":3}");
    assertThat(canonical("{\"b\":0,\"a\":0,\"\":0,\"aa\":0,\"B\":0,\"\\u0000\":0}"))
        .isEqualTo("{\"\":0,\"\\u0000\":0,\"B\":0,\"a\":0,\"aa\":0,\"b\":0}");
  }

  @Test
  void the_stack_notes_example_gives_the_rfc_8785_form() {
    String input = "{\"b\":1,\"a\":1e21,\"é\":0.1,\"Z\":1.0,\"€\":\"x\",\"😀\":2,\"ﬁ\":3,\"n\":-0.0,"
        + "\"f\":3.0E-7,\"big\":12345678901234567890}";
    assertThat(canonical(input)).isEqualTo(
        "{\"Z\":1,\"a\":1e+21,\"b\":1,\"big\":12345678901234567000,\"f\":3e-7,\"n\":0,\"é\":0.1,"
            + "\"€\":\"x\",\"😀\":2,\"ﬁ\":3}");
  }

  @Test
  void whitespace_between_tokens_is_removed_and_kept_inside_strings() {
    assertThat(canonical(" \t\r\n{ \"b\" :\n[ 1 ,\t2 , { } , [ ] ] ,\r\n \"a\" : \" x  y \" }\n "))
        .isEqualTo("{\"a\":\" x  y \",\"b\":[1,2,{},[]]}");
  }

  @Test
  void nested_arrays_and_objects_are_sorted_at_every_level() {
    assertThat(canonical("[{\"z\":{\"y\":[{\"b\":null,\"a\":true}],\"x\":false}},[[[]]],{}]"))
        .isEqualTo("[{\"z\":{\"x\":false,\"y\":[{\"a\":true,\"b\":null}]}},[[[]]],{}]");
  }

  @Test
  void a_scalar_root_is_canonicalized_too() {
    assertThat(canonical("1.0")).isEqualTo("1");
    assertThat(canonical(" -0 ")).isEqualTo("0");
    assertThat(canonical("\"\\u00e9\\/\\u001F\"")).isEqualTo("\"é/\\u001f\"");
    assertThat(canonical("null")).isEqualTo("null");
    assertThat(canonical("true")).isEqualTo("true");
  }

  @Test
  void numbers_take_the_ecmascript_form_of_their_nearest_double() {
    assertThat(canonical("[1E30,4.50,2e-3,0.000000000000000000000000001,9007199254740993,0."
        + "0".repeat(400) + "1,-0.0,-0,5e-324,1e21,123456789012345678901234567890,1" + "1".repeat(308) + "]"))
        .isEqualTo("[1e+30,4.5,0.002,1e-27,9007199254740992,0,0,0,5e-324,1e+21,1.2345678901234568e+29,"
            + "1.1111111111111112e+308]");
  }

  @Test
  void escapes_in_strings_become_the_minimal_rfc_8785_form() {
    assertThat(canonical("[\"\\u20ac\\ud83d\\ude00\\b\\f\\u007f\\u2028\\\"\\\\\\/\"]"))
        .isEqualTo("[\"€😀\\b\\f\u007f\u2028\\\"\\\\/\"]");
  }

  @Test
  void a_trailing_comma_is_a_syntax_error() {
    assertProblem(failure("{\"a\":1,}"), ReadProblem.SYNTAX, "", 1, 8);
  }

  @Test
  void malformed_texts_are_syntax_errors_at_the_offending_character() {
    assertProblem(failure("[1,2"), ReadProblem.SYNTAX, "", 1, 5);
    assertProblem(failure("{\n  \"a\": tru\n}"), ReadProblem.SYNTAX, "", 2, 8);
    assertProblem(failure("[01]"), ReadProblem.SYNTAX, "", 1, 3);
    assertProblem(failure("{'a':1}"), ReadProblem.SYNTAX, "", 1, 2);
    assertProblem(failure("[NaN]"), ReadProblem.SYNTAX, "", 1, 5);
    assertProblem(failure("123abc"), ReadProblem.SYNTAX, "", 1, 4);
    assertProblem(failure("[\"a\u0001\"]"), ReadProblem.SYNTAX, "", 1, 4);
  }

  @Test
  void a_duplicate_member_is_reported_at_its_second_name() {
    assertProblem(failure("{\"a\":1,\"a\":2}"), ReadProblem.DUPLICATE_MEMBER, "/a", 1, 8);
  }

  @Test
  void a_nested_duplicate_member_has_an_escaped_pointer() {
    assertProblem(failure("{\"x\":[{\"a/b\":1,\"a/b\":2}]}"), ReadProblem.DUPLICATE_MEMBER, "/x/0/a~1b", 1, 16);
    assertProblem(failure("[0,\n{\"~\":{},\n \"~\":[]}]"), ReadProblem.DUPLICATE_MEMBER, "/1/~0", 3, 2);
  }

  @Test
  void content_after_the_root_value_is_trailing_content() {
    assertProblem(failure("{} {}"), ReadProblem.TRAILING_CONTENT, "", 1, 4);
    assertProblem(failure("{} x"), ReadProblem.TRAILING_CONTENT, "", 1, 4);
    assertProblem(failure("[1]\n]"), ReadProblem.TRAILING_CONTENT, "", 2, 1);
    assertProblem(failure("1 2"), ReadProblem.TRAILING_CONTENT, "", 1, 3);
  }

  @Test
  void a_text_without_a_value_is_empty_located_at_its_end() {
    assertProblem(failure(""), ReadProblem.EMPTY, "", 1, 1);
    assertProblem(failure("   "), ReadProblem.EMPTY, "", 1, 4);
    assertProblem(failure(" \n\t"), ReadProblem.EMPTY, "", 2, 2);
  }

  @Test
  void ill_formed_utf8_is_an_encoding_error_at_its_first_byte() {
    assertProblem(failure(bytes("5b22c3225d"), 64), ReadProblem.ENCODING, "", 1, 3); // truncated
    assertProblem(failure(bytes("5b226180225d"), 64), ReadProblem.ENCODING, "", 1, 4); // lone continuation
    assertProblem(failure(bytes("7b22ff223a317d"), 64), ReadProblem.ENCODING, "", 1, 3); // never in UTF-8
    assertProblem(failure(bytes("22f09f98"), 64), ReadProblem.ENCODING, "", 1, 2); // cut at the end
    assertProblem(failure(bytes("0d0a0d5b0a22ff225d"), 64), ReadProblem.ENCODING, "", 4, 2); // CR LF, CR, LF
  }

  @Test
  void forms_that_jackson_core_would_decode_are_encoding_errors_too() {
    assertProblem(failure(bytes("5b22c080225d"), 64), ReadProblem.ENCODING, "", 1, 3); // overlong U+0000
    assertProblem(failure(bytes("5b22e080af225d"), 64), ReadProblem.ENCODING, "", 1, 3); // overlong '/'
    assertProblem(failure(bytes("5b22f08282ac225d"), 64), ReadProblem.ENCODING, "", 1, 3); // overlong '€'
    assertProblem(failure(bytes("5b22eda080225d"), 64), ReadProblem.ENCODING, "", 1, 3); // U+D800
    assertProblem(failure(bytes("5b22edbfbf225d"), 64), ReadProblem.ENCODING, "", 1, 3); // U+DFFF
    assertProblem(failure(bytes("5b22f4908080225d"), 64), ReadProblem.ENCODING, "", 1, 3); // U+110000
    assertProblem(failure(bytes("5b22f5808080225d"), 64), ReadProblem.ENCODING, "", 1, 3);
  }

  @Test
  void the_extremes_of_well_formed_utf8_are_accepted() {
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF
    String hex = "22c280dfbfe0a080ed9fbfee8080efbfbff0908080f48fbfbf22";
    assertThat(JsonCanonicalizer.canonicalize(bytes(hex), 64)).isEqualTo(bytes(hex));
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  @Test
  void byte_order_marks_and_utf16_or_utf32_text_are_encoding_errors() {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
    byte[] utf16BigEndianBom = {(byte) 0xFE, (byte) 0xFF, 0, '[', 0, '1', 0, ']'};
    byte[] utf16LittleEndianBom = {(byte) 0xFF, (byte) 0xFE, '[', 0, '1', 0, ']', 0};
    byte[] utf16WithoutBom = "[1]".getBytes(StandardCharsets.UTF_16BE);
    byte[] utf16LittleWithoutBom = "[1]".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf32Bom = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '1'};
    byte[] singleNul = {0};
    for (byte[] bytes : List.of(utf8Bom, utf16BigEndianBom, utf16LittleEndianBom, utf16WithoutBom,
        utf16LittleWithoutBom, utf32Bom, singleNul)) {
      assertProblem(failure(bytes, 64), ReadProblem.ENCODING, "", 1, 1);
    }
  }

  @Test
  void nesting_deeper_than_the_limit_is_too_deep() {
    assertProblem(failure("[[[[1]]]]".getBytes(StandardCharsets.UTF_8), 3), ReadProblem.TOO_DEEP, "", 1, 5);
    assertProblem(failure("{\"a\":{\"b\":\n{\"c\":{}}}}".getBytes(StandardCharsets.UTF_8), 3),
        ReadProblem.TOO_DEEP, "", 2, 7);
    assertThat(new String(JsonCanonicalizer.canonicalize("[[[1]]]".getBytes(StandardCharsets.UTF_8), 3),
        StandardCharsets.UTF_8)).isEqualTo("[[[1]]]");
  }

  @Test
  void deep_nesting_within_the_limit_needs_no_deep_stack() {
    int depth = 100_000;
    String json = "[".repeat(depth) + "{\"k\":1}" + "]".repeat(depth);
    assertThat(new String(JsonCanonicalizer.canonicalize(json.getBytes(StandardCharsets.UTF_8), depth + 1),
        StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void a_number_longer_than_1000_characters_is_too_long() {
    assertProblem(failure("[" + "1".repeat(1001) + "]"), ReadProblem.NUMBER_TOO_LONG, "", 1, 1003);
    // jackson-core counts the digits, the leading 0 included
    assertProblem(failure("[0." + "1".repeat(1000) + "]"), ReadProblem.NUMBER_TOO_LONG, "", 1, 1004);
    assertThat(canonical("[0." + "1".repeat(999) + "]")).isEqualTo("[0.1111111111111111]");
  }

  @Test
  void a_member_name_longer_than_jacksons_limit_is_too_long() {
    String name = "n".repeat(50_001);
    assertProblem(failure("{\"" + name + "\":1}"), ReadProblem.STRING_TOO_LONG, "", 1, 50_005);
  }

  @Test
  void a_number_beyond_the_range_of_a_double_is_out_of_range() {
    assertProblem(failure("1e400"), ReadProblem.NUMBER_OUT_OF_RANGE, "", 1, 1);
    assertProblem(failure("{\"a\":[0,\n -1e400]}"), ReadProblem.NUMBER_OUT_OF_RANGE, "/a/1", 2, 2);
    assertProblem(failure("[1" + "0".repeat(400) + "]"), ReadProblem.NUMBER_OUT_OF_RANGE, "/0", 1, 2);
    assertProblem(failure("[" + "1".repeat(1000) + "]"), ReadProblem.NUMBER_OUT_OF_RANGE, "/0", 1, 2);
  }

  @Test
  void an_exponent_beyond_the_range_of_an_int_is_out_of_range_or_zero_never_an_exception() {
    assertProblem(failure("{\"a\":1e11111111111}"), ReadProblem.NUMBER_OUT_OF_RANGE, "/a", 1, 6);
    assertProblem(failure("[-1E+2147483648]"), ReadProblem.NUMBER_OUT_OF_RANGE, "/0", 1, 2);
    // Too close to zero for a double: 0, as ECMAScript's JSON.parse and RFC 8785 read it.
    assertThat(JsonCanonicalizer.canonicalize(
        "[1e-11111111111,-1e-400,0e11111111111]".getBytes(StandardCharsets.UTF_8), 64))
        .asString(StandardCharsets.UTF_8).isEqualTo("[0,0,0]");
  }

  @Test
  void an_unpaired_surrogate_is_an_invalid_string_as_rfc_8785_requires() {
    assertProblem(failure("[\"\\ud800\"]"), ReadProblem.INVALID_STRING, "/0", 1, 2);
    assertProblem(failure("{\"a\":\"x\\udc00\"}"), ReadProblem.INVALID_STRING, "/a", 1, 6);
    // in member names jackson-core refuses them itself, and locates them after the name
    assertProblem(failure("{\"\\ude00\":1}"), ReadProblem.INVALID_STRING, "", 1, 9);
    assertProblem(failure("{\"a\\ud800\":1}"), ReadProblem.INVALID_STRING, "", 1, 10);
    assertProblem(failure("\"\\ud83d\\ud83d\""), ReadProblem.INVALID_STRING, "", 1, 1);
  }

  @Test
  void a_negative_depth_limit_is_refused() {
    assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("1".getBytes(StandardCharsets.UTF_8), -1))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_tree_reader_stops_on_the_last_token_of_the_value_and_prefixes_its_pointers() {
    JsonFactory factory = JsonFactory.builder().build();
    byte[] json = "{\"ext\": {\"b\": [1, {\"c\": null}], \"a\": \"x\"}, \"next\": true}"
        .getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken(); // on the value of "ext"
      Object tree = JsonTree.read(parser, "/ext");
      assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
      assertThat(parser.currentName()).isEqualTo("next");
      assertThat(tree).isInstanceOf(LinkedHashMap.class);
      assertThat(List.copyOf(((Map<?, ?>) tree).keySet())).isEqualTo(List.of("b", "a")); // insertion order
      assertThat(((Map<?, ?>) tree).get("b")).isEqualTo(List.of(1.0, Map.of("c", JsonTree.NULL)));
    }
    byte[] duplicate = "{\"ext\": [0, {\"a\": 1,\n \"a\": 2}]}".getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), duplicate)) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      ClsJsonException e = catchThrowableOfType(ClsJsonException.class, () -> JsonTree.read(parser, "/ext"));
      assertProblem(e, ReadProblem.DUPLICATE_MEMBER, "/ext/1/a", 2, 2);
      assertThat(parser.currentToken()).isEqualTo(JsonToken.PROPERTY_NAME);
      assertThat(e.getMessage()).isEqualTo("duplicate member name");
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), "7".getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      assertThat(JsonTree.read(parser, "/x")).isEqualTo(7.0);
      assertThat(parser.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
  }

  @Test
  void the_tree_writer_sorts_members_and_refuses_what_is_not_json() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("b", List.of(1L, 2.5, Integer.valueOf(3), "s", Boolean.FALSE, JsonTree.NULL));
    object.put("a", new LinkedHashMap<>());
    CanonicalOutput out = new CanonicalOutput();
    JsonTree.write(object, out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":{},\"b\":[1,2.5,3,\"s\",false,null]}");

    assertThatThrownBy(() -> JsonTree.write(List.of(new Object()), new CanonicalOutput()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON tree value: ");
    assertThatThrownBy(() -> JsonTree.write(Map.of(1, "x"), new CanonicalOutput()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON member name: 1");
    assertThatThrownBy(() -> JsonTree.write(List.of(Double.NaN), new CanonicalOutput()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: NaN");
  }

  @Test
  void sha256_hex_matches_the_known_vectors() {
    assertThat(JsonCanonicalizer.sha256Hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(JsonCanonicalizer.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
