package io.github.clsante.serialization.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.io.NumberOutput;

/**
 * Formats doubles as ECMAScript's {@code Number.prototype.toString} does (ECMA-262, Number::toString),
 * the number form RFC 8785 requires: {@code 1}, {@code 0.5}, {@code 100000000000000000000}, {@code
 * 1e+21}, {@code 1.5e-7}, {@code 5e-324}; {@code -0} is written {@code 0}.
 *
 * <p>How: whole numbers below 2<sup>53</sup> are written directly. Otherwise the shortest
 * round-tripping digits come from jackson-core's {@link NumberOutput#toString(double, boolean)}
 * (Schubfach) and are laid out again by the ECMAScript rules. Schubfach, like {@link Double#toString}
 * since JDK 19, returns the closest <em>two</em>-digit decimal when a one-digit decimal would also
 * round-trip, where ECMAScript takes the one digit. This matters only when a one-digit decimal is not
 * already the closest, which happens for 8 subnormal magnitudes ({@code 4.9E-324}, ECMAScript {@code
 * 5e-324}, up to {@code 9.9E-323}, ECMAScript {@code 1e-322}): below {@link Double#MIN_NORMAL} a
 * two-digit result is checked against its one-digit neighbours, comparing distances exactly.
 *
 * <p>Checked against the 100,000 numbers of the RFC 8785 test file (see {@code Es6NumberTest}). The
 * digits depend on jackson-core's implementation: keep jackson-core pinned and the tests running.
 */
public final class Es6Number {

  /** The longest form: {@code -0.0000012345678901234567} (sign, {@code 0.}, 5 zeros, 17 digits). */
  static final int MAX_LENGTH = 25;

  /** The room {@link #write} needs: the form, or the digits staged after the longest prefix. */
  static final int SPACE = 32;

  /** Where digits are staged, after the position of the number: beyond the longest prefix "0.00000". */
  private static final int STAGE = 7;

  private static final double TWO_TO_53 = 9007199254740992.0;

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    long power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private Es6Number() {}

  /**
   * Formats a double.
   *
   * @param value a finite double
   * @return its ECMAScript form
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold (message
   *     {@code "not a JSON number: NaN"}, {@code "not a JSON number: Infinity"} or {@code "not a JSON
   *     number: -Infinity"})
   */
  public static String format(double value) {
    byte[] text = new byte[SPACE];
    int length = write(value, text, 0);
    return new String(text, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Appends the ECMAScript form of a double.
   *
   * @param value a finite double
   * @param out where to append it
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold; nothing
   *     is appended then
   */
  public static void appendTo(double value, StringBuilder out) {
    byte[] text = new byte[SPACE];
    int length = write(value, text, 0);
    for (int i = 0; i < length; i++) {
      out.append((char) text[i]);
    }
  }

  /**
   * Writes the ECMAScript form of a double as ASCII bytes.
   *
   * @param value a finite double
   * @param dest the destination, with at least {@link #SPACE} bytes free from {@code at} (at most
   *     {@link #MAX_LENGTH} are written, the rest is scratch space)
   * @param at where to write
   * @return the position after the last byte written
   * @throws IllegalArgumentException if the value is NaN or infinite; nothing is written then
   */
  static int write(double value, byte[] dest, int at) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a JSON number: " + value);
    }
    if (value == 0.0) {
      dest[at] = '0'; // +0 and -0 alike
      return at + 1;
    }
    int pos = at;
    double magnitude = value;
    if (magnitude < 0) {
      dest[pos++] = '-';
      magnitude = -magnitude;
    }
    if (magnitude < TWO_TO_53) {
      long whole = (long) magnitude;
      if (whole == magnitude) {
        // Every integer below 2^53 is a double, so no shorter digit string names this one.
        int k = digitCount(whole);
        putDigits(whole, k, dest, pos + k);
        return pos + k;
      }
    }
    return layoutShortest(magnitude, dest, pos);
  }

  /**
   * Writes a positive, finite magnitude that is not a whole number below 2^53: the digits of Java's
   * form are staged in {@code dest} after the longest prefix, then moved into place.
   */
  private static int layoutShortest(double magnitude, byte[] dest, int pos) {
    // Java's form: "123.456", "0.001", "100.0", "1.0E-7", "1.2345E21" (no sign: positive).
    String java = NumberOutput.toString(magnitude, true);
    int length = java.length();
    int stage = pos + STAGE;
    int k = 0; // significant digits staged (from the first non-zero one)
    int leadingZeros = 0;
    int digitsBeforePoint = -1;
    int digits = 0;
    int i = 0;
    for (; i < length; i++) {
      char c = java.charAt(i);
      if (c == '.') {
        digitsBeforePoint = digits;
      } else if (c <= '9') {
        digits++;
        if (k == 0 && c == '0') {
          leadingZeros++;
        } else {
          dest[stage + k++] = (byte) c;
        }
      } else {
        break; // 'E'
      }
    }
    int exponent = 0;
    if (i < length) {
      boolean negative = java.charAt(++i) == '-';
      if (negative) {
        i++;
      }
      for (; i < length; i++) {
        exponent = exponent * 10 + (java.charAt(i) - '0');
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (digitsBeforePoint < 0) {
      digitsBeforePoint = digits;
    }
    // magnitude = 0.S × 10^n, S the k staged digits
    int n = digitsBeforePoint + exponent - leadingZeros;
    while (k > 1 && dest[stage + k - 1] == '0') {
      k--;
    }
    if (k == 2 && magnitude < Double.MIN_NORMAL) {
      long[] shorter = oneDigit(magnitude, (dest[stage] - '0') * 10 + (dest[stage + 1] - '0'), n);
      if (shorter != null) {
        dest[stage] = (byte) ('0' + shorter[0]);
        n = (int) shorter[1];
        k = 1;
      }
    }
    return layout(stage, k, n, dest, pos);
  }

  /**
   * ECMAScript takes the fewest digits: tries the two one-digit neighbours of a two-digit subnormal
   * 0.D1D2 × 10^n and returns the closest that round-trips as {digit, n}, or null if neither does.
   * Distances are compared exactly: as doubles they would round to 0.
   */
  private static long[] oneDigit(double magnitude, long twoDigits, int n) {
    BigDecimal exact = new BigDecimal(magnitude);
    long lower = twoDigits / 10;
    long[] best = null;
    BigDecimal bestDistance = null;
    for (long candidate = lower; candidate <= lower + 1; candidate++) {
      long digit = candidate == 10 ? 1 : candidate;
      int candidateN = candidate == 10 ? n + 1 : n;
      String text = digit + "e" + (candidateN - 1);
      if (Double.parseDouble(text) != magnitude) {
        continue;
      }
      BigDecimal distance = new BigDecimal(text).subtract(exact).abs();
      int order = bestDistance == null ? -1 : distance.compareTo(bestDistance);
      if (order < 0 || (order == 0 && digit % 2 == 0)) {
        best = new long[] {digit, candidateN};
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Lays out the k digits staged at {@code stage} (no trailing zero) with value 0.S × 10^n, per
   * ECMAScript, from {@code pos}. Every move is leftwards (the stage is beyond the longest prefix), so
   * staged digits are never overwritten before they are moved.
   */
  private static int layout(int stage, int k, int n, byte[] dest, int pos) {
    if (k <= n && n <= 21) { // 123000
      System.arraycopy(dest, stage, dest, pos, k);
      for (int i = pos + k; i < pos + n; i++) {
        dest[i] = '0';
      }
      return pos + n;
    }
    if (0 < n && n <= 21) { // 12.3
      System.arraycopy(dest, stage, dest, pos, n);
      dest[pos + n] = '.';
      System.arraycopy(dest, stage + n, dest, pos + n + 1, k - n);
      return pos + k + 1;
    }
    if (-6 < n && n <= 0) { // 0.000123
      dest[pos++] = '0';
      dest[pos++] = '.';
      for (int i = n; i < 0; i++) {
        dest[pos++] = '0';
      }
      System.arraycopy(dest, stage, dest, pos, k);
      return pos + k;
    }
    dest[pos++] = dest[stage]; // 1.23e+45, 1e-7
    if (k > 1) {
      dest[pos++] = '.';
      System.arraycopy(dest, stage + 1, dest, pos, k - 1);
      pos += k - 1;
    }
    dest[pos++] = 'e';
    int e = n - 1;
    dest[pos++] = (byte) (e < 0 ? '-' : '+');
    e = Math.abs(e);
    int eDigits = e >= 100 ? 3 : e >= 10 ? 2 : 1;
    putDigits(e, eDigits, dest, pos + eDigits);
    return pos + eDigits;
  }

  /** Writes the last {@code count} decimal digits of a non-negative value, ending before {@code end}. */
  private static void putDigits(long value, int count, byte[] dest, int end) {
    for (int i = end - 1; i >= end - count; i--) {
      dest[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The number of decimal digits of a positive value. */
  private static int digitCount(long value) {
    int count = 1;
    while (count < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[count]) {
      count++;
    }
    return count;
  }
}
