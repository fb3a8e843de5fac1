package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"plan.xlsx, XLSX", "PLAN.XLSX, XLSX", "dir/Plan d’action.ods, ODS", "plan.Ods, ODS", "plan.xls, ''",
      "plan.json, ''", "xlsx, ''", "plan.xlsx.json, ''"})
  void the_format_is_that_of_the_extension_in_any_case(String name, String format) {
    assertThat(SpreadsheetFormat.ofFileName(name).map(Enum::name).orElse("")).isEqualTo(format);
  }
}
