package io.github.clsante.testing;

import io.github.clsante.model.report.Finding;
import java.util.List;
import java.util.Map;

/** How the assertions' messages show findings: one per line, the first fifty of a list. */
final class Findings {

  /** The most findings a message lists; the rest are counted. */
  static final int SHOWN = 50;

  private Findings() {}

  /** The findings, one per line, indented. */
  static String list(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(SHOWN, findings.size());
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append('\n');
      }
      text.append("  - ").append(line(findings.get(i)));
    }
    if (findings.size() > shown) {
      text.append("\n  … and ").append(findings.size() - shown).append(" more");
    }
    return text.toString();
  }

  /** A finding: code, severity, pointer, location, cell and parameters. */
  static String line(Finding finding) {
    StringBuilder text = new StringBuilder(finding.code()).append(' ').append(finding.severity().code()).append(' ')
        .append(pointer(finding.pointer()));
    finding.location().ifPresent(at -> text.append(" (line ").append(at.line()).append(", column ")
        .append(at.column()).append(')'));
    finding.cell().ifPresent(cell -> text.append(" [").append(cell.reference()).append(']'));
    if (!finding.params().isEmpty()) {
      text.append(' ').append('{');
      boolean first = true;
      for (Map.Entry<String, String> param : finding.params().entrySet()) {
        text.append(first ? "" : ", ").append(param.getKey()).append('=').append(param.getValue());
        first = false;
      }
      text.append('}');
    }
    return text.toString();
  }

  /** A pointer, the whole document's written so that it shows. */
  static String pointer(String pointer) {
    return pointer.isEmpty() ? "\"\" (the whole document)" : pointer;
  }
}
