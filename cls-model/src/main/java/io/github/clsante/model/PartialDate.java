package io.github.clsante.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date known to the day, to the month or only to the year, as contracts state them
 * (« signé le 17 février 2020 », « depuis septembre 2019 », « pour la période 2022-2027 »).
 *
 * <p>The text form is ISO 8601 with reduced precision: {@code 2020-02-17}, {@code 2019-09} or
 * {@code 2022}, years 0001 to 9999. Instances are immutable and compare by value; {@link
 * #firstDay()} and {@link #lastDay()} give the range of days a partial date may stand for.
 *
 * <pre>{@code
 * PartialDate signed = PartialDate.parse("2019-09");
 * signed.precision();   // MONTH
 * signed.lastDay();     // 2019-09-30
 * }</pre>
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    /** Only the year is known ({@code 2022}). */
    YEAR,
    /** The year and month are known ({@code 2019-09}). */
    MONTH,
    /** The full date is known ({@code 2020-02-17}). */
    DAY
  }

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns a date known only to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws DateTimeException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    YearMonth.of(year, month); // validates the month
    return new PartialDate(year, month, 0);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date, in years 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns a date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws DateTimeException if the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (exactly four year digits).
   *
   * @param text the text
   * @return the partial date
   * @throws DateTimeException if the text is not one of the three forms or names no real date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return tryParse(text)
        .orElseThrow(() -> new DateTimeException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, without throwing.
   *
   * @param text the text
   * @return the partial date, or empty when the text is not a valid partial date
   */
  public static Optional<PartialDate> tryParse(CharSequence text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    if (year < 1) {
      return Optional.empty();
    }
    if (length == 4) {
      return Optional.of(new PartialDate(year, 0, 0));
    }
    int month = text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    if (length == 7) {
      return Optional.of(new PartialDate(year, month, 0));
    }
    int day = text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(year, month, day));
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year out of range 1-9999: " + year);
    }
  }

  /**
   * Returns how much of this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Returns the year.
   *
   * @return the year, 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month, when known.
   *
   * @return the month (1 to 12), or empty for a year-only date
   */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /**
   * Returns the full date, when known to the day.
   *
   * @return the date, or empty when only the year or month is known
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns the first day this date may stand for ({@code 2019-09} → 2019-09-01).
   *
   * @return the earliest day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * Returns the last day this date may stand for ({@code 2022} → 2022-12-31).
   *
   * @return the latest day
   */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    YearMonth yearMonth = YearMonth.of(year, month == 0 ? 12 : month);
    return yearMonth.atEndOfMonth();
  }

  /**
   * Tells whether this date certainly falls before {@code other}: its last possible day is before
   * the other's first possible day. {@code 2021} is certainly before {@code 2022-01}, but
   * {@code 2022} is not certainly before {@code 2022-03}.
   *
   * @param other the other date
   * @return {@code true} when every day this date may stand for precedes every day of the other
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return lastDay().isBefore(other.firstDay());
  }

  /**
   * Orders by first possible day, then by precision (a year before its months, a month before its
   * days).
   */
  @Override
  public int compareTo(PartialDate other) {
    int byDay = firstDay().compareTo(other.firstDay());
    return byDay != 0 ? byDay : precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).year == year
        && ((PartialDate) other).month == month
        && ((PartialDate) other).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** Returns the ISO 8601 form: {@code 2022}, {@code 2019-09} or {@code 2020-02-17}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(10);
    pad(text, year, 4);
    if (month != 0) {
      pad(text.append('-'), month, 2);
      if (day != 0) {
        pad(text.append('-'), day, 2);
      }
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
