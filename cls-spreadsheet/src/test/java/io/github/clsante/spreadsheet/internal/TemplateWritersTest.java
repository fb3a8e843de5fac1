package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.testing.Contracts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The xlsx and ods writers on the seed contracts and on handmade ones. */
class TemplateWritersTest {

  static final List<String> SEEDS = io.github.clsante.testing.Seeds.names();

  static Contract seed(String name) throws IOException {
    byte[] json = Files.readAllBytes(Path.of("../cls-examples/src/main/resources/contracts", name + ".json"));
    return ContractJson.reader().read(json).contract().orElseThrow();
  }

  static List<Object[]> seedsAndFormats() {
    return SEEDS.stream().flatMap(name -> java.util.Arrays.stream(SpreadsheetFormat.values())
        .map(format -> new Object[] {name, format})).collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("seedsAndFormats")
  void a_seed_contract_exports_with_the_template_its_rows_and_its_complement(String name, SpreadsheetFormat format)
      throws IOException {
    Contract contract = seed(name);

    TemplateChecks.roundTrip(contract, format);
  }

  @Test
  void agglopolys_writes_one_row_per_fiche_in_the_contracts_order() throws IOException {
    Contract contract = seed("agglopolys");
    Grid grid = TemplateChecks.roundTrip(contract, SpreadsheetFormat.XLSX);

    GridSheet plan = grid.sheet(PlanRows.SHEET).orElseThrow();
    assertThat(plan.lastRow()).isEqualTo(PlanRows.HEADER_ROWS + contract.allActionSheets().size());
    for (int i = 0; i < contract.allActionSheets().size(); i++) {
      assertThat(plan.cell(PlanRows.FIRST_DATA_ROW + i, PlanRows.TITLE).orElseThrow().text())
          .isEqualTo(PlanRows.titleText(contract.allActionSheets().get(i)));
    }
  }

  @ParameterizedTest
  @EnumSource(SpreadsheetFormat.class)
  void generated_contracts_with_odd_text_export_exactly(SpreadsheetFormat format) {
    for (long seed = 1; seed <= 12; seed++) {
      TemplateChecks.roundTrip(TemplateChecks.PLANS.sample(seed), format);
    }
  }

  @Test
  void the_example_row_is_removed_and_the_dropdowns_and_validations_reach_the_last_row() throws IOException {
    Contract contract = Contracts.valid().withoutSheets().sample(3).withActionSheets(
        java.util.stream.IntStream.rangeClosed(1, 250).mapToObj(i -> io.github.clsante.model.ActionSheet.builder()
            .id("fa-" + i).title("Fiche " + i).build()).collect(Collectors.toList()));
    byte[] file = TemplateChecks.export(contract, SpreadsheetFormat.XLSX);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet plan = workbook.getSheet(PlanRows.SHEET);
      assertThat(plan.getCellComments()).isEmpty();
      assertThat(plan.getRow(4).getCell(PlanRows.TITLE - 1).getStringCellValue()).isEqualTo("Fiche 1");
      assertThat(plan.getLastRowNum()).isEqualTo(253);
      String xml = plan.getCTWorksheet().xmlText();
      assertThat(xml).contains("'Listes déroulantes'!$C$2:$C$8</xm:f>", "Y5:Y254</xm:sqref>", "Z5:Z254</xm:sqref>",
          "P5:P254</xm:sqref>");
      assertThat(plan.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddresses()[0].formatAsString())
          .contains("S5:S254", "AC5:AC254", "AA5:AB254");
      assertThat(plan.getDataValidations()).filteredOn(v -> v.getValidationConstraint().getExplicitListValues() != null)
          .singleElement().satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
              .containsExactly(PlanRows.TRUE, PlanRows.FALSE));
      assertThat(plan.getTables()).singleElement().satisfies(t -> assertThat(t.getCTTable().getRef())
          .isEqualTo("A5:AG254"));
    }
  }

  @Test
  void a_small_plan_keeps_the_templates_styled_rows_and_ranges_to_row_199() throws IOException {
    Contract contract = Contracts.valid().withoutSheets().sample(5).withActionSheets(
        io.github.clsante.model.ActionSheet.builder().id("fa-1").title("Seule fiche").build());
    byte[] file = TemplateChecks.export(contract, SpreadsheetFormat.XLSX);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet plan = workbook.getSheet(PlanRows.SHEET);
      assertThat(plan.getLastRowNum()).isEqualTo(198);
      XSSFWorkbook template = TemplateXlsxWriter.open();
      assertThat(plan.getRow(150).getCell(PlanRows.START - 1).getCellStyle().getIndex())
          .isEqualTo(template.getSheet(PlanRows.SHEET).getRow(6).getCell(PlanRows.START - 1).getCellStyle().getIndex());
      assertThat(plan.getRow(4).getCell(PlanRows.START - 1).getCellStyle().getDataFormatString()).isEqualTo("m/d/yy");
      assertThat(plan.getCTWorksheet().xmlText()).contains("Y5:Y199</xm:sqref>");
      template.close();
    }
  }
}
