package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import java.util.ArrayList;
import java.util.List;

/** The findings of one import (constats), collected as they are found. */
public final class Problems {

  private final List<Finding> findings = new ArrayList<>();

  /** Creates an empty collection. */
  public Problems() {}

  /**
   * Adds a finding.
   *
   * @param problem the problem
   * @param pointer the JSON Pointer into the contract built, {@code ""} for the file
   * @param cell the cell, or null
   * @param params names and values, alternately; a null or empty value is left out
   * @return the finding added
   */
  public Finding add(SpreadsheetProblem problem, String pointer, CellLocation cell, String... params) {
    Finding.Builder builder = Finding.builder().code(problem.code()).severity(problem.severity()).pointer(pointer);
    if (cell != null) {
      builder.cell(cell);
    }
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (params[i + 1] != null) {
        builder.putParam(params[i], params[i + 1]);
      }
    }
    Finding finding = builder.build();
    findings.add(finding);
    return finding;
  }

  /**
   * Adds findings made elsewhere.
   *
   * @param more the findings
   */
  public void addAll(List<Finding> more) {
    findings.addAll(more);
  }

  /**
   * Tells whether a finding of that problem was added.
   *
   * @param problem the problem
   * @return {@code true} when one was
   */
  public boolean has(SpreadsheetProblem problem) {
    for (Finding finding : findings) {
      if (finding.code().equals(problem.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the findings, in the order they were added.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }
}
