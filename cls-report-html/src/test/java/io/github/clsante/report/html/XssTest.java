package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A hostile corpus (markup, quotes, {@code javascript:} URLs, {@code </style>}, comments, bidirectional
 * controls, lone surrogates) in titles, identifiers, party names, file names and source text is shown
 * inert: no element, attribute or URL of the input exists in the page, and its text reads back as written.
 */
class XssTest {

  /** Each hostile text, shown as it is (the ones with characters shown visibly are below). */
  static final List<String> HOSTILE = List.of(
      "<script>alert('x')</script>",
      "\"><img src=x onerror=alert(1)>",
      "' onmouseover='alert(1)",
      "javascript:alert(document.cookie)",
      "</style><style>body{display:none}</style>",
      "<!-- <p>commentaire</p> -->",
      "<a href=\"javascript:alert(1)\">lien</a>",
      "&lt;déjà échappé&gt; &amp; &#x3C;",
      "<svg/onload=alert(1)>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "]]></title><base href=\"//evil.example/\">",
      "url(https://evil.example/x.png) @import 'x.css';");

  /** Bidirectional controls: shown as ⟨U+…⟩, never as the controls themselves. */
  static final String BIDI = "fichier\u202Egpj.exe\u202C \u2067abc\u2069 \u200F";

  /** The elements and attributes the page is made of: anything else came from the input. */
  static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "a", "header", "h1",
      "h2", "h3", "h4", "h5", "p", "nav", "ol", "li", "main", "article", "section", "dl", "dt", "dd", "em", "bdi",
      "code", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "meter", "span", "div", "strong",
      "figure", "figcaption", "pre", "mark", "footer");
  static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name", "class", "href",
      "id", "aria-labelledby", "title", "scope", "min", "max", "value", "aria-hidden");

  static Contract contract(String text, int n) {
    String id = "id-" + n + "-" + text;
    Party party = Party.builder().id("p" + n).name(text).build();
    ActionSheet sheet = ActionSheet.builder().id(id).number(text).title(text)
        .addPilots(PartyRef.builder().partyId("inconnu-" + text).build()).build();
    return Contract.builder().id(id).title(text).leadArs(Region.NORMANDIE)
        .territory(Territory.builder().name(text).addDepartements(text).build())
        .addParties(party)
        .addAxes(Axis.builder().id("a-" + text).number(text).title(text).addActionSheets(sheet).build())
        .build();
  }

  static List<ReportedFile> files() {
    List<ReportedFile> files = new ArrayList<>();
    List<String> corpus = new ArrayList<>(HOSTILE);
    corpus.add(BIDI);
    for (int i = 0; i < corpus.size(); i++) {
      String text = corpus.get(i);
      byte[] source = ContractJson.toPrettyString(contract(text, i)).getBytes(StandardCharsets.UTF_8);
      files.add(Pages.file(text + ".json", source));
    }
    return files;
  }

  @Test
  void hostile_texts_are_shown_inert_and_read_back_as_written() {
    List<ReportedFile> files = files();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      String html = HtmlReport.builder().locale(locale).title(HOSTILE.get(0)).addFiles(files).build().toHtml();
      Pages.assertValidHtml(html);
      Document page = Jsoup.parse(html);
      // The text of the page holds the corpus (« javascript: », « src= »), inert: what could load or run
      // something is markup, checked here element by element, attribute by attribute.
      for (Element element : page.select("html, html *")) {
        assertThat(ELEMENTS).as("element").contains(element.normalName());
        for (Attribute attribute : element.attributes()) {
          assertThat(ATTRIBUTES).as("attribute of " + element.normalName()).contains(attribute.getKey());
          if (attribute.getKey().equals("href")) {
            assertThat(attribute.getValue()).startsWith("#");
            assertThat(page.getElementById(attribute.getValue().substring(1))).as(attribute.getValue()).isNotNull();
          }
        }
      }
      assertThat(page.select("style")).hasSize(1);
      assertThat(page.select("style").first().data()).isEqualTo(Page.CSS);
      assertThat(page.select("meta[http-equiv]").attr("content")).isEqualTo(Page.CSP);
      assertThat(page.select("title").text()).isEqualTo(HOSTILE.get(0));
      assertThat(page.select("h1").first().wholeText()).isEqualTo(HOSTILE.get(0));
      for (int i = 0; i < HOSTILE.size(); i++) {
        String text = HOSTILE.get(i);
        Element article = page.select("article.file").get(i);
        assertThat(article.select("h2 bdi").first().wholeText()).isEqualTo(text + ".json");
        assertThat(article.select("dl.facts dd bdi").eachText().stream().map(SeedAndBrokenPagesTest::words))
            .contains(SeedAndBrokenPagesTest.words(text), SeedAndBrokenPagesTest.words("id-" + i + "-" + text));
        assertThat(article.select("table th bdi").eachText()).contains(SeedAndBrokenPagesTest.words(text));
        // The source text: the lines of the pretty JSON, as written, with the strings JSON-escaped.
        String sourceLines = String.join("\n", article.select("pre").eachText());
        String line = ContractJson.toPrettyString(contract(text, i)).lines()
            .filter(written -> written.contains("\"partyId\": \"inconnu-")).findFirst().orElseThrow().strip();
        // (A line is shown up to 60 characters after the marked value.)
        assertThat(sourceLines).contains(line.substring(0, Math.min(line.length(), 45)));
        // The unknown pilot's message quotes the party id: as text, not markup.
        assertThat(article.select("p.message").eachText()).anyMatch(message -> message.contains(text.strip()));
      }
      Element bidi = page.select("article.file").get(HOSTILE.size());
      assertThat(bidi.select("h2 bdi").first().wholeText())
          .isEqualTo("fichier⟨U+202E⟩gpj.exe⟨U+202C⟩ ⟨U+2067⟩abc⟨U+2069⟩ ⟨U+200F⟩.json");
      assertThat(html).doesNotContain("\u202E", "\u202C", "\u2067", "\u2069", "\u200F");
    }
  }

  @Test
  void a_lone_surrogate_in_a_file_name_or_a_title_is_shown_visibly_and_the_page_stays_utf8()
      throws CharacterCodingException {
    Contract contract = contract("titre \uD800 fin", 0);
    ReportedFile file = ReportedFile.of("nom\uDC00.json",
        io.github.clsante.validation.ContractValidator.standard().validate(contract)).withContract(contract);
    byte[] bytes = HtmlReport.builder().addFile(file).build().toHtml().getBytes(StandardCharsets.UTF_8);
    String html = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("h2 bdi").first().wholeText()).isEqualTo("nom⟨U+DC00⟩.json");
    assertThat(page.select("dl.facts dd bdi").eachText()).contains("titre ⟨U+D800⟩ fin");
    assertThat(html).doesNotContain("?.json");
    Pages.assertValidHtml(html);
  }
}
