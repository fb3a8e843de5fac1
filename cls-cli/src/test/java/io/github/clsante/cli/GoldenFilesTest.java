package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.clsante.cli.Runs.Run;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text, JSON, SARIF and JUnit outputs of {@code cls validate}, in French and English, on the seed
 * contracts and broken examples, compared exactly with the files in {@code golden/}. Two things that
 * differ from machine to machine or release to release are written as {@code ${SRCROOT}} (the
 * repository's {@code file:} URI) and {@code ${sdkVersion}}. Run with {@code -Dcls.regenerate=true} to
 * rewrite the files after a change, and read the difference before committing it.
 */
class GoldenFilesTest {

  static final Path GOLDEN = Path.of("src/test/resources/io/github/clsante/cli/golden");

  /** The inputs: the five seed contracts and broken files, each showing other problems. */
  static final List<String> INPUTS = List.of(
      CONTRACTS.toString(),
      BROKEN.resolve("multiple/ten-independent-problems.json").toString(),
      BROKEN.resolve("CLS-JSON-UNKNOWN-CODE/bad-status.json").toString(),
      BROKEN.resolve("CLS-JSON-MISSING-MEMBER/sheet-without-title.json").toString(),
      BROKEN.resolve("CLS-JSON-UNKNOWN-MEMBER/misspelled.json").toString(),
      BROKEN.resolve("CLS-JSON-WRONG-TYPE/number-for-string.json").toString(),
      BROKEN.resolve("CLS-JSON-SYNTAX").toString(), // a directory: its .expected files are not read
      BROKEN.resolve("CLS-JSON-INVALID-DATE/impossible-day.json").toString());

  static Stream<Arguments> outputs() {
    List<Arguments> outputs = new ArrayList<>();
    for (String language : List.of("fr", "en")) {
      outputs.add(Arguments.of("text", language, "txt"));
      outputs.add(Arguments.of("json", language, "json"));
      outputs.add(Arguments.of("sarif", language, "sarif"));
      outputs.add(Arguments.of("junit", language, "xml"));
    }
    return outputs.stream();
  }

  /** The output with what depends on the machine and the release replaced by names. */
  static String normalized(String output) {
    String root = Sarif.Base.of(Path.of("..")).uri();
    return output.replace(root, "${SRCROOT}")
        .replace("\"" + ValidationReport.sdkVersion() + "\"", "\"${sdkVersion}\"");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("outputs")
  void the_output_is_the_golden_file(String format, String language, String extension) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--lang", language, "--format", format, "--base-dir", ".."));
    args.addAll(INPUTS);

    Run run = cls(args.toArray(String[]::new));

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    if (format.equals("sarif")) {
      assertThat(SarifTest.SARIF.validate(run.out(), InputFormat.JSON)).isEmpty();
    }
    Path golden = GOLDEN.resolve("validate." + language + "." + extension);
    String actual = normalized(run.out());
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("%s: run with -Dcls.regenerate=true to write it", golden).exists();
    assertThat(actual).as("%s is out of date: run with -Dcls.regenerate=true and read the difference", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
