package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeQuickStartTest {

  private static final Path SOURCE =
      Path.of("src/main/java/io/github/clsante/examples/ReadmeQuickStart.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void readme_shows_the_compiled_snippet_character_for_character() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String body =
        source.substring(
            source.indexOf("// README-START\n") + "// README-START\n".length(),
            source.indexOf("    // README-END"));
    String snippet =
        body.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(snippet)
        .startsWith("Contract contract = Contract.builder()\n")
        .contains("    .withSignatureDate(PartialDate.of(2026, 3, 2));\n")
        .endsWith("Contract back = read.contract().orElseThrow();            // equals signed\n");
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("```java\n" + snippet + "```");
  }

  @Test
  void snippet_builds_a_contract_and_a_signed_copy_leaving_the_original_unchanged() {
    Contract signed = ReadmeQuickStart.run();

    assertThat(signed.status()).contains(ContractStatus.SIGNED);
    assertThat(signed.signatureDate()).contains(PartialDate.of(2026, 3, 2));
    assertThat(signed.title()).contains("Contrat local de santé du Pays d’Exemple");
    assertThat(signed.allActionSheets()).extracting(ActionSheet::title)
        .containsExactly("Promouvoir l’aide au répit des aidants");
    assertThat(signed.party("cc-exemple")).isPresent();
    assertThat(io.github.clsante.validation.ContractValidator.standard().validate(signed).findings())
        .extracting(f -> f.code() + " " + f.pointer())
        .containsExactly("CLS-CONTRACT-SIGNATORIES ", "CLS-CONTRACT-MENTAL-HEALTH ",
            "CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0");
  }
}
