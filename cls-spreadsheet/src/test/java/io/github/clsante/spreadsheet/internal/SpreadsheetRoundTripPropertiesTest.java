package io.github.clsante.spreadsheet.internal;

import static io.github.clsante.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.spreadsheet.PlanImportResult;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.testing.Choices;
import io.github.clsante.testing.Contracts;
import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * A valid contract (cls-testing's: every member the template holds and more, text with French
 * typography, emoji and right-to-left scripts) exported to a spreadsheet and imported back is the
 * contract its JSON file reads back to: the spreadsheet's round trip and the JSON's agree, without an
 * error or a finding on the complement sheet. Most contracts are small, some of dozens of fiches; one in
 * ten goes through xlsx, the others through ods (an xlsx export takes about ten times as long).
 */
class SpreadsheetRoundTripPropertiesTest {

  /** Small valid contracts mostly, and 3 in a hundred of up to about 60 fiches. */
  private static final Gen<Contract> CONTRACTS = in ->
      (Choices.of(in).between(0, 99) < 97 ? Contracts.valid() : TemplateChecks.PLANS).generate(in);

  @TestFactory
  DynamicTest the_spreadsheet_and_json_round_trips_agree() {
    Property<Pair<Contract, Integer>> property = Examples.of(1000).forAll(
        "spreadsheet (ods, one in ten xlsx) and JSON round trips agree",
        CONTRACTS.describedAs(ContractJson::toCanonicalString).zip(integers().between(0, 9), Pair::of));
    return dynamicTest(property.name(), () -> property.check(example -> {
      Contract contract = example._1;
      SpreadsheetFormat format = example._2 == 0 ? SpreadsheetFormat.XLSX : SpreadsheetFormat.ODS;
      Contract fromJson = ContractJson.reader().read(ContractJson.toCanonicalBytes(contract)).contract().orElseThrow();

      PlanImportResult fromSpreadsheet = RoundTripTest.reimport(contract, format);

      assertThat(fromSpreadsheet.contract()).as(format.toString()).contains(fromJson).contains(contract);
      assertThat(fromSpreadsheet.report()).as(format.toString()).hasNoErrors();
      assertThat(fromSpreadsheet.report().findings()).as(format.toString()).extracting(Finding::code)
          .noneMatch(code -> code.startsWith("CLS-SPREADSHEET-COMPLEMENT-"));
    }));
  }
}
