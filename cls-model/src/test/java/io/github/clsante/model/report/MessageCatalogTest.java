package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  private static final MessageCatalog CATALOG =
      new MessageCatalog(name -> MessageCatalogTest.class.getResourceAsStream(name), "catalog");

  private static Finding finding(String code, String... params) {
    Finding.Builder finding = Finding.builder().code(code).severity(Severity.ERROR).pointer("");
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    return finding.build();
  }

  @Test
  void renders_the_variant_of_the_problem_when_the_catalogue_has_it() {
    Finding finding = finding("TEST-CODE", "value", "12", "problem", "length", "length", "2", "expected", "9");

    assertThat(CATALOG.render(finding, Locale.FRENCH)).contains("La valeur « 12 » a 2 caractères au lieu de 9.");
    assertThat(CATALOG.render(finding, Locale.ENGLISH)).contains("The value \"12\" has 2 characters instead of 9.");
  }

  @Test
  void falls_back_to_the_code_template_for_a_problem_without_variant_or_without_problem() {
    assertThat(CATALOG.render(finding("TEST-CODE", "value", "x", "problem", "check_key"), Locale.FRENCH))
        .contains("La valeur « x » est fausse.");
    assertThat(CATALOG.render(finding("TEST-CODE", "value", "x"), Locale.ENGLISH))
        .contains("The value \"x\" is wrong.");
    assertThat(CATALOG.render(finding("TEST-OTHER", "problem", "length"), Locale.ENGLISH)).contains("Other code.");
  }

  @Test
  void a_problem_never_makes_an_unknown_code_known() {
    assertThat(CATALOG.render(finding("NOPE", "problem", "length"), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void codes_leave_variant_keys_out() {
    assertThat(CATALOG.codes()).containsExactly("TEST-CODE", "TEST-OTHER");
    assertThat(CATALOG.template("TEST-CODE.length", Locale.FRENCH)).isPresent();
  }

  @Test
  void parameter_values_are_never_read_as_templates() {
    Finding finding = finding("TEST-CODE", "value", "{expected}", "problem", "length", "length", "{value}",
        "expected", "9");

    assertThat(CATALOG.render(finding, Locale.ENGLISH))
        .contains("The value \"{expected}\" has {value} characters instead of 9.");
  }
}
