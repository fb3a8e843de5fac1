package io.github.clsante.model.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A report (rapport): the immutable list of every {@link Finding} about one contract or file.
 *
 * <p>Findings are kept in a deterministic order, whatever order they were found in: by position in
 * the document (JSON Pointer; array indexes compared as numbers, before member names), then by
 * severity (errors first), code, location, cell and parameters: the same findings in any order give an equal
 * report. A report is <em>valid</em> when it holds no {@link Severity#ERROR} finding.
 *
 * <pre>{@code
 * Report report = Report.of(findings);
 * if (!report.isValid()) {
 *   report.countsByCode().forEach((code, n) -> System.out.println(code + ": " + n));
 * }
 * }</pre>
 */
public final class Report {

  private static final Report EMPTY = new Report(List.of());

  private static final Comparator<Finding> ORDER =
      Comparator.<Finding, String>comparing(Finding::pointer, Report::comparePointers)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Report::compareLocations)
          .thenComparing(Report::compareCells)
          .thenComparing(Finding::params, Report::compareParams);

  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns the report with no finding.
   *
   * @return the empty report, which is valid
   */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * Returns a report of the given findings, put in the report's order.
   *
   * @param findings the findings, in any order; duplicates are kept
   * @return the report
   */
  public static Report of(Collection<? extends Finding> findings) {
    if (findings.isEmpty()) {
      return EMPTY;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return new Report(Collections.unmodifiableList(sorted));
  }

  /**
   * Returns a report holding the findings of this report and of another.
   *
   * @param other the other report
   * @return the combined report
   */
  public Report plus(Report other) {
    if (other.findings.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /**
   * Returns the order of a report's findings: by position in the document (JSON Pointer, array indexes
   * compared as numbers, before member names), then by severity (errors first), code, location, cell
   * and parameters. Two findings that compare equal are equal.
   *
   * <pre>{@code
   * List<Finding> first = findings.stream().sorted(Report.order()).limit(100).toList();
   * }</pre>
   *
   * @return the comparator
   */
  public static Comparator<Finding> order() {
    return ORDER;
  }

  /**
   * Returns the findings, in the report's order.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the report holds no error.
   *
   * @return {@code true} when no finding has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    int count = 0;
    for (Finding finding : findings) {
      if (finding.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the number of findings of each severity, every severity present (zero included).
   *
   * @return an unmodifiable map in severity order
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    for (Finding finding : findings) {
      counts.merge(finding.severity(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the number of findings of each code that occurs.
   *
   * @return an unmodifiable map sorted by code
   */
  public SortedMap<String, Integer> countsByCode() {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (Finding finding : findings) {
      counts.merge(finding.code(), 1, Integer::sum);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Returns the findings with a given code, in the report's order.
   *
   * @param code the code
   * @return the findings, possibly empty
   */
  public List<Finding> findingsWithCode(String code) {
    List<Finding> result = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.code().equals(code)) {
        result.add(finding);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Compares pointers token by token; tokens that are both array indexes compare as numbers. */
  static int comparePointers(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int leftEnd = tokenEnd(left, i + 1);
      int rightEnd = tokenEnd(right, j + 1);
      int byToken = compareTokens(left.substring(i + 1, leftEnd), right.substring(j + 1, rightEnd));
      if (byToken != 0) {
        return byToken;
      }
      i = leftEnd;
      j = rightEnd;
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }

  private static int tokenEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  /**
   * Array indexes compare as numbers and come before member names, which compare as text: a total
   * order, so that the same findings in any order give the same report.
   */
  private static int compareTokens(String left, String right) {
    boolean leftIndex = isIndex(left);
    boolean rightIndex = isIndex(right);
    if (leftIndex && rightIndex) {
      int byLength = Integer.compare(left.length(), right.length());
      return byLength != 0 ? byLength : left.compareTo(right);
    }
    if (leftIndex != rightIndex) {
      return leftIndex ? -1 : 1;
    }
    return left.compareTo(right);
  }

  private static int compareLocations(Finding left, Finding right) {
    if (left.location().isEmpty() || right.location().isEmpty()) {
      return Boolean.compare(left.location().isPresent(), right.location().isPresent());
    }
    SourceLocation l = left.location().get();
    SourceLocation r = right.location().get();
    int byLine = Integer.compare(l.line(), r.line());
    return byLine != 0 ? byLine : Integer.compare(l.column(), r.column());
  }

  private static int compareCells(Finding left, Finding right) {
    if (left.cell().isEmpty() || right.cell().isEmpty()) {
      return Boolean.compare(left.cell().isPresent(), right.cell().isPresent());
    }
    CellLocation l = left.cell().get();
    CellLocation r = right.cell().get();
    int bySheet = l.sheet().compareTo(r.sheet());
    int byRow = bySheet != 0 ? bySheet : Integer.compare(l.row(), r.row());
    return byRow != 0 ? byRow : Integer.compare(l.column(), r.column());
  }

  /** Compares parameter maps entry by entry in their order (key, then value), then by size. */
  private static int compareParams(Map<String, String> left, Map<String, String> right) {
    java.util.Iterator<Map.Entry<String, String>> l = left.entrySet().iterator();
    java.util.Iterator<Map.Entry<String, String>> r = right.entrySet().iterator();
    while (l.hasNext() && r.hasNext()) {
      Map.Entry<String, String> a = l.next();
      Map.Entry<String, String> b = r.next();
      int byKey = a.getKey().compareTo(b.getKey());
      if (byKey != 0) {
        return byKey;
      }
      int byValue = a.getValue().compareTo(b.getValue());
      if (byValue != 0) {
        return byValue;
      }
    }
    return Boolean.compare(l.hasNext(), r.hasNext());
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report && ((Report) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns a summary and the findings, one per line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Report").append(countsBySeverity());
    for (Finding finding : findings) {
      text.append("\n  ").append(finding);
    }
    return text.toString();
  }
}
