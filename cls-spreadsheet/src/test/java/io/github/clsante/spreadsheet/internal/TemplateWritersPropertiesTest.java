package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import org.junit.jupiter.api.Test;

/**
 * For generated contracts of 0 to 200 fiches ({@link TemplateChecks#LARGE_PLANS}), in xlsx and ods: the
 * template's sheets and header rows are kept, the plan's cells are {@link PlanRows}' and the complement
 * sheet gives the contract back; unedited rows merge into the complement itself.
 */
class TemplateWritersPropertiesTest {

  @Test
  void every_generated_contract_exports_exactly_in_xlsx() {
    qt().withFixedSeed(14L).withExamples(25).forAll(longs().all())
        .checkAssert(seed -> TemplateChecks.roundTrip(TemplateChecks.LARGE_PLANS.sample(seed), SpreadsheetFormat.XLSX));
  }

  @Test
  void every_generated_contract_exports_exactly_in_ods() {
    qt().withFixedSeed(15L).withExamples(25).forAll(longs().all())
        .checkAssert(seed -> TemplateChecks.roundTrip(TemplateChecks.LARGE_PLANS.sample(seed), SpreadsheetFormat.ODS));
  }

  @Test
  void unedited_rows_of_every_generated_contract_merge_into_it() {
    qt().withFixedSeed(16L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = TemplateChecks.LARGE_PLANS.sample(seed);
      assertThat(ComplementSheet.merge(ComplementSheetMergeTest.asImported(contract), contract)).isEqualTo(contract);
    });
  }
}
