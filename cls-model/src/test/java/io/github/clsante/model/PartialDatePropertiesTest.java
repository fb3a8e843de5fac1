package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PartialDatePropertiesTest {

  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** Any day of years 1 to 9999, with days of recent years (close to one another) more likely. */
  private static Gen<LocalDate> days() {
    return longs()
        .between(FIRST_DAY, LAST_DAY)
        .mix(longs().between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2023, 12, 31).toEpochDay()))
        .map(LocalDate::ofEpochDay);
  }

  /** Any partial date: the day of {@link #days()}, cut to precision 0 (year), 1 (month) or 2 (day). */
  private static Gen<PartialDate> partialDates() {
    return days()
        .zip(
            integers().between(0, 2),
            (day, precision) ->
                precision == 0
                    ? PartialDate.ofYear(day.getYear())
                    : precision == 1
                        ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                        : PartialDate.of(day));
  }

  @Test
  void any_full_date_reads_back_from_its_text() {
    qt().forAll(days())
        .checkAssert(
            day -> {
              PartialDate date = PartialDate.of(day);
              assertThat(date.toString()).hasSize(10).isEqualTo(day.toString());
              assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
            });
  }

  @Test
  void any_year_month_reads_back_from_its_text() {
    qt().forAll(integers().between(1, 9999), integers().between(1, 12))
        .checkAssert(
            (year, month) -> {
              PartialDate date = PartialDate.ofMonth(year, month);
              assertThat(date.toString()).hasSize(7).isEqualTo(YearMonth.of(year, month).toString());
              assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
            });
  }

  @Test
  void any_year_reads_back_from_its_text() {
    qt().forAll(integers().between(1, 9999))
        .checkAssert(
            year -> {
              PartialDate date = PartialDate.ofYear(year);
              assertThat(date.toString()).hasSize(4).matches("[0-9]{4}");
              assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
              assertThat(date.year()).isEqualTo(year);
            });
  }

  @Test
  void text_accepted_by_try_parse_is_already_canonical() {
    Gen<String> text =
        lists()
            .of(Generate.pick(List.of("0", "1", "2", "3", "9", "-", "/", " ", "x", "٣")))
            .ofSizeBetween(0, 11)
            .map(chars -> String.join("", chars));
    qt().withExamples(2000)
        .forAll(text)
        .checkAssert(
            candidate -> {
              Optional<PartialDate> parsed = PartialDate.tryParse(candidate);
              parsed.ifPresent(date -> assertThat(date).hasToString(candidate));
            });
  }

  @Test
  void first_day_is_never_after_last_day() {
    qt().forAll(partialDates())
        .checkAssert(
            date -> {
              assertThat(date.firstDay()).isBeforeOrEqualTo(date.lastDay());
              assertThat(date.firstDay().getYear()).isEqualTo(date.year());
              assertThat(date.lastDay().getYear()).isEqualTo(date.year());
            });
  }

  @Test
  void certainly_before_implies_ordered_before() {
    qt().forAll(partialDates(), partialDates())
        .checkAssert(
            (d, e) -> {
              if (d.isCertainlyBefore(e)) {
                assertThat(d.compareTo(e)).isNegative();
                assertThat(e.isCertainlyBefore(d)).isFalse();
              }
            });
  }

  @Test
  void ordering_is_antisymmetric_and_consistent_with_equals() {
    qt().forAll(partialDates(), partialDates())
        .checkAssert(
            (d, e) -> {
              assertThat(Integer.signum(d.compareTo(e))).isEqualTo(-Integer.signum(e.compareTo(d)));
              assertThat(d.compareTo(e) == 0).isEqualTo(d.equals(e));
              if (d.equals(e)) {
                assertThat(d.hashCode()).isEqualTo(e.hashCode());
              }
            });
  }

  @Test
  void any_partial_date_reads_back_with_its_precision() {
    qt().forAll(partialDates())
        .checkAssert(
            date -> {
              PartialDate parsed = PartialDate.parse(date.toString());
              assertThat(parsed).isEqualTo(date).hasSameHashCodeAs(date);
              assertThat(parsed.precision()).isEqualTo(date.precision());
              assertThat(parsed.compareTo(date)).isZero();
            });
  }
}
