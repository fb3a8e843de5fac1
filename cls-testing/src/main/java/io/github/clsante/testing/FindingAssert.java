package io.github.clsante.testing;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the findings of a report that match what was asked so far (constats attendus): each
 * method keeps those that also match its condition, and fails when none is left, saying what was asked
 * and listing the findings the report does hold.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("CLS-REF-PARTY-UNKNOWN")
 *     .at("/axes/0/actionSheets/2/pilots/0/partyId")
 *     .withSeverity(Severity.ERROR)
 *     .withParam("partyId", "cpam41")
 *     .atLine(12).atColumn(21)
 *     .once();
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {

  private final ReportAssert report;
  private final String asked;

  FindingAssert(List<Finding> matching, ReportAssert report, String asked) {
    super(matching, FindingAssert.class);
    this.report = report;
    this.asked = asked;
  }

  /**
   * Keeps the findings of a code.
   *
   * @param code the code ({@code "CLS-SHEET-NO-PILOT"})
   * @return the assertions on those findings
   */
  public FindingAssert withCode(String code) {
    Objects.requireNonNull(code, "code");
    return narrow("of code " + code, finding -> finding.code().equals(code));
  }

  /**
   * Keeps the findings at a JSON Pointer.
   *
   * @param pointer the RFC 6901 pointer, {@code ""} for the whole document
   * @return the assertions on those findings
   */
  public FindingAssert at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow("at " + Findings.pointer(pointer), finding -> finding.pointer().equals(pointer));
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity the severity
   * @return the assertions on those findings
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow("of severity " + severity.code(), finding -> finding.severity() == severity);
  }

  /**
   * Keeps the findings with a parameter of that value.
   *
   * @param name the parameter's name ({@code "partyId"})
   * @param value its value
   * @return the assertions on those findings
   */
  public FindingAssert withParam(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return narrow("with " + name + "=" + value, finding -> value.equals(finding.params().get(name)));
  }

  /**
   * Keeps the findings without a parameter of that name.
   *
   * @param name the parameter's name
   * @return the assertions on those findings
   */
  public FindingAssert withoutParam(String name) {
    Objects.requireNonNull(name, "name");
    return narrow("without parameter " + name, finding -> !finding.params().containsKey(name));
  }

  /**
   * Keeps the findings whose parameters are exactly these.
   *
   * @param params the parameters, by name
   * @return the assertions on those findings
   */
  public FindingAssert withParams(Map<String, String> params) {
    Objects.requireNonNull(params, "params");
    return narrow("with exactly the parameters " + params, finding -> finding.params().equals(params));
  }

  /**
   * Keeps the findings located on a line of the text they were read from.
   *
   * @param line the line, from 1
   * @return the assertions on those findings
   */
  public FindingAssert atLine(int line) {
    return narrow("on line " + line, finding -> finding.location().map(SourceLocation::line).orElse(0) == line);
  }

  /**
   * Keeps the findings located at a column (in UTF-16 code units, from 1) of the text they were read
   * from.
   *
   * @param column the column, from 1
   * @return the assertions on those findings
   */
  public FindingAssert atColumn(int column) {
    return narrow("at column " + column,
        finding -> finding.location().map(SourceLocation::column).orElse(0) == column);
  }

  /**
   * Keeps the findings located at a line and a column of the text they were read from.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the assertions on those findings
   */
  public FindingAssert atLocation(int line, int column) {
    SourceLocation location = SourceLocation.of(line, column);
    return narrow("at line " + line + ", column " + column,
        finding -> finding.location().filter(location::equals).isPresent());
  }

  /**
   * Keeps the findings without a location (about a contract built in memory).
   *
   * @return the assertions on those findings
   */
  public FindingAssert withoutLocation() {
    return narrow("without location", finding -> finding.location().isEmpty());
  }

  /**
   * Keeps the findings about a spreadsheet cell.
   *
   * @param reference the cell as people write it ({@code "Fichier d'import!Y12"})
   * @return the assertions on those findings
   */
  public FindingAssert inCell(String reference) {
    Objects.requireNonNull(reference, "reference");
    return narrow("in cell " + reference,
        finding -> finding.cell().filter(cell -> cell.reference().equals(reference)).isPresent());
  }

  /**
   * Keeps the findings that match a condition of the test's own.
   *
   * @param description what the condition asks, for the failure message
   * @param condition the condition
   * @return the assertions on those findings
   */
  public FindingAssert matching(String description, Predicate<? super Finding> condition) {
    Objects.requireNonNull(condition, "condition");
    return narrow(description, condition::test);
  }

  /**
   * Checks that exactly {@code count} findings match.
   *
   * @param count how many
   * @return these assertions
   */
  public FindingAssert times(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage("%s", "Expecting " + count + " finding" + (count == 1 ? "" : "s") + " " + asked + ", but "
          + actual.size() + " match:\n" + Findings.list(actual) + context());
    }
    return myself;
  }

  /**
   * Checks that exactly one finding matches.
   *
   * @return these assertions
   */
  public FindingAssert once() {
    return times(1);
  }

  /**
   * Returns the one finding that matches, for checks of the test's own.
   *
   * @return the finding
   */
  public Finding finding() {
    once();
    return actual.get(0);
  }

  /**
   * Returns to the assertions on the whole report.
   *
   * @return the report's assertions
   * @throws IllegalStateException when these assertions were started on a single finding
   */
  public ReportAssert and() {
    if (report == null) {
      throw new IllegalStateException("these assertions are on one finding, not on a report");
    }
    return report;
  }

  private FindingAssert narrow(String condition, Predicate<Finding> test) {
    isNotNull();
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : actual) {
      if (test.test(finding)) {
        kept.add(finding);
      }
    }
    String now = asked == null ? condition : asked + " " + condition;
    if (kept.isEmpty()) {
      String message = report == null && actual.size() == 1
          ? "Expecting the finding " + now + ", but it is:\n" + Findings.list(actual)
          : "Expecting a finding " + now + ", but none is; the findings " + (asked == null ? "" : asked + " ")
              + "are:\n" + Findings.list(actual) + context();
      failWithMessage("%s", message);
    }
    FindingAssert next = new FindingAssert(kept, report, now);
    return info.description() != null && !info.descriptionText().isEmpty() ? next.describedAs(info.description()) : next;
  }

  private String context() {
    if (report == null) {
      return "";
    }
    Report whole = report.report();
    return "\nThe report holds " + whole.findings().size() + " finding" + (whole.findings().size() == 1 ? "" : "s")
        + (whole.findings().isEmpty() ? "." : ":\n" + Findings.list(whole.findings()));
  }
}
