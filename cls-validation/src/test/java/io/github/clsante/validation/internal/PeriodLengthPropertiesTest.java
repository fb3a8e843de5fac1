package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.clsante.model.PartialDate;
import io.github.clsante.model.PartialDate.Precision;
import io.github.clsante.model.Period;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link PeriodLength}: every day a partial date may stand for gives a length within the
 * range, and a year range always accepts both of its readings.
 */
class PeriodLengthPropertiesTest {

  /** A date from 2015 to 2030, known to the year, the month or the day. */
  private static final Gen<PartialDate> DATES = integers().between(0, 2).zip(integers().between(0, 16 * 366 - 1),
      (precision, days) -> {
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(days);
        return precision == 0 ? PartialDate.ofYear(day.getYear())
            : precision == 1 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue()) : PartialDate.of(day);
      });

  /** Whole months from one day to another, counted by hand: the oracle. */
  private static long months(LocalDate from, LocalDate to) {
    long months = 12L * (to.getYear() - from.getYear()) + to.getMonthValue() - from.getMonthValue();
    return to.getDayOfMonth() < from.getDayOfMonth() ? months - 1 : months;
  }

  @Test
  void every_day_the_dates_may_stand_for_gives_a_length_within_the_range_unless_both_are_years_or_months() {
    qt().forAll(DATES, DATES, integers().between(0, 365), integers().between(0, 365)).checkAssert((start, end, a, b) -> {
      Optional<PeriodLength> length = PeriodLength.of(Period.between(start, end));
      if (end.isCertainlyBefore(start)) {
        assertThat(length).isEmpty();
        return;
      }
      assertThat(length.get().shortest()).isNotNegative().isLessThanOrEqualTo(length.get().longest());
      if (start.precision() == end.precision() && start.precision() != Precision.DAY) {
        return; // the ranges of the contracts' idioms, checked by example
      }
      LocalDate first = min(start.firstDay().plusDays(a), start.lastDay());
      LocalDate last = min(end.firstDay().plusDays(b), end.lastDay());
      if (!last.isBefore(first)) {
        long days = months(first, last.plusDays(1));
        // A whole number of months plus some days may be rounded up.
        boolean whole = first.plusMonths(days).equals(last.plusDays(1));
        assertThat(days).isBetween(length.get().shortest(), length.get().longest() - (whole ? 0 : 1));
      }
    });
  }

  @Test
  void a_year_range_accepts_its_contract_years_and_its_calendar_years() {
    qt().forAll(integers().between(1, 9000), integers().between(1, 20)).checkAssert((start, years) -> {
      PeriodLength length = PeriodLength.of(Period.between(PartialDate.ofYear(start), PartialDate.ofYear(start + years)))
          .orElseThrow();

      assertThat(length.accepts(12L * years, 0)).isTrue();
      assertThat(length.accepts(12L * (years + 1), 0)).isTrue();
      assertThat(length.accepts(12L * (years - 1), 1)).isFalse();
      assertThat(length.accepts(12L * (years + 2), 1)).isFalse();
    });
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
