package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Findings written one per line, as the corpora's expected files and the rule fixtures hold them: {@code
 * CODE SEVERITY POINTER LINE:COLUMN name=value…}, the pointer {@code ""} and a finding without location
 * written {@code -}; and, for tests that build their documents in code, the validation of a document and
 * the line an expected finding has, its location found by searching the document for a text unique in it.
 */
final class FindingLines {

  private FindingLines() {}

  /** One finding as a line. */
  static String describe(Finding finding) {
    StringBuilder line = new StringBuilder().append(finding.code()).append(' ').append(finding.severity().code())
        .append(' ').append(finding.pointer().isEmpty() ? "-" : finding.pointer()).append(' ')
        .append(finding.location().map(l -> l.line() + ":" + l.column()).orElse("-"));
    finding.params().forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    return line.toString();
  }

  /** Findings as lines, in their order. */
  static List<String> describe(List<Finding> findings) {
    return findings.stream().map(FindingLines::describe).collect(Collectors.toList());
  }

  /** The findings of the standard validator on a document, as fixture lines, in the report's order. */
  static List<String> of(String document) {
    return ContractValidator.standard().validate(document.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .map(FindingLines::describe)
        .collect(Collectors.toList());
  }

  /**
   * The line of a finding of a rule at a place: its code and the rule's severity, the pointer, the
   * line and column (in UTF-16 code units) of {@code marker} in the document, then the parameters.
   *
   * @param rule the rule
   * @param pointer the finding's pointer
   * @param document the document
   * @param marker a text that occurs once in the document, where the value the finding is on starts
   * @param params the parameters, each {@code name=value}, in the finding's order
   */
  static String line(Rule rule, String pointer, String document, String marker, String... params) {
    return lineIn(rule, pointer, document, marker, marker, params);
  }

  /**
   * The line of a finding whose value, {@code marker}, is written several times: the first {@code
   * marker} inside {@code context}, a text that occurs once in the document.
   *
   * @param rule the rule
   * @param pointer the finding's pointer
   * @param document the document
   * @param context a text that occurs once in the document and holds the marker
   * @param marker where, in the context, the value the finding is on starts
   * @param params the parameters, each {@code name=value}, in the finding's order
   */
  static String lineIn(Rule rule, String pointer, String document, String context, String marker, String... params) {
    return lineOf(rule.code(), rule.severity().code(), pointer, document, context, marker, params);
  }

  /**
   * The line of a finding of the reader (or of a user's rule): as {@link #lineIn}, with its code and
   * severity given.
   *
   * @param code the finding's code
   * @param severity the severity's code ({@code error}, {@code warning}, {@code info})
   * @param pointer the finding's pointer
   * @param document the document
   * @param context a text that occurs once in the document and holds the marker
   * @param marker where, in the context, the value the finding is on starts
   * @param params the parameters, each {@code name=value}, in the finding's order
   */
  static String lineOf(String code, String severity, String pointer, String document, String context, String marker,
      String... params) {
    int start = document.indexOf(context);
    assertThat(start).as("%s in the document", context).isNotNegative();
    assertThat(document.indexOf(context, start + 1)).as("%s once in the document", context).isNegative();
    int index = document.indexOf(marker, start);
    assertThat(index).as("%s in %s", marker, context).isBetween(start, start + context.length() - marker.length());
    int lineStart = document.lastIndexOf('\n', index) + 1;
    int line = (int) document.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    StringBuilder text = new StringBuilder(code).append(' ').append(severity).append(' ')
        .append(pointer.isEmpty() ? "-" : pointer).append(' ').append(line).append(':').append(index - lineStart + 1);
    for (String param : params) {
      text.append(' ').append(param);
    }
    return text.toString();
  }
}
