package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps RULES.md equal to the rule catalogue of the code, and the French and English messages
 * consistent. Run with {@code -Dcls.regenerate=true} to rewrite RULES.md's generated regions.
 */
class RulesCatalogueTest {

  static final Path RULES = Path.of("RULES.md");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:,[a-z]+)?}");

  static Set<String> placeholders(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Finding finding(String code, String... params) {
    var builder = Finding.builder().code(code).severity(io.github.clsante.model.report.Severity.ERROR).pointer("");
    for (String param : params) {
      builder.putParam(param, "«" + param + "»");
    }
    return builder.build();
  }

  @Test
  void every_rule_has_french_and_english_messages_with_the_same_placeholders() {
    for (Rule rule : Rule.values()) {
      String english = rule.messageTemplate(Locale.ENGLISH);
      String french = rule.messageTemplate(Locale.FRENCH);

      assertThat(english).as(rule.code()).isNotBlank().isNotEqualTo(french);
      assertThat(placeholders(french)).as(rule.code()).isEqualTo(placeholders(english));
    }
  }

  @Test
  void no_placeholder_survives_when_a_finding_has_its_parameters() {
    ValidationReport report = ContractValidator.standard().validate(new byte[0]);
    for (Rule rule : Rule.values()) {
      String[] params = placeholders(rule.messageTemplate(Locale.ENGLISH)).toArray(new String[0]);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        assertThat(report.message(finding(rule.code(), params), locale)).as(rule.code()).doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}");
      }
    }
    for (ReadProblem problem : ReadProblem.values()) {
      String template = ContractJson.message(finding(problem.code()), Locale.ENGLISH).orElseThrow();
      String[] params = placeholders(template).toArray(new String[0]);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        assertThat(report.message(finding(problem.code(), params), locale)).as(problem.code())
            .doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}");
      }
    }
  }

  @Test
  void codes_are_unique_and_well_formed() {
    Set<String> codes = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.code()).matches("CLS-[A-Z]+(-[A-Z0-9]+)+");
      assertThat(codes.add(rule.code())).as(rule.code()).isTrue();
      assertThat(Rule.fromCode(rule.code())).contains(rule);
    }
    for (ReadProblem problem : ReadProblem.values()) {
      assertThat(codes.add(problem.code())).as(problem.code()).isTrue();
    }
    assertThat(Rule.fromCode("CLS-NOPE")).isEmpty();
  }

  @Test
  void rules_md_lists_every_rule_with_its_severity_and_messages() throws IOException {
    String rows = Rule.values().length == 0 ? "" : java.util.Arrays.stream(Rule.values())
        .map(rule -> "| `" + rule.code() + "` | " + rule.severity().code() + " | " + rule.checks() + " | "
            + rule.messageTemplate(Locale.ENGLISH) + " | " + rule.messageTemplate(Locale.FRENCH) + " |")
        .collect(Collectors.joining("\n", "| code | severity | checks | message (English) | message (français) |\n"
            + "|---|---|---|---|---|\n", "\n"));
    assertRegion("rules", rows);
  }

  @Test
  void rules_md_lists_every_reader_problem() throws IOException {
    String rows = java.util.Arrays.stream(ReadProblem.values())
        .map(problem -> "| `" + problem.code() + "` | " + problem.severity().code() + " |")
        .collect(Collectors.joining("\n", "| code | severity |\n|---|---|\n", "\n"));
    assertRegion("reader", rows);
  }

  static void assertRegion(String region, String expected) throws IOException {
    String document = Files.readString(RULES, StandardCharsets.UTF_8);
    Matcher matcher = Pattern.compile(
        "(<!-- BEGIN GENERATED: " + region + " [^>]*-->\n)(.*?)(<!-- END GENERATED: " + region + " -->)",
        Pattern.DOTALL).matcher(document);
    assertThat(matcher.find()).isTrue();
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.writeString(RULES, document.substring(0, matcher.start(2)) + expected + document.substring(matcher.end(2)),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(matcher.group(2)).as("RULES.md region '%s' is out of date: run with -Dcls.regenerate=true", region)
        .isEqualTo(expected);
  }
}
