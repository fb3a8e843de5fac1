package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in its own JVM with a 128 MB heap (the Surefire execution {@code small-heap} of this module's pom;
 * its name does not end in {@code Test}, so the default execution leaves it out): a 100,000-row plan
 * written with POI's SXSSF imports without running out of memory, and a normal import prints nothing on
 * the standard error stream (POI's first use in this JVM is the import's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargePlanHeapCheck {

  @TempDir
  static Path dir;

  @Test
  @Order(1)
  void a_normal_import_prints_nothing_on_stderr() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      PlanImportResult result = PlanImport.standard().read(PlanImportTest.TET.resolve("complex_plan.xlsx"));
      assertThat(result.contract()).isPresent();
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  @Order(2)
  void a_plan_of_100000_rows_imports_in_a_128_mb_heap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(130L << 20);
    Path file = dir.resolve("grand-plan.xlsx");
    String[] statuses = {"À venir", "En cours", "Réalisé", "En retard", "En pause"};
    String[] priorities = {"Élevé", "Moyen", "Bas"};
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      workbook.setCompressTempFiles(true);
      Sheet sheet = workbook.createSheet("Fichier dimport");
      Row header = sheet.createRow(1);
      for (int i = 0; i < Workbooks.HEADERS.length; i++) {
        header.createCell(i).setCellValue(Workbooks.HEADERS[i]);
      }
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int n = 1; n <= 100_000; n++) {
        Row row = sheet.createRow(n + 1);
        row.createCell(0).setCellValue((n % 5 + 1) + ". Axe " + (n % 5 + 1));
        row.createCell(1).setCellValue((n % 5 + 1) + "." + (n % 20 + 1) + ". Sous-axe");
        row.createCell(3).setCellValue(n + ". Fiche action numéro " + n);
        row.createCell(5).setCellValue("Descriptif de la fiche " + n + " : actions de prévention et de promotion de la santé");
        row.createCell(9).setCellValue("Structure " + (n % 40) + ", Contrat Local de Santé");
        row.createCell(17).setCellValue("Financeur " + (n % 25));
        row.createCell(18).setCellValue(1000 + n);
        row.createCell(24).setCellValue(statuses[n % statuses.length]);
        row.createCell(25).setCellValue(priorities[n % priorities.length]);
        org.apache.poi.ss.usermodel.Cell start = row.createCell(26);
        start.setCellValue(45_000 + n % 3000);
        start.setCellStyle(date);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    long size = Files.size(file);
    assertThat(size).isBetween(3L << 20, 12L << 20);
    System.gc();
    long started = System.nanoTime();
    PlanImportResult result = PlanImport.standard().read(file);
    long millis = (System.nanoTime() - started) / 1_000_000;
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.allActionSheets()).hasSize(100_000);
    assertThat(contract.axes()).hasSize(5);
    assertThat(contract.allActionSheets().get(99_999).title()).isEqualTo("Fiche action numéro 100000");
    assertThat(result.report().findings()).extracting(f -> f.code())
        .containsOnly("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
    assertThat(result.cellOf("/axes/0/objectives/0/actionSheets/0/status")).isPresent();
    System.out.println("100,000 rows, " + size + " bytes, imported in " + millis + " ms with a heap of at most "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }

  @Test
  @Order(3)
  void the_same_plan_read_from_memory_imports_in_a_128_mb_heap_and_writes_no_file() throws Exception {
    byte[] bytes = Files.readAllBytes(dir.resolve("grand-plan.xlsx"));
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    long before = temporaryPlans(temporary);
    System.gc();
    PlanImportResult result = PlanImport.standard().read(bytes, SpreadsheetFormat.XLSX, "grand-plan.xlsx");
    assertThat(result.contract().orElseThrow().allActionSheets()).hasSize(100_000);
    assertThat(result.report().findings()).extracting(f -> f.code())
        .containsOnly("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
    assertThat(temporaryPlans(temporary)).isEqualTo(before);
  }

  @Test
  @Order(4)
  void a_zip_bomb_read_from_memory_is_refused_with_its_finding() throws Exception {
    // 16 MiB of spaces in the sheet compress to about 16 KiB: a thousand to one, past POI's ratio.
    byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[16 << 20];
    java.util.Arrays.fill(bomb, (byte) ' ');
    System.arraycopy(head, 0, bomb, 0, head.length);
    Path file = Workbooks.rezip(PlanImportTest.TET.resolve("plan_with_sous_actions_valid.xlsx"), dir.resolve("bombe.xlsx"),
        java.util.Map.of("xl/worksheets/sheet1.xml", bomb));
    bomb = null;
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).isLessThan(1 << 20);
    PlanImportResult result = PlanImport.standard().read(new java.io.ByteArrayInputStream(bytes), SpreadsheetFormat.XLSX,
        "bombe.xlsx");
    assertThat(result.contract()).isEmpty();
    assertThat(result.report().findings()).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("CLS-SPREADSHEET-TOO-LARGE");
      assertThat(finding.params()).containsEntry("problem", "expanded");
    });
  }

  /** How many files the former temporary copy would have left in the temporary directory. */
  private static long temporaryPlans(Path directory) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().startsWith("cls-plan-")).count();
    }
  }
}
