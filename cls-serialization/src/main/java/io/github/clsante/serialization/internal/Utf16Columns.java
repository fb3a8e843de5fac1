package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.SourceLocation;

/**
 * Turns jackson-core's byte columns into UTF-16 columns (colonnes en unités UTF-16), as findings give
 * them, for one document. It remembers the last point converted, so that points asked in document
 * order cost one pass over each line. Not thread-safe.
 */
final class Utf16Columns {

  private final byte[] input;
  // The UTF-16 column of byte offset cachedOffset on the line starting at cachedLineStart.
  private long cachedLineStart = -1;
  private long cachedOffset;
  private int cachedColumn;

  Utf16Columns(byte[] input) {
    this.input = input;
  }

  /**
   * Returns the line and UTF-16 column of a point.
   *
   * @param line the line, from 1
   * @param byteColumn the column in bytes, from 1 (below 1: unknown)
   * @param offset the byte offset, or -1 when unknown
   * @return the location; with the byte column when the offset is unknown or outside the input
   */
  SourceLocation at(int line, int byteColumn, long offset) {
    if (offset < 0 || byteColumn < 1 || offset > input.length) {
      return SourceLocation.of(line, Math.max(byteColumn, 1));
    }
    long lineStart = offset - (byteColumn - 1);
    if (lineStart != cachedLineStart || offset < cachedOffset) {
      cachedLineStart = lineStart;
      cachedOffset = lineStart;
      cachedColumn = 1;
    }
    // Count UTF-16 code units between the cached point and the offset: linear over a whole read.
    for (long i = cachedOffset; i < offset; i++) {
      int b = input[(int) i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        cachedColumn += b >= 0xF0 ? 2 : 1;
      }
    }
    cachedOffset = offset;
    return SourceLocation.of(line, cachedColumn);
  }
}
