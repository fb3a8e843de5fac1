package io.github.clsante.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats (formats de tableur) the SDK reads and writes. */
public enum SpreadsheetFormat {
  /** Office Open XML workbook, {@code .xlsx} (Excel, and LibreOffice's export). */
  XLSX("xlsx"),
  /** OpenDocument spreadsheet, {@code .ods} (LibreOffice Calc). */
  ODS("ods");

  private final String extension;

  SpreadsheetFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the file name extension, without its dot.
   *
   * @return {@code "xlsx"} or {@code "ods"}
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns the format a file name's extension names, in any case.
   *
   * @param fileName a file name, such as {@code plan.xlsx}
   * @return the format, or empty when the name ends with no extension of a spreadsheet format
   */
  public static Optional<SpreadsheetFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (SpreadsheetFormat format : values()) {
      if (lower.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the format a file's first bytes show: a zip archive is a workbook, OpenDocument when its
   * first entry is its stored {@code mimetype} (as the OpenDocument standard has it), Office Open XML
   * otherwise. For a file whose name says nothing ({@code plan.bin}, an upload without a name); the
   * reader then checks the whole file.
   *
   * @param head the file's first bytes, at least 38 of them to tell OpenDocument (fewer: a zip is xlsx)
   * @return the format, or empty when the bytes do not start a zip archive
   */
  public static Optional<SpreadsheetFormat> ofContent(byte[] head) {
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      return Optional.empty();
    }
    boolean openDocument = head.length >= 38
        && new String(head, 30, 8, java.nio.charset.StandardCharsets.US_ASCII).equals("mimetype");
    return Optional.of(openDocument ? ODS : XLSX);
  }
}
