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
}
