package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the JSON format over generated contracts and JSON texts: canonical form, digest, and
 * RFC 8785 against an independent implementation (erdtman's). Reading what was written, in any
 * rendering, is {@link ContractRoundTripPropertiesTest}'s.
 */
class ContractJsonPropertiesTest {

  private static final int CONTRACTS = 300;
  private static final int TEXTS = 500;

  @Test
  void canonical_bytes_are_already_canonical() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small()).checkAssert(contract -> {
      byte[] canonical = ContractJson.toCanonicalBytes(contract);

      assertThat(ContractJson.canonicalize(canonical)).isEqualTo(canonical);
      assertThat(ContractJson.toCanonicalString(contract)).isEqualTo(new String(canonical, StandardCharsets.UTF_8));
    });
  }

  @Test
  void digest_is_sha256_of_the_canonical_bytes() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small()).checkAssert(contract ->
        assertThat(ContractJson.digest(contract))
            .isEqualTo("sha256:" + HexFormat.of().formatHex(sha256(ContractJson.toCanonicalBytes(contract)))));
  }

  // The digest is hashed in pieces as the canonical form is written (32 KiB at a time): big contracts,
  // with extension values whose members the writer reorders, cross many of those pieces.
  @Test
  void the_digest_of_a_big_contract_is_sha256_of_its_canonical_bytes() {
    qt().withExamples(40).forAll(FormatContracts.small()).checkAssert(contract -> {
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
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small()).checkAssert(contract ->
        assertThat(ContractJson.canonicalize(ContractJson.toPrettyString(contract)))
            .isEqualTo(ContractJson.toCanonicalString(contract)));
  }

  @Test
  void canonicalize_is_idempotent() {
    qt().withExamples(TEXTS).forAll(JsonRendering.jsonTexts()).checkAssert(text -> {
      String once = ContractJson.canonicalize(text);

      assertThat(ContractJson.canonicalize(once)).isEqualTo(once);
      assertThat(ContractJson.canonicalize(utf8(text))).isEqualTo(utf8(once));
    });
  }

  @Test
  void canonicalize_agrees_with_erdtman_rfc8785_implementation() {
    qt().withExamples(TEXTS).forAll(JsonRendering.jsonContainerTexts()).checkAssert(text -> {
      // erdtman's number formatting loops forever on some subnormals (±1e-315): never wait for it.
      String expected = assertTimeoutPreemptively(Duration.ofSeconds(30), // a hang guard, not a speed check
          () -> new JsonCanonicalizer(text).getEncodedString());

      assertThat(ContractJson.canonicalize(text)).as(text).isEqualTo(expected);
    });
  }

  @Test
  void respelling_keeps_the_canonical_form_of_any_json_text() {
    qt().withExamples(TEXTS).forAll(JsonRendering.jsonTexts(), longs().all()).checkAssert((text, seed) ->
        assertThat(ContractJson.canonicalize(JsonRendering.respell(text, seed))).isEqualTo(ContractJson.canonicalize(text)));
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
