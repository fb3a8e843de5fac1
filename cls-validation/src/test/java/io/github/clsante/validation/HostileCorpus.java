package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile corpus's shared parts (see {@code hostile/README.md} among the test resources): how an
 * input is read and validated, and its expected findings, written in a {@code .expected} file:
 *
 * <pre>
 * # what the input is (lines beginning with # are comments)
 * read: contract            (or: read: no contract)
 * CODE SEVERITY POINTER LINE:COLUMN name=value…
 * validate: invalid         (or: validate: valid)
 * CODE SEVERITY POINTER LINE:COLUMN name=value…
 * </pre>
 *
 * Under {@code read:} the reader's findings ({@code ContractJson.reader()}), under {@code validate:} the
 * report of {@code ContractValidator.standard()}, each in the report's order, exactly. A section may
 * instead count its findings, {@code count CODE SEVERITY N} for each code that occurs (exactly those),
 * with its finding lines then only required among them: for the inputs of ten thousand findings.
 */
final class HostileCorpus {

  static final Path DIR = Path.of("src/test/resources/io/github/clsante/validation/hostile");

  static final ContractReader READER = ContractJson.reader();
  static final ContractValidator VALIDATOR = ContractValidator.standard();

  /**
   * The longest any input may take, through the reader and the validator in every way: a guard against
   * a hang, far above what any takes (speed is measured with JMH, in cls-benchmarks).
   */
  static final Duration HANG_GUARD = Duration.ofMinutes(3);

  /** Beyond this many findings, a section written by {@link #render} counts them. */
  private static final int LISTED = 200;

  private HostileCorpus() {}

  /** What an input gave through the reader and through the validator. */
  record Outcome(ReadResult read, ValidationReport validation) {}

  /**
   * The largest file also validated from a stream: a stream's size is not known before its end, so the
   * reader holds a document read from one twice for a moment (its pieces, then the whole), which a
   * 50 MB document cannot afford in a 128 MB heap; a file read by its path is held once.
   */
  private static final long LARGEST_STREAMED = 32L << 20;

  /**
   * Reads and validates a file from its path, from a stream of it (up to 32 MB, and beyond the reader's
   * size limit), then from its bytes: the three ways must agree. The file's bytes are held only for the
   * third way.
   */
  static Outcome run(Path file) {
    ReadResult byPath = READER.read(file);
    ValidationReport validatedByPath = VALIDATOR.validate(file);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size <= LARGEST_STREAMED || size > ContractReader.DEFAULT_MAX_DOCUMENT_BYTES) {
      ValidationReport streamed;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        streamed = VALIDATOR.validate(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(streamed).as("validated from a stream").isEqualTo(validatedByPath);
    }
    byte[] bytes = readAllBytes(file);
    Outcome fromBytes = new Outcome(READER.read(bytes), VALIDATOR.validate(bytes));
    assertThat(fromBytes.read().report()).as("read from the path").isEqualTo(byPath.report());
    assertThat(fromBytes.read().contract()).as("contract read from the path").isEqualTo(byPath.contract());
    assertThat(fromBytes.validation()).as("validated from the path").isEqualTo(validatedByPath);
    return fromBytes;
  }

  /** Reads and validates bytes, as an array and as a stream: the two ways must agree. */
  static Outcome run(byte[] bytes) {
    ReadResult read = READER.read(bytes);
    ValidationReport validated = VALIDATOR.validate(bytes);
    ValidationReport streamed = VALIDATOR.validate(new ByteArrayInputStream(bytes));
    assertThat(streamed).as("validated from a stream").isEqualTo(validated);
    return new Outcome(read, validated);
  }

  private static byte[] readAllBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An input's expected findings. */
  record Expected(boolean contract, List<String> read, boolean valid, List<String> validation) {}

  static Expected parse(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Boolean contract = null;
    Boolean valid = null;
    List<String> read = new ArrayList<>();
    List<String> validation = new ArrayList<>();
    List<String> section = null;
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("read: ")) {
        contract = line.equals("read: contract");
        assertThat(line).as(file + ": the read section").isIn("read: contract", "read: no contract");
        section = read;
      } else if (line.startsWith("validate: ")) {
        valid = line.equals("validate: valid");
        assertThat(line).as(file + ": the validation section").isIn("validate: valid", "validate: invalid");
        section = validation;
      } else {
        assertThat(section).as(file + ": a finding before its section: " + line).isNotNull();
        section.add(line);
      }
    }
    assertThat(contract).as(file + " has a read section").isNotNull();
    assertThat(valid).as(file + " has a validation section").isNotNull();
    return new Expected(contract, read, valid, validation);
  }

  /** Checks an outcome against an input's expected findings. */
  static void assertMatches(String input, Expected expected, Outcome outcome) {
    assertThat(outcome.read().contract().isPresent()).as(input + ": a contract is read").isEqualTo(expected.contract());
    assertSection(input + " (read)", expected.read(), outcome.read().report().findings());
    assertThat(outcome.validation().isValid()).as(input + ": valid").isEqualTo(expected.valid());
    assertSection(input + " (validate)", expected.validation(), outcome.validation().findings());
  }

  private static void assertSection(String what, List<String> expected, List<Finding> findings) {
    List<String> actual = FindingLines.describe(findings);
    if (expected.stream().noneMatch(line -> line.startsWith("count "))) {
      assertThat(actual).as(what).containsExactlyElementsOf(expected);
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (String line : expected) {
      if (line.startsWith("count ")) {
        int last = line.lastIndexOf(' ');
        counts.put(line.substring("count ".length(), last), Integer.parseInt(line.substring(last + 1)));
      } else {
        required.add(line);
      }
    }
    assertThat(counts(findings)).as(what + ": findings by code and severity").isEqualTo(counts);
    assertThat(actual).as(what).containsAll(required);
  }

  /** The number of findings of each code and severity, {@code "CODE severity"}, in the order met. */
  private static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Finding finding : findings) {
      counts.merge(finding.code() + " " + finding.severity().code(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Writes an outcome as an expected file, for {@code -Dcls.regenerate=true}: every finding, or past
   * {@value #LISTED} the counts, then the first and last finding of each code and those on the whole
   * document.
   */
  static String render(List<String> description, Outcome outcome) {
    StringBuilder text = new StringBuilder();
    description.forEach(line -> text.append("# ").append(line).append('\n'));
    text.append(outcome.read().contract().isPresent() ? "read: contract\n" : "read: no contract\n");
    section(text, outcome.read().report().findings());
    text.append(outcome.validation().isValid() ? "validate: valid\n" : "validate: invalid\n");
    section(text, outcome.validation().findings());
    return text.toString();
  }

  private static void section(StringBuilder text, List<Finding> findings) {
    if (findings.size() <= LISTED) {
      FindingLines.describe(findings).forEach(line -> text.append(line).append('\n'));
      return;
    }
    counts(findings).forEach((code, count) -> text.append("count ").append(code).append(' ').append(count).append('\n'));
    Map<String, List<Finding>> byCode = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byCode.computeIfAbsent(finding.code(), code -> new ArrayList<>()).add(finding);
    }
    for (List<Finding> same : byCode.values()) {
      List<Finding> shown = new ArrayList<>(List.of(same.get(0)));
      if (same.size() > 1) {
        shown.add(same.get(same.size() - 1));
      }
      for (Finding finding : same) {
        if (finding.pointer().isEmpty() && !shown.contains(finding)) {
          shown.add(finding);
        }
      }
      FindingLines.describe(shown).forEach(line -> text.append(line).append('\n'));
    }
  }

  /** Writes a file unless it exists, when asked to regenerate; true when it exists afterwards. */
  static boolean regenerated(Path file, String text) {
    if (Boolean.getBoolean("cls.regenerate") && !Files.exists(file)) {
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Files.exists(file);
  }
}
