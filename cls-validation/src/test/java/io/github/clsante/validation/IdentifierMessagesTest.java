package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.validation.internal.FieldChecks;
import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The messages of the identifier problems ({@code CODE.problem} keys): one per problem in both
 * languages, with the same placeholders, in French typography, listed in RULES.md. Run with {@code
 * -Dcls.regenerate=true} to rewrite RULES.md's generated regions.
 */
class IdentifierMessagesTest {

  static final Path MESSAGES = Path.of("src/main/resources/io/github/clsante/validation");

  static Properties messages(String language) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(MESSAGES.resolve("rules_" + language + ".properties"),
        StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void every_problem_of_a_rule_has_french_and_english_messages_with_the_same_placeholders() throws IOException {
    Properties english = messages("en");
    Properties french = messages("fr");
    for (Rule rule : Rule.values()) {
      for (Kind kind : FieldChecks.problems(rule)) {
        String key = rule.code() + "." + kind.code();
        assertThat(english.getProperty(key)).as(key).isNotBlank();
        assertThat(french.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
        assertThat(RulesCatalogueTest.placeholders(french.getProperty(key))).as(key)
            .isEqualTo(RulesCatalogueTest.placeholders(english.getProperty(key)));
      }
    }
  }

  @Test
  void every_variant_key_is_a_problem_its_rule_can_name() throws IOException {
    for (Properties messages : new Properties[] {messages("en"), messages("fr")}) {
      for (String key : messages.stringPropertyNames()) {
        int dot = key.indexOf('.');
        if (dot >= 0 && key.startsWith("CLS-ID-")) {
          Rule rule = Rule.fromCode(key.substring(0, dot)).orElseThrow(() -> new AssertionError(key));
          assertThat(FieldChecks.problems(rule).stream().map(Kind::code)).as(key).contains(key.substring(dot + 1));
        }
      }
    }
  }

  @Test
  void french_identifier_messages_follow_french_typography() throws IOException {
    Properties french = messages("fr");
    for (String key : french.stringPropertyNames()) {
      if (key.startsWith("CLS-ID-")) {
        String template = french.getProperty(key);
        assertThat(template).as(key)
            .doesNotContain("« ", " »", " :", " ;", " ?", " !", "'", "\"")
            .doesNotContainPattern("[^\u00A0]»|«[^\u00A0]")
            .doesNotContainPattern("[^\u202F][:;?!]( |$)");
      }
    }
  }

  @Test
  void rules_md_lists_every_identifier_problem_with_its_messages() throws IOException {
    Properties english = messages("en");
    Properties french = messages("fr");
    String rows = Arrays.stream(Rule.values())
        .flatMap(rule -> FieldChecks.problems(rule).stream().map(kind -> rule.code() + "." + kind.code()))
        .map(key -> "| `" + key.substring(0, key.indexOf('.')) + "` | `" + key.substring(key.indexOf('.') + 1) + "` | "
            + english.getProperty(key) + " | " + french.getProperty(key) + " |")
        .collect(Collectors.joining("\n", "| code | problem | message (English) | message (français) |\n"
            + "|---|---|---|---|\n", "\n"));
    RulesCatalogueTest.assertRegion("identifier-problems", rows);
  }
}
