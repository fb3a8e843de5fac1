package io.github.clsante.testing;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import java.util.Collection;
import java.util.List;

/**
 * AssertJ entry points for reports and findings (rapports et constats): what a validation, a reading
 * or an import found, checked by code, pointer, severity, parameters, line and column, with failure
 * messages that list the findings the report does hold.
 *
 * <pre>{@code
 * import static io.github.clsante.testing.ReportAssertions.assertThat;
 *
 * assertThat(validator.validate(contract).report())
 *     .hasFinding("CLS-SHEET-NO-PILOT").at("/axes/0/actionSheets/2").withSeverity(Severity.ERROR)
 *     .and()
 *     .hasFinding("CLS-REF-PARTY-UNKNOWN").withParam("partyId", "cpam41").atLine(12).atColumn(21)
 *     .and()
 *     .hasNoFindingOtherThan("CLS-SHEET-NO-PILOT", "CLS-REF-PARTY-UNKNOWN", "CLS-SHEET-NO-INDICATOR");
 * assertThat(ContractJson.reader().read(bytes).report()).hasNoErrors();
 * }</pre>
 *
 * <p>The methods on a {@link Report} and a {@link Finding} are named {@code assertThat} like AssertJ's:
 * a test that imports AssertJ's {@code Assertions.assertThat} statically as well calls these for a
 * report or a finding, and AssertJ's for anything else; a list of findings goes to {@link
 * #assertThatFindings(Collection)}.
 */
public final class ReportAssertions {

  private ReportAssertions() {}

  /**
   * Starts assertions on a report.
   *
   * @param report the report ({@code validationReport.report()}, {@code readResult.report()}…)
   * @return the assertions
   */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report);
  }

  /**
   * Starts assertions on findings, as the report of those findings. (Not an {@code assertThat}: AssertJ's
   * own {@code assertThat(List)}, imported beside these, would make a call on a list ambiguous.)
   *
   * @param findings the findings, in any order
   * @return the assertions
   */
  public static ReportAssert assertThatFindings(Collection<? extends Finding> findings) {
    return new ReportAssert(findings == null ? null : Report.of(findings));
  }

  /**
   * Starts assertions on one finding.
   *
   * @param finding the finding
   * @return the assertions, {@link FindingAssert#withCode(String)} included
   */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding == null ? null : List.of(finding), null, null);
  }
}
