package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of the canonical writer at its edges: the first character past ASCII, a slice of
 * input longer than the output's capacity, and the hash of the bytes written.
 */
class CanonicalOutputBytesTest {

  @Test
  void the_first_character_past_ascii_is_written_in_two_bytes() {
    CanonicalOutput out = new CanonicalOutput(16);
    out.string("a\u0080\u007f");

    assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("2261" + "c280" + "7f22");
  }

  @Test
  void a_slice_longer_than_the_capacity_is_copied_whole() {
    byte[] input = ("[" + "1,".repeat(600) + "1]").getBytes(StandardCharsets.US_ASCII);
    CanonicalOutput out = new CanonicalOutput();
    out.raw((byte) ' ');

    out.raw(input, 1, input.length - 1);

    assertThat(out.size()).isEqualTo(input.length - 1);
    assertThat(out.toText()).isEqualTo(" " + "1,".repeat(600) + "1");
  }

  @Test
  void the_hash_is_the_sha_256_of_the_bytes_written() {
    CanonicalOutput out = new CanonicalOutput(16);
    out.raw((byte) '{');
    out.raw((byte) '}');

    // SHA-256 of the two bytes "{}".
    assertThat(out.sha256Hex()).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    out.reset();
    assertThat(out.sha256Hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
