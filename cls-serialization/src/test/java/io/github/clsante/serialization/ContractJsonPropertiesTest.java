package io.github.clsante.serialization;

import static io.github.clsante.serialization.ContractGenerators.NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the JSON format over generated contracts and JSON texts: reading what was written,
 * canonical form, digest, and RFC 8785 against an independent implementation (erdtman's).
 */
class ContractJsonPropertiesTest {

  private static final int CONTRACTS = 300;
  private static final int TEXTS = 500;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Test
  void canonical_bytes_read_back_to_the_same_contract_without_findings() {
    qt().withExamples(CONTRACTS).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      ReadResult result = ContractJson.reader().read(ContractJson.toCanonicalBytes(contract));

      assertThat(result.report().findings()).isEmpty();
      assertThat(result.isValid()).isTrue();
      assertThat(result.contract()).contains(contract);
    });
  }

  @Test
  void pretty_text_reads_back_to_the_same_contract_without_findings() {
    qt().withExamples(CONTRACTS).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      ReadResult result = ContractJson.reader().read(ContractJson.toPrettyString(contract));

      assertThat(result.report().findings()).isEmpty();
      assertThat(result.contract()).contains(contract);
    });
  }

  @Test
  void canonical_bytes_are_already_canonical() {
    qt().withExamples(CONTRACTS).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      byte[] canonical = ContractJson.toCanonicalBytes(contract);

      assertThat(ContractJson.canonicalize(canonical)).isEqualTo(canonical);
      assertThat(ContractJson.toCanonicalString(contract)).isEqualTo(new String(canonical, StandardCharsets.UTF_8));
    });
  }

  @Test
  void digest_is_sha256_of_the_canonical_bytes() {
    qt().withExamples(CONTRACTS).forAll(ContractGenerators.contracts()).checkAssert(contract ->
        assertThat(ContractJson.digest(contract))
            .isEqualTo("sha256:" + HexFormat.of().formatHex(sha256(ContractJson.toCanonicalBytes(contract)))));
  }

  // The digest is hashed in pieces as the canonical form is written (32 KiB at a time): big contracts,
  // with extension values whose members the writer reorders, cross many of those pieces.
  @Test
  void the_digest_of_a_big_contract_is_sha256_of_its_canonical_bytes() {
    qt().withExamples(40).forAll(ContractGenerators.contracts()).checkAssert(contract -> {
      java.util.List<io.github.clsante.model.Axis> axes = new java.util.ArrayList<>();
      io.github.clsante.model.Axis unsorted = io.github.clsante.model.Axis.builder().id("axe-extension").title("Axe « x »")
          .putAllExtensions(java.util.Map.of("ars", "{\"z\": [3, {\"b\": 1, \"a\": \"é\"}], \"a\": 1e2}")).build();
      while (axes.size() < 1200) {
        axes.addAll(contract.axes());
        axes.add(unsorted);
      }
      Contract big = contract.withAxes(axes).withExtensions(java.util.Map.of("ns", "{\"b\": true, \"a\": null}"));
      byte[] canonical = ContractJson.toCanonicalBytes(big);

      assertThat(canonical.length).isGreaterThan(3 * 32 * 1024);
      assertThat(ContractJson.digest(big)).isEqualTo("sha256:" + HexFormat.of().formatHex(sha256(canonical)));
    });
  }

  @Test
  void pretty_text_canonicalizes_to_the_canonical_bytes() {
    qt().withExamples(CONTRACTS).forAll(ContractGenerators.contracts()).checkAssert(contract ->
        assertThat(ContractJson.canonicalize(ContractJson.toPrettyString(contract)))
            .isEqualTo(ContractJson.toCanonicalString(contract)));
  }

  @Test
  void any_member_order_spacing_escaping_and_number_spelling_reads_back_to_the_same_digest() {
    qt().withExamples(CONTRACTS)
        .forAll(ContractGenerators.contracts(), longs().all())
        .checkAssert((contract, seed) -> {
          String respelled = respell(ContractJson.toCanonicalString(contract), seed);

          ReadResult result = ContractJson.reader().read(respelled);

          assertThat(result.report().findings()).as(respelled).isEmpty();
          assertThat(result.contract()).as(respelled).isPresent();
          assertThat(ContractJson.digest(result.contract().get())).as(respelled)
              .isEqualTo(ContractJson.digest(contract));
          assertThat(result.contract()).as(respelled).contains(contract);
          assertThat(ContractJson.canonicalize(respelled)).isEqualTo(ContractJson.toCanonicalString(contract));
        });
  }

  @Test
  void canonicalize_is_idempotent() {
    qt().withExamples(TEXTS).forAll(ContractGenerators.jsonTexts()).checkAssert(text -> {
      String once = ContractJson.canonicalize(text);

      assertThat(ContractJson.canonicalize(once)).isEqualTo(once);
      assertThat(ContractJson.canonicalize(utf8(text))).isEqualTo(utf8(once));
    });
  }

  @Test
  void canonicalize_agrees_with_erdtman_rfc8785_implementation() {
    qt().withExamples(TEXTS).forAll(ContractGenerators.jsonContainerTexts()).checkAssert(text -> {
      // erdtman's number formatting loops forever on some subnormals (±1e-315): never wait for it.
      String expected = assertTimeoutPreemptively(Duration.ofSeconds(30), // a hang guard, not a speed check
          () -> new JsonCanonicalizer(text).getEncodedString());

      assertThat(ContractJson.canonicalize(text)).as(text).isEqualTo(expected);
    });
  }

  @Test
  void respelling_keeps_the_canonical_form_of_any_json_text() {
    qt().withExamples(TEXTS).forAll(ContractGenerators.jsonTexts(), longs().all()).checkAssert((text, seed) ->
        assertThat(ContractJson.canonicalize(respell(text, seed))).isEqualTo(ContractJson.canonicalize(text)));
  }

  // ---------------------------------------------------------------------------------------------

  /** Writes a JSON text again with shuffled members, random whitespace, escapes and number spellings. */
  static String respell(String json, long seed) {
    return ContractGenerators.writeJson(tree(MAPPER.readTree(json)), ContractGenerators.dice(new Random(seed)));
  }

  /** A Jackson tree as Maps, Lists, Strings, BigDecimals, Booleans and NULL. */
  private static Object tree(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> object = new LinkedHashMap<>();
      node.properties().forEach(member -> object.put(member.getKey(), tree(member.getValue())));
      return object;
    } else if (node.isArray()) {
      List<Object> array = new ArrayList<>();
      node.values().forEach(element -> array.add(tree(element)));
      return array;
    } else if (node.isString()) {
      return node.stringValue();
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue(); // exact: the same decimal reads as the same double
      return value;
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isNull()) {
      return NULL;
    }
    throw new IllegalArgumentException("not JSON: " + node);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
