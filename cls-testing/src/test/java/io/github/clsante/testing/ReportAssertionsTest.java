package io.github.clsante.testing;

import static io.github.clsante.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report assertions pass on what a report holds and fail, on what it does not, with a message that
 * says what was asked and lists the findings there are.
 */
class ReportAssertionsTest {

  private static final Finding NO_PILOT = Finding.builder().code("CLS-SHEET-NO-PILOT").severity(Severity.ERROR)
      .pointer("/axes/0/actionSheets/2").location(SourceLocation.of(3, 14)).build();
  private static final Finding UNKNOWN_PARTY = Finding.builder().code("CLS-REF-PARTY-UNKNOWN").severity(Severity.ERROR)
      .pointer("/axes/0/actionSheets/1/pilots/0/partyId").location(SourceLocation.of(12, 21))
      .putParam("partyId", "cpam41").putParam("suggestion", "cpam-41").build();
  private static final Finding NO_INDICATOR = Finding.builder().code("CLS-SHEET-NO-INDICATOR").severity(Severity.WARNING)
      .pointer("/axes/0/actionSheets/2").location(SourceLocation.of(3, 14)).build();
  private static final Finding IN_CELL = Finding.builder().code("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE")
      .severity(Severity.INFO).pointer("").cell(CellLocation.of("Fichier d'import", 12, 25)).build();

  private static final Report REPORT = Report.of(List.of(NO_PILOT, UNKNOWN_PARTY, NO_INDICATOR, IN_CELL));

  /** The report's findings as a failure message lists them, in the report's order. */
  private static final String LISTED = "  - CLS-SPREADSHEET-MISSING-CONTRACT-VALUE info \"\" (the whole document) [Fichier d'import!Y12]\n"
      + "  - CLS-REF-PARTY-UNKNOWN error /axes/0/actionSheets/1/pilots/0/partyId (line 12, column 21)"
      + " {partyId=cpam41, suggestion=cpam-41}\n"
      + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)\n"
      + "  - CLS-SHEET-NO-INDICATOR warning /axes/0/actionSheets/2 (line 3, column 14)";

  @Test
  void what_the_report_holds_passes() {
    assertThat(REPORT)
        .hasErrors()
        .hasFindingCount(4)
        .hasFindingCount(Severity.ERROR, 2)
        .hasFindingCount("CLS-SHEET-NO-PILOT", 1)
        .hasFinding("CLS-SHEET-NO-PILOT").at("/axes/0/actionSheets/2").withSeverity(Severity.ERROR).atLine(3)
        .atColumn(14).atLocation(3, 14).withoutParam("partyId").once()
        .and()
        .hasFinding("CLS-REF-PARTY-UNKNOWN").withParam("partyId", "cpam41")
        .withParams(Map.of("partyId", "cpam41", "suggestion", "cpam-41")).times(1)
        .and()
        .hasFinding("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE").inCell("Fichier d'import!Y12").withoutLocation().at("")
        .and()
        .doesNotHaveFinding("CLS-ID-SIREN")
        .hasNoFindingOtherThan("CLS-SHEET-NO-PILOT", "CLS-REF-PARTY-UNKNOWN", "CLS-SHEET-NO-INDICATOR",
            "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE")
        .hasExactlyCodes("CLS-SHEET-NO-PILOT", "CLS-REF-PARTY-UNKNOWN", "CLS-SHEET-NO-INDICATOR",
            "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
    assertThat(Report.of(List.of(NO_INDICATOR))).hasNoErrors();
    assertThat(Report.empty()).hasNoFindings().hasNoErrors();
    ReportAssertions.assertThatFindings(List.of(NO_PILOT, NO_PILOT)).hasFinding("CLS-SHEET-NO-PILOT").times(2);
    assertThat(UNKNOWN_PARTY).withCode("CLS-REF-PARTY-UNKNOWN").withSeverity(Severity.ERROR).atLine(12);
  }

  @Test
  void a_finding_at_another_pointer_lists_the_findings_of_its_code_and_the_report() {
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-SHEET-NO-PILOT").at("/axes/0/actionSheets/1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a finding CLS-SHEET-NO-PILOT at /axes/0/actionSheets/1, but none is; the findings"
            + " CLS-SHEET-NO-PILOT are:\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)\n"
            + "The report holds 4 findings:\n" + LISTED);
  }

  @Test
  void each_condition_narrows_the_findings_and_the_message_says_them_all() {
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-SHEET-NO-PILOT").at("/axes/0/actionSheets/2")
        .withSeverity(Severity.WARNING))
        .hasMessageStartingWith("Expecting a finding CLS-SHEET-NO-PILOT at /axes/0/actionSheets/2 of severity warning,"
            + " but none is; the findings CLS-SHEET-NO-PILOT at /axes/0/actionSheets/2 are:\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)\n");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-REF-PARTY-UNKNOWN").withParam("partyId", "cpam-41"))
        .hasMessageStartingWith("Expecting a finding CLS-REF-PARTY-UNKNOWN with partyId=cpam-41, but none is");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-REF-PARTY-UNKNOWN").atColumn(20))
        .hasMessageStartingWith("Expecting a finding CLS-REF-PARTY-UNKNOWN at column 20, but none is");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-REF-PARTY-UNKNOWN").atLine(11))
        .hasMessageStartingWith("Expecting a finding CLS-REF-PARTY-UNKNOWN on line 11, but none is");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE").inCell("Fichier d'import!Y13"))
        .hasMessageStartingWith("Expecting a finding CLS-SPREADSHEET-MISSING-CONTRACT-VALUE in cell Fichier d'import!Y13");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-SHEET-NO-PILOT").times(2))
        .hasMessageStartingWith("Expecting 2 findings CLS-SHEET-NO-PILOT, but 1 match:\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)\n"
            + "The report holds 4 findings:\n");
  }

  @Test
  void a_missing_code_lists_the_report() {
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("CLS-ID-SIREN"))
        .hasMessage("Expecting a finding CLS-ID-SIREN, but the report holds none:\n" + LISTED);
    assertThatThrownBy(() -> assertThat(Report.empty()).hasFinding("CLS-ID-SIREN"))
        .hasMessage("Expecting a finding CLS-ID-SIREN, but the report holds none.");
  }

  @Test
  void errors_and_counts_list_what_is_there() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors())
        .hasMessage("Expecting no error, but the report holds 2:\n"
            + "  - CLS-REF-PARTY-UNKNOWN error /axes/0/actionSheets/1/pilots/0/partyId (line 12, column 21)"
            + " {partyId=cpam41, suggestion=cpam-41}\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)");
    assertThatThrownBy(() -> assertThat(Report.of(List.of(NO_INDICATOR))).hasErrors())
        .hasMessage("Expecting at least one error, but the report holds none:\n"
            + "  - CLS-SHEET-NO-INDICATOR warning /axes/0/actionSheets/2 (line 3, column 14)");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindings())
        .hasMessage("Expecting 0 findings, but the report holds 4:\n" + LISTED);
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingCount(Severity.WARNING, 2))
        .hasMessageStartingWith("Expecting 2 findings of severity warning, but the report holds 1:\n");
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingCount("CLS-SHEET-NO-PILOT", 3))
        .hasMessageStartingWith("Expecting 3 findings CLS-SHEET-NO-PILOT, but the report holds 1:\n");
    assertThatThrownBy(() -> assertThat(REPORT).doesNotHaveFinding("CLS-SHEET-NO-PILOT"))
        .hasMessage("Expecting no finding CLS-SHEET-NO-PILOT, but the report holds 1:\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingOtherThan("CLS-SHEET-NO-PILOT", "CLS-SHEET-NO-INDICATOR"))
        .hasMessage("Expecting no finding other than [CLS-SHEET-NO-PILOT, CLS-SHEET-NO-INDICATOR], but the report"
            + " holds 2 others:\n"
            + "  - CLS-SPREADSHEET-MISSING-CONTRACT-VALUE info \"\" (the whole document) [Fichier d'import!Y12]\n"
            + "  - CLS-REF-PARTY-UNKNOWN error /axes/0/actionSheets/1/pilots/0/partyId (line 12, column 21)"
            + " {partyId=cpam41, suggestion=cpam-41}");
    assertThatThrownBy(() -> assertThat(REPORT).hasExactlyCodes("CLS-SHEET-NO-PILOT", "CLS-ID-SIREN"))
        .hasMessageStartingWith("Expecting the codes [CLS-ID-SIREN, CLS-SHEET-NO-PILOT], but [CLS-ID-SIREN] missing and"
            + " [CLS-REF-PARTY-UNKNOWN, CLS-SHEET-NO-INDICATOR, CLS-SPREADSHEET-MISSING-CONTRACT-VALUE] not expected:\n");
  }

  @Test
  void a_single_finding_says_what_it_is() {
    assertThatThrownBy(() -> assertThat(NO_PILOT).withCode("CLS-SHEET-NO-INDICATOR"))
        .hasMessage("Expecting the finding of code CLS-SHEET-NO-INDICATOR, but it is:\n"
            + "  - CLS-SHEET-NO-PILOT error /axes/0/actionSheets/2 (line 3, column 14)");
    assertThatThrownBy(() -> assertThat(NO_PILOT).withCode("CLS-SHEET-NO-PILOT").and())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_description_and_long_reports_stay_readable() {
    assertThatThrownBy(() -> assertThat(REPORT).as("the contract of seed 7").hasFinding("CLS-ID-SIREN"))
        .hasMessageStartingWith("[the contract of seed 7] Expecting a finding CLS-ID-SIREN");
    assertThatThrownBy(() -> assertThat(REPORT).as("seed 7").hasFinding("CLS-SHEET-NO-PILOT").atLine(4))
        .hasMessageStartingWith("[seed 7] Expecting a finding CLS-SHEET-NO-PILOT on line 4");
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(NO_PILOT.withPointer("/actionSheets/" + i));
    }
    assertThatThrownBy(() -> ReportAssertions.assertThatFindings(many).hasNoErrors())
        .hasMessageStartingWith("Expecting no error, but the report holds 120:\n  - CLS-SHEET-NO-PILOT error /actionSheets/0")
        .hasMessageEndingWith("/actionSheets/49 (line 3, column 14)\n  … and 70 more");
    // A percent sign in a finding is not a format of the message.
    assertThatThrownBy(() -> ReportAssertions.assertThatFindings(List.of(NO_PILOT.withParams(Map.of("value", "100 %d %s")))).hasNoErrors())
        .hasMessageEndingWith("{value=100 %d %s}");
  }
}
