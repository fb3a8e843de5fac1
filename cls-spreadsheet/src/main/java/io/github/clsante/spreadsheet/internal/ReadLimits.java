package io.github.clsante.spreadsheet.internal;

/**
 * The limits of a reading (limites de lecture): what a hostile or mistaken file may not exceed, so that
 * reading it never exhausts memory or time.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxRows the most rows read in one sheet; the rows beyond are not read
 * @param maxCells the most non-empty cells read in the whole workbook
 * @param maxPartBytes the largest expanded size of one part of the file (a sheet's XML, ods's
 *     content.xml), in bytes
 * @param maxStringsBytes the largest expanded size of an xlsx's shared strings, held in memory, in bytes
 */
public record ReadLimits(long maxFileBytes, int maxRows, long maxCells, long maxPartBytes, long maxStringsBytes) {

  /** The standard limits: 20 MiB files, 150,000 rows a sheet, 3,000,000 cells, 256 MiB parts, 32 MiB of strings. */
  public static final ReadLimits STANDARD =
      new ReadLimits(20L << 20, 150_000, 3_000_000L, 256L << 20, 32L << 20);
}
