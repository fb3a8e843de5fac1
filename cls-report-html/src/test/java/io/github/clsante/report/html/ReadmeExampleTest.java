package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example: it compiles, runs, and the README shows it as it is here. */
class ReadmeExampleTest {

  @TempDir
  Path directory;

  /** The README's example, between the markers, as the README shows it. */
  static void example(List<Path> paths, Path output) throws IOException {
    // README-BEGIN
    HtmlReport.Builder report = HtmlReport.builder()
        .locale(Locale.FRENCH)
        .title("Contrats reçus en mars");
    for (Path path : paths) {
      byte[] source = Files.readAllBytes(path);
      report.addFile(ReportedFile.of(path.getFileName().toString(), ContractValidator.standard().validate(source))
          .withSource(source)
          .withContract(ContractJson.reader().read(source).contract().orElse(null)));
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      report.build().render(out);
    }
    // README-END
  }

  @Test
  void the_example_writes_a_report_of_its_files() throws IOException {
    Path contracts = Path.of("../cls-examples/src/main/resources/contracts");
    Path output = directory.resolve("rapport.html");
    example(List.of(contracts.resolve("agglopolys.json"), contracts.resolve("chartres.json")), output);
    String html = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("<h1>Contrats reçus en mars</h1>",
        "<bdi>agglopolys.json</bdi>", "<bdi>chartres.json</bdi>");
    Pages.assertValidHtml(html);
  }

  @Test
  void the_readme_shows_the_example_as_it_is_here() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/github/clsante/report/html/ReadmeExampleTest.java"));
    String example = source.subList(source.indexOf("    // README-BEGIN") + 1, source.indexOf("    // README-END"))
        .stream().map(line -> line.substring(4)).collect(Collectors.joining("\n"));
    assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + example + "\n```");
  }
}
