package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    for (Rule rule : Rule.values()) {
      String[] params = placeholders(rule.messageTemplate(Locale.ENGLISH)).toArray(new String[0]);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        assertThat(FindingMessages.message(finding(rule.code(), params), locale)).as(rule.code()).doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}");
      }
    }
    for (ReadProblem problem : ReadProblem.values()) {
      String template = problem.messageTemplate(Locale.ENGLISH);
      String[] params = placeholders(template).toArray(new String[0]);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        assertThat(FindingMessages.message(finding(problem.code(), params), locale)).as(problem.code())
            .doesNotContainPattern("\\{[A-Za-z]+(,[a-z]+)?}");
      }
    }
    for (MigrationNote note : MigrationNote.values()) {
      String[] params = placeholders(note.messageTemplate(Locale.ENGLISH)).toArray(new String[0]);
      assertThat(placeholders(note.messageTemplate(Locale.FRENCH))).as(note.code()).containsExactlyElementsOf(
          placeholders(note.messageTemplate(Locale.ENGLISH)));
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        assertThat(FindingMessages.message(finding(note.code(), params), locale)).as(note.code())
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
    for (MigrationNote note : MigrationNote.values()) {
      assertThat(note.code()).matches("CLS-MIGRATE(-[A-Z0-9]+)+");
      assertThat(codes.add(note.code())).as(note.code()).isTrue();
    }
    assertThat(Rule.fromCode("CLS-NOPE")).isEmpty();
  }

  @Test
  void every_rule_constant_is_named_after_its_code() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.name()).as(rule.code()).isEqualTo(rule.code().substring("CLS-".length()).replace('-', '_'));
    }
  }

  @Test
  void rules_md_lists_every_rule_with_its_severity_messages_and_explanations() throws IOException {
    StringBuilder text = new StringBuilder("| code | severity | checks |\n|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      text.append("| [`").append(rule.code()).append("`](#").append(anchor(rule.code())).append(") | ")
          .append(rule.severity().code()).append(" | ").append(cell(rule.checks())).append(" |\n");
    }
    for (Rule rule : Rule.values()) {
      section(text, rule.code(), rule.severity(), rule.checks(), rule.messageTemplate(Locale.FRENCH),
          rule.messageTemplate(Locale.ENGLISH), rule.explanation(Locale.FRENCH), rule.explanation(Locale.ENGLISH));
    }
    assertRegion("rules", text.append('\n').toString());
  }

  @Test
  void rules_md_lists_every_reader_problem_with_its_messages_and_explanations() throws IOException {
    StringBuilder text = new StringBuilder("| code | severity | message (English) |\n|---|---|---|\n");
    for (ReadProblem problem : ReadProblem.values()) {
      text.append("| [`").append(problem.code()).append("`](#").append(anchor(problem.code())).append(") | ")
          .append(problem.severity().code()).append(" | ")
          .append(cell(problem.messageTemplate(Locale.ENGLISH))).append(" |\n");
    }
    for (ReadProblem problem : ReadProblem.values()) {
      section(text, problem.code(), problem.severity(), readerNote(problem),
          problem.messageTemplate(Locale.FRENCH), problem.messageTemplate(Locale.ENGLISH),
          problem.explanation(Locale.FRENCH), problem.explanation(Locale.ENGLISH));
    }
    assertRegion("reader", text.append('\n').toString());
  }

  @Test
  void rules_md_explains_the_internal_error_and_the_truncation() throws IOException {
    String code = ValidationReport.INTERNAL_ERROR;
    StringBuilder text = new StringBuilder();
    section(text, code, io.github.clsante.model.report.Severity.ERROR,
        "The input could not be validated because the SDK failed unexpectedly (a bug, not a problem of the input).",
        FindingMessages.message(finding(code), Locale.FRENCH), FindingMessages.message(finding(code), Locale.ENGLISH),
        FindingMessages.explanation(code, Locale.FRENCH).orElseThrow(),
        FindingMessages.explanation(code, Locale.ENGLISH).orElseThrow());
    String truncated = ValidationReport.TRUNCATED;
    section(text, truncated, io.github.clsante.model.report.Severity.ERROR,
        "A report lists at most a limit of findings (" + ContractValidator.DEFAULT_MAX_FINDINGS + " by default, "
        + "`ContractValidator.Builder.maxFindings`), errors first; this finding, on the whole document, says how "
        + "many were left out. Its severity is that of the most severe left out: an error when errors were, "
        + "so that the report stays invalid.",
        io.github.clsante.validation.internal.RuleMessages.template(truncated, Locale.FRENCH).orElseThrow(),
        io.github.clsante.validation.internal.RuleMessages.template(truncated, Locale.ENGLISH).orElseThrow(),
        FindingMessages.explanation(truncated, Locale.FRENCH).orElseThrow(),
        FindingMessages.explanation(truncated, Locale.ENGLISH).orElseThrow());
    assertRegion("other", text.append('\n').toString());
  }

  @Test
  void every_code_has_one_heading_in_rules_md_so_its_anchor_exists() throws IOException {
    List<String> headings = headings(Files.readString(RULES, StandardCharsets.UTF_8));
    List<String> codes = new java.util.ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);
    codes.addAll(ReadProblem.codes());
    for (String code : codes) {
      // GitHub numbers a repeated anchor (#x-1): each code's heading, lower-cased, must be unique.
      assertThat(headings.stream().filter(anchor(code)::equals)).as("#" + anchor(code)).hasSize(1);
    }
  }

  /** The anchors GitHub gives the headings of a page: lower case, spaces as hyphens, punctuation dropped. */
  static List<String> headings(String markdown) {
    return markdown.lines().filter(line -> line.matches("#{1,6} .*"))
        .map(line -> line.replaceFirst("#{1,6} ", "").toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList();
  }

  /** What RULES.md says of a reader problem beside its severity. */
  private static String readerNote(ReadProblem problem) {
    String where = "Found while reading the file; see [FORMAT.md](../cls-serialization/FORMAT.md#"
        + anchor(problem.code()) + ").";
    return problem == ReadProblem.UNKNOWN_MEMBER ? "A warning when reading leniently. " + where : where;
  }

  /**
   * Appends a code's own section: a heading (so that GitHub gives it the anchor {@code #<code in lower
   * case>}, which SARIF's helpUri points to), its severity, what it checks, then its message and
   * explanation in French and in English.
   */
  static void section(StringBuilder text, String code, io.github.clsante.model.report.Severity severity, String checks,
      String frenchMessage, String englishMessage, String frenchExplanation, String englishExplanation) {
    text.append("\n### ").append(code).append("\n\n")
        .append("Severity: **").append(severity.code()).append("** (").append(severity.frenchLabel().toLowerCase(Locale.ROOT))
        .append("). ").append(checks).append("\n\n")
        .append("**Français**\n\n> ").append(frenchMessage).append("\n\n").append(frenchExplanation).append("\n\n")
        .append("**English**\n\n> ").append(englishMessage).append("\n\n").append(englishExplanation).append("\n");
  }

  /** The anchor GitHub gives a heading made of a code: the code in lower case. */
  static String anchor(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  static void assertRegion(String region, String expected) throws IOException {
    assertRegion(RULES, region, expected);
  }

  /** Checks a generated region of a Markdown file, or rewrites it under {@code -Dcls.regenerate=true}. */
  static void assertRegion(Path file, String region, String expected) throws IOException {
    String document = Files.readString(file, StandardCharsets.UTF_8);
    Matcher matcher = Pattern.compile(
        "(<!-- BEGIN GENERATED: " + region + " [^>]*-->\n)(.*?)(<!-- END GENERATED: " + region + " -->)",
        Pattern.DOTALL).matcher(document);
    assertThat(matcher.find()).isTrue();
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.writeString(file, document.substring(0, matcher.start(2)) + expected + document.substring(matcher.end(2)),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(matcher.group(2)).as("%s region '%s' is out of date: run with -Dcls.regenerate=true",
        file.getFileName(), region).isEqualTo(expected);
  }
}
