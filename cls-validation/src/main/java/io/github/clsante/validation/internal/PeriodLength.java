package io.github.clsante.validation.internal;

import io.github.clsante.model.PartialDate;
import io.github.clsante.model.PartialDate.Precision;
import io.github.clsante.model.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The lengths, in whole months, that a period's start and end may mean (durée d’une période), as the
 * duration rules read them:
 *
 * <ul>
 *   <li>a year range, both dates known to the year only (« 2017-2022 »): the contract's years or its
 *       calendar years, 12 × (end − start) to 12 × (end − start + 1) months, so 60 to 72 for
 *       « 2017-2022 » and 36 to 48 for « 2018-2020 »; a single year (« 2024 » to « 2024 ») is 1 to 12
 *       months;
 *   <li>a month range, both dates known to the month only (« 2019-09 » to « 2022-09 »): the months
 *       between them, or one more (36 or 37); a single month is 1 month;
 *   <li>otherwise, a date known to the year or month stands for any of its days, and the length runs
 *       from the shortest span (last day of the start to first day of the end) rounded down to the
 *       longest (first day of the start to last day of the end) rounded up; two dates known to the day
 *       give the exact length, rounded down and up.
 * </ul>
 */
final class PeriodLength {

  private final long shortest;
  private final long longest;

  private PeriodLength(long shortest, long longest) {
    this.shortest = shortest;
    this.longest = longest;
  }

  /**
   * Returns the lengths a period's dates may mean.
   *
   * @param period the period
   * @return the lengths, or empty when the start or the end is missing, or the end is certainly before
   *     the start
   */
  static Optional<PeriodLength> of(Period period) {
    if (period.start().isEmpty() || period.end().isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = period.start().get();
    PartialDate end = period.end().get();
    if (end.isCertainlyBefore(start)) {
      return Optional.empty();
    }
    if (start.precision() == Precision.YEAR && end.precision() == Precision.YEAR) {
      long years = (long) end.year() - start.year();
      return Optional.of(years == 0 ? new PeriodLength(1, 12) : new PeriodLength(12 * years, 12 * years + 12));
    }
    if (start.precision() == Precision.MONTH && end.precision() == Precision.MONTH) {
      long months = 12L * (end.year() - start.year()) + end.month().orElseThrow() - start.month().orElseThrow();
      return Optional.of(months == 0 ? new PeriodLength(1, 1) : new PeriodLength(months, months + 1));
    }
    LocalDate after = end.lastDay().plusDays(1);
    long shortest = Math.max(0, ChronoUnit.MONTHS.between(start.lastDay(), end.firstDay().plusDays(1)));
    long longest = ChronoUnit.MONTHS.between(start.firstDay(), after);
    if (start.firstDay().plusMonths(longest).isBefore(after)) {
      longest++; // rounded up: 59 months and 17 days may be « 5 ans »
    }
    return Optional.of(new PeriodLength(shortest, longest));
  }

  /**
   * Returns the shortest length the dates may mean.
   *
   * @return months, 0 or more
   */
  long shortest() {
    return shortest;
  }

  /**
   * Returns the longest length the dates may mean.
   *
   * @return months, at least {@link #shortest()}
   */
  long longest() {
    return longest;
  }

  /**
   * Tells whether a stated duration is one of the lengths the dates may mean, give or take a margin.
   *
   * @param months the stated duration
   * @param margin the months accepted beyond each end
   * @return {@code true} when it fits
   */
  boolean accepts(long months, long margin) {
    return months >= shortest - margin && months <= longest + margin;
  }
}
