package io.github.clsante.testing;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a report (rapport): its findings by code, severity and count. A failing assertion lists
 * the findings the report holds, one per line with its severity, pointer, line and column, cell and
 * parameters. Obtained from {@link ReportAssertions#assertThat(Report)}.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasNoErrors()
 *     .hasFindingCount(Severity.WARNING, 2)
 *     .hasNoFindingOtherThan("CLS-SHEET-NO-INDICATOR", "CLS-CODE-NOT-LISTED");
 * }</pre>
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report report) {
    super(report, ReportAssert.class);
  }

  /** The report under test, for the messages of its findings' assertions. */
  Report report() {
    return actual;
  }

  /**
   * Checks that the report holds no error (it is valid); warnings and information may remain.
   *
   * @return these assertions
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = of(Severity.ERROR);
    if (!errors.isEmpty()) {
      fail("Expecting no error, but the report holds " + errors.size() + ":\n" + Findings.list(errors));
    }
    return myself;
  }

  /**
   * Checks that the report holds at least one error (it is not valid).
   *
   * @return these assertions
   */
  public ReportAssert hasErrors() {
    isNotNull();
    if (of(Severity.ERROR).isEmpty()) {
      fail("Expecting at least one error, but the report holds none" + holds());
    }
    return myself;
  }

  /**
   * Checks that the report holds no finding at all.
   *
   * @return these assertions
   */
  public ReportAssert hasNoFindings() {
    return hasFindingCount(0);
  }

  /**
   * Checks the number of findings.
   *
   * @param count how many
   * @return these assertions
   */
  public ReportAssert hasFindingCount(int count) {
    isNotNull();
    if (actual.findings().size() != count) {
      fail("Expecting " + count + " finding" + plural(count) + ", but the report holds "
          + actual.findings().size() + holds());
    }
    return myself;
  }

  /**
   * Checks the number of findings of a severity.
   *
   * @param severity the severity
   * @param count how many
   * @return these assertions
   */
  public ReportAssert hasFindingCount(Severity severity, int count) {
    isNotNull();
    Objects.requireNonNull(severity, "severity");
    int found = of(severity).size();
    if (found != count) {
      fail("Expecting " + count + " finding" + plural(count) + " of severity " + severity.code() + ", but the report"
          + " holds " + found + holds());
    }
    return myself;
  }

  /**
   * Checks the number of findings of a code.
   *
   * @param code the code
   * @param count how many
   * @return these assertions
   */
  public ReportAssert hasFindingCount(String code, int count) {
    isNotNull();
    Objects.requireNonNull(code, "code");
    int found = actual.findingsWithCode(code).size();
    if (found != count) {
      fail("Expecting " + count + " finding" + plural(count) + " " + code + ", but the report holds " + found
          + holds());
    }
    return myself;
  }

  /**
   * Checks that the report holds a finding of a code, and starts assertions on the findings of that
   * code: {@code .at(pointer)}, {@code .withSeverity(…)}, {@code .withParam(…)}, {@code .atLine(…)}…
   *
   * @param code the code ({@code "CLS-SHEET-NO-PILOT"})
   * @return the assertions on the findings of that code
   */
  public FindingAssert hasFinding(String code) {
    isNotNull();
    Objects.requireNonNull(code, "code");
    List<Finding> matching = actual.findingsWithCode(code);
    if (matching.isEmpty()) {
      fail("Expecting a finding " + code + ", but the report holds none" + holds());
    }
    FindingAssert findings = new FindingAssert(matching, this, code);
    return info.description() != null && !info.descriptionText().isEmpty() ? findings.describedAs(info.description()) : findings;
  }

  /**
   * Checks that the report holds no finding of a code.
   *
   * @param code the code
   * @return these assertions
   */
  public ReportAssert doesNotHaveFinding(String code) {
    isNotNull();
    Objects.requireNonNull(code, "code");
    List<Finding> found = actual.findingsWithCode(code);
    if (!found.isEmpty()) {
      fail("Expecting no finding " + code + ", but the report holds " + found.size() + ":\n" + Findings.list(found));
    }
    return myself;
  }

  /**
   * Checks that every finding of the report has one of the codes given (none need be present).
   *
   * @param codes the codes allowed
   * @return these assertions
   */
  public ReportAssert hasNoFindingOtherThan(String... codes) {
    isNotNull();
    Set<String> allowed = new LinkedHashSet<>(Arrays.asList(codes));
    List<Finding> others = new ArrayList<>();
    for (Finding finding : actual.findings()) {
      if (!allowed.contains(finding.code())) {
        others.add(finding);
      }
    }
    if (!others.isEmpty()) {
      fail("Expecting no finding other than " + allowed + ", but the report holds " + others.size() + " other"
          + plural(others.size()) + ":\n" + Findings.list(others));
    }
    return myself;
  }

  /**
   * Checks that the codes of the report's findings are exactly these (each at least once, no other).
   *
   * @param codes the codes
   * @return these assertions
   */
  public ReportAssert hasExactlyCodes(String... codes) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(codes));
    Set<String> found = actual.countsByCode().keySet();
    if (!found.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      Set<String> unexpected = new TreeSet<>(found);
      unexpected.removeAll(expected);
      fail("Expecting the codes " + expected + ", but " + (missing.isEmpty() ? "" : missing + " missing")
          + (missing.isEmpty() || unexpected.isEmpty() ? "" : " and ") + (unexpected.isEmpty() ? "" : unexpected
          + " not expected") + holds());
    }
    return myself;
  }

  private List<Finding> of(Severity severity) {
    List<Finding> found = new ArrayList<>();
    for (Finding finding : actual.findings()) {
      if (finding.severity() == severity) {
        found.add(finding);
      }
    }
    return found;
  }

  private String holds() {
    return actual.findings().isEmpty() ? "." : ":\n" + Findings.list(actual.findings());
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
