package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.testing.ContractGenerator;
import io.github.clsante.testing.Contracts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The limit of findings a report lists ({@link ContractValidator.Builder#maxFindings(int)}): past it, the
 * errors are kept first, and {@value ValidationReport#TRUNCATED} says how many were left out, so that a
 * file with a million problems gives a report of a bounded size.
 */
class FindingLimitTest {

  /** Contracts that break the rules on purpose (cls-testing). */
  private static final ContractGenerator ANYTHING_GOES = Contracts.anythingGoes();

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"T\",\"leadArs\":\"24\","
      + "\"territory\":{},";

  private static final ContractValidator TEN = ContractValidator.builder().maxFindings(10).build();

  /** A document with {@code count} unknown members {@code u0}, {@code u1}… then {@code rest}. */
  private static byte[] unknownMembers(int count, String rest) {
    StringBuilder json = new StringBuilder(START);
    for (int i = 0; i < count; i++) {
      json.append("\"u").append(i).append("\":").append(i).append(',');
    }
    return json.append(rest).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> described(ValidationReport report) {
    return FindingLines.describe(report.findings());
  }

  private static Optional<Finding> truncation(ValidationReport report) {
    List<Finding> found = report.report().findingsWithCode(ValidationReport.TRUNCATED);
    assertThat(found.size()).isLessThanOrEqualTo(1);
    return found.stream().findFirst();
  }

  @Test
  void a_report_lists_at_most_the_limit_and_says_how_many_were_left_out() {
    byte[] json = unknownMembers(25, "\"kind\":\"pluriannual\"}");

    ValidationReport report = TEN.validate(json);

    List<String> lines = described(report);
    assertThat(lines).hasSize(11).startsWith("CLS-REPORT-TRUNCATED error - - limit=10 omitted=15 errors=15");
    String text = new String(json, StandardCharsets.UTF_8);
    for (int i = 0; i < 10; i++) {
      assertThat(lines).contains("CLS-JSON-UNKNOWN-MEMBER error /u" + i + " 1:" + (text.indexOf("\"u" + i + "\"") + 1)
          + " member=u" + i);
    }
    // The reader's own count is the report's: no second finding says that problems were left out.
    assertThat(report.report().findingsWithCode(ReadProblem.TOO_MANY_PROBLEMS.code())).isEmpty();
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void the_finding_says_it_in_french_and_english() {
    Finding finding = truncation(ContractValidator.standard().validate(unknownMembers(10_012, "\"kind\":\"pluriannual\"}")))
        .orElseThrow();

    assertThat(finding.params()).containsExactlyInAnyOrderEntriesOf(Map.of("limit", "10000", "omitted", "12", "errors", "12"));
    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Ce rapport ne liste pas tous les constats"
        + "\u202f: seuls 10\u202f000 le sont, les erreurs d’abord\u202f; constats non listés\u202f: 12 "
        + "(erreurs\u202f: 12). Corrigez ceux qui sont listés, puis validez de nouveau le fichier pour voir les suivants.");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH)).isEqualTo("This report does not list every finding: "
        + "only 10,000 are listed, errors first; findings not listed: 12 (errors: 12). Fix those listed, then "
        + "validate the file again to see the next ones.");
    assertThat(FindingMessages.explanation(ValidationReport.TRUNCATED, Locale.FRENCH).orElseThrow())
        .startsWith("Le fichier a donné plus de constats que la limite d’un rapport (10\u202f000 par défaut)");
  }

  @Test
  void errors_are_kept_before_warnings_and_the_warnings_left_out_make_a_warning() {
    // Twelve unknown members, read leniently (warnings), then three sheets that are not objects (errors).
    ContractValidator lenient = ContractValidator.builder()
        .reader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS)).maxFindings(10).build();
    byte[] json = unknownMembers(12, "\"actionSheets\":[1,2,3]}");
    String text = new String(json, StandardCharsets.UTF_8);

    ValidationReport report = lenient.validate(json);

    List<String> lines = described(report);
    assertThat(lines).contains("CLS-REPORT-TRUNCATED warning - - limit=10 omitted=5");
    int sheets = text.indexOf("[1,2,3]");
    for (int i = 0; i < 3; i++) {
      assertThat(lines).contains("CLS-JSON-WRONG-TYPE error /actionSheets/" + i + " 1:" + (sheets + 2 + 2 * i)
          + " expected=object actual=number value=" + (i + 1));
    }
    // The first seven warnings found are kept: u0 to u6.
    assertThat(report.findings()).filteredOn(f -> f.code().equals(ReadProblem.UNKNOWN_MEMBER.code()))
        .extracting(f -> f.params().get("member")).containsExactlyInAnyOrder("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    assertThat(lines).hasSize(11);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void warnings_left_out_of_a_contract_in_memory_leave_it_valid() {
    // Le Havre in preparation, with thirty fiches without indicator: thirty warnings, and no error.
    List<ActionSheet> sheets = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      sheets.add(ActionSheet.builder().id("fa-" + i).number(Integer.toString(i)).title("Fiche " + i)
          .addPilots(PartyRef.to("le-havre-seine-metropole")).build());
    }
    Contract many = Contract.builder().from(Seeds.contract("le-havre")).axes(List.of()).actionSheets(sheets).build();

    ValidationReport all = ContractValidator.builder().maxFindings(1_000).build().validate(many);
    ValidationReport report = TEN.validate(many);

    assertThat(all.findings()).hasSizeGreaterThanOrEqualTo(30).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(report.findings()).hasSize(11);
    Finding truncation = truncation(report).orElseThrow();
    assertThat(truncation.params())
        .containsExactlyInAnyOrderEntriesOf(Map.of("limit", "10", "omitted", Integer.toString(all.findings().size() - 10)));
    assertThat(truncation.severity()).isEqualTo(Severity.WARNING);
    assertThat(report.isValid()).isTrue();
    assertThat(all.findings()).containsAll(report.findings().stream()
        .filter(f -> !f.code().equals(ValidationReport.TRUNCATED)).collect(Collectors.toList()));
  }

  @Test
  void a_source_with_too_many_findings_is_cut_too() {
    List<Finding> reading = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      reading.add(Finding.builder().code("CLS-TEST-READING").severity(Severity.INFO).pointer("/title")
          .putParam("n", Integer.toString(i)).build());
    }
    Contract contract = Seeds.contract("le-havre");

    ValidationReport report = TEN.validate(contract, Report.of(reading), f -> f);

    List<Finding> rules = ContractValidator.standard().validate(contract).findings();
    assertThat(report.findings()).hasSize(11).containsAll(rules);
    assertThat(truncation(report).orElseThrow().params()).containsEntry("omitted", Integer.toString(30 + rules.size() - 10));
  }

  @Test
  void the_report_keeps_the_most_severe_findings_whatever_the_contract() {
    ContractValidator unlimited = ContractValidator.builder().maxFindings(Integer.MAX_VALUE).build();
    int[] cut = {0};
    qt().withFixedSeed(10_000L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = ANYTHING_GOES.sample(seed);
      List<Finding> every = unlimited.validate(contract).findings();
      ValidationReport report = TEN.validate(contract);
      List<Finding> listed = report.findings().stream().filter(f -> !f.code().equals(ValidationReport.TRUNCATED))
          .collect(Collectors.toList());
      if (every.size() <= 10) {
        assertThat(report.findings()).isEqualTo(every);
        return;
      }
      cut[0]++;
      long errors = count(every, Severity.ERROR);
      long warnings = count(every, Severity.WARNING);
      assertThat(listed).hasSize(10);
      assertThat(every).containsAll(listed);
      assertThat(count(listed, Severity.ERROR)).isEqualTo(Math.min(errors, 10));
      assertThat(count(listed, Severity.WARNING)).isEqualTo(Math.min(warnings, 10 - Math.min(errors, 10)));
      Finding truncation = truncation(report).orElseThrow();
      long errorsLeft = errors - count(listed, Severity.ERROR);
      long warningsLeft = warnings - count(listed, Severity.WARNING);
      assertThat(truncation.params().get("omitted")).isEqualTo(Integer.toString(every.size() - 10));
      assertThat(truncation.params().get("errors")).isEqualTo(errorsLeft > 0 ? Long.toString(errorsLeft) : null);
      assertThat(truncation.severity()).isEqualTo(errorsLeft > 0 ? Severity.ERROR
          : warningsLeft > 0 ? Severity.WARNING : Severity.INFO);
      assertThat(report.isValid()).isEqualTo(errors == 0);
    });
    assertThat(cut[0]).as("contracts with more than ten findings").isGreaterThan(100);
  }

  @Test
  void a_documents_report_counts_the_rules_findings_it_left_out() {
    ContractValidator unlimited = ContractValidator.builder().maxFindings(Integer.MAX_VALUE).build();
    int cut = 0;
    for (long seed = 0; seed < 60; seed++) {
      byte[] document = ContractJson.toCanonicalBytes(ANYTHING_GOES.sample(seed));
      List<Finding> every = unlimited.validate(document).findings();
      if (every.size() <= 10) {
        continue;
      }
      cut++;
      Finding truncation = truncation(TEN.validate(document)).orElseThrow();
      long errorsLeft = count(every, Severity.ERROR) - Math.min(count(every, Severity.ERROR), 10);
      assertThat(truncation.params().get("omitted")).as("seed %d", seed).isEqualTo(Integer.toString(every.size() - 10));
      assertThat(truncation.params().get("errors")).as("seed %d", seed)
          .isEqualTo(errorsLeft > 0 ? Long.toString(errorsLeft) : null);
    }
    assertThat(cut).as("documents with more than ten findings").isGreaterThan(20);
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  @Test
  void the_json_form_carries_the_count() {
    String json = TEN.validate(unknownMembers(25, "\"kind\":\"pluriannual\"}")).toJson(Locale.FRENCH);

    assertThat(json).contains("\"code\": \"CLS-REPORT-TRUNCATED\"", "\"omitted\": \"15\"",
        "constats non listés\u202f: 15 (erreurs\u202f: 15)", "\"error\": 11");
  }

  @Test
  void the_limit_is_ten_thousand_by_default_and_at_least_ten() {
    assertThat(ContractValidator.DEFAULT_MAX_FINDINGS).isEqualTo(10_000);
    assertThatThrownBy(() -> ContractValidator.builder().maxFindings(9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the limit of findings must be at least 10: 9");
  }
}
