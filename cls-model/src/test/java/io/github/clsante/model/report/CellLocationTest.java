package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellLocationTest {

  @ParameterizedTest(name = "column {0} is {1}")
  @CsvSource({"1, A", "2, B", "25, Y", "26, Z", "27, AA", "28, AB", "52, AZ", "53, BA", "702, ZZ", "703, AAA",
      "16384, XFD"})
  void columns_are_named_as_a_spreadsheet_program_names_them(int column, String name) {
    assertThat(CellLocation.of("Feuille", 1, column).columnName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}, row {1}, column {2} is {3}")
  @CsvSource(delimiter = '|', value = {
      "Fichier d'import|12|25|Fichier d'import!Y12",
      "Données CLS|1|1|Données CLS!A1",
      "Plan d’action|100000|28|Plan d’action!AB100000"})
  void the_reference_is_the_sheet_unquoted_then_the_column_letters_then_the_row(String sheet, int row,
      int column, String reference) {
    assertThat(CellLocation.of(sheet, row, column).reference()).isEqualTo(reference);
  }

  @ParameterizedTest(name = "row {0}, column {1}")
  @CsvSource({"0, 1", "1, 0", "-3, 4"})
  void rows_and_columns_are_counted_from_one(int row, int column) {
    assertThatThrownBy(() -> CellLocation.of("Feuille", row, column))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row and column are counted from 1, got row " + row + ", column " + column);
  }

  @Test
  void the_sheet_is_required() {
    assertThatThrownBy(() -> CellLocation.builder().row(1).column(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[sheet]");
  }
}
