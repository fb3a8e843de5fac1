package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static Finding finding(String pointer, Severity severity, String code) {
    return Finding.builder().code(code).severity(severity).pointer(pointer).build();
  }

  private static List<String> pointers(Report report) {
    return report.findings().stream().map(Finding::pointer).toList();
  }

  @Test
  void orders_findings_by_pointer_with_numeric_array_indexes() {
    List<Finding> findings = new ArrayList<>();
    for (String pointer :
        List.of(
            "/axes/10", "/title", "/axes/2", "", "/axes/10/title", "/axes", "/axes/2/actionSheets/0",
            "/axes/1", "/axes/0", "/axes/2/actionSheets", "/axes/100", "/axes/9")) {
      findings.add(finding(pointer, Severity.ERROR, "CLS-X"));
    }

    Report report = Report.of(findings);

    assertThat(pointers(report))
        .containsExactly(
            "", "/axes", "/axes/0", "/axes/1", "/axes/2", "/axes/2/actionSheets",
            "/axes/2/actionSheets/0", "/axes/9", "/axes/10", "/axes/10/title", "/axes/100", "/title");
  }

  @Test
  void the_whole_document_comes_first_and_parents_before_children() {
    Report report =
        Report.of(
            List.of(
                finding("/parties/0/name", Severity.INFO, "A"),
                finding("/parties/0", Severity.INFO, "A"),
                finding("/parties", Severity.INFO, "A"),
                finding("", Severity.INFO, "A")));

    assertThat(pointers(report)).containsExactly("", "/parties", "/parties/0", "/parties/0/name");
  }

  @Test
  void member_names_compare_as_text() {
    Report report =
        Report.of(
            List.of(
                finding("/b", Severity.ERROR, "A"),
                finding("/a/b", Severity.ERROR, "A"),
                finding("/ab", Severity.ERROR, "A"),
                finding("/a", Severity.ERROR, "A"),
                finding("/B", Severity.ERROR, "A")));

    assertThat(pointers(report)).containsExactly("/B", "/a", "/a/b", "/ab", "/b");
  }

  @Test
  void indexes_come_before_member_names() {
    Report report =
        Report.of(
            List.of(
                finding("/x/name", Severity.ERROR, "A"),
                finding("/x/12", Severity.ERROR, "A"),
                finding("/x/3", Severity.ERROR, "A")));

    assertThat(pointers(report)).containsExactly("/x/3", "/x/12", "/x/name");
  }

  @Test
  void tokens_with_leading_zeros_are_not_indexes() {
    Report report =
        Report.of(
            List.of(
                finding("/x/1", Severity.ERROR, "A"),
                finding("/x/01", Severity.ERROR, "A"),
                finding("/x/0", Severity.ERROR, "A")));

    // "01" is a member name, not an index: indexes first, in number order, then names.
    assertThat(pointers(report)).containsExactly("/x/0", "/x/1", "/x/01");
  }

  @Test
  void at_the_same_pointer_orders_by_severity_then_code() {
    Report report =
        Report.of(
            List.of(
                finding("/title", Severity.INFO, "CLS-A"),
                finding("/title", Severity.WARNING, "CLS-B"),
                finding("/title", Severity.ERROR, "CLS-C"),
                finding("/title", Severity.WARNING, "CLS-A"),
                finding("/title", Severity.ERROR, "CLS-B")));

    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "CLS-B"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "CLS-C"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "CLS-A"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "CLS-B"),
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "CLS-A"));
  }

  @Test
  void the_pointer_outranks_the_severity() {
    Report report =
        Report.of(
            List.of(finding("/b", Severity.ERROR, "CLS-A"), finding("/a", Severity.INFO, "CLS-Z")));

    assertThat(pointers(report)).containsExactly("/a", "/b");
  }

  @Test
  void then_orders_by_parameters() {
    Finding two = Finding.builder().from(finding("/x", Severity.ERROR, "A")).putParam("n", "2").build();
    Finding one = Finding.builder().from(finding("/x", Severity.ERROR, "A")).putParam("n", "1").build();

    assertThat(Report.of(List.of(two, one)).findings()).containsExactly(one, two);
  }

  @Test
  void the_same_findings_in_any_order_give_equal_reports() {
    List<Finding> findings =
        List.of(
            finding("/axes/10", Severity.WARNING, "B"),
            finding("/axes/2", Severity.ERROR, "A"),
            finding("", Severity.INFO, "C"),
            finding("/axes/2", Severity.INFO, "A"),
            finding("/axes/2", Severity.ERROR, "B"));
    List<Finding> reversed = new ArrayList<>(findings);
    Collections.reverse(reversed);

    Report report = Report.of(findings);

    assertThat(Report.of(reversed)).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(report).hasToString(Report.of(reversed).toString());
  }

  @Test
  void the_same_findings_in_any_order_give_equal_reports_even_with_digit_leading_names() {
    Report expected =
        Report.of(
            List.of(
                finding("/9", Severity.ERROR, "A"),
                finding("/10", Severity.ERROR, "A"),
                finding("/1a", Severity.ERROR, "A")));

    assertThat(
            Report.of(
                List.of(
                    finding("/10", Severity.ERROR, "A"),
                    finding("/9", Severity.ERROR, "A"),
                    finding("/1a", Severity.ERROR, "A"))))
        .isEqualTo(expected);
    assertThat(pointers(expected)).containsExactly("/9", "/10", "/1a");
  }

  @Test
  void many_findings_with_mixed_tokens_sort_without_breaking_the_sort_contract() {
    List<Finding> findings = new ArrayList<>();
    String[] tokens = {"9", "10", "1a", "01", "a", "100", "9x", "0"};
    for (int i = 0; i < 400; i++) {
      findings.add(finding("/" + tokens[(i * 7) % tokens.length] + "/" + tokens[(i * 3) % tokens.length],
          Severity.ERROR, "A"));
    }
    List<Finding> shuffled = new ArrayList<>(findings);
    Collections.shuffle(shuffled, new java.util.Random(42));

    assertThat(Report.of(shuffled)).isEqualTo(Report.of(findings));
  }

  @Test
  void then_orders_by_location_unlocated_first() {
    Finding unlocated = finding("/x", Severity.ERROR, "A");
    Finding line2 = Finding.builder().from(unlocated).location(SourceLocation.of(2, 1)).build();
    Finding line1col9 = Finding.builder().from(unlocated).location(SourceLocation.of(1, 9)).build();

    assertThat(Report.of(List.of(line2, line1col9, unlocated)).findings())
        .containsExactly(unlocated, line1col9, line2);
  }

  @Test
  void then_orders_by_cell_sheet_row_column_without_a_cell_first() {
    Finding noCell = finding("/x", Severity.ERROR, "A");
    Finding y12 = noCell.withCell(CellLocation.of("Fichier d'import", 12, 25));
    Finding b12 = noCell.withCell(CellLocation.of("Fichier d'import", 12, 2));
    Finding a5 = noCell.withCell(CellLocation.of("Fichier d'import", 5, 1));
    Finding otherSheet = noCell.withCell(CellLocation.of("Données CLS", 40, 1));

    assertThat(Report.of(List.of(y12, otherSheet, b12, noCell, a5)).findings())
        .containsExactly(noCell, otherSheet, a5, b12, y12);
  }

  @Test
  void parameters_that_print_alike_still_order_deterministically() {
    Finding oneParam = Finding.builder().from(finding("/x", Severity.ERROR, "A"))
        .putParam("a", "1, b=2").build();
    Finding twoParams = Finding.builder().from(finding("/x", Severity.ERROR, "A"))
        .putParam("a", "1").putParam("b", "2").build();

    assertThat(Report.of(List.of(oneParam, twoParams)))
        .isEqualTo(Report.of(List.of(twoParams, oneParam)));
    assertThat(Report.of(List.of(oneParam, twoParams)).findings()).containsExactly(twoParams, oneParam);
  }

  @Test
  void keeps_duplicate_findings() {
    Finding finding = finding("/title", Severity.ERROR, "A");

    Report report = Report.of(List.of(finding, finding));

    assertThat(report.findings()).containsExactly(finding, finding);
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
  }

  @Test
  void is_valid_when_it_holds_no_error() {
    assertThat(Report.empty().isValid()).isTrue();
    assertThat(Report.of(List.of(finding("/a", Severity.WARNING, "A"), finding("/b", Severity.INFO, "B")))
            .isValid())
        .isTrue();
    assertThat(Report.of(List.of(finding("/a", Severity.WARNING, "A"), finding("/b", Severity.ERROR, "B")))
            .isValid())
        .isFalse();
  }

  @Test
  void counts_findings_by_severity() {
    Report report =
        Report.of(
            List.of(
                finding("/a", Severity.ERROR, "A"),
                finding("/b", Severity.INFO, "B"),
                finding("/c", Severity.ERROR, "C")));

    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isZero();
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.countsBySeverity())
        .containsExactly(entry(Severity.ERROR, 2), entry(Severity.WARNING, 0), entry(Severity.INFO, 1));
  }

  @Test
  void counts_by_severity_include_every_severity_even_when_empty() {
    assertThat(Report.empty().countsBySeverity())
        .containsExactly(entry(Severity.ERROR, 0), entry(Severity.WARNING, 0), entry(Severity.INFO, 0));
  }

  @Test
  void counts_by_severity_cannot_be_modified() {
    Map<Severity, Integer> counts = Report.empty().countsBySeverity();

    assertThatThrownBy(() -> counts.put(Severity.ERROR, 1))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void counts_findings_by_code_sorted_by_code() {
    Report report =
        Report.of(
            List.of(
                finding("/a", Severity.ERROR, "CLS-SHEET-NO-PILOT"),
                finding("/b", Severity.INFO, "CLS-AXIS-EMPTY"),
                finding("/c", Severity.WARNING, "CLS-SHEET-NO-PILOT"),
                finding("/d", Severity.ERROR, "CLS-PARTY-UNKNOWN")));

    assertThat(report.countsByCode())
        .containsExactly(
            entry("CLS-AXIS-EMPTY", 1), entry("CLS-PARTY-UNKNOWN", 1), entry("CLS-SHEET-NO-PILOT", 2));
    assertThat(Report.empty().countsByCode()).isEmpty();
    assertThatThrownBy(() -> report.countsByCode().put("X", 1))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void finds_findings_with_a_code_in_report_order() {
    Finding third = finding("/axes/10", Severity.ERROR, "CLS-DUP");
    Finding first = finding("/axes/2", Severity.ERROR, "CLS-DUP");
    Finding other = finding("/axes/3", Severity.ERROR, "CLS-OTHER");
    Finding second = finding("/axes/2", Severity.WARNING, "CLS-DUP");
    Report report = Report.of(List.of(third, first, other, second));

    assertThat(report.findingsWithCode("CLS-DUP")).containsExactly(first, second, third);
    assertThat(report.findingsWithCode("cls-dup")).isEmpty();
    assertThat(report.findingsWithCode("CLS-NONE")).isEmpty();
    assertThatThrownBy(() -> report.findingsWithCode("CLS-DUP").clear())
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void plus_merges_and_reorders_findings() {
    Report left = Report.of(List.of(finding("/b", Severity.ERROR, "A"), finding("/d", Severity.ERROR, "A")));
    Report right = Report.of(List.of(finding("/c", Severity.INFO, "A"), finding("/a", Severity.INFO, "A")));

    Report both = left.plus(right);

    assertThat(pointers(both)).containsExactly("/a", "/b", "/c", "/d");
    assertThat(both).isEqualTo(right.plus(left));
    assertThat(pointers(left)).containsExactly("/b", "/d");
    assertThat(pointers(right)).containsExactly("/a", "/c");
  }

  @Test
  void plus_an_empty_report_is_the_same_report() {
    Report report = Report.of(List.of(finding("/a", Severity.ERROR, "A")));

    assertThat(report.plus(Report.empty())).isSameAs(report);
    assertThat(Report.empty().plus(report)).isEqualTo(report);
    assertThat(Report.empty().plus(Report.empty())).isSameAs(Report.empty());
  }

  @Test
  void empty_report_has_no_finding() {
    assertThat(Report.empty().findings()).isEmpty();
    assertThat(Report.of(List.of())).isSameAs(Report.empty());
    assertThat(Report.empty()).isEqualTo(Report.of(new ArrayList<Finding>()));
  }

  @Test
  void findings_cannot_be_modified() {
    Report report = Report.of(List.of(finding("/a", Severity.ERROR, "A")));

    assertThatThrownBy(() -> report.findings().add(finding("/b", Severity.ERROR, "B")))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void later_changes_to_the_given_collection_do_not_change_the_report() {
    List<Finding> findings = new ArrayList<>(List.of(finding("/a", Severity.ERROR, "A")));
    Report report = Report.of(findings);

    findings.add(finding("/b", Severity.ERROR, "B"));

    assertThat(pointers(report)).containsExactly("/a");
  }

  @Test
  void reports_with_different_findings_are_not_equal() {
    Report report = Report.of(List.of(finding("/a", Severity.ERROR, "A")));

    assertThat(report).isNotEqualTo(Report.of(List.of(finding("/a", Severity.WARNING, "A"))));
    assertThat(report).isNotEqualTo(Report.empty());
    assertThat(report).isNotEqualTo(report.findings());
  }

  @Test
  void to_string_summarises_then_lists_the_findings() {
    Report report =
        Report.of(
            List.of(
                Finding.builder()
                    .code("CLS-SHEET-DUPLICATE-NUMBER")
                    .severity(Severity.ERROR)
                    .pointer("/axes/0/actionSheets/2/number")
                    .location(SourceLocation.of(12, 7))
                    .putParam("number", "2")
                    .build(),
                finding("", Severity.INFO, "CLS-INFO")));

    assertThat(report)
        .hasToString(
            "Report{ERROR=1, WARNING=0, INFO=1}\n"
                + "  Finding{code=CLS-INFO, severity=INFO, pointer=, params={}}\n"
                + "  Finding{code=CLS-SHEET-DUPLICATE-NUMBER, severity=ERROR,"
                + " pointer=/axes/0/actionSheets/2/number, location=SourceLocation{line=12, column=7},"
                + " params={number=2}}");
    assertThat(Report.empty()).hasToString("Report{ERROR=0, WARNING=0, INFO=0}");
  }

  @Test
  void finding_builder_requires_code_severity_and_pointer() {
    assertThatThrownBy(() -> Finding.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Finding, some of required attributes are not set [code, severity, pointer]");
    assertThatThrownBy(() -> Finding.builder().code("A").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Finding, some of required attributes are not set [severity, pointer]");
  }

  @Test
  void finding_params_keep_insertion_order_and_compare_as_maps() {
    Finding ab = Finding.builder().from(finding("/x", Severity.ERROR, "A")).putParam("a", "1").putParam("b", "2").build();
    Finding ba = Finding.builder().from(finding("/x", Severity.ERROR, "A")).putParam("b", "2").putParam("a", "1").build();

    assertThat(ab.params().keySet()).containsExactly("a", "b");
    assertThat(ba.params().keySet()).containsExactly("b", "a");
    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
  }

  @Test
  void source_location_holds_line_and_column() {
    SourceLocation location = SourceLocation.of(3, 14);

    assertThat(location.line()).isEqualTo(3);
    assertThat(location.column()).isEqualTo(14);
    assertThat(location).isEqualTo(SourceLocation.of(3, 14)).isNotEqualTo(SourceLocation.of(14, 3));
    assertThat(location).hasToString("SourceLocation{line=3, column=14}");
  }
}
