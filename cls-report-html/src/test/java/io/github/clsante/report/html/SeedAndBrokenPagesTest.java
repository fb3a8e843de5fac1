package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The report of each seed contract and of every broken file of the reader's and the rules' corpora: valid
 * HTML5, self-contained, every finding shown with its code, message and place.
 */
class SeedAndBrokenPagesTest {

  /** Anything that would make a browser fetch something, or leave the page. */
  static final Pattern EXTERNAL = Pattern.compile("(?i)https?:|//[a-z0-9]|url\\(|@import|\\bsrc=|srcset=|<link|"
      + "<script|<iframe|<img|<object|<embed|<form|javascript:");

  /** What in a page could load something or leave it. */
  static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = EXTERNAL.matcher(html);
    while (matcher.find()) {
      found.add(html.substring(Math.max(0, matcher.start() - 40), Math.min(html.length(), matcher.end() + 40)));
    }
    return found;
  }

  @Test
  void the_external_reference_check_finds_what_would_load_something() {
    assertThat(externalReferences("<a href=\"https://x.fr\">")).isNotEmpty();
    assertThat(externalReferences("a{background:url(data:x)}")).hasSize(1);
    assertThat(externalReferences("<a href=\"//cdn.example\">")).hasSize(1);
    assertThat(externalReferences("<img alt=x>")).hasSize(1);
    assertThat(externalReferences("<a href=\"#rule-CLS-X\">« a/b »</a> /axes/0")).isEmpty();
  }

  @Test
  void the_html_checker_finds_errors() {
    assertThat(Pages.nuErrors("<!DOCTYPE html><html lang=en><title>t</title><p id=a><p id=a><div></span>"))
        .contains("error");
  }

  @Test
  void each_seed_contract_gives_a_valid_self_contained_page_showing_every_finding_in_both_languages() {
    for (String seed : Pages.SEEDS) {
      ReportedFile file = Pages.file(seed + ".json", Pages.seed(seed));
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String html = Pages.page(locale, file);
        Pages.assertValidHtml(html);
        assertThat(externalReferences(html)).as(seed).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo(locale.getLanguage());
        assertShowsEveryFinding(page, file, locale);
        assertThat(page.select("article.file dl.facts dd").eachText())
            .contains(file.contract().orElseThrow().id(), file.report().digest().orElseThrow());
      }
    }
  }

  @Test
  void every_broken_file_of_the_corpora_gives_a_valid_page_showing_every_finding() {
    List<ReportedFile> files = new ArrayList<>();
    for (Path path : Pages.brokenFiles()) {
      files.add(Pages.file(path.getParent().getFileName() + "/" + path.getFileName(), Pages.read(path)));
    }
    assertThat(files).hasSizeGreaterThan(150);
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      String html = HtmlReport.builder().locale(locale).addFiles(files).build().toHtml();
      Pages.assertValidHtml(html);
      assertThat(externalReferences(html)).isEmpty();
      Document page = Jsoup.parse(html);
      assertThat(page.select("nav.toc li")).hasSize(files.size());
      Elements articles = page.select("article.file");
      assertThat(articles).hasSize(files.size());
      for (int i = 0; i < files.size(); i++) {
        assertShowsEveryFinding(articles.get(i), files.get(i), locale);
      }
    }
  }

  @Test
  void a_file_that_holds_no_contract_says_so_and_still_shows_its_findings_and_excerpts() {
    byte[] source = "{\n  \"id\": \"x\",\n  \"title\": \"a\" \"b\"\n}\n".getBytes(StandardCharsets.UTF_8);
    ReportedFile file = Pages.file("virgule.json", source);
    assertThat(file.contract()).isEmpty();
    Document page = Jsoup.parse(Pages.page(Locale.FRENCH, file));
    assertThat(page.select("article.file section").first().text()).contains("Aucun contrat n’a pu être lu");
    assertThat(page.select("div.finding code.code").eachText()).containsExactly("CLS-JSON-SYNTAX");
    Element finding = page.select("div.finding").first();
    assertThat(finding.select("dd.location").text()).isEqualTo("ligne 3, colonne 15");
    // The lines around, numbered; the reader stopped at the space before the second string.
    assertThat(finding.select("pre").first().wholeText()).isEqualTo("2  \"id\": \"x\",\n3  \"title\": \"a\" \"b\"\n4}\n");
    assertThat(finding.select("pre span.ln").eachText()).containsExactly("2", "3", "4");
    assertThat(finding.select("pre mark").first().wholeText()).isEqualTo(" ");
  }

  @Test
  void the_style_is_the_only_one_and_the_policy_allows_it_by_its_hash() throws Exception {
    Document page = Jsoup.parse(Pages.page(Locale.FRENCH, Pages.file("a.json", Pages.seed("chartres"))));
    String css = page.select("head style").first().data();
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(css.getBytes(StandardCharsets.UTF_8)));
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'");
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("[style], script, link, img")).isEmpty();
  }

  /** Each finding of the file is on the page, in order of severity, with its code, message and place. */
  static void assertShowsEveryFinding(Element article, ReportedFile file, Locale locale) {
    List<Finding> findings = file.report().findings();
    Elements shown = article.select("div.finding");
    assertThat(shown).as(file.name()).hasSize(Math.min(findings.size(), HtmlReport.DEFAULT_MAX_FINDINGS_PER_FILE));
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Finding finding : findings) {
      expected.add(words(finding.code() + " | " + FindingMessages.message(finding, locale) + " | "
          + finding.pointer() + " | " + file.report().place(finding, locale).orElse("")));
    }
    for (Element element : shown) {
      Elements place = element.select("dl.where dt:contains(" + (locale.getLanguage().equals("fr") ? "Lieu" : "Place")
          + ") + dd");
      String pointer = element.select("code.pointer").text();
      actual.add(words(element.select("code.code").text() + " | " + element.select("p.message").text() + " | "
          + (pointer.equals("\"\"") ? "" : pointer) + " | " + place.text()));
      assertThat(element.select("a[href^=#rule-]").attr("href").substring(1))
          .as("the link to the catalogue").isEqualTo(Catalogue.anchor(element.select("code.code").text()));
      assertThat(article.ownerDocument().getElementById(Catalogue.anchor(element.select("code.code").text())))
          .as("the catalogue's entry").isNotNull();
    }
    assertThat(actual).as(file.name()).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** A text as a reader sees it: every run of spaces, no-break ones included, as one space (as jsoup's text()). */
  static String words(String text) {
    return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
  }
}
