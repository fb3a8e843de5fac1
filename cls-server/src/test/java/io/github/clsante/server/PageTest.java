package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.examples.SeedContracts;
import io.github.clsante.validation.ContractValidator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class PageTest {

  private static ValidatorServer server;

  @BeforeAll
  static void start() {
    server = ValidatorServer.builder().port(0).rateLimitPerMinute(10_000).build();
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** A multipart/form-data body as a browser sends it. */
  static byte[] form(String lang, Map<String, byte[]> files) {
    String boundary = "----clsBoundary7MA4YWxkTrZu0gW";
    StringBuilder head = new StringBuilder();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      head.setLength(0);
      head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
          .append(file.getKey().replace("\"", "%22")).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\n" + lang + "\r\n--"
        + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  static HttpResponse<String> submit(String lang, Map<String, byte[]> files) throws Exception {
    return submit(server, lang, files);
  }

  static HttpResponse<String> submit(ValidatorServer server, String lang, Map<String, byte[]> files) throws Exception {
    return Http.CLIENT.send(HttpRequest.newBuilder(Http.uri(server, "/?lang=" + lang)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "multipart/form-data; boundary=----clsBoundary7MA4YWxkTrZu0gW")
        .POST(HttpRequest.BodyPublishers.ofByteArray(form(lang, files))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void the_page_is_a_form_that_works_without_javascript() throws Exception {
    HttpResponse<String> response = Http.get(server, "/");
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    Element form = page.selectFirst("form#upload");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
    Element input = form.selectFirst("input[type=file]");
    assertThat(input.hasAttr("multiple")).isTrue();
    assertThat(page.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Fichiers à vérifier (JSON, xlsx ou ods)");
    assertThat(page.select("script")).allSatisfy(script -> assertThat(script.attr("src")).isEqualTo(Page.SCRIPT_PATH));
    assertThat(page.select("[href^=http], [src^=http]")).isEmpty();
    assertThat(page.selectFirst("nav a").attr("href")).isEqualTo("/?lang=en");
    assertThat(page.selectFirst(".hint").wholeText()).contains("20\u00a0Mio").doesNotContain("MiB");
    Document english = Jsoup.parse(Http.get(server, "/?lang=en").body());
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.selectFirst("h1").text()).isEqualTo("Check a local health contract");
  }

  @Test
  void an_upload_shows_each_report_and_its_downloads() throws Exception {
    String name = SeedContracts.all().keySet().iterator().next();
    byte[] seed = SeedContracts.canonicalJson(name);
    byte[] broken = "{\"id\": \"x\",}".getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(name + ".json", seed);
    files.put("<b>cassé</b>\".json", broken);
    HttpResponse<String> response = submit("fr", files);
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    List<Element> articles = page.select("article.file");
    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).selectFirst("h3").text()).isEqualTo("<b>cassé</b>\".json");
    assertThat(articles.get(1).select("h3 b")).isEmpty();
    assertThat(articles.get(1).selectFirst(".verdict").text()).startsWith("Non valide\u202f: 1 erreur");
    Element frame = articles.get(0).selectFirst("iframe");
    assertThat(frame.attr("sandbox")).isEmpty();
    assertThat(frame.hasAttr("sandbox")).isTrue();
    Document report = Jsoup.parse(frame.attr("srcdoc"));
    assertThat(report.selectFirst("html").attr("lang")).isEqualTo("fr");
    Element brokenFrame = articles.get(1).selectFirst("iframe");
    assertThat(brokenFrame.attr("srcdoc")).contains("CLS-JSON-SYNTAX");
    // The downloads are the API's answers, as data: links.
    Element json = articles.get(1).selectFirst("a[download$=.rapport.json]");
    String encoded = json.attr("href").substring("data:application/json;charset=utf-8;base64,".length());
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo(ContractValidator.standard().validate(broken).toJson(Locale.FRENCH));
    assertThat(articles.get(0).select("a[download]")).extracting(a -> a.text())
        .containsExactly("Rapport HTML", "Rapport JSON", "SARIF", "JSON canonique du contrat");
    assertThat(articles.get(1).select("a[download]")).extracting(a -> a.text())
        .containsExactly("Rapport HTML", "Rapport JSON", "SARIF");
    // The page allows the framed report's style by its hash, and nothing else inline.
    String policy = response.headers().firstValue("content-security-policy").orElseThrow();
    assertThat(policy).matches("default-src 'none'; script-src 'self'; style-src 'self' 'sha256-[A-Za-z0-9+/=]+';"
        + " img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    assertThat(report.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains(policy.substring(policy.indexOf("'sha256-"), policy.indexOf("'", policy.indexOf("'sha256-") + 1) + 1));
  }

  @Test
  void a_form_checks_at_most_a_hundred_files_and_says_so() throws Exception {
    byte[] broken = "{\"id\": \"x\",}".getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> hundred = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= Upload.MAX_FILES; i++) {
      hundred.put("plan-" + i + ".json", broken);
    }
    HttpResponse<String> response = submit("fr", hundred);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select("article.file")).hasSize(100);

    hundred.put("plan-101.json", broken);
    HttpResponse<String> tooMany = submit("fr", hundred);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(tooMany.body());
    // wholeText: Jsoup's text() writes no-break spaces as spaces.
    assertThat(page.selectFirst("[role=alert] p").wholeText()).isEqualTo("Trop de fichiers à la fois\u202F: 100 au plus par envoi."
        + " Envoyez les autres en un second envoi, ou vérifiez un dossier entier avec la commande"
        + " «\u00A0cls validate DOSSIER\u00A0».");
    assertThat(page.select("article.file")).isEmpty();
    assertThat(page.selectFirst(".hint").wholeText())
        .isEqualTo("Choisissez un ou plusieurs fichiers, ou déposez-les ici\u202F: 100 fichiers et 20\u00A0Mio au plus en tout.");
  }

  @Test
  void a_form_of_a_hundred_thousand_tiny_parts_is_refused_without_reading_them_all() throws Exception {
    String boundary = "----clsBoundary7MA4YWxkTrZu0gW";
    byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.json\"\r\n\r\n{}\r\n")
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 100_000; i++) {
      body.writeBytes(part);
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(body.size()).isLessThan(20 * 1024 * 1024);
    HttpResponse<String> response = Http.CLIENT.send(HttpRequest.newBuilder(Http.uri(server, "/?lang=en"))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).selectFirst("[role=alert] p").text()).isEqualTo("Too many files at once:"
        + " at most 100 per upload. Send the others in a second upload, or check a whole folder with the command"
        + " « cls validate FOLDER ».");
  }

  @Test
  void a_form_without_file_says_so_in_its_language() throws Exception {
    HttpResponse<String> response = submit("en", Map.of());
    assertThat(response.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(response.body());
    assertThat(page.selectFirst("[role=alert] p").text())
        .isEqualTo("No file was received: choose at least one file, then press « Check ».");
    assertThat(page.selectFirst("form#upload")).isNotNull();
  }

  @Test
  void the_openapi_description_has_exactly_the_routes_and_their_methods() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(Http.get(server, "/api/openapi.json").body()).path("paths");
    Set<String> described = new HashSet<>();
    for (Iterator<String> names = paths.propertyNames().iterator(); names.hasNext(); ) {
      String path = names.next();
      described.add(path);
      Set<String> methods = new HashSet<>();
      for (Iterator<String> m = paths.path(path).propertyNames().iterator(); m.hasNext(); ) {
        methods.add(m.next().toUpperCase(Locale.ROOT));
      }
      assertThat(methods).as(path).containsExactlyInAnyOrderElementsOf(ValidatorHandler.routes().get(path));
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(ValidatorHandler.routes().keySet());
    assertThat(new ObjectMapper().readTree(Http.get(server, "/api/openapi.json").body()).path("openapi").asString())
        .isEqualTo("3.1.0");
  }

  @Test
  void both_languages_have_the_same_texts_and_placeholders() {
    Texts french = Texts.of(Locale.FRENCH);
    Texts english = Texts.of(Locale.ENGLISH);
    assertThat(french.keys()).isEqualTo(english.keys());
    java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{(\\d)");
    for (String key : french.keys()) {
      assertThat(placeholders(placeholder, french.get(key))).as(key)
          .isEqualTo(placeholders(placeholder, english.get(key)));
      assertThat(french.get(key)).as(key).doesNotContain(" :", " ;", " ?", " !", "« ", " »");
    }
  }

  private static Set<String> placeholders(java.util.regex.Pattern pattern, String text) {
    Set<String> found = new HashSet<>();
    java.util.regex.Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
