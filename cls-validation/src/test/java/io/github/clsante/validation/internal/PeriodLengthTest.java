package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lengths a period's dates may mean, as the duration rules read them. */
class PeriodLengthTest {

  private static Optional<PeriodLength> length(String start, String end) {
    return PeriodLength.of(Period.between(PartialDate.parse(start), PartialDate.parse(end)));
  }

  private static String range(String start, String end) {
    PeriodLength length = length(start, end).orElseThrow();
    return length.shortest() + ".." + length.longest();
  }

  @Test
  void a_year_range_is_the_contracts_years_or_its_calendar_years() {
    assertThat(range("2017", "2022")).isEqualTo("60..72"); // « 2017-2022 », « pour une durée de 5 ans »
    assertThat(range("2018", "2020")).isEqualTo("24..36"); // « 2018-2020 », « pour 3 ans »: its calendar years
    assertThat(range("2023", "2024")).isEqualTo("12..24");
  }

  @Test
  void a_single_year_is_up_to_twelve_months() {
    assertThat(range("2024", "2024")).isEqualTo("1..12");
  }

  @Test
  void a_month_range_is_the_months_between_or_one_more() {
    assertThat(range("2019-09", "2022-09")).isEqualTo("36..37");
    assertThat(range("2019-09", "2022-08")).isEqualTo("35..36");
    assertThat(range("2024-03", "2024-03")).isEqualTo("1..1");
  }

  @Test
  void dates_known_to_the_day_give_the_exact_length_rounded_down_and_up() {
    assertThat(range("2022-03-25", "2027-03-24")).isEqualTo("60..60");
    assertThat(range("2024-01-01", "2025-12-31")).isEqualTo("24..24");
    assertThat(range("2022-01-15", "2026-12-31")).isEqualTo("59..60"); // 59 months and 17 days
  }

  @Test
  void a_date_known_to_the_year_or_month_beside_a_day_stands_for_any_of_its_days() {
    // From 15 June 2017 to any day of 2022: 54 months and some days, to 66 months and 17 days.
    assertThat(range("2017-06-15", "2022")).isEqualTo("54..67");
    // From any day of 2017 to 30 June 2022: from 54 months and a day to 66 months.
    assertThat(range("2017", "2022-06-30")).isEqualTo("54..66");
    // A year beside one of its own days: from nothing to the whole year.
    assertThat(range("2022", "2022-06-15")).isEqualTo("0..6");
  }

  @Test
  void no_length_without_both_dates_or_when_the_end_comes_first() {
    assertThat(PeriodLength.of(Period.builder().start(PartialDate.ofYear(2022)).durationMonths(60).build())).isEmpty();
    assertThat(PeriodLength.of(Period.builder().end(PartialDate.ofYear(2027)).build())).isEmpty();
    assertThat(length("2022", "2021")).isEmpty();
    assertThat(length("2022-03", "2022-02")).isEmpty();
    assertThat(length("2022-03-02", "2022-03-01")).isEmpty();
  }

  @Test
  void a_stated_duration_is_accepted_within_the_lengths_give_or_take_the_margin() {
    PeriodLength length = length("2017", "2022").orElseThrow();

    assertThat(length.accepts(60, 1)).isTrue();
    assertThat(length.accepts(72, 1)).isTrue();
    assertThat(length.accepts(59, 1)).isTrue();
    assertThat(length.accepts(73, 1)).isTrue();
    assertThat(length.accepts(58, 1)).isFalse();
    assertThat(length.accepts(74, 1)).isFalse();
    assertThat(length.accepts(59, 0)).isFalse();
    assertThat(length.accepts(-60, 1)).isFalse();
  }
}
