package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture folder per rule, {@code rules/<CODE>/}: {@code triggers.json} gives exactly the finding
 * of {@code triggers.expected}, one line {@code CODE SEVERITY POINTER LINE:COLUMN [param=value…]} (the
 * pointer {@code ""} is written {@code -}), and {@code passes.json}, the same document corrected, gives
 * none.
 *
 * <p>A rule whose behaviour has several cases adds named ones: {@code triggers-<case>.json} gives
 * exactly the findings of {@code triggers-<case>.expected} (one or more lines, all of the folder's rule),
 * and {@code passes-<case>.json} gives none. No other file may sit in a folder.
 */
class RuleFixturesTest {

  static final Path RULES = Path.of("src/test/resources/io/github/clsante/validation/rules");
  static final List<String> FILES = List.of("triggers.json", "triggers.expected", "passes.json");

  static List<String> folders(Path root) throws IOException {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  static Stream<String> ruleFolders() throws IOException {
    return folders(RULES).stream();
  }

  static Stream<Path> allFolders() throws IOException {
    return folders(RULES).stream().map(RULES::resolve);
  }

  static List<String> findings(Path file) {
    return ContractValidator.standard().validate(file).findings().stream()
        .map(FindingLines::describe)
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFolders")
  void triggers_gives_exactly_the_expected_finding_of_its_rule(String code) throws IOException {
    Path folder = RULES.resolve(code);
    List<String> expected = Files.readAllLines(folder.resolve("triggers.expected"), StandardCharsets.UTF_8);
    Rule rule = Rule.fromCode(code).orElseThrow();

    assertThat(expected).singleElement().asString().startsWith(code + " " + rule.severity().code() + " ");
    assertThat(findings(folder.resolve("triggers.json"))).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allFolders")
  void passes_gives_no_finding(Path folder) {
    assertThat(findings(folder.resolve("passes.json"))).isEmpty();
  }

  private static final java.util.regex.Pattern CASE =
      java.util.regex.Pattern.compile("(triggers|passes)-[a-z0-9]+(-[a-z0-9]+)*\\.json|triggers-[a-z0-9]+(-[a-z0-9]+)*\\.expected");

  static Stream<Path> namedCases() throws IOException {
    List<Path> cases = new java.util.ArrayList<>();
    for (Path folder : allFolders().collect(Collectors.toList())) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.getFileName().toString().matches("(triggers|passes)-.*\\.json")).sorted()
            .forEach(cases::add);
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedCases")
  void each_named_case_gives_exactly_its_expected_findings(Path file) throws IOException {
    String name = file.getFileName().toString();
    String code = file.getParent().getFileName().toString();
    if (name.startsWith("passes-")) {
      assertThat(findings(file)).isEmpty();
      return;
    }
    Path expectedFile = file.resolveSibling(name.replaceFirst("\\.json$", ".expected"));
    assertThat(expectedFile).as("the expected findings of " + file).isRegularFile();
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

    assertThat(expected).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(code + " "));
    assertThat(findings(file)).containsExactlyElementsOf(expected);
  }

  @Test
  void a_folder_holds_only_the_fixture_files_and_named_cases() throws IOException {
    for (Path folder : allFolders().collect(Collectors.toList())) {
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString()).forEach(name -> assertThat(
            FILES.contains(name) || CASE.matcher(name).matches()).as(folder + "/" + name).isTrue());
      }
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".expected") && !FILES.contains(name))
            .forEach(name -> assertThat(folder.resolve(name.replaceFirst("\\.expected$", ".json")))
                .as("the document of " + folder + "/" + name).isRegularFile());
      }
    }
  }

  @Test
  void every_rule_has_one_fixture_folder() throws IOException {
    Set<String> rules = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
    List<String> written = allFolders().map(p -> p.getFileName().toString()).collect(Collectors.toList());

    assertThat(written).doesNotHaveDuplicates();
    assertThat(new HashSet<>(written)).isEqualTo(rules);
  }

  @Test
  void every_folder_holds_a_triggering_document_its_expected_finding_and_a_passing_document()
      throws IOException {
    allFolders().forEach(folder -> assertThat(FILES).allSatisfy(
        name -> assertThat(folder.resolve(name)).as(folder + "/" + name).isRegularFile()));
  }
}
