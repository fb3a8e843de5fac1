package io.github.clsante.validation.internal;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;

/**
 * The findings of one validation, at most a limit of them (plafond des constats): past it, the most
 * severe are kept, and of the same severity the first in the report's order (by place in the document),
 * whatever order they were found in; the others are counted by severity. A file with a million
 * problems thus gives a report of a bounded size, made in a bounded memory, and the same report each
 * time. The reader's own count of the problems it left out ({@code CLS-JSON-TOO-MANY-PROBLEMS}) is
 * added to the count. Not thread-safe: one per validation.
 */
public final class FindingCap {

  /** The findings most worth listing first: errors, then warnings, then information, each in the report's order. */
  private static final Comparator<Finding> WORTH =
      Comparator.comparing(Finding::severity).thenComparing(Report.order());

  private final int max;
  /** The findings kept, while there is room; null once the limit is reached. */
  private List<Finding> kept = new ArrayList<>();
  /** Once the limit is reached, the findings kept, the least worth listing at the head. */
  private PriorityQueue<Finding> best;
  private long omittedErrors;
  private long omittedWarnings;
  private long omittedInfos;

  /**
   * Creates an empty set of findings.
   *
   * @param max the most findings kept
   */
  public FindingCap(int max) {
    this.max = max;
  }

  /**
   * Adds a finding: kept while there is room, or in the place of one less worth listing, or else
   * counted.
   *
   * @param finding the finding
   */
  public void add(Finding finding) {
    if (finding.code().equals(ReadProblem.TOO_MANY_PROBLEMS.code())) {
      omitReaders(finding);
      return;
    }
    if (best == null) {
      if (kept.size() < max) {
        kept.add(finding);
        return;
      }
      best = new PriorityQueue<>(max + 1, WORTH.reversed());
      best.addAll(kept);
      kept = null;
    }
    if (WORTH.compare(finding, best.peek()) < 0) {
      omit(best.poll().severity(), 1);
      best.add(finding);
    } else {
      omit(finding.severity(), 1);
    }
  }

  /**
   * Adds findings, in their order.
   *
   * @param findings the findings
   */
  public void addAll(List<Finding> findings) {
    for (Finding finding : findings) {
      add(finding);
    }
  }

  /**
   * Adds what another set of findings kept, each passed through a function (which gives it its place in
   * the source), and its counts of those it left out.
   *
   * @param other the other set
   * @param place what gives a finding its place
   */
  public void addAll(FindingCap other, UnaryOperator<Finding> place) {
    for (Finding finding : other.kept()) {
      add(place.apply(finding));
    }
    omit(Severity.ERROR, other.omittedErrors);
    omit(Severity.WARNING, other.omittedWarnings);
    omit(Severity.INFO, other.omittedInfos);
  }

  /** The reader left out problems: its finding gives their number, and of those the errors. */
  private void omitReaders(Finding tooMany) {
    Map<String, String> params = tooMany.params();
    long omitted = Long.parseLong(params.getOrDefault("omitted", "0"));
    long errorsOmitted = Long.parseLong(params.getOrDefault("errors", "0"));
    omit(Severity.ERROR, errorsOmitted);
    omit(tooMany.severity() == Severity.INFO ? Severity.INFO : Severity.WARNING, omitted - errorsOmitted);
  }

  private void omit(Severity severity, long count) {
    switch (severity) {
      case ERROR:
        omittedErrors += count;
        break;
      case WARNING:
        omittedWarnings += count;
        break;
      default:
        omittedInfos += count;
        break;
    }
  }

  /**
   * Returns the findings kept: in the order they were added while there was room, in no order once the
   * limit was reached (a report puts them in its own).
   *
   * @return the findings, a new list
   */
  public List<Finding> kept() {
    return new ArrayList<>(best == null ? kept : best);
  }

  /**
   * Returns how many findings were left out.
   *
   * @return the number, the reader's problems left out included
   */
  public long omitted() {
    return omittedErrors + omittedWarnings + omittedInfos;
  }

  /**
   * Returns the finding that says how many findings were left out, when some were: {@link
   * ValidationReport#TRUNCATED}, on the whole document, of the severity of the most severe left out (so
   * that a report whose errors were all left out is still not valid). Parameters: {@code limit}; {@code
   * omitted}; {@code errors}, how many of those are errors, when some are.
   *
   * @return the finding, or empty when nothing was left out
   */
  public Optional<Finding> truncation() {
    long omitted = omitted();
    if (omitted == 0) {
      return Optional.empty();
    }
    Severity severity = omittedErrors > 0 ? Severity.ERROR : omittedWarnings > 0 ? Severity.WARNING : Severity.INFO;
    Finding.Builder finding = Finding.builder().code(ValidationReport.TRUNCATED).severity(severity).pointer("")
        .putParam("limit", Integer.toString(max)).putParam("omitted", Long.toString(omitted));
    if (omittedErrors > 0) {
      finding.putParam("errors", Long.toString(omittedErrors));
    }
    return Optional.of(finding.build());
  }

  /**
   * Returns the findings kept, then the one that says how many were left out, if any.
   *
   * @return the findings, a new list
   */
  public List<Finding> findings() {
    List<Finding> findings = kept();
    truncation().ifPresent(findings::add);
    return findings;
  }
}
