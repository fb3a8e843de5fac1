package io.github.clsante.serialization.internal;

import java.util.Arrays;

/**
 * The RFC 8785 form written as characters (forme canonique en texte), for a text canonicalised into a
 * text: what {@link CanonicalOutput} writes as UTF-8, the same escapes and numbers, without encoding
 * each string to bytes and decoding the whole result again. Strings are copied character by character,
 * a surrogate pair as its two characters; numbers and literals go through {@link CanonicalOutput}'s
 * writing and are widened. Not thread-safe.
 */
final class CanonicalText implements CanonicalTokens {

  /** For each ASCII character: 0 to copy it, else the letter after the backslash ('u' for a hex escape). */
  private static final byte[] ESCAPES = CanonicalOutput.ESCAPES;

  private static final byte[] HEX = CanonicalOutput.HEX;

  /** The largest array size the JVM reliably allocates. */
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

  private char[] buffer;
  private int size;

  /** Writes the numbers and literals, whose ASCII is then widened into {@link #buffer}. */
  private final CanonicalOutput scalars = new CanonicalOutput(64);

  /** The copy {@link #reorder} works from, kept for the next object to sort. */
  private char[] reorderScratch;

  /**
   * Creates an output.
   *
   * @param initialCapacity the initial capacity in characters (at least 16 are reserved)
   * @throws IllegalArgumentException if the capacity is negative
   */
  CanonicalText(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("negative capacity: " + initialCapacity);
    }
    buffer = new char[Math.max(16, initialCapacity)];
  }

  private void ensure(int more) {
    if (buffer.length - size < more) {
      long needed = (long) size + more;
      if (needed > MAX_CAPACITY) {
        throw new OutOfMemoryError("canonical text longer than " + MAX_CAPACITY + " characters");
      }
      long doubled = Math.min(2L * buffer.length, MAX_CAPACITY);
      buffer = Arrays.copyOf(buffer, (int) Math.max(doubled, needed));
    }
  }

  @Override
  public void raw(byte ascii) {
    ensure(1);
    buffer[size++] = (char) ascii;
  }

  /** Writes a string; an unpaired surrogate is written as its escape, as {@link CanonicalOutput} does. */
  @Override
  public void string(String s) {
    int length = s.length();
    ensure(length + 2);
    char[] buf = buffer;
    int pos = size;
    buf[pos++] = '"';
    int i = 0;
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? ESCAPES[c] != 0 : Character.isSurrogate(c)) {
        break;
      }
      buf[pos++] = c;
    }
    for (; i < length; i++) {
      if (buffer.length - pos < 7) { // the most one step writes (6) plus the closing quote
        size = pos;
        ensure(length - i + 7);
        buf = buffer;
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        pos = put(c, buf, pos);
      } else if (!Character.isSurrogate(c)) {
        buf[pos++] = c;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        buf[pos++] = c;
        buf[pos++] = s.charAt(++i);
      } else {
        pos = hexEscape(c, buf, pos);
      }
    }
    buf[pos++] = '"';
    size = pos;
  }

  @Override
  public boolean wellFormedString(char[] chars, int offset, int length) {
    ensure(length + 2);
    char[] buf = buffer;
    int pos = size;
    buf[pos++] = '"';
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (ESCAPES[c] == 0) {
          buf[pos++] = c;
          continue;
        }
        // Room for the characters left, one place each, and the quote, is kept; an escape takes five more.
        if (buf.length - pos < end - i + 6) {
          size = pos;
          ensure(end - i + 6);
          buf = buffer;
        }
        pos = put(c, buf, pos);
      } else if (!Character.isSurrogate(c)) {
        buf[pos++] = c;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        buf[pos++] = c;
        buf[pos++] = chars[++i];
      } else {
        size = pos;
        return false;
      }
    }
    buf[pos++] = '"';
    size = pos;
    return true;
  }

  /** Writes an ASCII character, escaped when RFC 8785 escapes it (up to six places); returns the end. */
  private static int put(char c, char[] buf, int pos) {
    char escape = (char) ESCAPES[c];
    if (escape == 0) {
      buf[pos++] = c;
    } else if (escape != 'u') {
      buf[pos++] = '\\';
      buf[pos++] = escape;
    } else {
      pos = hexEscape(c, buf, pos);
    }
    return pos;
  }

  private static int hexEscape(char c, char[] buf, int pos) {
    buf[pos++] = '\\';
    buf[pos++] = 'u';
    buf[pos++] = (char) HEX[(c >> 12) & 0xF];
    buf[pos++] = (char) HEX[(c >> 8) & 0xF];
    buf[pos++] = (char) HEX[(c >> 4) & 0xF];
    buf[pos++] = (char) HEX[c & 0xF];
    return pos;
  }

  @Override
  public void number(long value) {
    scalars.reset();
    scalars.number(value);
    widen();
  }

  @Override
  public void number(double value) {
    scalars.reset();
    scalars.number(value);
    widen();
  }

  @Override
  public void bool(boolean value) {
    scalars.reset();
    scalars.bool(value);
    widen();
  }

  @Override
  public void nul() {
    scalars.reset();
    scalars.nul();
    widen();
  }

  private void widen() {
    ensure(scalars.size());
    size = scalars.asciiInto(buffer, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void reorder(int from, int[] starts, int[] order, int count) {
    int length = size - from;
    char[] copy = reorderScratch != null && reorderScratch.length >= length
        ? reorderScratch : new char[Math.max(length, 256)];
    reorderScratch = copy;
    System.arraycopy(buffer, from, copy, 0, length);
    CanonicalOutput.reorder(copy, buffer, from, size, starts, order, count);
  }

  /**
   * Returns the text written.
   *
   * @return the canonical text
   */
  String toText() {
    return new String(buffer, 0, size);
  }
}
