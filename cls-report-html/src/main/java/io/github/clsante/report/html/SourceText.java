package io.github.clsante.report.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's source as lines of text, for the excerpts of its findings: the lines around a line and column
 * (counted as the reader counts them: lines from 1 ended by LF, CR LF or a lone CR, columns from 1 in
 * UTF-16 code units), decoded from UTF-8 (a malformed byte reads as U+FFFD).
 *
 * <p>Built once per file in one pass over its bytes (the start of each line, and how many UTF-16 units
 * precede every {@value #STEP}th byte), so that each excerpt costs a binary search and at most a few
 * thousand bytes decoded, whatever the size of the file or the length of its lines (a minified contract
 * is one line).
 */
final class SourceText {

  /** How many characters of a line are shown on each side of the column. */
  static final int HALF_WIDTH = 60;

  /** The interval, in bytes, of the checkpoints that turn a UTF-16 column into a byte offset. */
  static final int STEP = 1024;

  private final byte[] bytes;
  /** The byte offset of each line's start; lineStarts[0] is line 1. */
  private final int[] lineStarts;
  private final int lines;
  /** units[k]: the UTF-16 units decoded from the document's start to byte checkpoint[k]. */
  private final long[] units;
  private final int[] checkpoints;

  SourceText(byte[] bytes) {
    this.bytes = bytes;
    int[] starts = new int[16];
    int count = 1;
    List<long[]> marks = new ArrayList<>();
    long decoded = 0;
    int next = 0;
    int i = 0;
    while (i < bytes.length) {
      if (i >= next) {
        marks.add(new long[] {i, decoded});
        next = i + STEP;
      }
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r') {
        i += b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
        continue;
      }
      int length = sequence(bytes, i);
      decoded += length == 4 ? 2 : 1;
      i += length;
    }
    this.lineStarts = starts;
    this.lines = count;
    this.checkpoints = new int[marks.size() + 1];
    this.units = new long[marks.size() + 1];
    for (int k = 0; k < marks.size(); k++) {
      checkpoints[k] = (int) marks.get(k)[0];
      units[k] = marks.get(k)[1];
    }
    checkpoints[marks.size()] = bytes.length;
    units[marks.size()] = decoded;
  }

  /** The number of lines (an empty file has one, empty). */
  int lineCount() {
    return lines;
  }

  /**
   * The length in bytes of the UTF-8 sequence at {@code i}: 1 for a malformed byte, which reads as one
   * U+FFFD, as for an ASCII byte; 4 for a supplementary character (two UTF-16 units).
   */
  static int sequence(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length;
    int min;
    if (b < 0x80) {
      return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 1;
    }
    if (i + length > bytes.length) {
      return 1;
    }
    int codePoint = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int continuation = bytes[i + k] & 0xFF;
      if ((continuation & 0xC0) != 0x80) {
        return 1;
      }
      codePoint = codePoint << 6 | continuation & 0x3F;
    }
    if (codePoint < min || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      return 1;
    }
    return length;
  }

  /** Appends the character of the sequence at {@code i} (its length is {@code length}). */
  private static void decode(byte[] bytes, int i, int length, StringBuilder out) {
    int b = bytes[i] & 0xFF;
    if (length == 1) {
      out.append(b < 0x80 ? (char) b : '\uFFFD');
      return;
    }
    int codePoint = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      codePoint = codePoint << 6 | bytes[i + k] & 0x3F;
    }
    out.appendCodePoint(codePoint);
  }

  /** The byte offset just past the content of a line (before its line break). */
  private int lineEnd(int line) {
    int end = line < lines ? lineStarts[line] : bytes.length;
    if (line < lines) {
      if (end > 0 && bytes[end - 1] == '\n') {
        end--;
      }
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
    }
    return end;
  }

  /** The UTF-16 units decoded before a byte offset that starts a sequence or a line. */
  private long unitsBefore(int offset) {
    int k = Arrays.binarySearch(checkpoints, offset);
    if (k < 0) {
      k = -k - 2;
    }
    long decoded = units[k];
    int i = checkpoints[k];
    while (i < offset) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r') {
        i++;
        continue;
      }
      int length = sequence(bytes, i);
      decoded += length == 4 ? 2 : 1;
      i += length;
    }
    return decoded;
  }

  /**
   * The byte offset of a UTF-16 column of a line (from 1), at most the line's end; a column inside a
   * supplementary character gives that character's start.
   */
  private int offsetOf(int line, int column) {
    int start = lineStarts[line - 1];
    int end = lineEnd(line);
    long target = unitsBefore(start) + column - 1;
    int k = Arrays.binarySearch(units, target);
    if (k < 0) {
      k = -k - 2;
    }
    // Checkpoints are on sequence starts but may be before the line: walk from the later of the two.
    int i;
    long decoded;
    if (k >= 0 && checkpoints[k] > start) {
      i = checkpoints[k];
      decoded = units[k];
    } else {
      i = start;
      decoded = unitsBefore(start);
    }
    while (i < end) {
      int length = sequence(bytes, i);
      int width = length == 4 ? 2 : 1;
      if (decoded + width > target) {
        return i;
      }
      decoded += width;
      i += length;
    }
    return end;
  }

  /**
   * One line of an excerpt: its number, the text before the spot, the spot, the text after it, and
   * whether the line was cut before or after what is shown.
   *
   * @param number the line number, from 1
   * @param before the text before the spot (the whole text shown for a line without a spot)
   * @param spot the text marked, possibly empty for a context line
   * @param after the text after the spot
   * @param cutBefore whether the line goes on before what is shown
   * @param cutAfter whether the line goes on after what is shown
   */
  record Line(int number, String before, String spot, String after, boolean cutBefore, boolean cutAfter) {}

  /**
   * Returns the lines around a location: the line before, the line itself with its spot (the value that
   * starts at the column: a quoted string to its closing quote, or a word to the next delimiter) and the
   * line after; each shows at most {@value #HALF_WIDTH} characters on each side of the column.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the lines, empty when the line is not in the file
   */
  List<Line> excerpt(int line, int column) {
    if (line < 1 || line > lines || column < 1) {
      return List.of();
    }
    List<Line> shown = new ArrayList<>(3);
    for (int n = Math.max(1, line - 1); n <= Math.min(lines, line + 1); n++) {
      shown.add(n == line ? spotLine(n, column) : contextLine(n, column));
    }
    // A last empty line (the file ends with a line break) says nothing.
    if (shown.size() > 1 && shown.get(shown.size() - 1).number() > line && isBlank(shown.get(shown.size() - 1))) {
      shown.remove(shown.size() - 1);
    }
    return shown;
  }

  private static boolean isBlank(Line line) {
    return line.before().isBlank() && line.spot().isEmpty() && line.after().isBlank();
  }

  private Line spotLine(int line, int column) {
    int end = lineEnd(line);
    int at = offsetOf(line, column);
    int from = back(line, at, HALF_WIDTH);
    StringBuilder before = new StringBuilder();
    decodeRange(from, at, before);
    int spotEnd = spotEnd(at, end);
    StringBuilder spot = new StringBuilder();
    decodeRange(at, spotEnd, spot);
    StringBuilder after = new StringBuilder();
    int to = forward(spotEnd, end, Math.max(0, HALF_WIDTH - spot.length()), after);
    return new Line(line, before.toString(), spot.toString(), after.toString(), from > lineStarts[line - 1], to < end);
  }

  private Line contextLine(int line, int column) {
    int end = lineEnd(line);
    int at = offsetOf(line, column);
    int from = back(line, at, HALF_WIDTH);
    StringBuilder text = new StringBuilder();
    decodeRange(from, at, text);
    int to = forward(at, end, HALF_WIDTH, text);
    return new Line(line, text.toString(), "", "", from > lineStarts[line - 1], to < end);
  }

  /** The offset {@code count} characters before {@code at} on its line (or the line's start). */
  private int back(int line, int at, int count) {
    int start = lineStarts[line - 1];
    long column = unitsBefore(at) - unitsBefore(start) + 1;
    return offsetOf(line, (int) Math.max(1, column - count));
  }

  /** Decodes forward from {@code from} at most {@code count} characters before {@code end}; returns where it stopped. */
  private int forward(int from, int end, int count, StringBuilder out) {
    int i = from;
    for (int n = 0; n < count && i < end; n++) {
      int length = sequence(bytes, i);
      decode(bytes, i, length, out);
      i += length;
    }
    return i;
  }

  /** Decodes the bytes from {@code from} to {@code to}, which start and end sequences. */
  private void decodeRange(int from, int to, StringBuilder out) {
    forward(from, to, Integer.MAX_VALUE, out);
  }

  /**
   * Where the value starting at {@code at} ends: after the closing quote of a string (a backslash escapes
   * the next byte), before the next delimiter otherwise; at least one character, at most {@value
   * #HALF_WIDTH} bytes and the line's end.
   */
  private int spotEnd(int at, int end) {
    if (at >= end) {
      return at;
    }
    int limit = Math.min(end, at + HALF_WIDTH);
    int i = at;
    if (bytes[i] == '"') {
      i++;
      while (i < limit && bytes[i] != '"') {
        i += bytes[i] == '\\' ? 2 : 1;
      }
      return Math.min(limit, i + 1);
    }
    if (bytes[i] == '{' || bytes[i] == '[') {
      return at + sequence(bytes, at);
    }
    while (i < limit) {
      int b = bytes[i];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == ':') {
        break;
      }
      i += sequence(bytes, i);
    }
    return Math.max(i, at + sequence(bytes, at));
  }
}
