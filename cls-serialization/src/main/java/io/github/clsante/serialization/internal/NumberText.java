package io.github.clsante.serialization.internal;

import java.math.BigDecimal;

/**
 * What a JSON number literal says, for the cases where a library call would throw: jackson-core has
 * already checked the literal's grammar ({@code -?digits[.digits][(e|E)[+-]digits]}), but {@link
 * BigDecimal} refuses exponents beyond the range of an {@code int} ({@code 1e11111111111}), even for
 * zero.
 */
final class NumberText {

  private NumberText() {}

  /**
   * Returns the exact value of a literal.
   *
   * @param text a JSON number literal
   * @return the value, or {@code null} when its exponent is beyond what {@link BigDecimal} holds
   */
  static BigDecimal exact(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException beyondIntExponent) {
      return null;
    }
  }

  /**
   * Tells whether a literal is zero: every digit of its significand is {@code 0}.
   *
   * @param text a JSON number literal
   * @return whether it is zero, whatever its sign and exponent
   */
  static boolean isZero(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a literal's exponent is negative ({@code 1e-400}).
   *
   * @param text a JSON number literal
   * @return whether it has an exponent with a minus sign
   */
  static boolean hasNegativeExponent(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    return e >= 0 && e + 1 < text.length() && text.charAt(e + 1) == '-';
  }
}
