package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.examples.SeedContracts;
import io.github.clsante.model.report.Finding;
import io.github.clsante.report.html.HtmlReport;
import io.github.clsante.report.html.ReportedFile;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ValidatorServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BROKEN = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization"
      + "/invalid/CLS-JSON-SYNTAX/trailing-comma.json");

  private final List<ValidatorServer> servers = new ArrayList<>();

  private ValidatorServer start(ValidatorServer.Builder builder) {
    ValidatorServer server = builder.port(0).build();
    server.start();
    servers.add(server);
    return server;
  }

  private ValidatorServer start() {
    return start(ValidatorServer.builder().rateLimitPerMinute(10_000).maxConcurrentRequests(64));
  }

  @AfterEach
  void stop() {
    servers.forEach(ValidatorServer::stop);
  }

  private static byte[] broken() throws Exception {
    return Files.readAllBytes(BROKEN);
  }

  @Test
  void each_example_and_a_broken_file_give_the_in_process_report_in_the_three_formats() throws Exception {
    ValidatorServer server = start();
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String name : SeedContracts.all().keySet()) {
      files.put(name + ".json", SeedContracts.canonicalJson(name));
    }
    files.put("trailing-comma.json", broken());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        ValidationReport expected = ContractValidator.standard().validate(file.getValue());
        String query = "?lang=" + locale.getLanguage() + "&name=" + file.getKey();

        HttpResponse<String> json = Http.post(server, "/api/validate" + query, file.getValue());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(json.body()).isEqualTo(expected.toJson(locale));

        HttpResponse<String> html = Http.post(server, "/api/validate" + query + "&format=html", file.getValue());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).isEqualTo(HtmlReport.builder().locale(locale)
            .addFile(ReportedFile.of(file.getKey(), expected).withSource(file.getValue())
                .withContract(expected.contract().orElse(null)))
            .build().toHtml());

        HttpResponse<String> sarif = Http.post(server, "/api/validate" + query + "&format=sarif", file.getValue());
        assertThat(sarif.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(sarif.body()).path("runs").path(0).path("results");
        assertThat(results.size()).isEqualTo(expected.findings().size());
        for (int i = 0; i < results.size(); i++) {
          Finding finding = expected.findings().get(i);
          JsonNode result = results.get(i);
          assertThat(result.path("ruleId").asString()).isEqualTo(finding.code());
          assertThat(result.path("locations").path(0).path("logicalLocations").path(0).path("fullyQualifiedName")
              .asString()).isEqualTo(finding.pointer());
          if (finding.location().isPresent()) {
            JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
            assertThat(region.path("startLine").asInt()).isEqualTo(finding.location().get().line());
            assertThat(region.path("startColumn").asInt()).isEqualTo(finding.location().get().column());
          }
          assertThat(result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
              .asString()).isEqualTo(file.getKey());
        }
      }
    }
  }

  @Test
  void a_body_that_is_not_json_gives_a_located_finding_not_a_500() throws Exception {
    ValidatorServer server = start();
    HttpResponse<String> response = Http.post(server, "/api/validate?lang=en",
        "Bonjour,\nvoici le contrat.".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode finding = JSON.readTree(response.body()).path("findings").path(0);
    assertThat(finding.path("code").asString()).isEqualTo("CLS-JSON-SYNTAX");
    assertThat(finding.path("severity").asString()).isEqualTo("error");
    assertThat(finding.path("line").asInt()).isEqualTo(1);
    assertThat(finding.path("column").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(response.body()).path("valid").asBoolean()).isFalse();
  }

  @Test
  void fifty_concurrent_uploads_of_the_examples_give_identical_answers() throws Exception {
    ValidatorServer server = start();
    List<String> names = new ArrayList<>(SeedContracts.all().keySet());
    Map<String, String> expected = new java.util.HashMap<>();
    for (String name : names) {
      expected.put(name, ContractValidator.standard().validate(SeedContracts.canonicalJson(name)).toJson(Locale.FRENCH));
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<String[]>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String name = names.get(i % names.size());
        answers.add(pool.submit(() -> new String[] {name,
            Http.post(server, "/api/validate?name=" + name + ".json", SeedContracts.canonicalJson(name)).body()}));
      }
      for (Future<String[]> answer : answers) {
        String[] got = answer.get(120, TimeUnit.SECONDS);
        assertThat(got[1]).as(got[0]).isEqualTo(expected.get(got[0]));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_declared_200_mb_upload_is_refused_with_413_before_its_body_is_sent() throws Exception {
    ValidatorServer server = start();
    try (Socket socket = Http.socket(server)) {
      Http.head(socket.getOutputStream(), "POST", "/api/validate?lang=en",
          Map.of("Content-Length", Long.toString(200L * 1024 * 1024), "Content-Type", "application/json"));
      Http.Raw response = Http.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.headers()).containsEntry("content-type", "application/json; charset=utf-8");
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.path("error").asString()).isEqualTo("too-large");
      assertThat(error.path("message").asString())
          .isEqualTo("The upload is larger than the limit of 20\u00a0MiB: send a smaller file, or fewer files at once.");
    }
  }

  @Test
  void a_chunked_200_mb_upload_is_refused_with_413_once_the_limit_is_read() throws Exception {
    ValidatorServer server = start(ValidatorServer.builder().maxUploadBytes(1024 * 1024).rateLimitPerMinute(1000));
    long total = 200L * 1024 * 1024;
    AtomicLong sent = new AtomicLong();
    try (Socket socket = Http.socket(server)) {
      OutputStream out = socket.getOutputStream();
      Http.head(out, "POST", "/api/validate", Map.of("Transfer-Encoding", "chunked"));
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
          while (sent.get() < total) {
            out.write(size);
            out.write(chunk);
            out.write(new byte[] {'\r', '\n'});
            sent.addAndGet(chunk.length);
          }
        } catch (java.io.IOException e) {
          // the server closed the connection after its answer: the rest is never sent
        }
      });
      Http.Raw response = Http.read(socket.getInputStream());
      long sentWhenAnswered = sent.get();
      assertThat(response.status()).isEqualTo(413);
      assertThat(JSON.readTree(response.body()).path("message").asString())
          .isEqualTo("Le dépôt dépasse la limite de 1\u00a0Mio\u202f: envoyez un fichier plus petit, ou moins de fichiers à la fois.");
      socket.shutdownOutput();
      writer.get(30, TimeUnit.SECONDS);
      // The answer came while the client was still far from the end of its body.
      assertThat(sentWhenAnswered).isLessThan(total / 4);
      assertThat(sent.get()).isLessThan(total);
    }
  }

  @Test
  void too_many_requests_from_one_client_give_429_with_retry_after() throws Exception {
    ValidatorServer server = start(ValidatorServer.builder().rateLimitPerMinute(3));
    for (int i = 0; i < 3; i++) {
      assertThat(Http.get(server, "/api/rules").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> refused = Http.get(server, "/api/rules?lang=en");
    assertThat(refused.statusCode()).isEqualTo(429);
    long retry = Long.parseLong(refused.headers().firstValue("retry-after").orElseThrow());
    assertThat(retry).isBetween(1L, 60L);
    assertThat(JSON.readTree(refused.body()).path("message").asString())
        .isEqualTo("Too many requests: at most 3 per minute from one computer. Try again in " + retry + " seconds.");
    // Probes are never limited.
    assertThat(Http.get(server, "/health").statusCode()).isEqualTo(200);
  }

  @Test
  void all_slots_busy_give_503_with_retry_after() throws Exception {
    ValidatorServer server = start(ValidatorServer.builder().maxConcurrentRequests(1).rateLimitPerMinute(1000));
    try (Socket slow = Http.socket(server)) {
      // One request holds the only slot: its body is still coming.
      Http.head(slow.getOutputStream(), "POST", "/api/validate", Map.of("Content-Length", "100"));
      slow.getOutputStream().write("{".getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();
      Thread.sleep(300); // the first request is in the handler, reading its body
      HttpResponse<String> busy = null;
      for (int i = 0; i < 50 && (busy == null || busy.statusCode() != 503); i++) {
        busy = Http.get(server, "/api/rules?lang=en");
        Thread.sleep(20);
      }
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("retry-after")).hasValue("2");
      assertThat(JSON.readTree(busy.body()).path("error").asString()).isEqualTo("busy");
      assertThat(JSON.readTree(busy.body()).path("message").asString())
          .isEqualTo("The validator is busy with other files: try again in 2 seconds.");
    }
  }

  @Test
  void a_request_slower_than_the_timeout_gives_408() throws Exception {
    ValidatorServer server = start(ValidatorServer.builder().requestTimeout(Duration.ofSeconds(1)));
    try (Socket socket = Http.socket(server)) {
      Http.head(socket.getOutputStream(), "POST", "/api/validate?lang=en", Map.of("Content-Length", "100"));
      socket.getOutputStream().write("{\"id\":".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      long start = System.nanoTime();
      Http.Raw response = Http.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(408);
      assertThat(JSON.readTree(response.body()).path("message").asString())
          .isEqualTo("The upload took more than 1 seconds to arrive: try again, or send a smaller file.");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void every_answer_has_the_security_headers() throws Exception {
    ValidatorServer server = start();
    for (String path : List.of("/", "/health", "/api/rules", "/api/openapi.json", "/nowhere", Page.STYLE_PATH)) {
      HttpResponse<String> response = Http.get(server, path);
      assertThat(response.headers().firstValue("x-content-type-options")).as(path).hasValue("nosniff");
      assertThat(response.headers().firstValue("referrer-policy")).as(path).hasValue("no-referrer");
      assertThat(response.headers().firstValue("cache-control")).as(path).hasValue("no-store");
      assertThat(response.headers().firstValue("content-security-policy")).as(path).get().asString()
          .contains("frame-ancestors 'none'").contains("default-src 'none'");
      assertThat(response.headers().firstValue("server")).as(path).isEmpty();
    }
    assertThat(Http.get(server, "/").headers().firstValue("content-security-policy")).hasValue(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'");
  }

  @Test
  void unknown_paths_give_404_and_wrong_methods_405_in_plain_text() throws Exception {
    ValidatorServer server = start();
    HttpResponse<String> missing = Http.get(server, "/admin");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("Not found: /admin\n");
    HttpResponse<String> wrong = Http.get(server, "/api/validate");
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("allow")).hasValue("POST");
    assertThat(wrong.body()).isEqualTo("GET is not allowed on /api/validate (allowed: POST)\n");
  }

  @Test
  void an_unknown_format_is_a_400_that_lists_the_formats() throws Exception {
    ValidatorServer server = start();
    HttpResponse<String> response = Http.post(server, "/api/validate?format=pdf", broken());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("message").asString())
        .isEqualTo("Format «\u00a0pdf\u00a0» inconnu\u202f: demandez json, sarif, html ou canonical.");
  }

  @Test
  void the_canonical_form_of_an_example_is_its_canonical_json() throws Exception {
    ValidatorServer server = start();
    String name = SeedContracts.all().keySet().iterator().next();
    HttpResponse<String> response = Http.post(server, "/api/validate?format=canonical", SeedContracts.canonicalJson(name));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(new String(SeedContracts.canonicalJson(name), StandardCharsets.UTF_8));
    HttpResponse<String> none = Http.post(server, "/api/validate?format=canonical", broken());
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(none.body()).path("error").asString()).isEqualTo("no-contract");
  }

  @Test
  void graceful_stop_finishes_a_request_in_flight() throws Exception {
    ValidatorServer server = ValidatorServer.builder().port(0).stopTimeout(Duration.ofSeconds(10)).build();
    server.start();
    int port = server.port();
    byte[] body = broken();
    try (Socket socket = Http.socket(server)) {
      OutputStream out = socket.getOutputStream();
      Http.head(out, "POST", "/api/validate?lang=en", Map.of("Content-Length", Integer.toString(body.length)));
      out.write(body, 0, 10);
      out.flush();
      Thread.sleep(200); // the request is in the handler, reading its body
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
      Thread.sleep(300);
      assertThat(stopping).isNotDone();
      out.write(body, 10, body.length - 10);
      out.flush();
      Http.Raw response = Http.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(ContractValidator.standard().validate(body).toJson(Locale.ENGLISH));
      stopping.get(15, TimeUnit.SECONDS);
    }
    assertThatThrownBy(() -> new Socket(java.net.InetAddress.getLoopbackAddress(), port))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void the_rules_list_every_code_with_its_texts_in_both_languages() throws Exception {
    ValidatorServer server = start();
    JsonNode rules = JSON.readTree(Http.get(server, "/api/rules").body()).path("rules");
    Set<String> codes = new HashSet<>();
    for (JsonNode rule : rules) {
      codes.add(rule.path("code").asString());
      assertThat(rule.path("severity").asString()).isIn("error", "warning", "info");
      assertThat(rule.path("fr").path("message").asString()).isNotBlank();
      assertThat(rule.path("en").path("message").asString()).isNotBlank();
    }
    assertThat(codes).hasSize(rules.size()).contains("CLS-JSON-SYNTAX", "CLS-SPREADSHEET-NOT-A-SPREADSHEET",
        ValidationReport.INTERNAL_ERROR);
    for (io.github.clsante.validation.Rule rule : io.github.clsante.validation.Rule.values()) {
      assertThat(codes).contains(rule.code());
    }
    JsonNode syntax = null;
    for (JsonNode rule : rules) {
      if (rule.path("code").asString().equals("CLS-JSON-SYNTAX")) {
        syntax = rule;
      }
    }
    assertThat(syntax.path("fr").path("explanation").asString()).isNotBlank();
    assertThat(syntax.path("helpUri").asString()).endsWith("FORMAT.md#cls-json-syntax");
  }

  @Test
  void health_answers_ok() throws Exception {
    ValidatorServer server = start();
    HttpResponse<String> health = Http.get(server, "/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}\n");
  }

  @Test
  void the_builder_checks_each_value_with_a_clear_message() {
    assertThatThrownBy(() -> ValidatorServer.builder().port(70_000)).hasMessage("port must be between 0 and 65535, got 70000");
    assertThatThrownBy(() -> ValidatorServer.builder().maxUploadBytes(0))
        .hasMessage("the upload limit must be at least 1 byte, got 0");
    assertThatThrownBy(() -> ValidatorServer.builder().requestTimeout(Duration.ZERO))
        .hasMessage("the request timeout must be at least 1 ms, got PT0S");
    assertThatThrownBy(() -> ValidatorServer.builder().maxConcurrentRequests(0))
        .hasMessage("the concurrent requests must be between 1 and 1024, got 0");
    assertThatThrownBy(() -> ValidatorServer.builder().rateLimitPerMinute(0))
        .hasMessage("the rate limit must be at least 1 request per minute, got 0");
    assertThatThrownBy(() -> ValidatorServer.builder().stopTimeout(Duration.ofHours(1)))
        .hasMessage("the stop timeout must be between 0 and 10 minutes, got PT1H");
    assertThatThrownBy(() -> ValidatorServer.builder().bind("no such host.invalid").build())
        .hasMessage("unknown bind address: no such host.invalid");
    ValidatorServer defaults = ValidatorServer.builder().build();
    assertThat(defaults.bindAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(defaults.requestedPort()).isEqualTo(8080);
    assertThat(defaults.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
    assertThatThrownBy(defaults::port).hasMessage("the server is not started");
  }

  @Test
  void a_port_in_use_is_said_with_the_address() throws Exception {
    ValidatorServer first = start();
    ValidatorServer second = ValidatorServer.builder().port(first.port()).build();
    assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port() + ": ");
  }

  static InputStream resource(String name) {
    return ValidatorServerTest.class.getResourceAsStream(name);
  }
}
