package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The canonical form given as a stream and as a digest: the bytes written to a stream are the
 * canonical text, nothing is written for a contract that cannot be written, and the digest, hashed in
 * pieces as the form is written, is the SHA-256 of the whole text, for a small contract and for one of
 * several pieces.
 */
class CanonicalStreamsTest {

  private static final Contract SMALL = Contract.builder().id("cls-s").leadArs(Region.CENTRE_VAL_DE_LOIRE)
      .territory(Territory.builder().name("Pays").build()).build();

  private static final String SMALL_CANONICAL =
      "{\"formatVersion\":\"1.1\",\"id\":\"cls-s\",\"leadArs\":\"24\",\"territory\":{\"name\":\"Pays\"}}";

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A contract whose canonical form is about 120 KB: several of the digest's 32 KiB pieces. */
  private static Contract big() {
    Contract.Builder builder = Contract.builder().from(SMALL);
    for (int i = 1; i <= 2000; i++) {
      builder.addActionSheet(ActionSheet.builder().id("fa-" + i).title("Fiche numéro " + i + " « é »").build());
    }
    return builder.build();
  }

  @Test
  void the_canonical_form_of_a_small_contract_is_its_rfc_8785_text() {
    assertThat(ContractJson.toCanonicalString(SMALL)).isEqualTo(SMALL_CANONICAL);
    assertThat(ContractJson.toCanonicalBytes(SMALL)).isEqualTo(SMALL_CANONICAL.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_stream_receives_the_canonical_bytes_and_is_left_open() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    out.write('>');

    ContractJson.writeCanonical(SMALL, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(">" + SMALL_CANONICAL);
    assertThat(closed[0]).isFalse();
    Contract big = big();
    ByteArrayOutputStream bigOut = new ByteArrayOutputStream();
    ContractJson.writeCanonical(big, bigOut);
    assertThat(bigOut.toByteArray()).isEqualTo(ContractJson.toCanonicalBytes(big));
  }

  @Test
  void nothing_is_written_for_a_contract_whose_extension_is_not_json() {
    Contract broken = Contract.builder().from(SMALL).putExtension("org.example", "{not json").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> ContractJson.writeCanonical(broken, out)).isInstanceOf(ClsJsonException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void the_digest_is_the_sha256_of_the_canonical_bytes_for_one_piece_and_for_many() throws NoSuchAlgorithmException {
    assertThat(ContractJson.digest(SMALL)).isEqualTo(sha256(SMALL_CANONICAL.getBytes(StandardCharsets.UTF_8)));
    Contract big = big();
    byte[] canonical = ContractJson.toCanonicalBytes(big);

    assertThat(canonical.length).isGreaterThan(3 * 32 * 1024);
    assertThat(ContractJson.digest(big)).isEqualTo(sha256(canonical)).isNotEqualTo(ContractJson.digest(SMALL));
  }
}
