package io.github.clsante.cli;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every code a report can hold, as {@code cls rules}, {@code cls explain} and SARIF show it: the rules,
 * then the reader's problems, then {@link ValidationReport#INTERNAL_ERROR}; each with its severity, its
 * message template, its explanation and its entry in the published catalogue.
 */
final class Catalogue {

  /** The project's page. */
  static final String PROJECT = "https://github.com/clsante/cls-sdk";

  /**
   * The rule catalogue. RULES.md has no heading per code: links go to the table of the code's section
   * (anchors as GitHub makes them from the headings; a test checks they exist).
   */
  static final String RULES = PROJECT + "/blob/main/cls-validation/RULES.md";

  /** The format's description, whose section 5 lists the reader's problems. */
  static final String FORMAT = PROJECT + "/blob/main/cls-serialization/FORMAT.md";

  private Catalogue() {}

  /** Every code, in catalogue order. */
  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.addAll(ReadProblem.codes());
    codes.add(ValidationReport.INTERNAL_ERROR);
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
        .or(() -> code.equals(ValidationReport.INTERNAL_ERROR) ? Optional.of(Severity.ERROR) : Optional.empty());
  }

  /** The message template of a code, with its {@code {placeholders}}. */
  static Optional<String> template(String code, Locale locale) {
    Optional<Severity> severity = severity(code);
    if (severity.isEmpty()) {
      return Optional.empty();
    }
    Finding bare = Finding.builder().code(code).severity(severity.get()).pointer("").build();
    // A finding without parameters renders as the template: placeholders stay as they are.
    return Rule.fromCode(code).map(rule -> rule.messageTemplate(locale))
        .or(() -> ContractJson.message(bare, locale))
        .or(() -> Optional.of(ValidationReport.internalError(new Error()).message(bare, locale)));
  }

  /** The template made a description for people: each {@code {placeholder}} shown as « … ». */
  static String description(String code, Locale locale) {
    return template(code, locale).map(Catalogue::withoutPlaceholders).orElse(code);
  }

  /** Replaces each {@code {name}} by an ellipsis, which takes the place of a full stop after it. */
  static String withoutPlaceholders(String template) {
    return template.replaceAll("\\{[A-Za-z0-9_]+\\}", "…").replace("….", "…");
  }

  /** The explanation of a code, when the SDK has one. */
  static Optional<String> explanation(String code, Locale locale) {
    try {
      return ValidationReport.explanation(code, locale);
    } catch (IllegalStateException e) {
      // A reader problem without its text throws: the listing of the others must go on.
      return Optional.empty();
    }
  }

  /** A rule's name for SARIF, from its constant: {@code SheetNoPilot} for {@code CLS-SHEET-NO-PILOT}. */
  static Optional<String> name(String code) {
    Optional<String> constant = Rule.fromCode(code).map(Enum::name)
        .or(() -> ReadProblem.fromCode(code).map(Enum::name))
        .or(() -> code.equals(ValidationReport.INTERNAL_ERROR) ? Optional.of("INTERNAL_ERROR") : Optional.empty());
    return constant.map(name -> {
      StringBuilder pascal = new StringBuilder();
      for (String word : name.split("_")) {
        pascal.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      return pascal.toString();
    });
  }

  /** The catalogue entry of a code: the section of RULES.md or FORMAT.md that lists it. */
  static String helpUri(String code) {
    if (Rule.fromCode(code).isPresent()) {
      return RULES + "#rules";
    }
    if (ReadProblem.fromCode(code).isPresent()) {
      return FORMAT + "#5-reading-problems-and-their-codes";
    }
    return RULES + "#other-codes";
  }

  /** The help in Markdown: the explanation, and a link to the catalogue. */
  static String markdown(String code, String explanation, Texts texts) {
    return explanation + "\n\n" + texts.get("explain.markdownLink", "code", code, "uri", helpUri(code));
  }
}
