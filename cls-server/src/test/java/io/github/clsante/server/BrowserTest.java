package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.examples.SeedContracts;
import io.github.clsante.model.report.Finding;
import io.github.clsante.spreadsheet.PlanExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The web validator as an ARS officer uses it, in a real headless Chromium: upload each example and a
 * broken file and read the findings on the page, switch language, download the reports, do it all with
 * the keyboard only, and check the pages with axe-core (no serious or critical violation of WCAG 2.1 A/AA).
 * Makes the README's screenshot ({@code docs/screenshots/web-validator-report.png}, rewritten with
 * {@code -Dcls.regenerate=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private ValidatorServer server;
  private ChromeDriver driver;
  private Path downloads;
  private Path files;
  /** Each example file by its name: the five seed contracts as JSON, one as a TeT spreadsheet. */
  private final Map<String, Path> examples = new LinkedHashMap<>();
  private Path broken;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    Browser.requireTools();
    server = ValidatorServer.builder().port(0).rateLimitPerMinute(10_000).build();
    server.start();
    downloads = Files.createDirectories(temp.resolve("downloads"));
    files = Files.createDirectories(temp.resolve("files"));
    for (String name : SeedContracts.all().keySet()) {
      examples.put(name + ".json", Files.write(files.resolve(name + ".json"), SeedContracts.canonicalJson(name)));
    }
    Path plan = files.resolve("plan-agglopolys.xlsx");
    PlanExport.standard().write(SeedContracts.agglopolys(), plan);
    examples.put(plan.getFileName().toString(), plan);
    // A file cut in the middle of a member: one syntax error, at the end of line 3 (column 35).
    broken = Files.writeString(files.resolve("contrat-coupé.json"),
        "{\n  \"formatVersion\": \"1.1\",\n  \"title\": \"Contrat local de santé", StandardCharsets.UTF_8);
    driver = Browser.start(downloads, 1280, 1000);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void emptyDownloads() throws IOException {
    if (downloads != null) {
      try (Stream<Path> old = Files.list(downloads)) {
        for (Path file : (Iterable<Path>) old::iterator) {
          Files.delete(file);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- uploads

  @Test
  void each_example_uploaded_shows_its_verdict_and_every_finding_the_validator_gives() throws IOException {
    for (Map.Entry<String, Path> example : examples.entrySet()) {
      open("/");
      upload(example.getValue());
      Upload expected = Upload.validate(example.getKey(), Files.readAllBytes(example.getValue()));

      assertThat(driver.findElement(By.cssSelector("article.file h3")).getText()).isEqualTo(example.getKey());
      WebElement verdict = driver.findElement(By.cssSelector("article.file p.verdict"));
      assertThat(verdict.getAttribute("class")).as(example.getKey())
          .contains(expected.report().isValid() ? "valid" : "invalid");
      assertThat(verdict.getText()).as(example.getKey()).startsWith(expected.report().isValid() ? "Valide" : "Non valide");

      List<String> expectedCodes = expected.report().findings().stream().map(Finding::code).collect(Collectors.toList());
      inReport(0, () -> {
        assertThat(driver.findElements(By.cssSelector(".finding code.code")).stream().map(WebElement::getText))
            .as("the findings shown for %s", example.getKey())
            .containsExactlyInAnyOrderElementsOf(expectedCodes);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
      });
    }
  }

  @Test
  void several_files_at_once_give_one_report_each_in_the_order_chosen() {
    open("/");
    driver.findElement(By.id("files")).sendKeys(examples.get("agglopolys.json") + "\n" + broken);
    driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    waitForResults();
    assertThat(driver.findElement(By.id("results")).getText()).isEqualTo("Les rapports des 2 fichiers");
    assertThat(driver.findElements(By.cssSelector("article.file h3")).stream().map(WebElement::getText))
        .containsExactly("agglopolys.json", "contrat-coupé.json");
    assertThat(driver.findElements(By.cssSelector("iframe.report"))).hasSize(2);
  }

  @Test
  void a_broken_file_shows_its_syntax_error_with_its_line_and_column_and_the_excerpt() {
    open("/");
    upload(broken);
    WebElement verdict = driver.findElement(By.cssSelector("article.file p.verdict"));
    assertThat(verdict.getText()).isEqualTo("Non valide\u202F: 1 erreur, aucun avertissement, aucune information.");
    inReport(0, () -> {
      List<WebElement> findings = driver.findElements(By.cssSelector(".finding"));
      assertThat(findings).hasSize(1);
      WebElement finding = findings.get(0);
      assertThat(finding.findElement(By.cssSelector("code.code")).getText()).isEqualTo("CLS-JSON-SYNTAX");
      assertThat(finding.findElement(By.cssSelector(".location")).getText()).isEqualTo("ligne 3, colonne 35");
      assertThat(finding.findElement(By.cssSelector(".message")).getText()).isNotBlank();
      assertThat(finding.findElements(By.cssSelector(".excerpt"))).as("the excerpt of the source").hasSize(1);
    });
  }

  @Test
  void no_file_chosen_is_said_in_french_above_the_form() {
    open("/");
    // The browser itself stops an empty form (the input is required): send it as a script would.
    driver.executeScript("document.getElementById('files').removeAttribute('required');"
        + "document.getElementById('upload').submit();");
    new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("div.alert")).isEmpty());
    // textContent, not getText(): WebDriver's visible text turns no-break spaces into spaces.
    assertThat(driver.findElement(By.cssSelector("div.alert p")).getDomProperty("textContent"))
        .isEqualTo("Aucun fichier reçu\u202F: choisissez au moins un fichier, puis appuyez sur «\u00A0Vérifier\u00A0».");
  }

  // --------------------------------------------------------------------------------------------- language

  @Test
  void the_language_link_switches_the_page_and_the_reports_to_english_and_back() {
    open("/");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifier un contrat local de santé");
    driver.findElement(By.cssSelector("header nav a")).click();
    new WebDriverWait(driver, WAIT).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check a local health contract");

    upload(broken);
    assertThat(driver.findElement(By.cssSelector("article.file p.verdict")).getText())
        .isEqualTo("Not valid: 1 error, no warnings, no infos.");
    inReport(0, () -> assertThat(driver.findElement(By.cssSelector(".finding .location")).getText())
        .isEqualTo("line 3, column 35"));

    driver.findElement(By.cssSelector("header nav a")).click();
    new WebDriverWait(driver, WAIT).until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(driver.findElement(By.cssSelector("header nav a")).getText()).isEqualTo("English");
  }

  // -------------------------------------------------------------------------------------------- downloads

  @Test
  void the_downloads_give_the_html_report_the_json_report_sarif_and_the_canonical_json() throws IOException {
    open("/");
    Path file = examples.get("villes-soeurs.json");
    upload(file);
    Upload expected = Upload.validate("villes-soeurs.json", Files.readAllBytes(file));
    List<String> codes = expected.report().findings().stream().map(Finding::code).collect(Collectors.toList());

    List<WebElement> links = driver.findElements(By.cssSelector("ul.downloads a"));
    assertThat(links.stream().map(WebElement::getText))
        .containsExactly("Rapport HTML", "Rapport JSON", "SARIF", "JSON canonique du contrat");
    for (WebElement link : links) {
      link.click();
    }
    Path html = downloaded("villes-soeurs.rapport.html");
    Path json = downloaded("villes-soeurs.rapport.json");
    Path sarif = downloaded("villes-soeurs.sarif");
    Path canonical = downloaded("villes-soeurs.canonique.json");

    ObjectMapper mapper = new ObjectMapper();
    JsonNode report = mapper.readTree(json.toFile());
    List<String> jsonCodes = new ArrayList<>();
    report.path("findings").forEach(f -> jsonCodes.add(f.path("code").asString()));
    assertThat(jsonCodes).containsExactlyInAnyOrderElementsOf(codes);
    JsonNode sarifRoot = mapper.readTree(sarif.toFile());
    assertThat(sarifRoot.path("version").asString()).isEqualTo("2.1.0");
    assertThat(sarifRoot.path("runs").path(0).path("results").size()).isEqualTo(codes.size());
    assertThat(Files.readAllBytes(canonical)).isEqualTo(SeedContracts.canonicalJson("villes-soeurs"));

    // The downloaded HTML report opens alone, offline, and shows the same findings.
    driver.get(html.toUri().toString());
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(driver.findElements(By.cssSelector(".finding code.code")).stream().map(WebElement::getText))
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  // ------------------------------------------------------------------------------------------- keyboard

  @Test
  void the_page_is_used_with_the_keyboard_only_from_the_skip_link_to_a_download() throws IOException {
    open("/");
    Actions keys = new Actions(driver);

    keys.sendKeys(Keys.TAB).perform();
    WebElement skip = focused();
    assertThat(skip.getText()).isEqualTo("Aller au contenu");
    assertThat(skip.getRect().getX()).as("the skip link shows when it has the focus").isGreaterThanOrEqualTo(0);
    assertVisibleFocus(skip);

    keys.sendKeys(Keys.TAB).perform();
    WebElement language = focused();
    assertThat(language.getText()).isEqualTo("English");
    assertVisibleFocus(language);

    keys.sendKeys(Keys.TAB).perform();
    WebElement input = focused();
    assertThat(input.getAttribute("id")).isEqualTo("files");
    assertVisibleFocus(input);
    // Choosing a file is the system's dialog, which no test can drive: the driver fills the focused input.
    input.sendKeys(broken.toString());

    keys.sendKeys(Keys.TAB).perform();
    WebElement button = focused();
    assertThat(button.getText()).isEqualTo("Vérifier");
    assertVisibleFocus(button);
    keys.sendKeys(Keys.ENTER).perform();
    waitForResults();

    WebElement heading = focused();
    assertThat(heading.getAttribute("id")).as("after an upload, the reports' heading has the focus").isEqualTo("results");
    assertVisibleFocus(heading);

    // The downloads, then the report's frame, in the order they are shown.
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      keys.sendKeys(Keys.TAB).perform();
      assertVisibleFocus(focused());
      labels.add(focused().getText());
    }
    assertThat(labels).containsExactly("Rapport HTML", "Rapport JSON", "SARIF");
    // Into the report's frame: its first link (its skip link) takes the focus, and shows it.
    keys.sendKeys(Keys.TAB).perform();
    WebElement frame = focused();
    assertThat(frame.getTagName()).isEqualTo("iframe");
    driver.switchTo().frame(frame);
    try {
      WebElement inReport = driver.switchTo().activeElement();
      assertThat(inReport.getTagName()).isEqualTo("a");
      assertVisibleFocus(inReport);
    } finally {
      driver.switchTo().defaultContent();
    }

    // Back to the HTML report's link, and Enter downloads it.
    for (int i = 0; i < 3; i++) {
      keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }
    assertThat(focused().getText()).isEqualTo("Rapport HTML");
    keys.sendKeys(Keys.ENTER).perform();
    assertThat(Files.readString(downloaded("contrat-coupé.rapport.html"), StandardCharsets.UTF_8))
        .contains("CLS-JSON-SYNTAX");

    // On through the report's links and back to the form: nothing traps the focus.
    boolean backToTheForm = false;
    for (int i = 0; i < 100 && !backToTheForm; i++) {
      keys.sendKeys(Keys.TAB).perform();
      backToTheForm = "files".equals(focused().getAttribute("id"));
    }
    assertThat(backToTheForm).as("the Tab key leads from the reports back to the form").isTrue();
  }

  // ------------------------------------------------------------------------------------------ accessibility

  @Test
  void axe_finds_no_serious_or_critical_violation_on_the_form_the_results_and_a_report_in_both_languages()
      throws IOException {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String lang : List.of("fr", "en")) {
      open("/?lang=" + lang);
      violations.put("form " + lang, axe());
      upload(examples.get("agglopolys.json"));
      violations.put("results " + lang, axe());
      open("/?lang=" + lang);
      upload(broken);
      violations.put("error results " + lang, axe());
    }
    for (String name : List.of("agglopolys.json", "plan-agglopolys.xlsx")) {
      Path report = files.resolve(name + ".html");
      Files.write(report, Upload.validate(name, Files.readAllBytes(examples.get(name))).html(java.util.Locale.FRENCH));
      driver.get(report.toUri().toString());
      violations.put("report of " + name, axe());
    }
    assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
  }

  // ----------------------------------------------------------------------------------------------- phone

  @Test
  void on_a_360_pixel_wide_screen_nothing_scrolls_sideways() throws IOException {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(360, 780));
      open("/");
      assertNoSidewaysScroll("the form");
      upload(examples.get("le-havre.json"));
      assertNoSidewaysScroll("the results");
      Path report = files.resolve("le-havre.phone.html");
      Files.write(report, Upload.validate("le-havre.json", Files.readAllBytes(examples.get("le-havre.json")))
          .html(java.util.Locale.FRENCH));
      driver.get(report.toUri().toString());
      assertNoSidewaysScroll("a report");
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  // ------------------------------------------------------------------------------------------ screenshot

  @Test
  void the_readme_screenshot_is_the_report_page_of_an_example() throws IOException {
    open("/");
    upload(examples.get("agglopolys.json"));
    driver.executeScript("window.scrollTo(0, document.getElementById('results').offsetTop - 16);");
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Path target = Files.createDirectories(Paths.get("target", "screenshots")).resolve("web-validator-report.png");
    Files.write(target, png);
    Path committed = Paths.get("..", "docs", "screenshots", "web-validator-report.png");
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.createDirectories(committed.getParent());
      Files.copy(target, committed, StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(committed).as("the README's screenshot (-Dcls.regenerate=true writes it)").isRegularFile();
    assertThat(Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8))
        .contains("docs/screenshots/web-validator-report.png");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private void open(String path) {
    driver.get(server.url().replaceAll("/$", "") + path);
  }

  private void upload(Path file) {
    driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    waitForResults();
  }

  private void waitForResults() {
    new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("results")).isEmpty());
  }

  /** Runs {@code check} inside the report frame of the {@code index}th file, then comes back to the page. */
  private void inReport(int index, Runnable check) {
    driver.switchTo().frame(driver.findElements(By.cssSelector("iframe.report")).get(index));
    try {
      check.run();
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  private WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** The focus shows: an outline of at least 2 px, as the page's style gives every focusable element. */
  private void assertVisibleFocus(WebElement element) {
    assertThat(element.getCssValue("outline-style")).as("outline of %s", element.getTagName()).isNotEqualTo("none");
    assertThat(Double.parseDouble(element.getCssValue("outline-width").replace("px", "")))
        .as("outline width of %s", element.getTagName()).isGreaterThanOrEqualTo(2.0);
  }

  private void assertNoSidewaysScroll(String page) {
    Object overflow = driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("sideways overflow of %s at 360 px", page).isLessThanOrEqualTo(0);
  }

  /** A file the browser downloaded, once it is complete. */
  private Path downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, WAIT).withMessage("the download of " + name)
        .until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  /** axe-core's serious and critical violations of WCAG 2.1 A and AA on the current page, as "id: target". */
  @SuppressWarnings("unchecked")
  private List<String> axe() throws IOException {
    driver.executeScript(Browser.axeScript());
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
        + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
        + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }
}
