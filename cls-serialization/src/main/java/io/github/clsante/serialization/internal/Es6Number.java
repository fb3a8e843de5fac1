package io.github.clsante.serialization.internal;

import java.math.BigDecimal;
import tools.jackson.core.io.NumberOutput;

/**
 * Formats doubles as ECMAScript's {@code Number.prototype.toString} does, the number form RFC 8785
 * requires: {@code 1}, {@code 0.5}, {@code 1e+21}, {@code 5e-324}.
 *
 * <p>The shortest round-tripping digits come from jackson-core's Schubfach implementation; they are
 * then laid out by the ECMAScript rules. For a few subnormal magnitudes Schubfach returns two digits
 * where one also round-trips (4.9E-324 for 5e-324): below {@link Double#MIN_NORMAL} one-digit
 * candidates are tried and the closest to the exact value kept, as ECMAScript does.
 */
public final class Es6Number {

  private Es6Number() {}

  /**
   * Formats a double.
   *
   * @param value a finite double
   * @return its ECMAScript form
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a JSON number: " + value);
    }
    if (value == 0.0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value); // whole numbers up to 15 digits: exact and shortest
    }
    String java = NumberOutput.toString(value, true);
    boolean negative = java.charAt(0) == '-';
    int exponentAt = java.indexOf('E');
    int end = exponentAt < 0 ? java.length() : exponentAt;
    int exponent = exponentAt < 0 ? 0 : Integer.parseInt(java.substring(exponentAt + 1));
    StringBuilder digits = new StringBuilder(20);
    int point = -1;
    for (int i = negative ? 1 : 0; i < end; i++) {
      char c = java.charAt(i);
      if (c == '.') {
        point = digits.length();
      } else {
        digits.append(c);
      }
    }
    // value = 0.DIGITS × 10^n
    int n = (point < 0 ? digits.length() : point) + exponent;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    n -= lead;
    int trail = digits.length();
    while (trail > lead + 1 && digits.charAt(trail - 1) == '0') {
      trail--;
    }
    String s = digits.substring(lead, trail);
    if (s.length() == 2 && Math.abs(value) < Double.MIN_NORMAL) {
      String[] shorter = oneDigit(Math.abs(value), s, n);
      if (shorter != null) {
        s = shorter[0];
        n = Integer.parseInt(shorter[1]);
      }
    }
    StringBuilder out = new StringBuilder(26);
    if (negative) {
      out.append('-');
    }
    layout(s, n, out);
    return out.toString();
  }

  /** Tries the two one-digit neighbours of a two-digit subnormal; returns {digit, n} or null. */
  private static String[] oneDigit(double magnitude, String s, int n) {
    int first = s.charAt(0) - '0';
    BigDecimal exact = new BigDecimal(magnitude);
    String best = null;
    int bestN = 0;
    BigDecimal bestDistance = null;
    for (int candidate = first; candidate <= first + 1; candidate++) {
      int digit = candidate == 10 ? 1 : candidate;
      int candidateN = candidate == 10 ? n + 1 : n;
      String text = digit + "e" + (candidateN - 1);
      if (Double.parseDouble(text) != magnitude) {
        continue;
      }
      BigDecimal distance = new BigDecimal(text).subtract(exact).abs();
      int order = bestDistance == null ? -1 : distance.compareTo(bestDistance);
      if (order < 0 || (order == 0 && digit % 2 == 0)) {
        best = Integer.toString(digit);
        bestN = candidateN;
        bestDistance = distance;
      }
    }
    return best == null ? null : new String[] {best, Integer.toString(bestN)};
  }

  /** Lays out digits s (no leading or trailing zero) with value 0.s × 10^n, per ECMAScript. */
  private static void layout(String s, int n, StringBuilder out) {
    int k = s.length();
    if (k <= n && n <= 21) {
      out.append(s);
      for (int i = k; i < n; i++) {
        out.append('0');
      }
    } else if (0 < n && n <= 21) {
      out.append(s, 0, n).append('.').append(s, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.");
      for (int i = n; i < 0; i++) {
        out.append('0');
      }
      out.append(s);
    } else {
      int e = n - 1;
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
  }
}
