package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanImportExampleTest {

  @Test
  void the_readme_example_runs_on_the_complex_plan() {
    List<String> lines = PlanImportExample.run(PlanImportTest.TET.resolve("complex_plan.xlsx"));
    assertThat(lines).first().asString().startsWith("Fichier dimport!C13 Le sous-sous-axe «\u00a0Objectif stratégique 1.");
    assertThat(lines).last().asString().startsWith("29 fiches, ");
  }

  @Test
  void the_readme_quotes_the_example_as_it_is_compiled() throws Exception {
    String source = Files.readString(Path.of("src/test/java/io/github/clsante/spreadsheet/PlanImportExample.java"),
        StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
        source.indexOf("    // README:end"));
    StringBuilder unindented = new StringBuilder();
    for (String line : example.split("\n", -1)) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(unindented.toString().stripTrailing());
  }
}
