package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.spreadsheet.PlanExport;
import io.github.clsante.spreadsheet.PlanImport;
import io.github.clsante.spreadsheet.PlanImportResult;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export then import through the public API, the importer reading the complement sheet « Données CLS »:
 * an unedited export imports back to the contract exported, exactly, for the Territoires en Transitions
 * files once imported, the five seed contracts and generated ones, in xlsx and ods; an edited plan keeps
 * its edits and what the template cannot hold.
 */
class RoundTripTest {

  private static final List<String> TET_FILES = List.of("complex_plan.xlsx", "modele-import-pa.xlsx",
      "plan_sans_axes.xlsx", "plan_with_fiche_with_and_without_axe.xlsx", "plan_with_sous_actions_valid.xlsx");

  /** What a coordinator gives beside a plan: the contract's id, its lead ARS and its territory. */
  private static final PlanImport WITH_HEADER = PlanImport.builder().contractId("cls-test").leadArs(Region.CENTRE_VAL_DE_LOIRE)
      .territory(Territory.builder().name("Agglopolys").build()).build();

  static byte[] export(Contract contract, SpreadsheetFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanExport.standard().write(contract, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PlanImportResult reimport(Contract contract, SpreadsheetFormat format) {
    return PlanImport.standard().read(export(contract, format), format, "plan." + format.extension());
  }

  static List<Object[]> tetFilesAndFormats() {
    List<Object[]> cases = new ArrayList<>();
    for (String file : TET_FILES) {
      for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
        cases.add(new Object[] {file, format});
      }
    }
    return cases;
  }

  private static void assertExactRoundTrip(Contract contract, SpreadsheetFormat format) {
    PlanImportResult again = reimport(contract, format);
    assertThat(again.contract()).contains(contract);
    assertThat(again.report().findings()).as("findings of the re-import")
        .noneMatch(finding -> finding.severity() == Severity.ERROR)
        .noneMatch(finding -> finding.code().startsWith("CLS-SPREADSHEET-COMPLEMENT-"));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("tetFilesAndFormats")
  void a_plan_imported_then_exported_imports_back_to_the_same_contract(String file, SpreadsheetFormat format)
      throws IOException {
    Contract imported = WITH_HEADER.read(Path.of("src/test/resources/tet", file)).contract().orElseThrow();

    assertExactRoundTrip(imported, format);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SpreadsheetFormat.class)
  void a_plan_imported_without_header_still_round_trips(SpreadsheetFormat format) {
    Contract imported = PlanImport.standard().read(Path.of("src/test/resources/tet/complex_plan.xlsx"))
        .contract().orElseThrow();

    assertExactRoundTrip(imported, format);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("io.github.clsante.spreadsheet.internal.TemplateWritersTest#seedsAndFormats")
  void each_seed_contract_round_trips_exactly(String name, SpreadsheetFormat format) throws IOException {
    assertExactRoundTrip(TemplateWritersTest.seed(name), format);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SpreadsheetFormat.class)
  void generated_contracts_round_trip_exactly(SpreadsheetFormat format) {
    long seed = Long.getLong("cls.seed", 8785L);
    for (long i = 0; i < 20; i++) {
      Contract contract = TemplateChecks.PLANS.sample(seed + i);
      PlanImportResult again = reimport(contract, format);
      assertThat(again.contract()).as("generated contract of seed %d", seed + i).contains(contract);
    }
  }

  @Test
  void an_edited_plan_keeps_its_edits_and_what_the_template_cannot_hold() throws IOException {
    Contract agglopolys = TemplateWritersTest.seed("agglopolys");
    ActionSheet second = agglopolys.allActionSheets().get(1);
    byte[] exported = export(agglopolys, SpreadsheetFormat.XLSX);
    byte[] edited;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      Sheet plan = workbook.getSheet(PlanRows.SHEET);
      Row row = null;
      int index = -1;
      for (int r = PlanRows.FIRST_DATA_ROW - 1; r <= plan.getLastRowNum() && index < 0; r++) {
        Row candidate = plan.getRow(r);
        if (candidate != null && candidate.getCell(PlanRows.TITLE - 1) != null
            && candidate.getCell(PlanRows.TITLE - 1).getStringCellValue().equals(PlanRows.titleText(second))) {
          index = r;
          row = candidate;
        }
      }
      assertThat(index).as("the second fiche's row").isNotNegative();
      // The export writes inline strings, which POI does not rewrite in place: a new cell replaces it.
      row.removeCell(row.getCell(PlanRows.TITLE - 1));
      row.createCell(PlanRows.TITLE - 1).setCellValue(PlanRows.titleText(second) + " (révisée)");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      edited = out.toByteArray();
    }

    PlanImportResult result = PlanImport.standard().read(edited, SpreadsheetFormat.XLSX, "plan.xlsx");
    Contract merged = result.contract().orElseThrow();
    assertThat(result.report().findings()).extracting(Finding::code).contains(ComplementSheet.EDITED)
        .doesNotContain("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
    Finding edits = result.report().findings().stream().filter(f -> f.code().equals(ComplementSheet.EDITED))
        .findFirst().orElseThrow();
    assertThat(edits.severity()).isEqualTo(Severity.INFO);
    assertThat(edits.cell().orElseThrow().reference()).isEqualTo("Données CLS!A1");
    assertThat(io.github.clsante.model.report.FindingMessages.message(edits, java.util.Locale.FRENCH))
        .startsWith("Le plan a été modifié depuis son export\u202f: ses lignes ont été reprises telles qu’elles sont");
    assertThat(io.github.clsante.model.report.FindingMessages.message(edits, java.util.Locale.ENGLISH))
        .startsWith("The plan was edited since its export: its rows were read as they are");
    assertThat(merged.id()).isEqualTo(agglopolys.id());
    assertThat(merged.signatories()).isEqualTo(agglopolys.signatories());
    ActionSheet revised = merged.allActionSheets().get(1);
    assertThat(revised.title()).isEqualTo(second.title() + " (révisée)");
    assertThat(revised.indicators()).isEqualTo(second.indicators());
    assertThat(merged.allActionSheets().stream().map(ActionSheet::title).collect(Collectors.toList()))
        .hasSameSizeAs(agglopolys.allActionSheets());
  }

  @Test
  void the_exported_xlsx_has_the_templates_header_rows_cell_for_cell() throws IOException {
    byte[] exported = export(TemplateWritersTest.seed("chartres"), SpreadsheetFormat.XLSX);
    byte[] template = Files.readAllBytes(Path.of("src/test/resources/tet/modele-import-pa.xlsx"));
    try (Workbook written = new XSSFWorkbook(new ByteArrayInputStream(exported));
        Workbook original = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet a = written.getSheet(PlanRows.SHEET);
      Sheet b = original.getSheet(PlanRows.SHEET);
      for (int r = 0; r < PlanRows.HEADER_ROWS; r++) {
        Row wr = a.getRow(r);
        Row or = b.getRow(r);
        for (int c = 0; c < or.getLastCellNum(); c++) {
          String expected = or.getCell(c) == null ? "" : or.getCell(c).toString();
          String actual = wr.getCell(c) == null ? "" : wr.getCell(c).toString();
          assertThat(actual).as("row %d, column %d", r + 1, c + 1).isEqualTo(expected);
        }
      }
    }
  }
}
