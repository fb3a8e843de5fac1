package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.spreadsheet.PlanExport;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xlsx export of a big contract (10,000 fiches) runs in a small heap: a JVM of its own with {@value
 * #HEAP}, so that the rows are streamed and never held as a workbook.
 */
class TemplateXlsxWriterMemoryTest {

  static final String HEAP = "-Xmx160m";

  static final int FICHES = 10_000;

  /** A contract of {@code count} fiches with most columns filled, in 10 axes. */
  static Contract big(int count) {
    List<Axis> axes = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      List<ActionSheet> sheets = new ArrayList<>();
      for (int i = 0; i < count / 10; i++) {
        int n = a * (count / 10) + i + 1;
        sheets.add(ActionSheet.builder().id("fa-" + n).number(Integer.toString(n)).title("Fiche d’action n° " + n)
            .description("Descriptif de la fiche " + n + ", avec des virgules (et des parenthèses).")
            .status(SheetStatus.IN_PROGRESS).budget(EuroAmount.ofEuros(1000L + n))
            .schedule(Period.between(PartialDate.of(2025, 1, 1), PartialDate.of(2027, 12, 31)))
            .generalObjective("Objectif " + n).addPilotServices("Service santé").build());
      }
      axes.add(Axis.builder().id("axe-" + (a + 1)).number(Integer.toString(a + 1)).title("Axe " + (a + 1))
          .actionSheets(sheets).build());
    }
    return Contract.builder().id("cls-big").leadArs(Region.BRETAGNE).territory(Territory.builder().build())
        .axes(axes).build();
  }

  /**
   * Writes the big contract's xlsx to the file named by the first argument.
   *
   * @param args the file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Contract contract = big(FICHES);
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      PlanExport.standard().write(contract, SpreadsheetFormat.XLSX, out);
    }
    System.out.println("written");
  }

  @Test
  void ten_thousand_fiches_export_to_xlsx_in_a_small_heap(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("big.xlsx");
    String classpath = String.join(File.pathSeparator, Path.of("target", "test-classes").toAbsolutePath().toString(),
        System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
    Path log = directory.resolve("log.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-Dlog4j2.statusLoggerLevel=OFF", "-cp", classpath, TemplateXlsxWriterMemoryTest.class.getName(),
        file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("written").doesNotContain("OutOfMemoryError");
    // Read back as the import reads it: POI's usermodel (TestGrids) refuses this file on JDK 25, whose XML
    // parser limits the text of entity references per document (the JSON pieces' many &quot;), while the
    // import's event reader does not build the sheet as XmlBeans objects.
    Problems problems = new Problems();
    WorkbookRead read = WorkbookFiles.read(file, SpreadsheetFormat.XLSX, ReadLimits.STANDARD, problems);
    assertThat(problems.findings()).isEmpty();
    Grid grid = read.workbook().orElseThrow();
    GridSheet plan = grid.sheet(PlanRows.SHEET).orElseThrow();
    assertThat(plan.lastRow()).isEqualTo(PlanRows.HEADER_ROWS + FICHES);
    assertThat(plan.cell(PlanRows.HEADER_ROWS + FICHES, PlanRows.TITLE).orElseThrow().text())
        .isEqualTo(FICHES + ". Fiche d’action n° " + FICHES);
    assertThat(ComplementSheet.read(grid).contract()).contains(big(FICHES));
  }
}
