package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers at the edges of ECMAScript's layouts (Number::toString): as many digits as the exponent
 * says (written whole), up to 21 digits before the point, exponents of one, two and three digits, six
 * zeros after the point at most, and 2<sup>53</sup>, the first whole number not written digit by digit.
 */
class Es6NumberLayoutBoundariesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // 17 significant digits and 17 before the point: whole, no point.
    "1.2345678901234568E16, 12345678901234568",
    "1.8014398509481984E16, 18014398509481984",
    "1.0E16, 10000000000000000",
    "9.007199254740992E15, 9007199254740992",
    // 21 digits before the point at most, then an exponent.
    "1.0E20, 100000000000000000000",
    "1.2345678901234568E20, 123456789012345680000",
    "1.0E21, 1e+21",
    "1.0E100, 1e+100",
    "1.7976931348623157E308, 1.7976931348623157e+308",
    // Up to six zeros after the point, then an exponent.
    "1.0E-6, 0.000001",
    "1.2345E-6, 0.0000012345",
    "1.0E-7, 1e-7",
    "1.5E-7, 1.5e-7",
    "1.0E-10, 1e-10",
    "4.35E-322, 4.35e-322",
    "12.5, 12.5",
  })
  void each_layout_at_its_edges(double value, String expected) {
    assertThat(Es6Number.format(value)).isEqualTo(expected);
    assertThat(Es6Number.format(-value)).isEqualTo("-" + expected);
  }
}
