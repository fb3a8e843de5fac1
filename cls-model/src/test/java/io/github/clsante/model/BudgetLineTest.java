package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetLineTest {

  @Test
  void negative_zero_full_time_equivalents_are_held_as_zero() {
    BudgetLine line = BudgetLine.builder()
        .nature(BudgetNature.OPERATING)
        .plannedFullTimeEquivalents(-0.0)
        .actualFullTimeEquivalents(-0.0)
        .build();

    assertThat(Double.doubleToRawLongBits(line.plannedFullTimeEquivalents().orElseThrow())).isZero();
    assertThat(Double.doubleToRawLongBits(line.actualFullTimeEquivalents().orElseThrow())).isZero();
    assertThat(line).isEqualTo(BudgetLine.builder().nature(BudgetNature.OPERATING)
        .plannedFullTimeEquivalents(0.0).actualFullTimeEquivalents(0.0).build());
  }

  @Test
  void other_values_are_kept_as_given() {
    BudgetLine line = BudgetLine.builder().nature(BudgetNature.INVESTMENT).plannedFullTimeEquivalents(0.5).build();

    assertThat(line.plannedFullTimeEquivalents()).contains(0.5);
    assertThat(line.actualFullTimeEquivalents()).isEmpty();
  }
}
