package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.PartialDate.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  private static final String PARSE_ERROR = "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";

  @Test
  void parses_a_year() {
    PartialDate date = PartialDate.parse("2022");

    assertThat(date.precision()).isEqualTo(Precision.YEAR);
    assertThat(date.year()).isEqualTo(2022);
    assertThat(date.month()).isEmpty();
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofYear(2022));
  }

  @Test
  void parses_a_year_and_month() {
    PartialDate date = PartialDate.parse("2019-09");

    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.year()).isEqualTo(2019);
    assertThat(date.month()).contains(9);
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofMonth(2019, 9));
  }

  @Test
  void parses_a_full_date() {
    PartialDate date = PartialDate.parse("2020-02-17");

    assertThat(date.precision()).isEqualTo(Precision.DAY);
    assertThat(date.year()).isEqualTo(2020);
    assertThat(date.month()).contains(2);
    assertThat(date.toLocalDate()).contains(LocalDate.of(2020, 2, 17));
    assertThat(date).isEqualTo(PartialDate.of(2020, 2, 17));
    assertThat(date).isEqualTo(PartialDate.of(LocalDate.of(2020, 2, 17)));
  }

  @Test
  void parses_the_extreme_years() {
    assertThat(PartialDate.parse("0001").year()).isEqualTo(1);
    assertThat(PartialDate.parse("9999-12-31").toLocalDate()).contains(LocalDate.of(9999, 12, 31));
  }

  @Test
  void parses_february_29_of_leap_years_only() {
    assertThat(PartialDate.tryParse("2024-02-29")).contains(PartialDate.of(2024, 2, 29));
    assertThat(PartialDate.tryParse("2000-02-29")).contains(PartialDate.of(2000, 2, 29));
    assertThat(PartialDate.tryParse("2023-02-29")).isEmpty();
    assertThat(PartialDate.tryParse("1900-02-29")).isEmpty();
  }

  @SuppressWarnings("UnnecessaryStringBuilder") // a CharSequence that is not a String, on purpose
  @Test
  void parses_any_char_sequence() {
    assertThat(PartialDate.parse(new StringBuilder("2019-09"))).isEqualTo(PartialDate.ofMonth(2019, 9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "22",
        "202",
        "20222",
        "0000",
        "0000-01",
        "0000-01-01",
        "2022-13",
        "2022-00",
        "2022-1",
        "2022-1-01",
        "2022-01-1",
        "2022-01-00",
        "2022-01-32",
        "2022-02-30",
        "2022-04-31",
        "2022/01",
        "2022/01/01",
        "2022-01/01",
        "2022.01",
        "2022-01-01T00:00",
        "+2022",
        "-2022",
        " 2022",
        "2022 ",
        "2022-",
        "-022",
        "２０２２",
        "٢٠٢٢",
        "2O22",
        "20220101",
        "2022-W01",
        "janvier 2022"
      })
  void rejects_text_that_is_not_a_partial_date(String text) {
    assertThat(PartialDate.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(PARSE_ERROR);
  }

  @Test
  void parse_rejects_null_naming_the_argument() {
    assertThatThrownBy(() -> PartialDate.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void try_parse_rejects_null() {
    // No explicit check: the JDK's own NullPointerException (its helpful message is not part of the API).
    assertThatThrownBy(() -> PartialDate.tryParse(null)).isExactlyInstanceOf(NullPointerException.class);
  }

  @Test
  void first_and_last_day_of_a_year() {
    PartialDate year = PartialDate.ofYear(2022);

    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void first_and_last_day_of_a_month() {
    PartialDate month = PartialDate.parse("2019-09");

    assertThat(month.firstDay()).isEqualTo(LocalDate.of(2019, 9, 1));
    assertThat(month.lastDay()).isEqualTo(LocalDate.of(2019, 9, 30));
  }

  @Test
  void last_day_of_february_follows_leap_years() {
    assertThat(PartialDate.ofMonth(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.ofMonth(2023, 2).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(PartialDate.ofMonth(2000, 2).lastDay()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(PartialDate.ofMonth(2100, 2).lastDay()).isEqualTo(LocalDate.of(2100, 2, 28));
  }

  @Test
  void last_day_of_december_is_the_31st() {
    assertThat(PartialDate.ofMonth(2022, 12).firstDay()).isEqualTo(LocalDate.of(2022, 12, 1));
    assertThat(PartialDate.ofMonth(2022, 12).lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void first_and_last_day_of_a_full_date_are_the_date() {
    PartialDate day = PartialDate.of(2020, 2, 17);

    assertThat(day.firstDay()).isEqualTo(LocalDate.of(2020, 2, 17));
    assertThat(day.lastDay()).isEqualTo(LocalDate.of(2020, 2, 17));
  }

  @Test
  void first_and_last_day_at_the_ends_of_the_range() {
    assertThat(PartialDate.ofYear(1).firstDay()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(PartialDate.ofYear(9999).lastDay()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void a_year_is_certainly_before_a_month_of_the_next_year() {
    assertThat(PartialDate.parse("2021").isCertainlyBefore(PartialDate.parse("2022-01"))).isTrue();
  }

  @Test
  void a_year_is_not_certainly_before_one_of_its_months() {
    assertThat(PartialDate.parse("2022").isCertainlyBefore(PartialDate.parse("2022-03"))).isFalse();
    assertThat(PartialDate.parse("2022-03").isCertainlyBefore(PartialDate.parse("2022"))).isFalse();
  }

  @Test
  void certainly_before_at_month_and_day_boundaries() {
    assertThat(PartialDate.parse("2022-01-31").isCertainlyBefore(PartialDate.parse("2022-02"))).isTrue();
    assertThat(PartialDate.parse("2022-02").isCertainlyBefore(PartialDate.parse("2022-02-01"))).isFalse();
    assertThat(PartialDate.parse("2022-02").isCertainlyBefore(PartialDate.parse("2022-03-01"))).isTrue();
    assertThat(PartialDate.parse("2021-12-31").isCertainlyBefore(PartialDate.parse("2022"))).isTrue();
  }

  @Test
  void a_date_is_not_certainly_before_itself() {
    for (String text : List.of("2022", "2022-03", "2022-03-04")) {
      PartialDate date = PartialDate.parse(text);
      assertThat(date.isCertainlyBefore(date)).as(text).isFalse();
    }
  }

  @Test
  void orders_by_first_day_then_precision() {
    List<PartialDate> expected =
        List.of(
            PartialDate.parse("2021-12-31"),
            PartialDate.parse("2022"),
            PartialDate.parse("2022-01"),
            PartialDate.parse("2022-01-01"),
            PartialDate.parse("2022-01-02"),
            PartialDate.parse("2022-02"),
            PartialDate.parse("2022-02-01"),
            PartialDate.parse("2022-12-31"),
            PartialDate.parse("2023"));
    List<PartialDate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 4);

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void compare_to_is_zero_only_for_equal_dates() {
    assertThat(PartialDate.parse("2022-01").compareTo(PartialDate.ofMonth(2022, 1))).isZero();
    assertThat(PartialDate.parse("2022").compareTo(PartialDate.parse("2022-01"))).isNegative();
    assertThat(PartialDate.parse("2022-01").compareTo(PartialDate.parse("2022"))).isPositive();
    assertThat(PartialDate.parse("2022-01-01").compareTo(PartialDate.parse("2022-01"))).isPositive();
  }

  @Test
  void writes_iso_text_with_zero_padding() {
    assertThat(PartialDate.ofYear(5)).hasToString("0005");
    assertThat(PartialDate.ofMonth(5, 3)).hasToString("0005-03");
    assertThat(PartialDate.of(5, 3, 7)).hasToString("0005-03-07");
    assertThat(PartialDate.ofYear(2022)).hasToString("2022");
    assertThat(PartialDate.ofMonth(2019, 9)).hasToString("2019-09");
    assertThat(PartialDate.of(2020, 2, 17)).hasToString("2020-02-17");
    assertThat(PartialDate.of(2020, 11, 30)).hasToString("2020-11-30");
  }

  @Test
  void reads_back_zero_padded_years() {
    assertThat(PartialDate.parse("0005")).isEqualTo(PartialDate.ofYear(5));
    assertThat(PartialDate.parse("0005-03-07")).isEqualTo(PartialDate.of(5, 3, 7));
  }

  @Test
  void equal_dates_have_equal_hash_codes() {
    assertThat(PartialDate.parse("2019-09")).isEqualTo(PartialDate.ofMonth(2019, 9));
    assertThat(PartialDate.parse("2019-09")).hasSameHashCodeAs(PartialDate.ofMonth(2019, 9));
    assertThat(PartialDate.parse("2020-02-17")).hasSameHashCodeAs(PartialDate.of(2020, 2, 17));
  }

  @Test
  void dates_of_different_precision_are_not_equal() {
    assertThat(PartialDate.ofYear(2022)).isNotEqualTo(PartialDate.ofMonth(2022, 1));
    assertThat(PartialDate.ofMonth(2022, 1)).isNotEqualTo(PartialDate.of(2022, 1, 1));
    assertThat(PartialDate.ofYear(2022)).isNotEqualTo(PartialDate.ofYear(2023));
    assertThat(PartialDate.ofYear(2022)).isNotEqualTo("2022");
    assertThat(PartialDate.ofYear(2022)).isNotEqualTo(null);
  }

  @Test
  void of_year_rejects_years_out_of_range() {
    assertThatThrownBy(() -> PartialDate.ofYear(0))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 0");
    assertThatThrownBy(() -> PartialDate.ofYear(10000))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 10000");
    assertThatThrownBy(() -> PartialDate.ofYear(-2022))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: -2022");
  }

  @Test
  void of_month_rejects_years_and_months_out_of_range() {
    assertThatThrownBy(() -> PartialDate.ofMonth(0, 1))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 0");
    assertThatThrownBy(() -> PartialDate.ofMonth(10000, 13))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 10000");
    assertThatThrownBy(() -> PartialDate.ofMonth(2022, 13))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid value for MonthOfYear (valid values 1 - 12): 13");
    assertThatThrownBy(() -> PartialDate.ofMonth(2022, 0))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid value for MonthOfYear (valid values 1 - 12): 0");
  }

  @Test
  void of_rejects_dates_that_do_not_exist() {
    assertThatThrownBy(() -> PartialDate.of(2022, 2, 30))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid date 'FEBRUARY 30'");
    assertThatThrownBy(() -> PartialDate.of(2023, 2, 29))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid date 'February 29' as '2023' is not a leap year");
    assertThatThrownBy(() -> PartialDate.of(2022, 13, 1))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid value for MonthOfYear (valid values 1 - 12): 13");
    assertThatThrownBy(() -> PartialDate.of(2022, 1, 32))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("Invalid value for DayOfMonth (valid values 1 - 28/31): 32");
  }

  @Test
  void of_rejects_years_out_of_range() {
    assertThatThrownBy(() -> PartialDate.of(0, 1, 1))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 0");
    assertThatThrownBy(() -> PartialDate.of(10000, 1, 1))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: 10000");
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(-5, 6, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year out of range 1-9999: -5");
  }
}
