package io.github.clsante.spreadsheet;

import io.github.clsante.model.Contract;
import io.github.clsante.spreadsheet.internal.TemplateOdsWriter;
import io.github.clsante.spreadsheet.internal.TemplateXlsxWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The export of a contract as an action plan (export du plan d’action) in the Territoires en
 * Transitions import template, in xlsx or ods: the template's sheets, header rows, instructions and (in
 * xlsx) dropdown lists, one row per fiche action and per sub-action from row 5, and a last sheet
 * « Données CLS » holding the whole contract, so that importing the file again loses nothing the
 * template cannot hold (the contract's identity, signatories, governance, parties' identifiers,
 * indicators).
 *
 * <p>Instances are immutable and thread-safe. Writing streams the rows (xlsx): the memory it uses does not
 * grow with the number of fiches beyond the contract itself and its JSON text.
 *
 * <pre>{@code
 * Contract contract = ContractJson.reader().read(Path.of("cls.json")).contract().orElseThrow();
 * PlanExport.standard().write(contract, Path.of("plan.xlsx"));         // the format from the extension
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.ods"))) {
 *   PlanExport.standard().write(contract, SpreadsheetFormat.ODS, out);
 * }
 * }</pre>
 */
public final class PlanExport {

  static {
    // Before POI's first use: no « could not find a logging provider » line on stderr (see QuietLogging).
    io.github.clsante.spreadsheet.internal.QuietLogging.ensure();
  }

  private static final PlanExport STANDARD = new PlanExport();

  private PlanExport() {}

  /**
   * Returns the export into the Territoires en Transitions template.
   *
   * @return the export
   */
  public static PlanExport standard() {
    return STANDARD;
  }

  /**
   * Writes a contract as a workbook of the given format to a stream, which is not closed.
   *
   * @param contract the contract
   * @param format the format
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws io.github.clsante.serialization.ClsJsonException if an extension value of the contract is
   *     not valid JSON (nothing is written then)
   */
  public void write(Contract contract, SpreadsheetFormat format, OutputStream out) throws IOException {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    OutputStream kept = new KeptOpen(out); // the libraries close the stream they write to
    switch (format) {
      case XLSX:
        TemplateXlsxWriter.write(contract, kept);
        break;
      case ODS:
        TemplateOdsWriter.write(contract, kept);
        break;
      default:
        throw new IllegalArgumentException("unknown format " + format);
    }
  }

  /**
   * Writes a contract as a workbook to a file, in the format its extension names ({@code .xlsx} or
   * {@code .ods}, in any case), replacing the file if it exists.
   *
   * @param contract the contract
   * @param file the file
   * @throws IllegalArgumentException if the file's name does not end with {@code .xlsx} or {@code .ods}
   * @throws IOException if the file cannot be written
   * @throws io.github.clsante.serialization.ClsJsonException if an extension value of the contract is
   *     not valid JSON
   */
  public void write(Contract contract, Path file) throws IOException {
    Objects.requireNonNull(contract, "contract");
    Path name = file.getFileName();
    SpreadsheetFormat format = SpreadsheetFormat.ofFileName(name == null ? "" : name.toString())
        .orElseThrow(() -> new IllegalArgumentException(
            "the file's name must end with .xlsx or .ods to say its format: " + file));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(contract, format, out);
    }
  }

  /** A stream that flushes instead of closing the caller's stream. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  @Override
  public String toString() {
    return "PlanExport[Territoires en Transitions template]";
  }
}
