package io.github.clsante.cli;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every code a report can hold, as {@code cls rules}, {@code cls explain} and SARIF show it: the rules,
 * then the reader's problems, then the migration's notes ({@code cls migrate}), then {@link
 * ValidationReport#INTERNAL_ERROR} and {@link ValidationReport#TRUNCATED}; each with its severity, its
 * message template, its explanation and its entry in the published catalogue.
 */
final class Catalogue {

  /** The project's page. */
  static final String PROJECT = "https://github.com/clsante/cls-sdk";

  /**
   * The rule catalogue: one heading per code, whose anchor GitHub makes from the code in lower case (a
   * test checks that each exists).
   */
  static final String RULES = PROJECT + "/blob/main/cls-validation/RULES.md";

  /** The format's description, whose sections 5 and 6 have a heading per reader problem and migration note. */
  static final String FORMAT = PROJECT + "/blob/main/cls-serialization/FORMAT.md";

  private Catalogue() {}

  /** Every code, in catalogue order. */
  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.addAll(ReadProblem.codes());
    codes.addAll(MigrationNote.codes());
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);
    return codes;
  }

  /** Whether the SDK knows the code. */
  static boolean known(String code) {
    return codes().contains(code);
  }

  /** The default severity of a code. */
  static Optional<Severity> severity(String code) {
    return Rule.fromCode(code).map(Rule::severity)
        .or(() -> ReadProblem.fromCode(code).map(ReadProblem::severity))
        .or(() -> MigrationNote.fromCode(code).map(MigrationNote::severity))
        .or(() -> code.equals(ValidationReport.INTERNAL_ERROR) || code.equals(ValidationReport.TRUNCATED)
            ? Optional.of(Severity.ERROR) : Optional.empty());
  }

  /** The message template of a code, with its {@code {placeholders}} and {@code [[optional parts]]}. */
  static Optional<String> template(String code, Locale locale) {
    Optional<Severity> severity = severity(code);
    if (severity.isEmpty()) {
      return Optional.empty();
    }
    Finding bare = Finding.builder().code(code).severity(severity.get()).pointer("").build();
    return Rule.fromCode(code).map(rule -> rule.messageTemplate(locale))
        .or(() -> ReadProblem.fromCode(code).map(problem -> problem.messageTemplate(locale)))
        .or(() -> MigrationNote.fromCode(code).map(note -> note.messageTemplate(locale)))
        .or(() -> Optional.of(FindingMessages.message(bare, locale)));
  }

  /** The template made a description for people: each {@code {placeholder}} shown as « … ». */
  static String description(String code, Locale locale) {
    return template(code, locale).map(Catalogue::withoutPlaceholders).orElse(code);
  }

  /**
   * Replaces each {@code {name}} (or {@code {name,format}}) by an ellipsis, which takes the place of a
   * full stop after it, and leaves out the optional parts ({@code [[…]]}), which hold what only some
   * findings have (a suggestion).
   */
  static String withoutPlaceholders(String template) {
    return template.replaceAll("\\[\\[.*?]]", "").replaceAll("\\{[A-Za-z0-9_]+(,[a-z]+)?\\}", "…")
        .replace("….", "…").strip();
  }

  /** The explanation of a code, when the SDK has one. */
  static Optional<String> explanation(String code, Locale locale) {
    return FindingMessages.explanation(code, locale);
  }

  /** A rule's name for SARIF, from its constant: {@code SheetNoPilot} for {@code CLS-SHEET-NO-PILOT}. */
  static Optional<String> name(String code) {
    Optional<String> constant = Rule.fromCode(code).map(Enum::name)
        .or(() -> ReadProblem.fromCode(code).map(Enum::name))
        .or(() -> MigrationNote.fromCode(code).map(note -> "Migrate_" + note.name()))
        .or(() -> code.equals(ValidationReport.INTERNAL_ERROR) ? Optional.of("INTERNAL_ERROR") : Optional.empty())
        .or(() -> code.equals(ValidationReport.TRUNCATED) ? Optional.of("REPORT_TRUNCATED") : Optional.empty());
    return constant.map(name -> {
      StringBuilder pascal = new StringBuilder();
      for (String word : name.split("_", -1)) {
        pascal.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      return pascal.toString();
    });
  }

  /** The catalogue entry of a code: its heading in RULES.md, or in FORMAT.md for a reader problem or migration note. */
  static String helpUri(String code) {
    String anchor = "#" + code.toLowerCase(Locale.ROOT);
    return (ReadProblem.fromCode(code).isPresent() || MigrationNote.fromCode(code).isPresent() ? FORMAT : RULES) + anchor;
  }

  /** The help in Markdown: the explanation, and a link to the catalogue. */
  static String markdown(String code, String explanation, Texts texts) {
    return explanation + "\n\n" + texts.get("explain.markdownLink", "code", code, "uri", helpUri(code));
  }
}
