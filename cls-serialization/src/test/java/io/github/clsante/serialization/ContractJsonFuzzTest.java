package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clsante.model.Contract;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ContractJson#canonicalize(byte[])} and {@link ContractJson#digest(Contract)}, fuzzed: any bytes
 * give canonical bytes or a {@link ClsJsonException} with one of the documented codes, never another
 * exception; canonicalizing the canonical bytes gives them again; the text form agrees with the byte
 * form; canonicalizing refuses nothing that the reader reads without error, and the canonical bytes read
 * back as the contract the reader read first; a contract's digest is the SHA-256 of its canonical bytes.
 *
 * <p>{@code mvn verify} runs the saved inputs of {@code ContractJsonFuzzTestInputs/canonicalize/};
 * {@code .ci/fuzz canonicalize 5m} fuzzes (ROBUSTNESS.md, « Fuzzing »).
 */
class ContractJsonFuzzTest {

  /** The codes {@link ContractJson#canonicalize(byte[])} documents. */
  private static final Set<String> CANONICALIZE_CODES = Set.of(
      ReadProblem.ENCODING.code(), ReadProblem.EMPTY.code(), ReadProblem.SYNTAX.code(),
      ReadProblem.TRAILING_CONTENT.code(), ReadProblem.TOO_DEEP.code(), ReadProblem.NUMBER_TOO_LONG.code(),
      ReadProblem.STRING_TOO_LONG.code(), ReadProblem.DUPLICATE_MEMBER.code(),
      ReadProblem.NUMBER_OUT_OF_RANGE.code(), ReadProblem.INVALID_STRING.code());

  @FuzzTest
  void canonicalize(byte[] json) {
    byte[] canonical;
    try {
      canonical = ContractJson.canonicalize(json);
    } catch (ClsJsonException e) {
      checkException(e);
      checkTextFormRefuses(json, e.code());
      if (!startsWithByteOrderMark(json)) {
        // The reader tolerates a byte order mark, canonicalizing does not; otherwise what one refuses,
        // the other reports as an error.
        assertThat(ContractJson.reader().read(json).report().isValid())
            .as("the reader reads without error what canonicalizing refuses (%s)", e.code()).isFalse();
      }
      return;
    }
    assertThat(ContractJson.canonicalize(canonical)).as("canonicalizing twice").isEqualTo(canonical);
    decoded(json).ifPresent(text ->
        assertThat(ContractJson.canonicalize(text)).isEqualTo(new String(canonical, StandardCharsets.UTF_8)));

    ReadResult read = ContractJson.reader().read(json);
    if (read.contract().isPresent() && read.report().isValid()) {
      Contract contract = read.contract().get();
      ReadResult again = ContractJson.reader().read(canonical);
      assertThat(again.report().isValid()).as("the canonical form of a document read without error").isTrue();
      assertThat(again.contract()).contains(contract);
      byte[] contractBytes = ContractJson.toCanonicalBytes(contract);
      assertThat(ContractJson.digest(contract)).isEqualTo("sha256:" + sha256(contractBytes));
      assertThat(ContractJson.digest(again.contract().get())).isEqualTo(ContractJson.digest(contract));
      assertThat(ContractJson.canonicalize(contractBytes)).as("a contract's canonical bytes are canonical")
          .isEqualTo(contractBytes);
    }
  }

  private static void checkException(ClsJsonException e) {
    assertThat(e.code()).as("code of %s", e).isIn(CANONICALIZE_CODES);
    ContractReaderFuzzTest.checkPointer(e.pointer());
    assertThat(e.line()).isNotNegative();
    assertThat(e.column()).isNotNegative();
    assertThat(e.getMessage()).isNotBlank();
  }

  /** The text form refuses the same text with the same code (when the bytes are a text at all). */
  private static void checkTextFormRefuses(byte[] json, String code) {
    decoded(json).ifPresent(text -> {
      ClsJsonException e = catchThrowableOfType(ClsJsonException.class, () -> ContractJson.canonicalize(text));
      assertThat(e).as("the text form refuses what the byte form refuses (%s)", code).isNotNull();
      assertThat(e.code()).isEqualTo(code);
    });
  }

  /** The bytes as text, when they are UTF-8 without byte order mark. */
  private static Optional<String> decoded(byte[] json) {
    if (startsWithByteOrderMark(json)) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWithByteOrderMark(byte[] json) {
    return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
