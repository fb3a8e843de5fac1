package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The public API: the builder, the files, rendering. */
class HtmlReportTest {

  @Test
  void the_builder_defaults_to_french_its_own_title_and_the_documented_limit() {
    HtmlReport report = HtmlReport.builder().build();
    assertThat(report.locale()).isEqualTo(Locale.FRENCH);
    assertThat(report.title()).isEmpty();
    assertThat(report.files()).isEmpty();
    assertThat(report.maxFindingsPerFile()).isEqualTo(1000).isEqualTo(HtmlReport.DEFAULT_MAX_FINDINGS_PER_FILE);
    assertThat(HtmlReport.builder().locale(Locale.CANADA_FRENCH).build().locale()).isEqualTo(Locale.FRENCH);
    assertThat(HtmlReport.builder().locale(Locale.GERMAN).build().locale()).isEqualTo(Locale.ENGLISH);
    assertThatThrownBy(() -> HtmlReport.builder().maxFindingsPerFile(0)).isInstanceOf(IllegalArgumentException.class);
    Document empty = Jsoup.parse(report.toHtml());
    assertThat(empty.select("h1").text()).isEqualTo("Rapport de validation CLS");
    assertThat(empty.select("article, nav, section.catalogue")).isEmpty();
    Pages.assertValidHtml(report.toHtml());
  }

  @Test
  void a_file_keeps_its_name_report_source_and_contract_and_gives_copies_of_its_source() {
    byte[] source = Pages.seed("chartres");
    ReportedFile file = Pages.file("chartres.json", source);
    assertThat(file.name()).isEqualTo("chartres.json");
    assertThat(file.source().orElseThrow()).isEqualTo(source).isNotSameAs(source);
    assertThat(file.contract().orElseThrow().id()).isEqualTo("cls-chartres-metropole");
    ReportedFile bare = ReportedFile.of("x.json", file.report());
    assertThat(bare.source()).isEmpty();
    assertThat(bare.contract()).isEmpty();
    assertThat(bare.withContract(null).contract()).isEmpty();
  }

  @Test
  void several_files_get_a_table_of_contents_linking_each_article_and_the_page_leaves_the_stream_open()
      throws IOException {
    HtmlReport report = HtmlReport.builder().locale(Locale.ENGLISH).title("March")
        .addFile(Pages.file("agglopolys.json", Pages.seed("agglopolys")))
        .addFile(Pages.file("broken.json", "{".getBytes(StandardCharsets.UTF_8))).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the page closed the stream");
      }
    };
    report.render(out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).isEqualTo(report.toHtml());
    Document page = Jsoup.parse(html);
    assertThat(page.select("nav.toc a").eachAttr("href")).containsExactly("#file-1", "#file-2");
    assertThat(SeedAndBrokenPagesTest.words(page.select("nav.toc li").eachText().get(1)))
        .isEqualTo("broken.json: not valid (1 error, 0 warnings and 0 infos)");
    assertThat(page.select("article.file h2").eachText()).containsExactly("File 1: agglopolys.json",
        "File 2: broken.json");
    assertThat(page.select("p.intro").text()).isEqualTo("Files checked: 2 files, of which 1 without errors and 1 with"
        + " errors.");
  }

  @Test
  void a_contracts_own_words_are_marked_french_on_an_english_page_only() {
    ReportedFile chartres = Pages.file("chartres.json", Pages.seed("chartres"));
    Document english = Jsoup.parse(Pages.page(Locale.ENGLISH, chartres));
    // The title, the territory and each axis's title: the words of the contract, in French.
    List<String> french = english.select("bdi[lang=fr]").eachText();
    assertThat(french).startsWith("Contrat local de Santé de Chartres métropole", "Chartres métropole (28)");
    assertThat(french).hasSize(2 + english.select("table:not(.completeness) tbody tr").size());
    assertThat(english.select("bdi[lang=fr]").first().parent().previousElementSibling().text()).isEqualTo("Title");

    Document frenchPage = Jsoup.parse(Pages.page(Locale.FRENCH, chartres));
    assertThat(frenchPage.select("[lang]").eachAttr("lang")).containsExactly("fr");
  }

  @Test
  void one_report_renders_the_same_page_from_several_threads_at_once() throws Exception {
    HtmlReport report = HtmlReport.builder().addFile(Pages.file("le-havre.json", Pages.seed("le-havre")))
        .addFile(Pages.file("lens-lievin.json", Pages.seed("lens-lievin"))).build();
    String expected = report.toHtml();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> pages = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        pages.add(pool.submit(report::toHtml));
      }
      for (Future<String> page : pages) {
        assertThat(page.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The pages looked at (and photographed with headless Chromium) during development, kept in target/. */
  @Test
  void renders_the_agglopolys_seed_into_target_for_a_look() throws IOException {
    ReportedFile agglopolys = Pages.file("agglopolys.json", Pages.seed("agglopolys"));
    Files.createDirectories(Path.of("target"));
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      String html = Pages.page(locale, agglopolys);
      Pages.assertValidHtml(html);
      Files.writeString(Path.of("target/agglopolys." + locale.getLanguage() + ".html"), html, StandardCharsets.UTF_8);
    }
    String several = HtmlReport.builder().title("Contrats reçus en mars").addFile(agglopolys)
        .addFile(Pages.file("villes-soeurs.json", Pages.seed("villes-soeurs")))
        .addFile(Pages.file("erreurs.json", Pages.read(Path.of(
            "../cls-validation/src/test/resources/io/github/clsante/validation/hand-edited/contrat-edite-a-la-main.json"))))
        .build().toHtml();
    Pages.assertValidHtml(several);
    Files.writeString(Path.of("target/several.fr.html"), several, StandardCharsets.UTF_8);
  }
}
