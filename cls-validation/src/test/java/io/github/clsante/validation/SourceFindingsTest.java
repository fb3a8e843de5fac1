package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.testing.Contracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractValidator#validate(Contract, Report, UnaryOperator)}: a contract read from another
 * source than JSON (a spreadsheet) is validated with its reading's findings, each rule's finding placed
 * in the source by the caller.
 */
class SourceFindingsTest {

  private static final CellLocation TITLE_CELL = CellLocation.of("Fichier d'import", 5, 4);

  /** A contract breaking rules: it has findings with pointers to place. */
  private static final Contract BROKEN = Contracts.anythingGoes().sample(7);

  private static Finding reading(Severity severity) {
    return Finding.builder().code("CLS-TEST-READING").severity(severity).pointer("/title").cell(TITLE_CELL).build();
  }

  @Test
  void the_report_holds_the_readings_findings_then_the_rules_each_placed_by_the_caller() {
    ContractValidator validator = ContractValidator.standard();
    List<String> asked = new ArrayList<>();
    UnaryOperator<Finding> locate = finding -> {
      asked.add(finding.pointer());
      return finding.withCell(CellLocation.of("Fichier d'import", 10 + asked.size(), 1));
    };

    ValidationReport report = validator.validate(BROKEN, Report.of(List.of(reading(Severity.WARNING))), locate);

    List<Finding> rules = validator.validate(BROKEN).findings();
    assertThat(rules).isNotEmpty();
    assertThat(asked).hasSize(rules.size());
    assertThat(report.findings()).hasSize(rules.size() + 1).contains(reading(Severity.WARNING))
        .allSatisfy(finding -> assertThat(finding.cell()).isPresent());
    assertThat(report.findings()).filteredOn(f -> !f.code().equals("CLS-TEST-READING"))
        .extracting(f -> f.withCell(TITLE_CELL)).containsExactlyInAnyOrderElementsOf(
            rules.stream().map(f -> f.withCell(TITLE_CELL)).toList());
    assertThat(report.digest()).contains(ContractJson.digest(BROKEN));
    assertThat(report.contract()).containsSame(BROKEN);
    assertThat(report.toJson(Locale.FRENCH)).contains("\"cell\": {\n"
        + "        \"column\": \"D\",\n"
        + "        \"reference\": \"Fichier d'import!D5\",\n"
        + "        \"row\": 5,\n"
        + "        \"sheet\": \"Fichier d'import\"\n"
        + "      },\n"
        + "      \"code\": \"CLS-TEST-READING\"");
  }

  @Test
  void a_reading_with_an_error_gives_a_report_without_a_digest() {
    ValidationReport report = ContractValidator.standard()
        .validate(BROKEN, Report.of(List.of(reading(Severity.ERROR))), UnaryOperator.identity());

    assertThat(report.isValid()).isFalse();
    assertThat(report.digest()).isEmpty();
    assertThat(report.findings()).contains(reading(Severity.ERROR));
  }

  @Test
  void a_source_that_gave_no_contract_has_its_findings_alone_and_no_digest() {
    Report reading = Report.of(List.of(reading(Severity.ERROR), reading(Severity.INFO).withPointer("")));

    ValidationReport report = ValidationReport.unread(reading);

    assertThat(report.findings()).isEqualTo(reading.findings());
    assertThat(report.isValid()).isFalse();
    assertThat(report.digest()).isEmpty();
    assertThat(report.contract()).isEmpty();
    assertThat(report.toJson(Locale.ENGLISH)).contains("\"reference\": \"Fichier d'import!D5\"")
        .doesNotContain("\"digest\"");
  }

  @Test
  void a_locate_that_returns_null_is_refused_by_name() {
    ContractValidator validator = ContractValidator.standard();
    assertThatThrownBy(() -> validator.validate(BROKEN, Report.of(List.of()), finding -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locate returned null");
  }
}
