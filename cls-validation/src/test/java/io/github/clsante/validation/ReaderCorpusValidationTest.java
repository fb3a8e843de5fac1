package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.serialization.ContractJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the reader's broken-file corpus (extreme numbers included) is validated without an
 * exception, and the report keeps every finding of the reader.
 */
class ReaderCorpusValidationTest {

  static final Path CORPUS = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization/invalid");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertThat(files).as("the reader's corpus").hasSizeGreaterThan(60);
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void validating_a_broken_file_gives_a_report_with_every_reader_finding(Path file) {
    List<Finding> read = ContractJson.reader().read(file).report().findings();

    ValidationReport report = ContractValidator.standard().validate(file);

    assertThat(report.findings()).containsAll(read);
    assertThat(report.findings()).allSatisfy(f -> assertThat(FindingMessages.message(f, java.util.Locale.FRENCH))
        .doesNotContain("{").isNotEqualTo(f.code()));
  }
}
