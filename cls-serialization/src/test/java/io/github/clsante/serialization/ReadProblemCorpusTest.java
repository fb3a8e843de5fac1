package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The broken-file corpus: {@code invalid/<CODE>/<name>.json} must produce exactly the findings listed
 * in {@code <name>.expected}, one per line: {@code CODE SEVERITY POINTER LINE:COLUMN [param=value…]}
 * (the pointer {@code ""} is written {@code -}). The folder names a code every file in it produces.
 */
class ReadProblemCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/io/github/clsante/serialization/invalid");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  static String describe(Finding finding) {
    StringBuilder line = new StringBuilder()
        .append(finding.code()).append(' ')
        .append(finding.severity().code()).append(' ')
        .append(finding.pointer().isEmpty() ? "-" : finding.pointer()).append(' ')
        .append(finding.location().map(l -> l.line() + ":" + l.column()).orElse("-"));
    finding.params().forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    return line.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void each_broken_file_gives_exactly_its_expected_findings(Path file) throws IOException {
    List<String> actual =
        ContractJson.reader().read(file).report().findings().stream()
            .map(ReadProblemCorpusTest::describe)
            .collect(Collectors.toList());
    Path expectedFile = Path.of(file.toString().replaceAll("\\.json$", ".expected"));
    if (Boolean.getBoolean("cls.regenerate") && !Files.exists(expectedFile)) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

    assertThat(actual).containsExactlyElementsOf(expected);
    String folder = file.getParent().getFileName().toString();
    if (folder.startsWith("CLS-")) {
      assertThat(actual).anyMatch(line -> line.startsWith(folder + " "));
    }
  }

  static Stream<Path> validFiles() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS.resolveSibling("valid"))) {
      return list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void each_valid_file_reads_without_findings_and_round_trips(Path file) throws IOException {
    ReadResult result = ContractJson.reader().read(file);

    assertThat(result.report().findings()).isEmpty();
    // The writer adds the members with defaults the file may omit, so compare contracts, not texts.
    String canonical = ContractJson.toCanonicalString(result.contract().orElseThrow());
    assertThat(ContractJson.canonicalize(canonical)).isEqualTo(canonical);
    assertThat(ContractJson.reader().read(canonical).contract()).isEqualTo(result.contract());
  }

  @Test
  void the_corpus_covers_every_problem_code_a_document_can_cause() throws IOException {
    List<String> folders;
    try (Stream<Path> list = Files.list(CORPUS)) {
      folders = list.map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }
    // Three problems come from the input rather than the document, and are tested in ContractReaderTest;
    // too many problems takes a document too large to keep here, tested in ContractReaderProblemLimitTest.
    List<String> notFromDocuments = List.of(ReadProblem.IO_ERROR.code(), ReadProblem.STRING_TOO_LONG.code(),
        ReadProblem.DOCUMENT_TOO_LARGE.code(), ReadProblem.TOO_MANY_PROBLEMS.code());
    for (ReadProblem problem : ReadProblem.values()) {
      if (!notFromDocuments.contains(problem.code())) {
        assertThat(folders).as("a corpus folder for %s", problem.code()).contains(problem.code());
      }
    }
  }

  @Test
  void ten_independent_problems_give_ten_findings() {
    ReadResult result = ContractJson.reader().read(CORPUS.resolve("multiple/ten-independent-problems.json"));

    assertThat(result.report().findings()).hasSize(10);
    // leadArs is required and invalid: the contract is built all the same, with a placeholder there.
    assertThat(result.contract()).isPresent();
    assertThat(result.unreadable()).contains("/leadArs");
  }
}
