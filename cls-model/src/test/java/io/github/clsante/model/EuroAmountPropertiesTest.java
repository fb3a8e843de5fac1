package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EuroAmountPropertiesTest {

  /** Any number of cents, with small amounts (where rounding and signs matter) more likely. */
  private static Gen<Long> cents() {
    return longs().all().mix(longs().between(-10_000L, 10_000L));
  }

  @Test
  void any_amount_reads_back_from_its_plain_string() {
    qt().forAll(cents())
        .checkAssert(
            cents -> {
              EuroAmount amount = EuroAmount.ofCents(cents);
              assertThat(EuroAmount.parse(amount.toPlainString())).isEqualTo(amount);
              assertThat(amount.toPlainString()).matches("-?[0-9]+\\.[0-9]{2}");
            });
  }

  @Test
  void any_amount_is_exactly_its_cents_in_euros() {
    qt().forAll(cents())
        .checkAssert(
            cents -> {
              EuroAmount amount = EuroAmount.ofCents(cents);
              assertThat(amount.cents()).isEqualTo(cents);
              assertThat(amount.toEuros()).isEqualTo(BigDecimal.valueOf(cents).movePointLeft(2));
              assertThat(amount.toString()).isEqualTo(amount.toPlainString() + " €");
              assertThat(amount.isNegative()).isEqualTo(cents < 0);
            });
  }

  @Test
  void plus_agrees_with_exact_arithmetic() {
    qt().forAll(longs().between(-1L << 61, 1L << 61), longs().between(-1L << 61, 1L << 61))
        .checkAssert(
            (a, b) -> {
              EuroAmount sum = EuroAmount.ofCents(a).plus(EuroAmount.ofCents(b));
              assertThat(sum.toEuros())
                  .isEqualTo(EuroAmount.ofCents(a).toEuros().add(EuroAmount.ofCents(b).toEuros()));
              assertThat(sum).isEqualTo(EuroAmount.ofCents(b).plus(EuroAmount.ofCents(a)));
            });
  }

  @Test
  void ordering_agrees_with_cents_and_equals() {
    qt().forAll(cents(), cents())
        .checkAssert(
            (a, b) -> {
              EuroAmount x = EuroAmount.ofCents(a);
              EuroAmount y = EuroAmount.ofCents(b);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(Long.compare(a, b)));
              assertThat(x.equals(y)).isEqualTo(a.longValue() == b.longValue());
            });
  }
}
