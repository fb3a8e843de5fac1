package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Report}'s order.
 *
 * <p>The generated pointers mix array indexes with member names, including names that start with a
 * digit ({@code 1a}, {@code 01}), which once made the pointer comparison intransitive
 * ({@code /9 < /10 < /1a < /9}).
 */
class ReportPropertiesTest {

  private static Gen<String> tokens() {
    Gen<String> indexes = integers().between(0, 120).map(i -> Integer.toString(i));
    Gen<String> names =
        Generate.pick(
            List.of("axes", "actionSheets", "title", "a", "ab", "b", "B", "pilots", "number", "é",
                "1a", "9x", "01", "00", "-1", ""));
    return indexes.mix(names);
  }

  private static Gen<String> pointers() {
    return lists()
        .of(tokens())
        .ofSizeBetween(0, 4)
        .map(
            tokens -> {
              String pointer = "";
              for (String token : tokens) {
                pointer = JsonPointer.append(pointer, token);
              }
              return pointer;
            });
  }

  private static Gen<Finding> findings() {
    Gen<Map<String, String>> params =
        Generate.pick(List.of(Map.of(), Map.of("n", "1"), Map.of("n", "2"), Map.of("number", "10")));
    return pointers()
        .zip(
            Generate.enumValues(Severity.class),
            Generate.pick(List.of("CLS-A", "CLS-B", "CLS-C")),
            params,
            (pointer, severity, code, parameters) ->
                Finding.builder().pointer(pointer).severity(severity).code(code).putAllParams(parameters).build());
  }

  private static Gen<List<Finding>> findingLists() {
    return lists().of(findings()).ofSizeBetween(0, 25);
  }

  /** The documented order, written independently of {@link Report}. */
  private static final Comparator<Finding> DOCUMENTED_ORDER =
      Comparator.<Finding, List<String>>comparing(
              finding -> JsonPointer.tokens(finding.pointer()), ReportPropertiesTest::compareTokenLists)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(ReportPropertiesTest::flatParams, ReportPropertiesTest::compareStringLists);

  /** Parameters as key, value, key, value… in their order. */
  private static List<String> flatParams(Finding finding) {
    List<String> flat = new ArrayList<>();
    finding.params().forEach((key, value) -> {
      flat.add(key);
      flat.add(value);
    });
    return flat;
  }

  private static int compareStringLists(List<String> left, List<String> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int byString = left.get(i).compareTo(right.get(i));
      if (byString != 0) {
        return byString;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareTokenLists(List<String> left, List<String> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int byToken = compareTokens(left.get(i), right.get(i));
      if (byToken != 0) {
        return byToken;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareTokens(String left, String right) {
    boolean leftIsIndex = left.matches("0|[1-9][0-9]*");
    boolean rightIsIndex = right.matches("0|[1-9][0-9]*");
    if (leftIsIndex && rightIsIndex) {
      return Long.compare(Long.parseLong(left), Long.parseLong(right));
    }
    if (leftIsIndex != rightIsIndex) {
      return leftIsIndex ? -1 : 1;
    }
    return left.compareTo(right);
  }

  @Test
  void the_same_findings_in_any_order_give_equal_reports() {
    qt().withExamples(500)
        .forAll(findingLists(), longs().all())
        .checkAssert(
            (findings, seed) -> {
              List<Finding> shuffled = new ArrayList<>(findings);
              Collections.shuffle(shuffled, new Random(seed));

              Report report = Report.of(findings);
              Report fromShuffled = Report.of(shuffled);

              assertThat(fromShuffled).isEqualTo(report);
              assertThat(fromShuffled.findings()).containsExactlyElementsOf(report.findings());
              assertThat(fromShuffled.hashCode()).isEqualTo(report.hashCode());
            });
  }

  @Test
  void findings_are_in_the_documented_order() {
    qt().withExamples(500)
        .forAll(findingLists())
        .checkAssert(
            findings -> {
              List<Finding> expected = new ArrayList<>(findings);
              expected.sort(DOCUMENTED_ORDER);

              assertThat(Report.of(findings).findings()).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void counts_agree_with_the_findings() {
    qt().withExamples(500)
        .forAll(findingLists())
        .checkAssert(
            findings -> {
              Report report = Report.of(findings);

              assertThat(report.findings()).hasSameSizeAs(findings);
              assertThat(report.isValid()).isEqualTo(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR));
              assertThat(report.isValid()).isEqualTo(report.count(Severity.ERROR) == 0);
              assertThat(report.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(findings.size());
              assertThat(report.countsByCode().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(findings.size());
              report.countsByCode()
                  .forEach((code, count) -> assertThat(report.findingsWithCode(code)).hasSize(count));
              for (Severity severity : Severity.values()) {
                assertThat(report.countsBySeverity().get(severity)).isEqualTo(report.count(severity));
              }
            });
  }

  @Test
  void plus_is_the_report_of_all_findings() {
    qt().withExamples(300)
        .forAll(findingLists(), findingLists())
        .checkAssert(
            (left, right) -> {
              List<Finding> all = new ArrayList<>(left);
              all.addAll(right);

              Report sum = Report.of(left).plus(Report.of(right));

              assertThat(sum).isEqualTo(Report.of(all));
              assertThat(sum).isEqualTo(Report.of(right).plus(Report.of(left)));
            });
  }
}
