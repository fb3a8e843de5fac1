package io.github.clsante.serialization.internal;

/**
 * UTF-8 encoding of a JSON text given as Java text, in an array of exactly its size, in two passes
 * (count, then write) instead of {@link String#getBytes(java.nio.charset.Charset)}'s worst-case buffer
 * and copy.
 *
 * <p>Unlike {@code getBytes}, which silently writes {@code ?} for an unpaired surrogate, an unpaired
 * surrogate is written as its JSON escape ({@code \ud800}): inside a string literal the document then
 * says the same string, which the reader and the canonicaliser refuse as {@code CLS-JSON-INVALID-STRING}
 * at that value, as they refuse the escape written in a file; anywhere else it is a syntax error, as the
 * character was. Nothing is lost or changed without a finding.
 */
public final class Utf8 {

  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Utf8() {}

  /**
   * Encodes a text.
   *
   * @param text the text
   * @return its UTF-8 bytes, unpaired surrogates as JSON escapes
   */
  public static byte[] encode(String text) {
    int length = text.length();
    int size = 0;
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        size++;
        continue;
      }
      ascii = false;
      if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        size += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        size += 6; // \\uXXXX
      } else {
        size += 3;
      }
    }
    if (ascii) {
      return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // one copy, the right size
    }
    byte[] out = new byte[size];
    int o = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else if (c < 0x800) {
        out[o++] = (byte) (0xC0 | c >> 6);
        out[o++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        out[o++] = (byte) (0xF0 | cp >> 18);
        out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[o++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        out[o++] = '\\';
        out[o++] = 'u';
        out[o++] = HEX[c >> 12 & 0xF];
        out[o++] = HEX[c >> 8 & 0xF];
        out[o++] = HEX[c >> 4 & 0xF];
        out[o++] = HEX[c & 0xF];
      } else {
        out[o++] = (byte) (0xE0 | c >> 12);
        out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[o++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return out;
  }
}
