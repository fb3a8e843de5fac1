package io.github.clsante.report.html;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entries of the page's rule catalogue (catalogue des règles), as {@code cls explain} shows them:
 * for a code, its severity, what it reports (its message template with each placeholder shown as « … »)
 * and its explanation, from the SDK's public catalogues ({@link Rule}, {@link ReadProblem}, {@link
 * MigrationNote}, {@link FindingMessages}).
 */
final class Catalogue {

  private static final Pattern OPTIONAL_PART = Pattern.compile("\\[\\[.*?]]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_]+(,[a-z]+)?\\}");

  private Catalogue() {}

  /**
   * The severity a code has in the SDK's catalogue, or the one given (a user's rule, a severity changed
   * by a configuration is still shown as the finding says).
   */
  static Severity severity(String code, Severity seen) {
    return Rule.fromCode(code).map(Rule::severity)
        .or(() -> ReadProblem.fromCode(code).map(ReadProblem::severity))
        .or(() -> MigrationNote.fromCode(code).map(MigrationNote::severity))
        .orElse(seen);
  }

  /** What a code reports: its template without its parameters, or empty for a code no catalogue knows. */
  static Optional<String> description(String code, Severity seen, Locale locale) {
    Optional<String> template = Rule.fromCode(code).map(rule -> rule.messageTemplate(locale))
        .or(() -> ReadProblem.fromCode(code).map(problem -> problem.messageTemplate(locale)))
        .or(() -> MigrationNote.fromCode(code).map(note -> note.messageTemplate(locale)));
    if (template.isEmpty()) {
      if (!FindingMessages.codes().contains(code) && !code.equals(ValidationReport.INTERNAL_ERROR)
          && !code.equals(ValidationReport.TRUNCATED)) {
        return Optional.empty();
      }
      Finding bare = Finding.builder().code(code).severity(seen).pointer("").build();
      template = Optional.of(FindingMessages.message(bare, locale));
    }
    String text = PLACEHOLDER.matcher(OPTIONAL_PART.matcher(template.get()).replaceAll("")).replaceAll("…")
        .replace("….", "…").strip();
    return Optional.of(text);
  }

  /** Why a code matters and how to fix what it reports, or empty. */
  static Optional<String> explanation(String code, Locale locale) {
    return FindingMessages.explanation(code, locale);
  }

  /**
   * The anchor of a code's entry: {@code rule-} and the code, each character that is not an ASCII letter,
   * digit or hyphen written {@code _XX_} in hexadecimal (a user's code may hold anything).
   */
  static String anchor(String code) {
    StringBuilder id = new StringBuilder(code.length() + 5).append("rule-");
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
        id.append(c);
      } else {
        id.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return id.toString();
  }
}
