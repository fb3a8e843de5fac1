package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.ObjectMapper;

/**
 * The web validator's upload, fuzzed in process: the server's own handler behind Jetty's in-memory
 * connector (no socket), each input one HTTP request. Whatever the uploaded bytes, the API answers 200 in
 * each format (422 for the canonical form of a file that holds no contract) and the page 200 (400 for a
 * form without file); never a 500, never a report of {@value ValidationReport#INTERNAL_ERROR} (an SDK
 * failure the server caught); JSON answers are JSON, and a canonical answer is canonical.
 *
 * <p>The input's first byte chooses the request, its other bytes are the body: the low three bits {@code
 * POST /api/validate} with format json (0), sarif (1), html (2), canonical (3), json for a file named
 * {@code plan.xlsx} (4) or {@code plan.ods} (5); the page's form with the body as its one file (6), or the
 * body as the form itself, {@code multipart/form-data} with boundary {@code B} (7); bit 3 asks for
 * English. {@code mvn verify} runs the saved inputs of {@code UploadFuzzTestInputs/upload/}; {@code
 * .ci/fuzz upload 5m} fuzzes (ROBUSTNESS.md, « Fuzzing »).
 */
class UploadFuzzTest {

  private static final List<String> FORMATS = List.of("json", "sarif", "html", "canonical", "json", "json");
  private static final List<String> NAMES = List.of("", "", "", "", "plan.xlsx", "plan.ods");

  /**
   * The code of an SDK failure as each report format writes a finding's code (text from the file, which
   * the answers quote, is escaped there, so it cannot look like these).
   */
  private static final Map<String, Pattern> INTERNAL_ERROR = Map.of(
      "json", Pattern.compile("\"code\"\\s*:\\s*\"" + ValidationReport.INTERNAL_ERROR + "\""),
      "sarif", Pattern.compile("\"ruleId\"\\s*:\\s*\"" + ValidationReport.INTERNAL_ERROR + "\""),
      "html", Pattern.compile(Pattern.quote("<code class=\"code\">" + ValidationReport.INTERNAL_ERROR + "</code>")));

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Server server;
  private static LocalConnector connector;

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    connector = new LocalConnector(server);
    server.addConnector(connector);
    // The limits of a default server, but for the rate: every request comes from the same client.
    server.setHandler(new ValidatorHandler(new ValidatorServer.Limits(ValidatorServer.DEFAULT_MAX_UPLOAD_BYTES,
        Duration.ofSeconds(30), ValidatorServer.DEFAULT_MAX_CONCURRENT_REQUESTS, Integer.MAX_VALUE)));
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @FuzzTest
  void upload(byte[] input) throws Exception {
    int mode = input.length == 0 ? 0 : input[0] & 0x07;
    String lang = input.length > 0 && (input[0] & 0x08) != 0 ? "en" : "fr";
    byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    HttpTester.Response response;
    if (mode < FORMATS.size()) {
      String format = FORMATS.get(mode);
      String query = "?format=" + format + "&lang=" + lang + (NAMES.get(mode).isEmpty() ? "" : "&name=" + NAMES.get(mode));
      response = post("/api/validate" + query, "application/octet-stream", body);
      assertThat(response.getStatus()).as("status of %s", query)
          .isEqualTo(format.equals("canonical") && response.getStatus() == 422 ? 422 : 200);
      byte[] answer = response.getContentBytes();
      if (!format.equals("html")) {
        // JSON, parsed by another parser than the SDK's: canonicalize would refuse an unpaired surrogate,
        // which a report quotes from the file, escaped.
        JSON.readTree(answer);
      }
      if (format.equals("canonical")) {
        // The answer is the contract, or that there is none: the report is asked for as the route does.
        assertThat(Upload.validate(NAMES.get(mode), body).report().findings())
            .noneMatch(f -> f.code().equals(ValidationReport.INTERNAL_ERROR));
        if (response.getStatus() == 200) {
          assertThat(ContractJson.canonicalize(answer)).as("a canonical answer is canonical").isEqualTo(answer);
        }
      } else {
        assertThat(response.getContent()).doesNotContainPattern(INTERNAL_ERROR.get(format));
      }
    } else {
      byte[] form = mode == 6 ? form(lang, body) : body;
      response = post("/?lang=" + lang, "multipart/form-data; boundary=B", form);
      assertThat(response.getStatus()).as("status of the page").isIn(200, 400);
      assertThat(response.getContent()).doesNotContainPattern(INTERNAL_ERROR.get("html"));
    }
    assertThat(response.get("Content-Type")).isNotNull();
  }

  /** The page's form: a language field and one file, as a browser sends them. */
  private static byte[] form(String lang, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 256);
    out.writeBytes(("--B\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\n" + lang + "\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"contrat.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes("\r\n--B--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static HttpTester.Response post(String target, String contentType, byte[] body) throws Exception {
    ByteArrayOutputStream request = new ByteArrayOutputStream(body.length + 256);
    request.writeBytes(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);
    ByteBuffer answer = connector.getResponse(ByteBuffer.wrap(request.toByteArray()), 60, TimeUnit.SECONDS);
    assertThat(answer).as("an answer within a minute").isNotNull();
    return HttpTester.parseResponse(answer);
  }
}
