package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EuroAmountTest {

  @Test
  void of_cents_keeps_the_exact_number_of_cents() {
    EuroAmount amount = EuroAmount.ofCents(1_250_000_00L);

    assertThat(amount.cents()).isEqualTo(125_000_000L);
    assertThat(amount.toPlainString()).isEqualTo("1250000.00");
    assertThat(amount.toEuros()).isEqualTo(new BigDecimal("1250000.00"));
  }

  @Test
  void of_euros_multiplies_by_one_hundred() {
    assertThat(EuroAmount.ofEuros(15_000).cents()).isEqualTo(1_500_000L);
    assertThat(EuroAmount.ofEuros(-3).cents()).isEqualTo(-300L);
    assertThat(EuroAmount.ofEuros(Long.MAX_VALUE / 100).cents()).isEqualTo(Long.MAX_VALUE / 100 * 100);
  }

  @Test
  void of_euros_rejects_amounts_whose_cents_overflow() {
    assertThatThrownBy(() -> EuroAmount.ofEuros(Long.MAX_VALUE / 100 + 1))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("long overflow");
    assertThatThrownBy(() -> EuroAmount.ofEuros(Long.MIN_VALUE / 100 - 1))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("long overflow");
  }

  @Test
  void zero_is_a_single_instance() {
    assertThat(EuroAmount.ofCents(0)).isSameAs(EuroAmount.ZERO);
    assertThat(EuroAmount.ofEuros(0)).isSameAs(EuroAmount.ZERO);
    assertThat(EuroAmount.parse("0.00")).isSameAs(EuroAmount.ZERO);
    assertThat(EuroAmount.parse("-0")).isSameAs(EuroAmount.ZERO);
    assertThat(EuroAmount.ZERO.cents()).isZero();
    assertThat(EuroAmount.ZERO.isNegative()).isFalse();
  }

  @Test
  void parses_euros_with_two_decimals() {
    EuroAmount amount = EuroAmount.parse("15000.50");

    assertThat(amount.cents()).isEqualTo(1_500_050L);
    assertThat(amount.toPlainString()).isEqualTo("15000.50");
  }

  @Test
  void parses_a_negative_amount_with_one_decimal() {
    EuroAmount amount = EuroAmount.parse("-12.5");

    assertThat(amount.cents()).isEqualTo(-1_250L);
    assertThat(amount.isNegative()).isTrue();
    assertThat(amount.toPlainString()).isEqualTo("-12.50");
  }

  @Test
  void parses_a_whole_number_of_euros() {
    EuroAmount amount = EuroAmount.parse("1500");

    assertThat(amount.cents()).isEqualTo(150_000L);
    assertThat(amount.toPlainString()).isEqualTo("1500.00");
  }

  @Test
  void parses_more_decimals_when_they_are_zeros() {
    assertThat(EuroAmount.parse("1.230").cents()).isEqualTo(123L);
    assertThat(EuroAmount.parse("0.1").cents()).isEqualTo(10L);
    assertThat(EuroAmount.parse("0.01").cents()).isEqualTo(1L);
  }

  @Test
  void parses_the_extreme_amounts() {
    assertThat(EuroAmount.parse("92233720368547758.07").cents()).isEqualTo(Long.MAX_VALUE);
    assertThat(EuroAmount.parse("-92233720368547758.08").cents()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void rejects_fractions_of_a_cent() {
    assertThatThrownBy(() -> EuroAmount.parse("0.001"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Rounding necessary");
    assertThatThrownBy(() -> EuroAmount.parse("12.345"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Rounding necessary");
  }

  @Test
  void rejects_amounts_whose_cents_overflow() {
    assertThatThrownBy(() -> EuroAmount.parse("92233720368547758.08"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("BigInteger out of long range");
    assertThatThrownBy(() -> EuroAmount.parse("-92233720368547758.09"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("BigInteger out of long range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "-", ".5", "5.", "1.2.3", "12,50", "12.50 €", " 12", "+5", "1e3",
      "1E-2", "0x10", "１２"})
  void rejects_text_that_is_not_a_plain_decimal_number(String text) {
    assertThatThrownBy(() -> EuroAmount.parse(text))
        .isExactlyInstanceOf(NumberFormatException.class)
        .hasMessage("not a plain decimal number of euros");
  }

  @Test
  void parse_fails_fast_on_huge_exponents() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> assertThatThrownBy(() -> EuroAmount.parse("1e100000000"))
            .isExactlyInstanceOf(NumberFormatException.class)
            .hasMessage("not a plain decimal number of euros"));
  }

  @Test
  void to_string_adds_the_euro_sign_after_a_space() {
    assertThat(EuroAmount.parse("15000.50")).hasToString("15000.50 €");
    assertThat(EuroAmount.ofCents(-5)).hasToString("-0.05 €");
    assertThat(EuroAmount.ZERO).hasToString("0.00 €");
    assertThat(EuroAmount.ofCents(150).toString().codePoints().toArray())
        .containsExactly('1', '.', '5', '0', ' ', 0x20AC);
  }

  @Test
  void to_plain_string_always_has_two_decimals() {
    assertThat(EuroAmount.ofCents(1).toPlainString()).isEqualTo("0.01");
    assertThat(EuroAmount.ofCents(-1).toPlainString()).isEqualTo("-0.01");
    assertThat(EuroAmount.ofCents(100).toPlainString()).isEqualTo("1.00");
    assertThat(EuroAmount.ofCents(Long.MIN_VALUE).toPlainString()).isEqualTo("-92233720368547758.08");
    assertThat(EuroAmount.ofEuros(1_000_000_000L).toPlainString()).isEqualTo("1000000000.00");
  }

  @Test
  void to_euros_has_scale_two() {
    assertThat(EuroAmount.ofCents(1_500_050).toEuros().scale()).isEqualTo(2);
    assertThat(EuroAmount.ofCents(1_500_050).toEuros().unscaledValue().longValueExact()).isEqualTo(1_500_050L);
  }

  @Test
  void plus_adds_cents() {
    assertThat(EuroAmount.ofCents(150).plus(EuroAmount.ofCents(-50))).isEqualTo(EuroAmount.ofCents(100));
    assertThat(EuroAmount.parse("0.10").plus(EuroAmount.parse("0.20"))).isEqualTo(EuroAmount.parse("0.30"));
    assertThat(EuroAmount.ofCents(7).plus(EuroAmount.ofCents(-7))).isSameAs(EuroAmount.ZERO);
  }

  @Test
  void plus_rejects_overflow() {
    assertThatThrownBy(() -> EuroAmount.ofCents(Long.MAX_VALUE).plus(EuroAmount.ofCents(1)))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("long overflow");
    assertThatThrownBy(() -> EuroAmount.ofCents(Long.MIN_VALUE).plus(EuroAmount.ofCents(-1)))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("long overflow");
  }

  @Test
  void compares_by_cents() {
    List<EuroAmount> amounts =
        new ArrayList<>(
            List.of(
                EuroAmount.ofCents(1),
                EuroAmount.ofCents(Long.MAX_VALUE),
                EuroAmount.ofCents(-100),
                EuroAmount.ZERO,
                EuroAmount.ofCents(Long.MIN_VALUE)));

    Collections.sort(amounts);

    assertThat(amounts)
        .containsExactly(
            EuroAmount.ofCents(Long.MIN_VALUE),
            EuroAmount.ofCents(-100),
            EuroAmount.ZERO,
            EuroAmount.ofCents(1),
            EuroAmount.ofCents(Long.MAX_VALUE));
    assertThat(EuroAmount.parse("1.5").compareTo(EuroAmount.ofCents(150))).isZero();
  }

  @Test
  void is_negative_below_zero_only() {
    assertThat(EuroAmount.ofCents(-1).isNegative()).isTrue();
    assertThat(EuroAmount.ofCents(0).isNegative()).isFalse();
    assertThat(EuroAmount.ofCents(1).isNegative()).isFalse();
  }

  @Test
  void equal_amounts_have_equal_hash_codes() {
    assertThat(EuroAmount.parse("15000.5")).isEqualTo(EuroAmount.ofCents(1_500_050));
    assertThat(EuroAmount.parse("15000.5")).hasSameHashCodeAs(EuroAmount.ofCents(1_500_050));
    assertThat(EuroAmount.ofCents(1)).isNotEqualTo(EuroAmount.ofCents(-1));
    assertThat(EuroAmount.ofCents(100)).isNotEqualTo(new BigDecimal("1.00"));
    assertThat(EuroAmount.ofCents(100)).isNotEqualTo(null);
  }

  @Test
  void parse_rejects_null() {
    // No explicit check: the JDK's own NullPointerException from BigDecimal (its message is not API).
    assertThatThrownBy(() -> EuroAmount.parse(null)).isExactlyInstanceOf(NullPointerException.class);
  }
}
