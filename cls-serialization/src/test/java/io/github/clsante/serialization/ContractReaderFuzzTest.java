package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's contract, fuzzed: whatever bytes it reads, each of its four configurations (strict or
 * lenient, with or without locations) returns a result and throws nothing; every finding is one of the
 * reader's documented problems, with its severity, a well-formed JSON Pointer, a line and column inside
 * the document, and a message in French and English; a result without contract holds an error; the
 * locations a reader records change nothing it reports, and locate every finding; a contract read
 * without error is written canonically and read back the same.
 *
 * <p>{@code mvn verify} runs the saved inputs of {@code ContractReaderFuzzTestInputs/read/} (the seed
 * contracts, broken documents, and every crash found so far); {@code .ci/fuzz reader 5m} fuzzes
 * (ROBUSTNESS.md, « Fuzzing »).
 */
class ContractReaderFuzzTest {

  private static final ContractReader STRICT = ContractJson.reader();
  private static final ContractReader LOCATED = STRICT.with(ReadFeature.RECORD_LOCATIONS);
  private static final ContractReader LENIENT = STRICT.with(ReadFeature.IGNORE_UNKNOWN_MEMBERS);
  private static final ContractReader LENIENT_LOCATED = LENIENT.with(ReadFeature.RECORD_LOCATIONS);

  @FuzzTest
  void read(byte[] document) {
    ReadResult strict = STRICT.read(document);
    checkResult(strict, document, false);

    ReadResult located = LOCATED.read(document);
    assertThat(located.report()).isEqualTo(strict.report());
    assertThat(located.contract()).isEqualTo(strict.contract());
    checkLocated(located);

    ReadResult lenient = LENIENT.read(document);
    checkResult(lenient, document, true);
    ReadResult lenientLocated = LENIENT_LOCATED.read(document);
    assertThat(lenientLocated.report()).isEqualTo(lenient.report());
    checkLocated(lenientLocated);
    // Leniency only lowers unknown members to warnings: it never adds an error strict reading lacks.
    if (strict.report().isValid()) {
      assertThat(lenient.report().isValid()).isTrue();
    }

    if (strict.contract().isPresent() && strict.report().isValid()) {
      Contract contract = strict.contract().get();
      byte[] canonical = ContractJson.toCanonicalBytes(contract);
      ReadResult again = STRICT.read(canonical);
      assertThat(again.report().isValid()).as("the canonical form of a contract read without error reads back")
          .isTrue();
      assertThat(again.contract()).contains(contract);
      assertThat(ContractJson.toCanonicalBytes(again.contract().get())).isEqualTo(canonical);
    }
  }

  /** What every result of the reader is, strict or lenient. */
  static void checkResult(ReadResult result, byte[] document, boolean lenient) {
    List<Finding> findings = result.report().findings();
    if (result.contract().isEmpty()) {
      assertThat(result.report().isValid()).as("a document read into no contract has an error").isFalse();
      assertThat(result.unreadable()).isEmpty();
    }
    assertThat(result.isValid()).isEqualTo(result.contract().isPresent() && result.report().isValid());
    int lines = lineCount(document);
    for (Finding finding : findings) {
      Optional<ReadProblem> problem = ReadProblem.fromCode(finding.code());
      assertThat(problem).as("a reader's finding has a reader's code: %s", finding).isPresent();
      checkSeverity(finding, problem.get(), lenient);
      checkPointer(finding.pointer());
      SourceLocation location = finding.location().orElseThrow(() ->
          new AssertionError("a finding of a document read from bytes has a line and column: " + finding));
      assertThat(location.line()).as("line of %s", finding).isBetween(1, lines);
      assertThat(location.column()).as("column of %s", finding).isBetween(1, document.length + 1);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        assertThat(FindingMessages.message(finding, locale)).as("message of %s", finding)
            .isNotBlank().isNotEqualTo(finding.code());
      }
    }
    for (String pointer : result.unreadable()) {
      checkPointer(pointer);
    }
  }

  private static void checkSeverity(Finding finding, ReadProblem problem, boolean lenient) {
    if (problem == ReadProblem.UNKNOWN_MEMBER) {
      // An error when strict; a warning when lenient or in a newer minor version.
      assertThat(finding.severity()).isIn(Severity.ERROR, Severity.WARNING);
      if (lenient) {
        assertThat(finding.severity()).as("lenient: %s", finding).isEqualTo(Severity.WARNING);
      }
    } else {
      assertThat(finding.severity()).as("severity of %s", finding).isEqualTo(problem.severity());
    }
  }

  /** An RFC 6901 pointer: empty, or {@code /} tokens with {@code ~} escaped, written back the same. */
  static void checkPointer(String pointer) {
    // tokens() throws for a malformed pointer
    assertThat(JsonPointer.tokens(pointer).stream().reduce("", JsonPointer::append, String::concat))
        .as("pointer %s", pointer).isEqualTo(pointer);
  }

  /** With locations recorded, every finding's pointer is located (at its value, or its nearest ancestor). */
  private static void checkLocated(ReadResult result) {
    if (result.contract().isEmpty()) {
      return;
    }
    for (Finding finding : result.report().findings()) {
      assertThat(result.locationOf(finding.pointer())).as("location of %s", finding).isPresent();
    }
  }

  /** The lines of a document as jackson-core counts them: LF, CR LF and a lone CR each end one. */
  private static int lineCount(byte[] document) {
    int lines = 1;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n' || document[i] == '\r' && (i + 1 == document.length || document[i + 1] != '\n')) {
        lines++;
      }
    }
    return lines;
  }
}
