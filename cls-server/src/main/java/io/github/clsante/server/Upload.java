package io.github.clsante.server;

import io.github.clsante.model.Contract;
import io.github.clsante.report.html.HtmlReport;
import io.github.clsante.report.html.ReportedFile;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.spreadsheet.PlanImport;
import io.github.clsante.spreadsheet.PlanImportResult;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One uploaded file validated (un fichier déposé): a contract in JSON, or an action plan in xlsx or ods,
 * told apart by its name's extension, else by its first bytes. Everything is held in memory and dropped
 * with the response.
 */
final class Upload {

  /** What the file is read as. */
  enum Kind {
    JSON, XLSX, ODS
  }

  /**
   * The most findings a report of the web validator lists (the SDK's default is 10,000): a page shows each
   * report whole, in its frame and as three downloads written into the page, and a page of 10,000 findings
   * takes more than a 128 MB server holds; a thousand are more than anyone reads before fixing the file.
   * The report says how many it left out ({@code CLS-REPORT-TRUNCATED}).
   */
  static final int MAX_FINDINGS = 1_000;

  /**
   * The most files one form checks: a page holds each report whole, and a region's hundreds of files are
   * the command line's job ({@code cls validate DIR}); more are refused with a message that says so.
   */
  static final int MAX_FILES = 100;

  private static final ContractValidator VALIDATOR = ContractValidator.builder().maxFindings(MAX_FINDINGS).build();
  private static final PlanImport PLANS = PlanImport.standard();

  private final String name;
  private final Kind kind;
  private final byte[] bytes;
  private final ValidationReport report;

  private Upload(String name, Kind kind, byte[] bytes, ValidationReport report) {
    this.name = name;
    this.kind = kind;
    this.bytes = bytes;
    this.report = report;
  }

  /**
   * Validates a file.
   *
   * @param name its name as the user gave it (for the kind and the messages), or empty
   * @param bytes its content
   */
  static Upload validate(String name, byte[] bytes) {
    Kind kind = kindOf(name, bytes);
    ValidationReport report;
    try {
      if (kind == Kind.JSON) {
        report = VALIDATOR.validate(bytes);
      } else {
        PlanImportResult imported = PLANS.read(bytes, kind == Kind.ODS ? SpreadsheetFormat.ODS : SpreadsheetFormat.XLSX,
            name);
        report = imported.contract().isEmpty() ? ValidationReport.unread(imported.report())
            : VALIDATOR.validate(imported.contract().get(), imported.report(), imported::locate);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // A defect of the SDK on a hostile file is a finding of the file's report, never a 500.
      report = ValidationReport.internalError(e);
    }
    return new Upload(name, kind, bytes, report);
  }

  /** The kind of a file: its extension when it has a known one, else its content (a zip or OLE2 file is a plan). */
  static Kind kindOf(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Kind.JSON;
    }
    Optional<SpreadsheetFormat> named = SpreadsheetFormat.ofFileName(name);
    if (named.isPresent()) {
      return named.get() == SpreadsheetFormat.ODS ? Kind.ODS : Kind.XLSX;
    }
    if (lower.endsWith(".xls")) {
      return Kind.XLSX; // the reader says it is an Excel 97–2003 file, and how to save it
    }
    Optional<SpreadsheetFormat> content = SpreadsheetFormat.ofContent(bytes);
    if (content.isPresent()) {
      return content.get() == SpreadsheetFormat.ODS ? Kind.ODS : Kind.XLSX;
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Kind.XLSX;
    }
    return Kind.JSON;
  }

  private static boolean startsWith(byte[] bytes, int... head) {
    if (bytes.length < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if ((bytes[i] & 0xFF) != head[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file's name as given, or empty. */
  String name() {
    return name;
  }

  /** What the file was read as. */
  Kind kind() {
    return kind;
  }

  /** The validation's report. */
  ValidationReport report() {
    return report;
  }

  /** The file as the HTML report shows it: with its source when JSON (for the excerpts), and its contract. */
  ReportedFile reported() {
    ReportedFile file = ReportedFile.of(name.isEmpty() ? "contrat.json" : name, report)
        .withContract(report.contract().orElse(null));
    return kind == Kind.JSON ? file.withSource(bytes) : file;
  }

  /** The JSON report, as {@code ValidationReport.toJson} writes it. */
  byte[] json(Locale locale) {
    return report.toJson(locale).getBytes(StandardCharsets.UTF_8);
  }

  /** The HTML report of this file alone. */
  byte[] html(Locale locale) {
    // The report lists MAX_FINDINGS findings and CLS-REPORT-TRUNCATED: the page shows them all, so that the
    // one note of the cut is the report's own, which counts what the validator left out.
    return HtmlReport.builder().locale(locale).maxFindingsPerFile(MAX_FINDINGS + 1).addFile(reported()).build().toHtml()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The SARIF 2.1.0 log of this file. */
  byte[] sarif(Locale locale) {
    return Sarif.write(this, locale);
  }

  /** The contract's canonical JSON, when a contract could be read. */
  Optional<byte[]> canonical() {
    Optional<Contract> contract = report.contract();
    if (contract.isEmpty()) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, bytes.length));
    try {
      ContractJson.writeCanonical(contract.get(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return Optional.empty(); // a contract the canonical form cannot hold: its report says why
    }
    return Optional.of(out.toByteArray());
  }
}
