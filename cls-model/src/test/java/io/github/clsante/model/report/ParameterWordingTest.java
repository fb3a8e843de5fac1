package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a message puts its parameters into words ({@link MessageCatalog#format}): numbers grouped by
 * three, amounts of euros, dates, lists and terms, in French typography (narrow no-break spaces between
 * groups, a no-break space before €, « 1er ») and in English; optional segments kept only when all
 * their values are there; values that are not what their format reads kept as they are.
 */
class ParameterWordingTest {

  private static final Locale FR = Locale.FRENCH;
  private static final Locale EN = Locale.ENGLISH;
  private static final String NNBSP = "\u202F";
  private static final String NBSP = "\u00A0";

  private static String fill(String template, Locale locale, String... params) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      values.put(params[i], params[i + 1]);
    }
    return MessageCatalog.fill(template, values, locale);
  }

  @Test
  void numbers_are_grouped_by_three_with_the_languages_separators() {
    assertThat(fill("{n,number}", FR, "n", "1234567.25")).isEqualTo("1" + NNBSP + "234" + NNBSP + "567,25");
    assertThat(fill("{n,number}", EN, "n", "1234567.25")).isEqualTo("1,234,567.25");
    assertThat(fill("{n,number}", FR, "n", "-123456")).isEqualTo("-123" + NNBSP + "456");
    assertThat(fill("{n,number}", EN, "n", "999")).isEqualTo("999");
    assertThat(fill("{n,number}", EN, "n", "1000")).isEqualTo("1,000");
    assertThat(fill("{n,number}", FR, "n", "0.5")).isEqualTo("0,5");
    assertThat(fill("{n,number}", FR, "n", "1e3")).isEqualTo("1e3");
    assertThat(fill("{n,number}", FR, "n", "12 000")).isEqualTo("12 000");
  }

  @Test
  void amounts_of_euros_take_two_decimals_or_none() {
    assertThat(fill("{a,money}", FR, "a", "1950.5")).isEqualTo("1" + NNBSP + "950,50" + NBSP + "€");
    assertThat(fill("{a,money}", EN, "a", "1950.5")).isEqualTo("€1,950.50");
    assertThat(fill("{a,money}", FR, "a", "12000.00")).isEqualTo("12" + NNBSP + "000" + NBSP + "€");
    assertThat(fill("{a,money}", EN, "a", "12000")).isEqualTo("€12,000");
    assertThat(fill("{a,money}", EN, "a", "-5000.25")).isEqualTo("-€5,000.25");
    assertThat(fill("{a,money}", FR, "a", "-5000.25")).isEqualTo("-5" + NNBSP + "000,25" + NBSP + "€");
    assertThat(fill("{a,money}", EN, "a", "0.125")).isEqualTo("€0.125");
    assertThat(fill("{a,money}", FR, "a", "beaucoup")).isEqualTo("beaucoup");
  }

  @Test
  void dates_are_written_as_people_write_them() {
    assertThat(fill("{d,date}", FR, "d", "2022-01-25")).isEqualTo("25 janvier 2022");
    assertThat(fill("{d,date}", FR, "d", "2022-02-01")).isEqualTo("1er février 2022");
    assertThat(fill("{d,date}", EN, "d", "2022-02-01")).isEqualTo("1 February 2022");
    assertThat(fill("{d,date}", FR, "d", "2021-12")).isEqualTo("décembre 2021");
    assertThat(fill("{d,date}", EN, "d", "2021-12")).isEqualTo("December 2021");
    assertThat(fill("{d,date}", FR, "d", "2023")).isEqualTo("2023");
    assertThat(fill("{d,date}", FR, "d", "25/01/2022")).isEqualTo("25/01/2022");
  }

  @Test
  void lists_end_with_the_languages_and() {
    assertThat(fill("{l,list}", FR, "l", "A, B, C")).isEqualTo("A, B et C");
    assertThat(fill("{l,list}", EN, "l", "A, B")).isEqualTo("A and B");
    assertThat(fill("{l,list}", FR, "l", "A")).isEqualTo("A");
    assertThat(fill("{l,list}", FR, "l", "")).isEqualTo("");
  }

  @Test
  void a_placeholder_without_value_or_format_is_left_or_put_as_it_is() {
    assertThat(fill("Champ {member} : {other}", FR, "member", "id")).isEqualTo("Champ id : {other}");
    assertThat(fill("{v,unknown-format}", FR, "v", "1234")).isEqualTo("1234");
    assertThat(fill("sans fin {v", FR, "v", "x")).isEqualTo("sans fin {v");
  }

  @Test
  void an_optional_segment_is_kept_only_when_all_its_values_are_there() {
    String template = "Inconnu.[[ Vouliez-vous dire « {suggestion} » ({label}) ?]] Fin.";

    assertThat(fill(template, FR, "suggestion", "fir", "label", "FIR"))
        .isEqualTo("Inconnu. Vouliez-vous dire « fir » (FIR) ? Fin.");
    assertThat(fill(template, FR, "suggestion", "fir")).isEqualTo("Inconnu. Fin.");
    assertThat(fill(template, FR, "suggestion", "", "label", "FIR")).isEqualTo("Inconnu. Fin.");
    assertThat(fill("[[sans fermeture {x}", FR, "x", "1")).isEqualTo("[[sans fermeture 1");
  }

  @Test
  void terms_are_the_catalogues_words_for_a_value_or_the_value_itself() {
    String english = "T=Expected {type,term}; missing {missing,terms}.\nterm.integer=a whole number\nterm.target=target\n";
    String french = "T=Attendu {type,term}\u202F; manque {missing,terms}.\nterm.integer=un nombre entier\n"
        + "term.target=la cible\nterm.baseline=la valeur de départ\n";
    MessageCatalog catalog = new MessageCatalog(name -> resource(name, english, french), "t");
    Finding finding = Finding.builder().code("T").severity(Severity.WARNING).pointer("")
        .putParam("type", "integer").putParam("missing", "baseline, target").build();

    assertThat(catalog.render(finding, FR)).contains("Attendu un nombre entier\u202F; manque la valeur de départ et la cible.");
    assertThat(catalog.render(finding, EN)).contains("Expected a whole number; missing baseline and target.");
  }

  private static InputStream resource(String name, String english, String french) {
    String text = name.equals("t_en.properties") ? english : name.equals("t_fr.properties") ? french : null;
    return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
