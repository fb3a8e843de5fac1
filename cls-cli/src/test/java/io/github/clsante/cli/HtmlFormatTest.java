package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cls validate --format html}: the run as one self-contained page (cls-report-html). */
class HtmlFormatTest {

  @Test
  void a_run_is_one_page_with_each_file_its_findings_and_their_excerpts(@TempDir Path directory) throws IOException {
    Path broken = Files.writeString(directory.resolve("erreurs.json"),
        "{\"formatVersion\": \"1.1\",\n  \"id\": 12,\n  \"leadArs\": \"24\", \"territory\": {\"name\": \"T\"}}");
    Path report = directory.resolve("rapport.html");

    Runs.Run run = cls("validate", "--lang", "fr", "--format", "html", "-o", report.toString(),
        Runs.CONTRACTS.resolve("agglopolys.json").toString(), broken.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.out()).isEmpty();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\"")
        .contains("Content-Security-Policy").contains("agglopolys.json").contains("erreurs.json")
        .contains("CLS-JSON-WRONG-TYPE").contains("<mark>")
        .doesNotContain("http://", "https://", "src=\"//");
  }

  @Test
  void a_plans_findings_show_their_cells(@TempDir Path directory) throws IOException {
    Path plan = Files.copy(PlansTest.PLAN, directory.resolve("plan.xlsx"));

    Runs.Run run = cls(PlansTest.args("validate", "--lang", "en", "--format", "html", plan.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\"").contains("Fichier dimport!D4")
        .contains("CLS-SHEET-NO-INDICATOR");
  }

  @Test
  void html_is_offered_among_the_formats() {
    Runs.Run run = cls("validate", "--format", "pdf", "x.json");

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).startsWith("cls: --format takes text, json, sarif, junit or html, not \"pdf\".");
  }
}
