package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.validation.ValidationReport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An upload with more findings than a report of the web validator lists (1,000, {@link Upload#MAX_FINDINGS}):
 * the API's JSON, SARIF and HTML answers and the page say how many were left out ({@code
 * CLS-REPORT-TRUNCATED}). {@code HostileCorpusHeapCheck} uploads the same file in a 128 MB heap.
 */
class TruncatedReportServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** 10,005 members the format does not have: 10,005 errors, 9,005 of them left out. */
  private static final byte[] FILE = file().getBytes(StandardCharsets.UTF_8);

  static String file() {
    StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"T\",\"leadArs\":\"24\","
        + "\"territory\":{}");
    for (int i = 0; i < 10_005; i++) {
      json.append(",\n\"inconnu").append(i).append("\":").append(i);
    }
    return json.append("}\n").toString();
  }

  @Test
  void the_answers_in_every_format_and_the_rules_carry_the_count() throws Exception {
    ValidatorServer server = ValidatorServer.builder().port(0).rateLimitPerMinute(10_000).build();
    server.start();
    try {
      json(server);
      sarifAndHtml(server);
      rules(server);
    } finally {
      server.stop();
    }
  }

  private static void json(ValidatorServer server) throws Exception {
    HttpResponse<String> response = Http.post(server, "/api/validate?lang=fr&name=trop.json", FILE);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode findings = JSON.readTree(response.body()).get("findings");
    List<JsonNode> truncated = new ArrayList<>();
    findings.forEach(finding -> {
      if (finding.get("code").asString().equals(ValidationReport.TRUNCATED)) {
        truncated.add(finding);
      }
    });
    assertThat(findings).hasSize(Upload.MAX_FINDINGS + 1);
    assertThat(truncated).hasSize(1);
    assertThat(truncated.get(0).get("params").get("omitted").asString()).isEqualTo("9005");
    assertThat(truncated.get(0).get("message").asString()).isEqualTo("Ce rapport ne liste pas tous les constats\u202f: "
        + "seuls 1\u202f000 le sont, les erreurs d’abord\u202f; constats non listés\u202f: 9\u202f005 (erreurs\u202f: 9\u202f005). Corrigez "
        + "ceux qui sont listés, puis validez de nouveau le fichier pour voir les suivants.");
  }

  private static void sarifAndHtml(ValidatorServer server) throws Exception {
    HttpResponse<String> sarif = Http.post(server, "/api/validate?lang=en&format=sarif&name=trop.json", FILE);
    HttpResponse<String> html = Http.post(server, "/api/validate?lang=fr&format=html&name=trop.json", FILE);

    assertThat(sarif.statusCode()).isEqualTo(200);
    JsonNode run = JSON.readTree(sarif.body()).get("runs").get(0);
    List<String> ids = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(rule -> ids.add(rule.get("id").asString()));
    assertThat(ids).contains(ValidationReport.TRUNCATED);
    assertThat(sarif.body()).contains("findings not listed: 9,005 (errors: 9,005)");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("CLS-REPORT-TRUNCATED").contains("constats non listés");
    // The report shows every finding it lists, the cut's own included: one note of the cut, the validator's.
    org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(html.body());
    assertThat(report.select("div.finding")).hasSize(Upload.MAX_FINDINGS + 1);
    assertThat(report.select("div.finding code.code").eachText()).contains(ValidationReport.TRUNCATED);
    assertThat(report.select(".cutnote")).isEmpty();
    HttpResponse<String> page = PageTest.submit(server, "fr", java.util.Map.of("trop.json", FILE));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("CLS-REPORT-TRUNCATED").contains("constats non listés");
  }

  private static void rules(ValidatorServer server) throws Exception {
    HttpResponse<String> response = Http.get(server, "/api/rules");

    List<String> codes = new ArrayList<>();
    JSON.readTree(response.body()).get("rules").forEach(rule -> codes.add(rule.get("code").asString()));
    assertThat(codes).contains(ValidationReport.TRUNCATED);
  }
}
