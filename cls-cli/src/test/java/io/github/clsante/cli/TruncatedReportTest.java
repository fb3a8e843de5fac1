package io.github.clsante.cli;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A file with more findings than a report lists (10,000): each format says how many were left out, with
 * the code {@code CLS-REPORT-TRUNCATED}, and the run still reads as a run with errors.
 */
class TruncatedReportTest {

  /** Inside the module's directory, to be named by a relative path (SARIF's artifact locations). */
  private static final Path FILE = Path.of("target/truncated-inputs/trop-de-champs.json");

  /** 10,005 members the format does not have: 10,005 errors, five of them left out. */
  @BeforeAll
  static void writeFile() throws IOException {
    StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"T\",\"leadArs\":\"24\","
        + "\"territory\":{}");
    for (int i = 0; i < 10_005; i++) {
      json.append(",\n\"inconnu").append(i).append("\":").append(i);
    }
    Files.createDirectories(FILE.getParent());
    Files.writeString(FILE, json.append("}\n"), StandardCharsets.UTF_8);
  }

  @Test
  void the_text_output_says_how_many_findings_were_left_out() {
    Run run = cls("validate", FILE.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    List<String> lines = run.lines();
    assertThat(lines).filteredOn(line -> line.contains("CLS-REPORT-TRUNCATED")).containsExactly(FILE + ": error "
        + "CLS-REPORT-TRUNCATED - This report does not list every finding: only 10,000 are listed, errors first; "
        + "findings not listed: 5 (errors: 5). Fix those listed, then validate the file again to see the next ones.");
    assertThat(lines).filteredOn(line -> line.contains("CLS-JSON-UNKNOWN-MEMBER")).hasSize(10_000);
    assertThat(lines).last().isEqualTo("1 file, 10,001 errors, 0 warnings");
  }

  @Test
  void the_text_output_in_french() {
    Run run = cls("validate", "--lang", "fr", FILE.toString());

    assertThat(run.lines()).filteredOn(line -> line.contains("CLS-REPORT-TRUNCATED")).containsExactly(Runs.fr(FILE
        + ": erreur CLS-REPORT-TRUNCATED - Ce rapport ne liste pas tous les constats : seuls 10\u202f000 le sont, les "
        + "erreurs d’abord ; constats non listés : 5 (erreurs : 5). Corrigez ceux qui sont listés, puis validez de "
        + "nouveau le fichier pour voir les suivants."));
  }

  @Test
  void the_json_report_holds_the_finding_with_its_counts() {
    Run run = cls("validate", "--format", "json", FILE.toString());

    JsonNode report = SarifTest.MAPPER.readTree(run.out()).get("files").get(0).get("report");
    List<JsonNode> truncated = new ArrayList<>();
    report.get("findings").forEach(finding -> {
      if (finding.get("code").asString().equals(ValidationReport.TRUNCATED)) {
        truncated.add(finding);
      }
    });
    assertThat(truncated).hasSize(1);
    JsonNode finding = truncated.get(0);
    assertThat(finding.get("severity").asString()).isEqualTo("error");
    assertThat(finding.get("params").get("limit").asString()).isEqualTo("10000");
    assertThat(finding.get("params").get("omitted").asString()).isEqualTo("5");
    assertThat(finding.get("params").get("errors").asString()).isEqualTo("5");
    assertThat(finding.get("pointer").asString()).isEmpty();
    assertThat(report.get("findings")).hasSize(10_001);
    assertThat(report.get("summary").get("error").asInt()).isEqualTo(10_001);
    assertThat(report.get("valid").asBoolean()).isFalse();
  }

  @Test
  void sarif_has_a_result_and_a_rule_for_it() {
    Run run = cls("validate", "--format", "sarif", FILE.toString());

    assertThat(SarifTest.SARIF.validate(run.out(), InputFormat.JSON)).as("SARIF 2.1.0 schema").isEmpty();
    JsonNode sarifRun = SarifTest.MAPPER.readTree(run.out()).get("runs").get(0);
    List<JsonNode> results = new ArrayList<>();
    sarifRun.get("results").forEach(result -> {
      if (result.get("ruleId").asString().equals(ValidationReport.TRUNCATED)) {
        results.add(result);
      }
    });
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("level").asString()).isEqualTo("error");
    assertThat(results.get(0).get("message").get("text").asString()).contains("findings not listed: 5 (errors: 5)");
    JsonNode rule = sarifRun.get("tool").get("driver").get("rules").get(results.get(0).get("ruleIndex").asInt());
    assertThat(rule.get("id").asString()).isEqualTo(ValidationReport.TRUNCATED);
    assertThat(rule.get("name").asString()).isEqualTo("ReportTruncated");
    assertThat(rule.get("helpUri").asString()).endsWith("/cls-validation/RULES.md#cls-report-truncated");
  }

  @Test
  void the_html_page_shows_the_finding() throws IOException {
    Path page = FILE.resolveSibling("rapport.html");

    Run run = cls("validate", "--lang", "fr", "--format", "html", "-o", page.toString(), FILE.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("CLS-REPORT-TRUNCATED").contains("constats non listés");
  }

  @Test
  void explain_knows_the_code() {
    Run run = cls("explain", ValidationReport.TRUNCATED);

    assertThat(run.code()).isZero();
    assertThat(run.lines()).first().isEqualTo("CLS-REPORT-TRUNCATED (error)");
    assertThat(run.out()).contains("The file gave more findings than a report's limit (10,000 by default)");
  }
}
