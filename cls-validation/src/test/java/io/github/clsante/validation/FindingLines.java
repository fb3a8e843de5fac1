package io.github.clsante.validation;

import io.github.clsante.model.report.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Findings written one per line, as the corpora's expected files hold them: {@code CODE SEVERITY POINTER
 * LINE:COLUMN name=value…}, the pointer {@code ""} and a finding without location written {@code -}.
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
}
