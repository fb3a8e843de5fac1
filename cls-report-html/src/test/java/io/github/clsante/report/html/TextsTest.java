package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ContractStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page's two bundles agree, French reads as French, and neither page holds the other's words. */
class TextsTest {

  static final Texts FR = Texts.of(Locale.FRENCH);
  static final Texts EN = Texts.of(Locale.ENGLISH);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");

  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group());
    }
    return names;
  }

  @Test
  void both_bundles_have_the_same_keys_and_placeholders() {
    assertThat(Texts.keys(Locale.FRENCH)).isEqualTo(Texts.keys(Locale.ENGLISH)).isNotEmpty();
    for (String key : Texts.keys(Locale.ENGLISH)) {
      assertThat(placeholders(FR.template(key).orElseThrow())).as(key)
          .isEqualTo(placeholders(EN.template(key).orElseThrow()));
    }
  }

  @Test
  void french_typography_puts_no_break_spaces_where_french_wants_them() {
    for (String key : Texts.keys(Locale.FRENCH)) {
      assertThat(FR.template(key).orElseThrow()).as(key).doesNotContain(" :", " ;", " ?", " !", " %", "« ", " »", "'");
    }
    assertThat(FR.get("completeness.percent", "p", 60)).isEqualTo("60\u202F%");
    assertThat(FR.get("finding.suggestion", "value", "x")).isEqualTo("Valeur proposée\u202F: «\u00A0x\u00A0»");
  }

  @Test
  void counts_and_lists_read_as_each_language_writes_them() {
    assertThat(FR.count("error", 0)).isEqualTo("0 erreur");
    assertThat(FR.count("error", 1)).isEqualTo("1 erreur");
    assertThat(FR.count("warning", 2)).isEqualTo("2 avertissements");
    assertThat(EN.count("error", 0)).isEqualTo("0 errors");
    assertThat(EN.count("finding", 1)).isEqualTo("1 finding");
    assertThat(FR.count("sheet", 1234)).isEqualTo("1\u202F234 fiches");
    assertThat(EN.count("sheet", 1234)).isEqualTo("1,234 action sheets");
    assertThat(FR.and(List.of("a", "b", "c"))).isEqualTo("a, b et c");
    assertThat(EN.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(FR.and(List.of("a"))).isEqualTo("a");
  }

  @Test
  void french_statuses_are_the_model_labels() {
    for (ContractStatus status : ContractStatus.values()) {
      assertThat(FR.get("status." + status.code())).isEqualTo(status.frenchLabel());
      assertThat(EN.template("status." + status.code())).isPresent();
    }
  }

  /** The words of one bundle that the other does not have: what must not appear in the other's page. */
  static List<String> ownWords(Texts own, Texts other) {
    Set<String> otherSegments = new TreeSet<>();
    for (String key : Texts.keys(Locale.ENGLISH)) {
      otherSegments.addAll(segments(other.template(key).orElseThrow()));
    }
    List<String> words = new ArrayList<>();
    for (String key : Texts.keys(Locale.ENGLISH)) {
      for (String segment : segments(own.template(key).orElseThrow())) {
        if (!otherSegments.contains(segment) && segment.codePoints().filter(Character::isLetter).count() >= 4) {
          words.add(segment);
        }
      }
    }
    return words;
  }

  /** The fixed parts of a template, as a reader sees them (spaces collapsed), trimmed. */
  static List<String> segments(String template) {
    List<String> segments = new ArrayList<>();
    for (String part : PLACEHOLDER.split(template, -1)) {
      String words = SeedAndBrokenPagesTest.words(part).replaceAll("^[\\p{Punct}\\s«»…—–]+|[\\p{Punct}\\s«»…—–]+$", "");
      if (!words.isEmpty()) {
        segments.add(words);
      }
    }
    return segments;
  }

  /** The page's own words: the texts from the files (names, titles, places, source) left out. */
  static String uiText(String html) {
    Document page = Jsoup.parse(html);
    page.select("bdi, pre, code, p.message, div.explanation > p:not(:first-child), section.rule .explanation, "
        + "section.rule p:not(.severity)").remove();
    return SeedAndBrokenPagesTest.words(page.text());
  }

  /** Whether a text holds these words as words (« Pilot » is not in « Pilote »). */
  static boolean holds(String text, String words) {
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})").matcher(text).find();
  }

  @Test
  void the_english_page_has_no_french_words_of_the_page_and_the_french_page_no_english_ones() {
    List<ReportedFile> files = new ArrayList<>();
    for (String seed : Pages.SEEDS) {
      files.add(Pages.file(seed + ".json", Pages.seed(seed)));
    }
    files.add(Pages.file("cassé.json", "{\"id\": 1,}".getBytes(StandardCharsets.UTF_8)));
    files.add(Pages.file("compte.json",
        io.github.clsante.serialization.ContractJson.toCanonicalBytes(CompletenessTest.contract())));
    String english = uiText(HtmlReport.builder().locale(Locale.ENGLISH).addFiles(files).build().toHtml());
    String french = uiText(HtmlReport.builder().locale(Locale.FRENCH).addFiles(files).build().toHtml());
    List<String> frenchWords = ownWords(FR, EN);
    List<String> englishWords = ownWords(EN, FR);
    assertThat(frenchWords).contains("Résumé du contrat", "il manque", "Constats");
    assertThat(englishWords).contains("Contract summary", "missing", "Findings");
    assertThat(frenchWords.stream().filter(words -> holds(english, words)).toList()).as("French in the English page")
        .isEmpty();
    assertThat(englishWords.stream().filter(words -> holds(french, words)).toList()).as("English in the French page")
        .isEmpty();
    // The check sees the page's words: each page holds its own.
    assertThat(frenchWords.stream().filter(words -> holds(french, words)).count()).isGreaterThan(30);
    assertThat(englishWords.stream().filter(words -> holds(english, words)).count()).isGreaterThan(30);
  }
}
