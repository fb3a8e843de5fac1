package io.github.clsante.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money in euros, held as a whole number of cents (montant en euros).
 *
 * <p>No floating point is ever involved: {@code EuroAmount.ofCents(1_250_000_00)} is 1 250 000,00 €.
 * Amounts may be negative (so that a wrong contract can be held and reported on). The JSON format
 * writes the amount in euros, with at most two decimals ({@code 1250000}, {@code 1500.5}); its version
 * 1.0 wrote the number of cents as an integer.
 *
 * <pre>{@code
 * EuroAmount fir = EuroAmount.parse("15000.50");  // 1 500 050 cents
 * fir.toPlainString();                            // "15000.50"
 * }</pre>
 */
public final class EuroAmount implements Comparable<EuroAmount> {

  /** Zero euros. */
  public static final EuroAmount ZERO = new EuroAmount(0);

  private final long cents;

  private EuroAmount(long cents) {
    this.cents = cents;
  }

  /**
   * Returns the amount of the given number of cents.
   *
   * @param cents the amount in cents (centimes)
   * @return the amount
   */
  public static EuroAmount ofCents(long cents) {
    return cents == 0 ? ZERO : new EuroAmount(cents);
  }

  /**
   * Returns the amount of the given whole number of euros.
   *
   * @param euros the amount in euros
   * @return the amount
   * @throws ArithmeticException if the amount in cents does not fit in a {@code long}
   */
  public static EuroAmount ofEuros(long euros) {
    return ofCents(Math.multiplyExact(euros, 100L));
  }

  /**
   * Parses a plain decimal number of euros with at most two significant decimals ({@code 1500},
   * {@code -12.5}, {@code 15000.50}): an optional minus sign, digits, optionally a point and digits;
   * no plus sign, no exponent, no grouping.
   *
   * @param euros the text
   * @return the amount
   * @throws NumberFormatException if the text is not a plain decimal number
   * @throws ArithmeticException if it has more than two decimals or does not fit in a {@code long} of
   *     cents
   */
  public static EuroAmount parse(String euros) {
    if (!isPlainDecimal(euros)) {
      // Checked before BigDecimal, which also takes exponents ("1e100000000" would take minutes).
      throw new NumberFormatException("not a plain decimal number of euros");
    }
    BigDecimal value = new BigDecimal(euros);
    return ofCents(value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
  }

  /** An optional minus sign, digits, then optionally a point and digits: no sign +, no exponent. */
  private static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    int point = -1;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && point < 0 && digits > 0) {
        point = i;
      } else {
        return false;
      }
    }
    return digits > 0 && point != text.length() - 1;
  }

  /**
   * Returns the amount in cents.
   *
   * @return the number of cents
   */
  public long cents() {
    return cents;
  }

  /**
   * Returns the amount in euros, exactly.
   *
   * @return the amount as a decimal with two fraction digits
   */
  public BigDecimal toEuros() {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * Returns the sum of this amount and another.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public EuroAmount plus(EuroAmount other) {
    return ofCents(Math.addExact(cents, other.cents));
  }

  /**
   * Tells whether this amount is below zero.
   *
   * @return {@code true} for a negative amount
   */
  public boolean isNegative() {
    return cents < 0;
  }

  /**
   * Returns the amount as a plain decimal number of euros with two decimals ({@code "15000.50"}).
   *
   * @return the text
   */
  public String toPlainString() {
    return toEuros().toPlainString();
  }

  @Override
  public int compareTo(EuroAmount other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EuroAmount && ((EuroAmount) other).cents == cents;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /** Returns the amount followed by the euro sign ({@code "15000.50 €"}). */
  @Override
  public String toString() {
    return toPlainString() + " €";
  }
}
