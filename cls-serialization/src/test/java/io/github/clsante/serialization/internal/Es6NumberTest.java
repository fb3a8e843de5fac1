package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ECMAScript number form of RFC 8785 §3.2.2.3, against the RFC's own 100,000-number file
 * ({@code es6-numbers-100k.txt.gz}: {@code hex-of-IEEE-754-bits,expected-text}, the hex without its
 * leading zeros).
 */
class Es6NumberTest {

  @Test
  void every_number_of_the_rfc_100k_file_is_formatted_as_ecmascript_does() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int lines = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(JsonCanonicalizerTest.vector("es6-numbers-100k.txt.gz")), StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        int comma = line.indexOf(',');
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
        String expected = line.substring(comma + 1);
        String actual = Es6Number.format(value);
        if (!actual.equals(expected)) {
          mismatches.add(line + " -> " + actual);
        }
      }
    }
    assertThat(lines).isEqualTo(100_000);
    assertThat(mismatches)
        .as("%d mismatches, first ones: %s", mismatches.size(),
            mismatches.subList(0, Math.min(10, mismatches.size())))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // The 8 subnormal magnitudes where the shortest-digit algorithm gives 2 digits and ECMAScript 1.
    "4.9E-324, 5e-324",
    "9.9E-324, 1e-323",
    "4.9E-323, 5e-323",
    "5.9E-323, 6e-323",
    "6.9E-323, 7e-323",
    "7.9E-323, 8e-323",
    "8.9E-323, 9e-323",
    "9.9E-323, 1e-322",
    "-4.9E-324, -5e-324",
    "-9.9E-324, -1e-323",
    "-4.9E-323, -5e-323",
    "-5.9E-323, -6e-323",
    "-6.9E-323, -7e-323",
    "-7.9E-323, -8e-323",
    "-8.9E-323, -9e-323",
    "-9.9E-323, -1e-322",
  })
  void the_eight_two_digit_subnormals_take_one_digit_as_in_ecmascript(double value, String expected) {
    assertThat(Es6Number.format(value)).isEqualTo(expected);
  }

  @Test
  void the_smallest_subnormal_is_5e_minus_324() {
    assertThat(Es6Number.format(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(Es6Number.format(-Double.MIN_VALUE)).isEqualTo("-5e-324");
    assertThat(Es6Number.format(2 * Double.MIN_VALUE)).isEqualTo("1e-323");
  }

  @Test
  void subnormals_whose_shortest_form_has_two_or_more_digits_keep_them() {
    assertThat(Es6Number.format(3 * Double.MIN_VALUE)).isEqualTo("1.5e-323");
    assertThat(Es6Number.format(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014e-308");
    assertThat(Es6Number.format(Math.nextDown(Double.MIN_NORMAL))).isEqualTo("2.225073858507201e-308");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "1, 1",
    "-1, -1",
    "0.5, 0.5",
    "-0.5, -0.5",
    "10, 10",
    "123, 123",
    "1e20, 100000000000000000000",
    "1e21, 1e+21",
    "-1e21, -1e+21",
    "1.5e21, 1.5e+21",
    "123456789012345680000, 123456789012345680000",
    "0.000001, 0.000001",
    "0.0000015, 0.0000015",
    "1e-7, 1e-7",
    "1.5e-7, 1.5e-7",
    "-1.5e-7, -1.5e-7",
    "0.1, 0.1",
    "0.3, 0.3",
    "0.30000000000000004, 0.30000000000000004",
    "100.25, 100.25",
    "9007199254740992, 9007199254740992",
    "9007199254740993, 9007199254740992",
    "9007199254740994, 9007199254740994",
    "1e23, 1e+23",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "-1.7976931348623157e308, -1.7976931348623157e+308",
    "333333333.3333333, 333333333.3333333",
    "333333333.33333329, 333333333.3333333",
    "1e30, 1e+30",
    "4.50, 4.5",
    "2e-3, 0.002",
    "1e-27, 1e-27",
    "12345678.9, 12345678.9",
    "1234567890123456789, 1234567890123456800",
    "0.000001234, 0.000001234",
    "0.0000001234, 1.234e-7",
    "1e100, 1e+100",
    "1e-100, 1e-100",
  })
  void classic_values_take_their_ecmascript_form(double value, String expected) {
    assertThat(Es6Number.format(value)).isEqualTo(expected);
    StringBuilder appended = new StringBuilder("x");
    Es6Number.appendTo(value, appended);
    assertThat(appended).hasToString("x" + expected);
  }

  @Test
  void negative_zero_is_written_0() {
    assertThat(Es6Number.format(-0.0)).isEqualTo("0");
    assertThat(Es6Number.format(0.0)).isEqualTo("0");
  }

  @Test
  void the_largest_double_takes_the_exponent_form() {
    assertThat(Es6Number.format(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
  }

  @Test
  void nan_and_infinities_are_rejected_with_an_exact_message() {
    assertThatThrownBy(() -> Es6Number.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: NaN");
    assertThatThrownBy(() -> Es6Number.format(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: Infinity");
    assertThatThrownBy(() -> Es6Number.format(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number: -Infinity");
  }

  @Test
  void nothing_is_appended_for_a_rejected_value() {
    StringBuilder out = new StringBuilder("x");
    assertThatThrownBy(() -> Es6Number.appendTo(Double.NaN, out)).isInstanceOf(IllegalArgumentException.class);
    assertThat(out).hasToString("x");
  }

  @Test
  void every_form_round_trips_to_the_same_double() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(8785);
    for (int i = 0; i < 20_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(value)) {
        String text = Es6Number.format(value);
        assertThat(Double.parseDouble(text)).as(text).isEqualTo(value == 0.0 ? 0.0 : value);
        assertThat(text.length()).isLessThanOrEqualTo(Es6Number.MAX_LENGTH);
      }
    }
  }

  @Test
  void the_longest_forms_fit_the_maximum_length() {
    assertThat(Es6Number.format(-0.0000012345678901234567)).isEqualTo("-0.0000012345678901234567");
    assertThat(Es6Number.format(-0.0000012345678901234567)).hasSize(Es6Number.MAX_LENGTH);
    assertThat(Es6Number.format(-Double.MIN_NORMAL)).isEqualTo("-2.2250738585072014e-308");
  }
}
