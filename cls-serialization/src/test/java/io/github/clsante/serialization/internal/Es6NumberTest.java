package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Es6NumberTest {

  static final Path VECTORS = Path.of("../../shared/testdata/jcs/es6-numbers-100k.txt.gz");

  @Test
  void every_line_of_the_rfc_8785_es6_number_file_is_formatted_exactly() throws IOException {
    assertThat(VECTORS).as("the RFC 8785 test vectors beside the repository").exists();
    List<String> mismatches = new ArrayList<>();
    int lines = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(VECTORS)), StandardCharsets.US_ASCII))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines++;
        int comma = line.indexOf(',');
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
        String expected = line.substring(comma + 1);
        String actual = Es6Number.format(value);
        if (!actual.equals(expected) && mismatches.size() < 10) {
          mismatches.add(line + " -> " + actual);
        }
      }
    }
    assertThat(lines).isEqualTo(100_000);
    assertThat(mismatches).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, 0", "-0.0, 0", "1.0, 1", "-1.0, -1", "100.0, 100", "0.5, 0.5", "1e21, 1e+21",
    "1e20, 100000000000000000000", "0.000001, 0.000001", "1e-7, 1e-7", "1.5e-7, 1.5e-7",
    "123456789012345680000, 123456789012345680000", "9007199254740993, 9007199254740992",
    "1.7976931348623157e308, 1.7976931348623157e+308", "333333333.3333333, 333333333.3333333",
    "4.9e-324, 5e-324", "-4.9e-324, -5e-324", "9.9e-324, 1e-323", "4.9e-323, 5e-323",
    "5.9e-323, 6e-323", "6.9e-323, 7e-323", "7.9e-323, 8e-323", "8.9e-323, 9e-323",
    "9.9e-323, 1e-322", "1e23, 1e+23", "12.34, 12.34", "-0.001, -0.001"
  })
  void formats_like_ecmascript(double value, String expected) {
    assertThat(Es6Number.format(value)).isEqualTo(expected);
  }

  @Test
  void refuses_what_json_cannot_hold() {
    assertThatThrownBy(() -> Es6Number.format(Double.NaN))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON number: NaN");
    assertThatThrownBy(() -> Es6Number.format(Double.POSITIVE_INFINITY))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON number: Infinity");
    assertThatThrownBy(() -> Es6Number.format(Double.NEGATIVE_INFINITY))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON number: -Infinity");
  }
}
