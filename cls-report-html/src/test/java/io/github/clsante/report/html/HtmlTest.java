package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The page's one escaping function, on its own. */
class HtmlTest {

  @Test
  void escapes_the_five_characters_of_markup() {
    assertThat(Html.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    assertThat(Html.escape("</style><!--<script>alert(1)</script>-->"))
        .isEqualTo("&lt;/style&gt;&lt;!--&lt;script&gt;alert(1)&lt;/script&gt;--&gt;");
    assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void keeps_every_other_character_as_it_is() {
    String french = "Fiche 5 « Favoriser l’activité physique » : 1 234,50 € — 😀 œ\tx\ny\rz";
    assertThat(Html.escape(french)).isEqualTo(french);
    assertThat(Html.escape("")).isEmpty();
  }

  @Test
  void shows_controls_noncharacters_and_lone_surrogates_visibly() {
    assertThat(Html.escape("a\u0000b\u0007c\u001Fd\u007Fe\u0085f")).isEqualTo(
        "a⟨U+0000⟩b⟨U+0007⟩c⟨U+001F⟩d⟨U+007F⟩e⟨U+0085⟩f");
    assertThat(Html.escape("x\uD800y")).isEqualTo("x⟨U+D800⟩y");
    assertThat(Html.escape("x\uDC00")).isEqualTo("x⟨U+DC00⟩");
    assertThat(Html.escape("\uDBFF")).isEqualTo("⟨U+DBFF⟩");
    assertThat(Html.escape("\uFDD0\uFFFE\uFFFF")).isEqualTo("⟨U+FDD0⟩⟨U+FFFE⟩⟨U+FFFF⟩");
    // U+1FFFF, a noncharacter beyond the basic plane (a surrogate pair).
    assertThat(Html.escape("\uD83F\uDFFF")).isEqualTo("⟨U+1FFFF⟩");
  }

  @Test
  void shows_bidirectional_controls_visibly_so_they_reorder_nothing() {
    assertThat(Html.escape("abc\u202Edef\u202C")).isEqualTo("abc⟨U+202E⟩def⟨U+202C⟩");
    assertThat(Html.escape("\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u202A\u202B\u202D"))
        .isEqualTo("⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩⟨U+202A⟩⟨U+202B⟩⟨U+202D⟩");
    // Right-to-left letters are text, not controls: kept, and isolated by the page's <bdi>.
    assertThat(Html.escape("שלום مرحبا")).isEqualTo("שלום مرحبا");
  }

  /** Any text of characters the escaping keeps reads back as written, as content and as an attribute. */
  @Test
  void an_escaped_text_reads_back_as_written_in_content_and_attributes() {
    qt().withExamples(2000).forAll(texts()).check(text -> {
      String escaped = Html.escape(text);
      Document page = Jsoup.parse("<!DOCTYPE html><p title=\"" + escaped + "\">" + escaped + "</p>");
      return escaped.indexOf('<') < 0 && escaped.indexOf('>') < 0 && escaped.indexOf('"') < 0
          && escaped.indexOf('\'') < 0
          && page.select("p").size() == 1 && page.select("p").first().childrenSize() == 0
          && page.select("p").first().wholeText().equals(text)
          && page.select("p").first().attr("title").equals(text);
    });
  }

  /** Escaped, no text holds a character HTML forbids, nor a bidirectional control. */
  @Test
  void an_escaped_text_holds_nothing_html_forbids() {
    qt().withExamples(2000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40)).check(text -> {
      String escaped = Html.escape(text);
      for (int i = 0; i < escaped.length(); i++) {
        char c = escaped.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < escaped.length() && Character.isLowSurrogate(escaped.charAt(i + 1))) {
          i++;
          continue;
        }
        if (Html.isShownVisibly(c) || c == '<' || c == '>' || c == '"' || c == '\'') {
          return false;
        }
      }
      return true;
    });
  }

  /** Texts of markup characters, French letters, entities and whitespace: what the escaping keeps. */
  private static Gen<String> texts() {
    Gen<String> pieces = SourceDSL.arbitrary().pick("<", ">", "&", "\"", "'", "</p>", "<!--", "&amp;", "&#x3C;",
        "é", "’", "«\u00A0", "😀", " ", "\t", "\n", "\r\n", "javascript:", "a", "Z", "0", "=", "/");
    return SourceDSL.lists().of(pieces).ofSizeBetween(0, 12).map(list -> String.join("", list));
  }
}
