package io.github.clsante.serialization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that writes JSON tokens in their RFC 8785 form: strings with the
 * minimal escaping of the RFC, numbers in the ECMAScript form. The hot path of the canonical writer.
 *
 * <p>Strings: {@code "} and {@code \} are escaped, U+0008, U+0009, U+000A, U+000C and U+000D as
 * {@code \b \t \n \f \r}, other controls below U+0020 as {@code &#92;u00xx} in lower case; everything else,
 * U+007F and U+2028 included, is written as UTF-8. An unpaired surrogate, which UTF-8 cannot encode,
 * is written as the escape {@code &#92;udxxx}: such a string is not Unicode text, and the reader reports
 * it, but it is not lost.
 */
public final class CanonicalOutput {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private byte[] buffer;
  private int size;

  /** Creates an output with a small initial capacity. */
  public CanonicalOutput() {
    this(256);
  }

  /**
   * Creates an output.
   *
   * @param initialCapacity the initial capacity in bytes
   */
  public CanonicalOutput(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /**
   * Returns the bytes of {@code "name":}, to be written with {@link #raw(byte[])}.
   *
   * @param name a member name
   * @return the encoded member name and colon
   */
  public static byte[] memberName(String name) {
    CanonicalOutput out = new CanonicalOutput(name.length() + 8);
    out.string(name);
    out.raw((byte) ':');
    return out.toByteArray();
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }

  /**
   * Writes one byte.
   *
   * @param b the byte
   */
  public void raw(byte b) {
    ensure(1);
    buffer[size++] = b;
  }

  /**
   * Writes bytes as they are.
   *
   * @param bytes pre-encoded UTF-8 bytes
   */
  public void raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  /**
   * Writes a string.
   *
   * @param s the string
   */
  public void string(String s) {
    int length = s.length();
    ensure(length + 2);
    buffer[size++] = '"';
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          ensure(length - i + 1);
          buffer[size++] = (byte) c;
        } else {
          escape(c);
        }
      } else if (c < 0x800) {
        ensure(length - i + 3);
        buffer[size++] = (byte) (0xC0 | (c >> 6));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, s.charAt(++i));
        ensure(length - i + 5);
        buffer[size++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (codePoint & 0x3F));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        ensure(length - i + 4);
        buffer[size++] = (byte) (0xE0 | (c >> 12));
        buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    ensure(1);
    buffer[size++] = '"';
  }

  private void escape(char c) {
    char short_;
    switch (c) {
      case '"':
        short_ = '"';
        break;
      case '\\':
        short_ = '\\';
        break;
      case '\b':
        short_ = 'b';
        break;
      case '\f':
        short_ = 'f';
        break;
      case '\n':
        short_ = 'n';
        break;
      case '\r':
        short_ = 'r';
        break;
      case '\t':
        short_ = 't';
        break;
      default:
        unicodeEscape(c);
        return;
    }
    ensure(2);
    buffer[size++] = '\\';
    buffer[size++] = (byte) short_;
  }

  private void unicodeEscape(char c) {
    ensure(6);
    buffer[size++] = '\\';
    buffer[size++] = 'u';
    buffer[size++] = HEX[(c >> 12) & 0xF];
    buffer[size++] = HEX[(c >> 8) & 0xF];
    buffer[size++] = HEX[(c >> 4) & 0xF];
    buffer[size++] = HEX[c & 0xF];
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  public void number(long value) {
    raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Writes a number in the ECMAScript form.
   *
   * @param value a finite double
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public void number(double value) {
    raw(Es6Number.format(value).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  public void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  /** Writes {@code null}. */
  public void nul() {
    raw(NULL);
  }

  /**
   * Returns the number of bytes written.
   *
   * @return the size
   */
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
   * Writes the bytes written so far to a stream.
   *
   * @param out the stream, not closed
   * @throws IOException if the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, size);
  }

  /** Forgets the bytes written, keeping the buffer. */
  public void reset() {
    size = 0;
  }
}
