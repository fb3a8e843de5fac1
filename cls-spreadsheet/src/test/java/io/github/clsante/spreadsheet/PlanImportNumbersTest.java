package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers that no spreadsheet cell holds (cells hold doubles), written into a workbook's XML: each is
 * read as the text the file writes and reported on its cell, never an exception. {@code 1E+999999999}
 * in a 2 KB workbook made the import run out of memory (its plain form has a billion digits), which
 * PlanImportFuzzTest's saved input {@code worksheet/huge-exponent} also replays.
 */
class PlanImportNumbersTest {

  private static final String PLAN = "Fichier dimport";

  static {
    // The test's own use of POI, before any import: the same quiet logging as the import's.
    io.github.clsante.spreadsheet.internal.QuietLogging.ensure();
  }

  @TempDir
  Path dir;

  /** A plan of one fiche whose budget (X3) and first funding's amount (S3) hold these numbers, as the XML writes them. */
  private Path xlsx(String budget, String amount) throws IOException {
    Path written = Workbooks.plan(dir.resolve("plan.xlsx"), 0, null,
        Map.of("D", "Fiche 1", "R", "ARS", "S", 222.0, "X", 111.0));
    String sheet = entry(written, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("<v>111.0</v>", "<v>222.0</v>");
    String changed = sheet.replace("<v>111.0</v>", "<v>" + budget + "</v>").replace("<v>222.0</v>", "<v>" + amount + "</v>");
    return Workbooks.rezip(written, dir.resolve("numbers.xlsx"),
        Map.of("xl/worksheets/sheet1.xml", changed.getBytes(StandardCharsets.UTF_8)));
  }

  private static String entry(Path zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name + " in " + zip);
  }

  private static List<Finding> amountFindings(PlanImportResult result) {
    return result.report().findings().stream().filter(f -> f.code().equals("CLS-SPREADSHEET-INVALID-AMOUNT"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "1e-999999999", "-1E+2147483647", "1e400", "1e-400", "1e-2147483648"})
  void a_number_beyond_a_double_is_the_text_the_file_writes_reported_on_its_cell(String number) throws Exception {
    PlanImportResult result = PlanImport.standard().read(xlsx(number, number));

    assertThat(amountFindings(result))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactly(
            tuple("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING, "/actionSheets/0/budget", PLAN + "!X3",
                Map.of("value", number)),
            tuple("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING, "/actionSheets/0/fundings/0/amount",
                PLAN + "!S3", Map.of("value", number)));
    ActionSheet sheet = result.contract().orElseThrow().actionSheets().get(0);
    assertThat(sheet.budget()).isEmpty();
    assertThat(sheet.fundings()).singleElement().satisfies(f -> assertThat(f.amount()).isEmpty());
    assertThat(sheet.title()).isEqualTo("Fiche 1");
  }

  @Test
  void the_finding_quotes_the_number_as_written() throws Exception {
    Finding budget = amountFindings(PlanImport.standard().read(xlsx("1E+999999999", "12"))).get(0);

    assertThat(FindingMessages.message(budget, Locale.FRENCH)).contains("«\u00a01E+999999999\u00a0»");
  }

  @Test
  void a_date_cell_beyond_a_double_is_an_invalid_date_on_its_cell() throws Exception {
    Path written = Workbooks.plan(dir.resolve("plan.xlsx"), 0, null, Map.of("D", "Fiche 1", "AA", 333.0));
    String sheet = entry(written, "xl/worksheets/sheet1.xml").replace("<v>333.0</v>", "<v>1E+999999999</v>");
    PlanImportResult result = PlanImport.standard().read(Workbooks.rezip(written, dir.resolve("date.xlsx"),
        Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8))));

    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-INVALID-DATE"))
        .extracting(Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple(Severity.WARNING, "/actionSheets/0/schedule/start", PLAN + "!AA3",
            Map.of("value", "1E+999999999")));
  }

  @Test
  void a_number_of_400_digits_is_an_invalid_amount_on_its_cell() throws Exception {
    String digits = "9".repeat(400);
    PlanImportResult result = PlanImport.standard().read(xlsx(digits, "12"));

    assertThat(amountFindings(result))
        .extracting(Finding::pointer, f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple("/actionSheets/0/budget", PLAN + "!X3", Map.of("value", digits)));
    assertThat(result.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount()).isPresent();
  }

  @Test
  void a_cell_value_of_a_million_digits_is_text_read_in_a_moment() throws Exception {
    // Random digits: a run of one digit would compress beyond the zip-bomb ratio.
    StringBuilder digits = new StringBuilder(1_000_000).append('1');
    java.util.Random random = new java.util.Random(8785);
    while (digits.length() < 1_000_000) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    Path file = xlsx(digits.toString(), "12");

    PlanImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PlanImport.standard().read(file));

    assertThat(amountFindings(result))
        .extracting(Finding::pointer, f -> f.cell().orElseThrow().reference(), f -> f.params().get("value"))
        .containsExactly(tuple("/actionSheets/0/budget", PLAN + "!X3", digits.toString()));
  }

  @ParameterizedTest
  @CsvSource({"NaN, NaN", "∞, Infinity", "-∞, -Infinity"})
  void an_ods_number_no_cell_holds_is_an_invalid_amount_on_its_cell_not_a_corrupt_file(String written, String read)
      throws Exception {
    Path plan = OdsImportTest.toOds(Workbooks.plan(dir.resolve("plan.xlsx"), 0, null,
        Map.of("D", "Fiche 1", "R", "ARS", "S", 222.0, "X", 111.0)), dir.resolve("plan.ods"));
    String content = entry(plan, "content.xml");
    assertThat(content).contains("office:value=\"111.0\"");
    Path ods = Workbooks.rezip(plan, dir.resolve("numbers.ods"), Map.of("content.xml",
        content.replace("office:value=\"111.0\"", "office:value=\"" + written + "\"").getBytes(StandardCharsets.UTF_8)));
    PlanImportResult result = PlanImport.standard().read(ods);

    assertThat(amountFindings(result))
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(),
            Finding::params)
        .containsExactly(tuple("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING, "/actionSheets/0/budget",
            PLAN + "!X3", Map.of("value", read)));
    ActionSheet sheet = result.contract().orElseThrow().actionSheets().get(0);
    assertThat(sheet.budget()).isEmpty();
    assertThat(sheet.fundings()).singleElement().satisfies(f -> assertThat(f.amount()).contains(EuroAmount.ofCents(22_200)));
  }
}
