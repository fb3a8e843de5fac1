package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-workbook corpus: each file a case of a bad input, generated here (binaries are awkward to
 * commit and easier to read as code), each with its exact findings.
 */
class BrokenWorkbookTest {

  private static final String PLAN = "Fichier dimport";

  @TempDir
  Path dir;

  private static Finding only(PlanImportResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  private static List<Finding> without(PlanImportResult result, String... codes) {
    List<String> left = Arrays.asList(codes);
    return result.report().findings().stream().filter(f -> !left.contains(f.code())).collect(Collectors.toList());
  }

  private static void fileProblem(PlanImportResult result, String code, Map<String, String> params) {
    assertThat(result.contract()).isEmpty();
    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo(code);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.pointer()).isEmpty();
    assertThat(finding.cell()).isEmpty();
    assertThat(finding.params()).isEqualTo(params);
    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isNotEqualTo(code);
  }

  @Test
  void random_bytes_are_not_a_spreadsheet() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(14).nextBytes(bytes);
    bytes[0] = 0x01;
    Path file = Files.write(dir.resolve("random.xlsx"), bytes);
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-NOT-A-SPREADSHEET", Map.of("found", "unknown"));
  }

  @Test
  void a_json_file_renamed_xlsx_is_recognised() throws Exception {
    Path file = Files.writeString(dir.resolve("contrat.xlsx"), "\n  {\"formatVersion\": \"1.1\", \"id\": \"cls-1\"}");
    PlanImportResult result = PlanImport.standard().read(file);
    fileProblem(result, "CLS-SPREADSHEET-NOT-A-SPREADSHEET", Map.of("found", "json"));
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH))
        .isEqualTo("Ce fichier n’est pas un classeur xlsx ni ods\u202f: il ressemble à un contrat au format JSON "
            + "(utilisez «\u00a0cls validate\u00a0» pour un tel fichier).");
  }

  @Test
  void a_csv_is_text() throws Exception {
    Path file = Files.writeString(dir.resolve("plan.xlsx"), "Axe (x);Titre\n1;Fiche\n");
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-NOT-A-SPREADSHEET", Map.of("found", "text"));
  }

  @Test
  void an_empty_file() throws Exception {
    Path file = Files.write(dir.resolve("vide.xlsx"), new byte[0]);
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-EMPTY-FILE", Map.of());
    fileProblem(PlanImport.standard().read(new byte[0], SpreadsheetFormat.ODS, "vide.ods"), "CLS-SPREADSHEET-EMPTY-FILE",
        Map.of());
  }

  @Test
  void a_missing_file() {
    PlanImportResult result = PlanImport.standard().read(dir.resolve("absent.xlsx"));
    assertThat(only(result).code()).isEqualTo("CLS-SPREADSHEET-IO-ERROR");
    assertThat(only(result).params()).containsEntry("problem", "not-found");
  }

  @Test
  void a_truncated_zip_is_corrupt() throws Exception {
    byte[] plan = Files.readAllBytes(PlanImportTest.TET.resolve("complex_plan.xlsx"));
    Path file = Files.write(dir.resolve("coupé.xlsx"), Arrays.copyOf(plan, plan.length / 2));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(result.contract()).isEmpty();
    assertThat(only(result).code()).isEqualTo("CLS-SPREADSHEET-CORRUPT");
    assertThat(only(result).params()).containsOnlyKeys("detail");
  }

  @Test
  void a_zip_that_is_no_workbook() throws Exception {
    Path file = Workbooks.rezip(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("x.zip"),
        Map.of());
    Path other = dir.resolve("archive.xlsx");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
      out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(file).exists();
    fileProblem(PlanImport.standard().read(other), "CLS-SPREADSHEET-NOT-A-SPREADSHEET", Map.of("found", "zip"));
  }

  @Test
  void a_password_protected_workbook() throws Exception {
    Path file = dir.resolve("protégé.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-ENCRYPTED", Map.of());
  }

  @Test
  void an_old_xls_workbook() throws Exception {
    Path file = dir.resolve("ancien.xlsx");
    try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Fichier dimport").createRow(1).createCell(0).setCellValue("Axe (x)");
      workbook.write(out);
    }
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-OLD-EXCEL", Map.of());
  }

  @Test
  void a_zip_bomb_is_refused_without_expanding_it() throws Exception {
    // 64 MiB of spaces in the sheet compress to about 64 KiB: a thousand to one.
    byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[64 << 20];
    Arrays.fill(bomb, (byte) ' ');
    System.arraycopy(head, 0, bomb, 0, head.length);
    Path file = Workbooks.rezip(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("bombe.xlsx"),
        Map.of("xl/worksheets/sheet1.xml", bomb));
    assertThat(Files.size(file)).isLessThan(1 << 20);
    long start = System.nanoTime();
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    assertThat(result.contract()).isEmpty();
    assertThat(only(result).code()).isEqualTo("CLS-SPREADSHEET-TOO-LARGE");
    assertThat(only(result).params()).containsEntry("problem", "expanded");
  }

  @Test
  void a_file_over_the_size_limit() throws Exception {
    PlanImport small = PlanImport.builder().maxFileBytes(1000).build();
    fileProblem(small.read(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx")), "CLS-SPREADSHEET-TOO-LARGE",
        Map.of("problem", "file", "limit", "1000"));
    byte[] bytes = Files.readAllBytes(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"));
    fileProblem(small.read(bytes, SpreadsheetFormat.XLSX, "plan.xlsx"), "CLS-SPREADSHEET-TOO-LARGE",
        Map.of("problem", "file", "limit", "1000"));
  }

  @Test
  void rows_beyond_the_limit_are_not_read() throws Exception {
    PlanImportResult result = PlanImport.builder().maxRows(5).build()
        .read(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"));
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-TOO-MANY-ROWS"))
        .extracting(Finding::severity, f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple(Severity.ERROR, "Plan!A6", Map.of("limit", "5")));
    assertThat(result.contract().orElseThrow().allActionSheets()).extracting(ActionSheet::title)
        .containsExactly("Action normale", "Action 1");
  }

  @Test
  void macros_are_ignored_and_reported() throws Exception {
    Path source = PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx");
    String types;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.toFile())) {
      types = new String(Workbooks.read(zip.getInputStream(zip.getEntry("[Content_Types].xml"))), StandardCharsets.UTF_8);
    }
    types = types.replaceFirst("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ");
    Path file = Workbooks.rezip(source, dir.resolve("macros.xlsm"), Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3},
        "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-MACROS-IGNORED"))
        .extracting(Finding::severity, Finding::pointer).containsExactly(tuple(Severity.INFO, ""));
    // .xlsm is no name of a spreadsheet format: read as xlsx, which it is.
    assertThat(result.contract().orElseThrow().allActionSheets()).hasSize(4);
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-FORMAT-MISMATCH")).isEmpty();
  }

  @Test
  void a_workbook_without_a_plan() throws Exception {
    Path file = dir.resolve("autre.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Ligne");
      workbook.createSheet("Notes");
      workbook.write(out);
    }
    fileProblem(PlanImport.standard().read(file), "CLS-SPREADSHEET-NO-PLAN-SHEET", Map.of("sheets", "Budget, Notes"));
  }

  @Test
  void shifted_columns_are_read_by_their_headers() throws Exception {
    Path file = Workbooks.plan(dir.resolve("décalé.xlsx"), 1, null,
        Map.of("A", "1. Axe", "D", "1. Fiche", "Y", "En cours", "X", 1500));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(without(result, "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::code, Finding::severity, f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple("CLS-SPREADSHEET-HEADER-SHIFTED", Severity.WARNING, PLAN + "!B2",
            Map.of("expected", "A2", "found", "B2")));
    ActionSheet fiche = result.contract().orElseThrow().axes().get(0).actionSheets().get(0);
    assertThat(fiche.title()).isEqualTo("Fiche");
    assertThat(fiche.status()).contains(SheetStatus.IN_PROGRESS);
    assertThat(fiche.budget()).contains(EuroAmount.ofEuros(1500));
    assertThat(result.cellOf("/axes/0/actionSheets/0/budget").orElseThrow().reference()).isEqualTo(PLAN + "!Y3");
  }

  @Test
  void values_of_the_lists_normalised_or_unknown() throws Exception {
    Path file = Workbooks.plan(dir.resolve("listes.xlsx"), 0, null,
        Map.of("D", "Fiche 1", "Y", "Bloqué  ", "Z", "élevée", "P", "co construction", "AC", "oui"),
        Map.of("D", "Fiche 2", "Y", "A discuter", "Z", "Urgent", "P", "Beaucoup", "AC", "peut-être"),
        Map.of("D", "Fiche 3", "Y", "Terminé", "Z", "Élevé", "AC", "FAUX"));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(without(result, "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactly(
            tuple("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO, "/actionSheets/0/citizenParticipation", PLAN + "!P3",
                Map.of("value", "co construction", "readAs", "Co-construction", "column", "Participation Citoyenne")),
            tuple("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO, "/actionSheets/0/priority", PLAN + "!Z3",
                Map.of("value", "élevée", "readAs", "Élevé", "column", "Niveau de priorité")),
            tuple("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO, "/actionSheets/0/recurring", PLAN + "!AC3",
                Map.of("value", "oui", "readAs", "VRAI", "column", "Action en amélioration continue")),
            tuple("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO, "/actionSheets/0/status", PLAN + "!Y3",
                Map.of("value", "Bloqué  ", "readAs", "Bloqué", "column", "Statut")),
            tuple("CLS-SPREADSHEET-UNKNOWN-VALUE", Severity.WARNING, "/actionSheets/1/citizenParticipation", PLAN + "!P4",
                Map.of("value", "Beaucoup", "column", "Participation Citoyenne", "allowed",
                    "Pas de participation citoyenne, Information, Consultation, Concertation, Co-construction")),
            tuple("CLS-SPREADSHEET-UNKNOWN-VALUE", Severity.WARNING, "/actionSheets/1/priority", PLAN + "!Z4",
                Map.of("value", "Urgent", "column", "Niveau de priorité", "allowed", "Élevé, Moyen, Bas")),
            tuple("CLS-SPREADSHEET-UNKNOWN-VALUE", Severity.WARNING, "/actionSheets/1/recurring", PLAN + "!AC4",
                Map.of("value", "peut-être", "column", "Action en amélioration continue", "allowed", "VRAI, FAUX")),
            tuple("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO, "/actionSheets/1/status", PLAN + "!Y4",
                Map.of("value", "A discuter", "readAs", "À discuter", "column", "Statut")),
            tuple("CLS-SPREADSHEET-UNKNOWN-VALUE", Severity.WARNING, "/actionSheets/2/status", PLAN + "!Y5",
                Map.of("value", "Terminé", "column", "Statut", "allowed",
                    "À venir, À discuter, En cours, Réalisé, En retard, En pause, Bloqué, Abandonné")));
    List<ActionSheet> sheets = result.contract().orElseThrow().actionSheets();
    assertThat(sheets.get(0).status()).contains(SheetStatus.BLOCKED);
    assertThat(sheets.get(0).recurring()).contains(true);
    assertThat(sheets.get(1).status()).contains(SheetStatus.TO_DISCUSS);
    assertThat(sheets.get(1).priority()).isEmpty();
    assertThat(sheets.get(2).status()).isEmpty();
    assertThat(sheets.get(2).recurring()).contains(false);
    assertThat(FindingMessages.message(result.report().findingsWithCode("CLS-SPREADSHEET-VALUE-NORMALISED").get(3),
        Locale.FRENCH)).isEqualTo("«\u00a0Bloqué  \u00a0» est lu comme «\u00a0Bloqué\u00a0» (colonne «\u00a0Statut\u00a0»).");
  }

  @Test
  void amounts_and_dates_that_cannot_be_read() throws Exception {
    Path file = Workbooks.plan(dir.resolve("montants.xlsx"), 0, null,
        Map.of("D", "Fiche 1", "X", "environ 2000", "S", "12 000,50 €", "AA", "mi-2024", "AB", "31/02/2025"),
        Map.of("D", "Fiche 2", "X", 1234.567, "AA", "15/03/2026", "AB", "2027-06-30"));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(without(result, "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactly(
            tuple("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING, "/actionSheets/0/budget", PLAN + "!X3",
                Map.of("value", "environ 2000")),
            tuple("CLS-SPREADSHEET-AMOUNT-AS-TEXT", Severity.INFO, "/actionSheets/0/fundings/0/amount", PLAN + "!S3",
                Map.of("value", "12 000,50 €", "amount", "12000.5")),
            tuple("CLS-SPREADSHEET-INVALID-DATE", Severity.WARNING, "/actionSheets/0/schedule/end", PLAN + "!AB3",
                Map.of("value", "31/02/2025", "problem", "not-in-calendar")),
            tuple("CLS-SPREADSHEET-INVALID-DATE", Severity.WARNING, "/actionSheets/0/schedule/start", PLAN + "!AA3",
                Map.of("value", "mi-2024")),
            tuple("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING, "/actionSheets/1/budget", PLAN + "!X4",
                Map.of("problem", "decimals", "value", "1234.567", "amount", "1234.57")));
    List<ActionSheet> sheets = result.contract().orElseThrow().actionSheets();
    assertThat(sheets.get(0).budget()).isEmpty();
    assertThat(sheets.get(0).fundings()).singleElement().satisfies(f -> {
      assertThat(f.amount()).contains(EuroAmount.ofCents(1_200_050));
      assertThat(f.financer()).isEmpty();
    });
    assertThat(sheets.get(0).schedule()).isEmpty();
    assertThat(sheets.get(1).budget()).contains(EuroAmount.ofCents(123_457));
    assertThat(sheets.get(1).schedule().orElseThrow().start().orElseThrow().toString()).isEqualTo("2026-03-15");
    assertThat(sheets.get(1).schedule().orElseThrow().end().orElseThrow().toString()).isEqualTo("2027-06-30");
  }

  @Test
  void rows_without_title_sub_actions_without_fiche_and_unknown_columns() throws Exception {
    Path file = Workbooks.plan(dir.resolve("lignes.xlsx"), 0, sheet -> {
      sheet.getRow(1).createCell(29).setCellValue("Budget réel");
      sheet.getRow(2).createCell(29).setCellValue("800");
      sheet.getRow(2).createCell(31).setCellValue("valeur orpheline");
    },
        Map.of("A", "1. Axe", "D", "1.1. Fiche", "F", "Descriptif"),
        Map.of("A", "1. Axe", "F", "Un descriptif sans fiche", "Y", "En cours"),
        Map.of("A", "1. Axe", "E", "Sous-action sans fiche"),
        Map.of("A", "1. Axe", "D", "2. Autre", "E", "Sous-action d’avance"),
        Map.of("C", "Sous-sous-axe sans axe", "D", "Fiche hors axe"));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(without(result, "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactlyInAnyOrder(
            tuple("CLS-SPREADSHEET-UNKNOWN-COLUMN", Severity.INFO, "", PLAN + "!AD2",
                Map.of("header", "Budget réel", "extension", "tet:Budget réel")),
            tuple("CLS-SPREADSHEET-UNNAMED-COLUMN", Severity.WARNING, "/axes/0/actionSheets/0/extensions/tet:AF", PLAN + "!AF3",
                Map.of("column", "AF", "extension", "tet:AF")),
            tuple("CLS-SPREADSHEET-EMPTY-TITLE", Severity.ERROR, "/axes/0/actionSheets/1/title", PLAN + "!D4", Map.of()),
            tuple("CLS-SPREADSHEET-SUB-ACTION-WITHOUT-FICHE", Severity.WARNING, "/axes/0/actionSheets/2", PLAN + "!E5",
                Map.of("problem", "no-title", "subAction", "Sous-action sans fiche")),
            tuple("CLS-SPREADSHEET-SUB-ACTION-WITHOUT-FICHE", Severity.WARNING, "/axes/0/actionSheets/3", PLAN + "!E6",
                Map.of("problem", "no-fiche-row", "subAction", "Sous-action d’avance")),
            tuple("CLS-SPREADSHEET-AXIS-MISSING", Severity.WARNING, "", PLAN + "!C7",
                Map.of("title", "Sous-sous-axe sans axe")));
    Contract contract = result.contract().orElseThrow();
    List<ActionSheet> sheets = contract.axes().get(0).actionSheets();
    assertThat(sheets).extracting(ActionSheet::title).containsExactly("Fiche", "", "Sous-action sans fiche", "Autre");
    assertThat(sheets.get(0).extensions()).containsEntry("tet:Budget réel", "\"800\"").containsEntry("tet:AF", "\"valeur orpheline\"");
    assertThat(sheets.get(1).status()).contains(SheetStatus.IN_PROGRESS);
    assertThat(sheets.get(3).subActions()).extracting(ActionSheet::title).containsExactly("Sous-action d’avance");
    assertThat(contract.actionSheets()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Fiche hors axe");
      assertThat(s.extensions()).containsEntry("tet:Sous-sous axe (x.x.x)", "\"Sous-sous-axe sans axe\"");
    });
  }

  @Test
  void formulas_are_read_from_their_cached_values_and_errors_are_reported() throws Exception {
    Path file = Workbooks.plan(dir.resolve("formules.xlsx"), 0, sheet -> {
      sheet.getRow(2).createCell(23).setCellFormula("1000+500");
      sheet.getRow(2).createCell(18).setCellErrorValue(FormulaError.NA.getCode());
      sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
    }, Map.of("D", "Fiche"));
    PlanImportResult result = PlanImport.standard().read(file);
    assertThat(without(result, "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactlyInAnyOrder(
            tuple("CLS-SPREADSHEET-FORMULA", Severity.INFO, "/actionSheets/0/budget", PLAN + "!X3",
                Map.of("formula", "1000+500", "value", "1500")),
            tuple("CLS-SPREADSHEET-ERROR-VALUE", Severity.WARNING, "/actionSheets/0", PLAN + "!S3", Map.of("value", "#N/A")));
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofEuros(1500));
  }

  @Test
  void an_ods_named_xlsx_is_read_as_ods() throws Exception {
    Path ods = OdsImportTest.toOds(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("p.ods"));
    Path renamed = Files.copy(ods, dir.resolve("plan.xlsx"));
    PlanImportResult result = PlanImport.standard().read(renamed);
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-FORMAT-MISMATCH"))
        .extracting(Finding::severity, Finding::params)
        .containsExactly(tuple(Severity.INFO, Map.of("named", "xlsx", "actual", "ods")));
    assertThat(result.contract().orElseThrow().allActionSheets()).hasSize(4);
  }

  @Test
  void an_ods_bomb_of_repeated_cells_is_refused() throws Exception {
    Path ods = OdsImportTest.toOds(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("p.ods"));
    byte[] content;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ods.toFile())) {
      content = Workbooks.read(zip.getInputStream(zip.getEntry("content.xml")));
    }
    String xml = new String(content, StandardCharsets.UTF_8).replaceFirst("</table:table>",
        "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell table:number-columns-repeated=\"1000\" "
            + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>");
    Path bomb = Workbooks.rezip(ods, dir.resolve("bombe.ods"), Map.of("content.xml", xml.getBytes(StandardCharsets.UTF_8)));
    PlanImportResult result = PlanImport.standard().read(bomb);
    assertThat(result.contract()).isEmpty();
    assertThat(only(result).code()).isEqualTo("CLS-SPREADSHEET-TOO-LARGE");
    assertThat(only(result).params()).isEqualTo(Map.of("problem", "cells", "limit", "3000000"));
  }
}
