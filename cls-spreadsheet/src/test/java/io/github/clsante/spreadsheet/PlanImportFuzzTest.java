package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@link PlanImport#read(byte[], SpreadsheetFormat, String)}, fuzzed, on whole files and on the plan
 * sheet of a workbook: whatever the bytes, the import returns a result and throws nothing, whichever
 * format the file is said to be in; every finding has a code some catalogue has messages for (French
 * and English), a well-formed JSON Pointer, and a cell from row and column 1 when it has one; a result
 * without contract holds an error; a contract imported has at most one fiche per row the import reads,
 * its canonical form, and validates without an SDK failure.
 *
 * <p>{@code mvn verify} runs the saved inputs of {@code PlanImportFuzzTestInputs/read/} (small
 * workbooks: a Territoires en Transitions plan, an export in xlsx and ods, broken files) and {@code
 * PlanImportFuzzTestInputs/worksheet/} (sheet XML); {@code .ci/fuzz spreadsheet 5m} and {@code .ci/fuzz
 * spreadsheet-sheet 5m} fuzz them (ROBUSTNESS.md, « Fuzzing »).
 */
class PlanImportFuzzTest {

  private static final PlanImport IMPORT = PlanImport.standard();

  /** A whole file, read as xlsx and as ods. */
  @FuzzTest
  void read(byte[] file) {
    for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
      check(IMPORT.read(file, format, "plan." + format.name().toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * The XML of the plan sheet ({@code xl/worksheets/sheet1.xml}) of an otherwise well-formed xlsx
   * workbook: what reaches the import's cell reading, which mutated zip bytes seldom do.
   */
  @FuzzTest
  void worksheet(byte[] sheetXml) {
    check(IMPORT.read(workbook(sheetXml), SpreadsheetFormat.XLSX, "plan.xlsx"));
  }

  private static void check(PlanImportResult result) {
    if (result.contract().isEmpty()) {
      assertThat(result.report().isValid()).as("an import without contract has an error").isFalse();
    }
    for (Finding finding : result.report().findings()) {
      checkFinding(finding);
      assertThat(result.locate(finding)).isNotNull();
    }
    if (result.contract().isPresent()) {
      Contract contract = result.contract().get();
      assertThat(contract.actionSheets().size() + contract.axes().stream().mapToLong(a -> a.actionSheets().size()).sum())
          .as("fiches imported").isLessThanOrEqualTo(IMPORT.maxRows());
      assertThat(ContractJson.reader().read(ContractJson.toCanonicalBytes(contract)).contract())
          .as("the canonical form of an imported contract reads back").isPresent();
      ValidationReport validated = ContractValidator.standard().validate(contract, result.report(), result::locate);
      for (Finding finding : validated.findings()) {
        assertThat(finding.code()).as("an SDK failure").isNotEqualTo(ValidationReport.INTERNAL_ERROR);
        checkFinding(finding);
      }
    }
  }

  private static void checkFinding(Finding finding) {
    assertThat(JsonPointer.tokens(finding.pointer()).stream().reduce("", JsonPointer::append, String::concat))
        .as("pointer of %s", finding).isEqualTo(finding.pointer());
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      assertThat(FindingMessages.message(finding, locale)).as("message of %s", finding)
          .isNotBlank().isNotEqualTo(finding.code());
    }
    if (finding.cell().isPresent()) {
      CellLocation cell = finding.cell().get();
      assertThat(cell.row()).as("row of %s", finding).isPositive();
      assertThat(cell.column()).as("column of %s", finding).isPositive();
    }
  }

  /** A workbook of one sheet, « Fichier dimport », whose XML is given; a style for dates (s="1"). */
  static byte[] workbook(byte[] sheetXml) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"Fichier dimport\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>");
    parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + sheetXml.length);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheetXml);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
