package io.github.clsante.model.indicator;

import java.util.Objects;
import java.util.Optional;

/**
 * A value of an indicator: a number, a yes-or-no answer or a qualitative text.
 *
 * <p>Numbers are IEEE 754 doubles, the numbers of JSON; {@code -0.0} is held as {@code 0.0}, and NaN
 * and infinities, which JSON cannot carry, are refused.
 *
 * <pre>{@code
 * IndicatorValue.ofNumber(22);          // +22 %
 * IndicatorValue.ofBoolean(true);       // « oui »
 * IndicatorValue.ofText("satisfaisant");
 * }</pre>
 */
public final class IndicatorValue {

  /** What an {@link IndicatorValue} holds. */
  public enum Kind {
    /** A number. */
    NUMBER,
    /** A yes-or-no answer. */
    BOOLEAN,
    /** A qualitative text. */
    TEXT
  }

  private final Kind kind;
  private final double number;
  private final boolean bool;
  private final String text;

  private IndicatorValue(Kind kind, double number, boolean bool, String text) {
    this.kind = kind;
    this.number = number;
    this.bool = bool;
    this.text = text;
  }

  /**
   * Returns a numeric value.
   *
   * @param number the number, finite
   * @return the value
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  public static IndicatorValue ofNumber(double number) {
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("an indicator value must be a finite number: " + number);
    }
    return new IndicatorValue(Kind.NUMBER, number == 0.0 ? 0.0 : number, false, null);
  }

  /**
   * Returns a yes-or-no value.
   *
   * @param answer the answer
   * @return the value
   */
  public static IndicatorValue ofBoolean(boolean answer) {
    return new IndicatorValue(Kind.BOOLEAN, 0.0, answer, null);
  }

  /**
   * Returns a qualitative value.
   *
   * @param text the text, exactly as written
   * @return the value
   */
  public static IndicatorValue ofText(String text) {
    return new IndicatorValue(Kind.TEXT, 0.0, false, Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns what this value holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the number, for a numeric value.
   *
   * @return the number, or empty for a yes-or-no or text value
   */
  public Optional<Double> number() {
    return kind == Kind.NUMBER ? Optional.of(number) : Optional.empty();
  }

  /**
   * Returns the answer, for a yes-or-no value.
   *
   * @return the answer, or empty for a number or text value
   */
  public Optional<Boolean> bool() {
    return kind == Kind.BOOLEAN ? Optional.of(bool) : Optional.empty();
  }

  /**
   * Returns the text, for a qualitative value.
   *
   * @return the text, or empty for a number or yes-or-no value
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IndicatorValue)) {
      return false;
    }
    IndicatorValue that = (IndicatorValue) other;
    return kind == that.kind
        && Double.compare(number, that.number) == 0
        && bool == that.bool
        && Objects.equals(text, that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, bool, text);
  }

  /** Returns the number, {@code true}/{@code false}, or the text. */
  @Override
  public String toString() {
    switch (kind) {
      case NUMBER:
        return Double.toString(number);
      case BOOLEAN:
        return Boolean.toString(bool);
      default:
        return text;
    }
  }
}
