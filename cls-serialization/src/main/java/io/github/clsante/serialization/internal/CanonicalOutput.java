package io.github.clsante.serialization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A growable UTF-8 byte buffer that writes JSON tokens in their RFC 8785 form: strings with the
 * minimal escaping of the RFC, numbers in the ECMAScript form. The hot path of the canonical writer:
 * no allocation per character or per number, ASCII copied in a tight loop, capacity doubled when short.
 *
 * <p>Strings (RFC 8785 §3.2.2.2): {@code "} and {@code \} are written {@code \"} and {@code \\};
 * U+0008, U+0009, U+000A, U+000C and U+000D are written {@code \b \t \n \f \r}; the other controls
 * U+0000 to U+001F as {@code \}{@code u00xx} with lower-case hex; everything else, U+007F and U+2028
 * included, as raw UTF-8, a surrogate pair as one 4-byte sequence.
 *
 * <p><strong>Deviation:</strong> an unpaired surrogate, which UTF-8 cannot encode, is written as the
 * escape {@code \}{@code udxxx} (lower-case hex) rather than failing; RFC 8785 requires such strings
 * to be rejected, which the readers do ({@link JsonTree#read} and the contract reader both report
 * {@code CLS-JSON-INVALID-STRING}), so only strings built in code reach this path.
 *
 * <p>Not thread-safe.
 */
public final class CanonicalOutput implements CanonicalTokens {

  static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  /** For each ASCII character: 0 to copy it, else the letter after the backslash ('u' for a hex escape). */
  static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** The largest array size the JVM reliably allocates. */
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

  /** Beyond ±2^53 a long is not exactly a double: RFC 8785 writes the nearest double. */
  private static final long TWO_TO_53 = 1L << 53;

  private byte[] buffer;
  private int size;

  /** The copy {@link #reorder} works from, kept for the next object to sort. */
  private byte[] reorderScratch;

  /** Where the bytes written go once there are {@link #drainAt} of them, or {@code null} to keep them. */
  private Drain drain;
  private int drainAt;

  /** Receives the bytes of an output that passes them on as it goes ({@link #drainTo}). */
  @FunctionalInterface
  public interface Drain {
    /**
     * Takes bytes written; they are overwritten after this returns.
     *
     * @param bytes the buffer
     * @param length how many of its first bytes were written
     */
    void accept(byte[] bytes, int length);
  }

  /**
   * Passes the bytes written on to a drain, in pieces of about {@code threshold} bytes, at the points
   * where {@link #drainIfFull()} is called, instead of keeping them all: a whole document's digest or
   * stream then needs a buffer of that size, not of the document's. {@link #finishDrain()} passes the
   * rest. Only for writing that never goes back into what it wrote (the model's canonical writer; not
   * the reordering of {@code canonicalize}).
   *
   * @param target the drain
   * @param threshold the size at which the bytes are passed on
   */
  public void drainTo(Drain target, int threshold) {
    this.drain = target;
    this.drainAt = threshold;
  }

  /** Passes the bytes written on to the drain when there are enough of them; does nothing without one. */
  public void drainIfFull() {
    if (drain != null && size >= drainAt) {
      drain.accept(buffer, size);
      size = 0;
    }
  }

  /** Passes the bytes left on to the drain. */
  public void finishDrain() {
    if (drain != null && size > 0) {
      drain.accept(buffer, size);
      size = 0;
    }
  }

  /** Creates an output with a small initial capacity (256 bytes). */
  public CanonicalOutput() {
    this(256);
  }

  /**
   * Creates an output.
   *
   * @param initialCapacity the initial capacity in bytes (at least 16 are reserved)
   * @throws IllegalArgumentException if the capacity is negative
   */
  public CanonicalOutput(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("negative capacity: " + initialCapacity);
    }
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /**
   * Returns the bytes of {@code "name":}, escaped as {@link #string(String)} does, to be precomputed
   * and written with {@link #raw(byte[])}.
   *
   * @param name a member name
   * @return the encoded member name and colon
   */
  public static byte[] memberName(String name) {
    CanonicalOutput out = new CanonicalOutput(name.length() + 3);
    out.string(name);
    out.raw((byte) ':');
    return out.toByteArray();
  }

  /**
   * Returns a string as JSON text: in double quotes, escaped as {@link #string(String)} does.
   *
   * @param text the string
   * @return the JSON string ({@code "24"})
   */
  public static String quoted(String text) {
    CanonicalOutput out = new CanonicalOutput(text.length() + 2);
    out.string(text);
    return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Makes room for at least {@code more} bytes after {@code size}, doubling the capacity. */
  private void ensure(int more) {
    if (buffer.length - size < more) {
      grow(more);
    }
  }

  private void grow(int more) {
    long needed = (long) size + more;
    if (needed > MAX_CAPACITY) {
      throw new OutOfMemoryError("canonical output larger than " + MAX_CAPACITY + " bytes");
    }
    long doubled = Math.min(2L * buffer.length, MAX_CAPACITY);
    buffer = Arrays.copyOf(buffer, (int) Math.max(doubled, needed));
  }

  /**
   * Writes one byte as it is.
   *
   * @param b the byte
   */
  @Override
  public void raw(byte b) {
    if (size == buffer.length) {
      grow(1);
    }
    buffer[size++] = b;
  }

  /**
   * Writes bytes as they are, such as a member name from {@link #memberName(String)}.
   *
   * @param asciiBytes pre-encoded UTF-8 bytes (ASCII, or any valid UTF-8)
   */
  public void raw(byte[] asciiBytes) {
    int length = asciiBytes.length;
    ensure(length);
    System.arraycopy(asciiBytes, 0, buffer, size, length);
    size += length;
  }

  /**
   * Writes a range of bytes as they are: a JSON string's quoted bytes copied from a valid UTF-8
   * document, when they are already in canonical form.
   *
   * @param bytes valid UTF-8 bytes
   * @param from the first byte written
   * @param to the byte after the last one written
   */
  public void raw(byte[] bytes, int from, int to) {
    int length = to - from;
    ensure(length);
    System.arraycopy(bytes, from, buffer, size, length);
    size += length;
  }

  /**
   * Writes a string in double quotes, escaped per RFC 8785 (see the class description, including the
   * deviation for unpaired surrogates).
   *
   * @param s the string
   */
  @Override
  public void string(String s) {
    int length = s.length();
    ensure(length + 2);
    byte[] buf = buffer;
    int pos = size;
    buf[pos++] = '"';
    // ASCII fast path: while each character takes one byte, length + 2 bytes are enough.
    int i = 0;
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      buf[pos++] = (byte) c;
    }
    if (i < length) {
      size = pos;
      slowString(s, i);
      buf = buffer;
      pos = size;
    }
    buf[pos++] = '"';
    size = pos;
  }

  /**
   * Writes the rest of a string from index {@code i}, leaving at least one byte free for the closing
   * quote.
   */
  private void slowString(String s, int i) {
    int length = s.length();
    byte[] buf = buffer;
    int pos = size;
    for (; i < length; i++) {
      if (buf.length - pos < 7) { // the most one step writes (6) plus the closing quote
        size = pos;
        grow(length - i + 7);
        buf = buffer;
      }
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        pos = put(c, buf, pos);
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        pos = putSupplementary(Character.toCodePoint(c, s.charAt(++i)), buf, pos);
      } else {
        pos = hexEscape(c, buf, pos); // unpaired surrogate: see the class description
      }
    }
    size = pos;
  }

  /**
   * Writes a string given as characters, as {@link #string(String)} does, unless it holds an unpaired
   * surrogate: RFC 8785 refuses such a string, and this returns {@code false} on meeting one, having
   * written part of it (the caller refuses the whole text). One pass: the check is the encoding's.
   *
   * @param chars the characters, as a parser holds them
   * @param offset the first character of the string
   * @param length the number of characters
   * @return {@code true} when the string was written, {@code false} for an unpaired surrogate
   */
  @Override
  public boolean wellFormedString(char[] chars, int offset, int length) {
    ensure(length + 2);
    byte[] buf = buffer;
    int pos = size;
    buf[pos++] = '"';
    int end = offset + length;
    int i = offset;
    for (; i < end; i++) { // ASCII fast path, as in string(String)
      char c = chars[i];
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      buf[pos++] = (byte) c;
    }
    for (; i < end; i++) {
      if (buf.length - pos < 7) { // the most one step writes (6) plus the closing quote
        size = pos;
        grow(end - i + 7);
        buf = buffer;
      }
      char c = chars[i];
      if (!Character.isSurrogate(c)) {
        pos = put(c, buf, pos);
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        pos = putSupplementary(Character.toCodePoint(c, chars[++i]), buf, pos);
      } else {
        size = pos;
        return false;
      }
    }
    buf[pos++] = '"';
    size = pos;
    return true;
  }

  /** Writes a character that is not a surrogate, escaped per RFC 8785; returns the end (at most 6 bytes). */
  private static int put(char c, byte[] buf, int pos) {
    if (c < 0x80) {
      byte escape = ESCAPES[c];
      if (escape == 0) {
        buf[pos++] = (byte) c;
      } else if (escape != 'u') {
        buf[pos++] = '\\';
        buf[pos++] = escape;
      } else {
        pos = hexEscape(c, buf, pos);
      }
    } else if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    } else {
      buf[pos++] = (byte) (0xE0 | (c >> 12));
      buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    }
    return pos;
  }

  /** Writes a code point beyond U+FFFF as its four bytes; returns the end. */
  private static int putSupplementary(int codePoint, byte[] buf, int pos) {
    buf[pos++] = (byte) (0xF0 | (codePoint >> 18));
    buf[pos++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
    buf[pos++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
    buf[pos++] = (byte) (0x80 | (codePoint & 0x3F));
    return pos;
  }

  private static int hexEscape(char c, byte[] buf, int pos) {
    buf[pos++] = '\\';
    buf[pos++] = 'u';
    buf[pos++] = HEX[(c >> 12) & 0xF];
    buf[pos++] = HEX[(c >> 8) & 0xF];
    buf[pos++] = HEX[(c >> 4) & 0xF];
    buf[pos++] = HEX[c & 0xF];
    return pos;
  }

  /**
   * Writes a whole number. RFC 8785 numbers are IEEE 754 doubles: within ±2<sup>53</sup> the digits
   * are exact; beyond, the ECMAScript form of the nearest double is written ({@code
   * 9007199254740993} is written {@code 9007199254740992}), as any RFC 8785 implementation would
   * write it.
   *
   * @param value the number
   */
  @Override
  public void number(long value) {
    if (value > TWO_TO_53 || value < -TWO_TO_53) {
      number((double) value);
      return;
    }
    ensure(20);
    byte[] buf = buffer;
    int pos = size;
    long magnitude = value;
    if (value < 0) {
      buf[pos++] = '-';
      magnitude = -value;
    }
    size = digits(buf, pos, magnitude);
  }

  /**
   * Writes an amount given in cents as the number of euros the format writes ({@code Shapes.euros}):
   * the shortest exact decimal, no trailing zero and no exponent ({@code 12000}, {@code 1500.5},
   * {@code 0.05}, {@code -0.05}, {@code 0}); within the format's range (fifteen significant digits)
   * that is ECMAScript's form of the nearest double. Digits straight into the buffer, without the
   * {@code BigDecimal} and strings of formatting it as text.
   *
   * @param cents the amount in cents, any {@code long}
   */
  public void euros(long cents) {
    ensure(24);
    byte[] buf = buffer;
    int pos = size;
    long magnitude = cents; // read as unsigned: -Long.MIN_VALUE is 2^63
    if (cents < 0) {
      buf[pos++] = '-';
      magnitude = -cents;
    }
    long whole = Long.divideUnsigned(magnitude, 100);
    int rest = (int) Long.remainderUnsigned(magnitude, 100);
    pos = digits(buf, pos, whole);
    if (rest != 0) {
      buf[pos++] = '.';
      buf[pos++] = (byte) ('0' + rest / 10);
      if (rest % 10 != 0) {
        buf[pos++] = (byte) ('0' + rest % 10);
      }
    }
    size = pos;
  }

  /** Writes the decimal digits of a number from 0 to {@code Long.MAX_VALUE}; returns the end. */
  private static int digits(byte[] buf, int pos, long value) {
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return end;
  }

  /**
   * Writes a number in the ECMAScript form ({@link Es6Number}).
   *
   * @param value a finite double
   * @throws IllegalArgumentException if the value is NaN or infinite; nothing is written then
   */
  @Override
  public void number(double value) {
    ensure(Es6Number.SPACE);
    size = Es6Number.write(value, buffer, size);
  }

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  @Override
  public void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  /** Writes {@code null}. */
  @Override
  public void nul() {
    raw(NULL);
  }

  /**
   * Returns the number of bytes written.
   *
   * @return the size
   */
  @Override
  public int size() {
    return size;
  }

  /**
   * Returns a copy of the bytes written.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /**
   * Returns the bytes written as text, decoded from the buffer without copying it first.
   *
   * @return the text (the bytes are UTF-8)
   */
  public String toText() {
    return new String(buffer, 0, size, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Writes the bytes written so far to a stream.
   *
   * @param out the stream, not closed
   * @throws IOException if the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, size);
  }

  /**
   * Returns the lower-case hex SHA-256 of the bytes written, hashed where they are (no copy).
   *
   * @return 64 lower-case hex digits
   */
  public String sha256Hex() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(buffer, 0, size);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Forgets the bytes written, keeping the buffer for reuse. */
  public void reset() {
    size = 0;
  }

  @Override
  public void reorder(int from, int[] starts, int[] order, int count) {
    int length = size - from;
    byte[] copy = reorderScratch != null && reorderScratch.length >= length
        ? reorderScratch : new byte[Math.max(length, 256)];
    reorderScratch = copy;
    System.arraycopy(buffer, from, copy, 0, length);
    reorder(copy, buffer, from, size, starts, order, count);
  }

  /**
   * Copies the segments of an object's members from {@code copy}, which holds {@code [from, size)} of
   * the output from its index 0, back into {@code buffer} in another order, joined by commas (each
   * taken from the copy: the first segment's): one loop for the bytes and for the characters.
   *
   * @param copy the copy, a {@code byte[]} or a {@code char[]}
   * @param buffer the output's array, of the same type
   * @param from where the first segment starts in the output
   * @param size where the last segment ends in the output
   * @param starts where each segment starts in the output, in the order written
   * @param order the segments' new order
   * @param count how many segments
   */
  static void reorder(Object copy, Object buffer, int from, int size, int[] starts, int[] order, int count) {
    int pos = from;
    for (int k = 0; k < count; k++) {
      int segment = order[k];
      int start = starts[segment] - from;
      int end = (segment + 1 < count ? starts[segment + 1] - 1 : size) - from;
      if (k > 0) {
        System.arraycopy(copy, starts[1] - 1 - from, buffer, pos++, 1);
      }
      System.arraycopy(copy, start, buffer, pos, end - start);
      pos += end - start;
    }
  }

  /**
   * Copies what was written, ASCII only (a number, a literal), into characters.
   *
   * @param dest the characters, with {@link #size()} free from {@code at}
   * @param at where to copy them
   * @return the end of the copy
   */
  int asciiInto(char[] dest, int at) {
    for (int i = 0; i < size; i++) {
      dest[at + i] = (char) buffer[i];
    }
    return at + size;
  }
}
