package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.line;
import static io.github.clsante.validation.FindingLines.lineIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The indicator rules on the values themselves: a value of the kind its measure says, in the baseline,
 * each target and each measurement (CLS-INDICATOR-VALUE-KIND); percentages from 0 to 100 included
 * (CLS-INDICATOR-PERCENTAGE-RANGE); what a quantitative indicator lacks (CLS-INDICATOR-VALUES-MISSING);
 * a target on the wrong side of the baseline, an equal one being on neither
 * (CLS-INDICATOR-TARGET-DIRECTION).
 */
class IndicatorValuesTest {

  private static String withIndicators(String indicators) {
    return """
        {
          "formatVersion": "1.1", "id": "cls-ind", "status": "in_preparation", "leadArs": "24", "territory": {},
          "indicators": %s
        }
        """.formatted(indicators);
  }

  @Test
  void each_value_must_be_of_the_kind_its_measure_says() {
    String d = withIndicators("""
        [{"id": "i-0", "name": "Outil", "measure": "yes_no", "baseline": {"value": false}, "targets": [{"value": 1}]},
         {"id": "i-1", "name": "Avis", "measure": "qualitative", "baseline": {"value": "mitigé"},
          "targets": [{"value": "bon"}], "measurements": [{"value": 3}, {"value": "bon"}]},
         {"id": "i-2", "name": "Ateliers", "measure": "count", "baseline": {"value": 2}, "targets": [{"value": 8}],
          "measurements": [{"value": "quatre"}]},
         {"id": "i-3", "name": "Oui", "measure": "yes_no", "baseline": {"value": "non"}, "targets": [{"value": true}]}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.INDICATOR_VALUE_KIND, "/indicators/0/targets/0/value", d, "1}]},", "measure=yes_no",
            "measureLabel=Oui / non"),
        line(Rule.INDICATOR_VALUE_KIND, "/indicators/1/measurements/0/value", d, "3}, {", "measure=qualitative",
            "measureLabel=Qualitatif"),
        line(Rule.INDICATOR_VALUE_KIND, "/indicators/2/measurements/0/value", d, "\"quatre\"", "measure=count",
            "measureLabel=Nombre"),
        line(Rule.INDICATOR_VALUE_KIND, "/indicators/3/baseline/value", d, "\"non\"", "measure=yes_no",
            "measureLabel=Oui / non"));
  }

  @Test
  void a_percentage_runs_from_0_to_100_included() {
    String d = withIndicators("""
        [{"id": "i-0", "name": "Part", "measure": "percentage", "baseline": {"value": 0}, "targets": [{"value": 100},
          {"value": -0.5}, {"value": 100.5}], "measurements": [{"value": 101}]}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.INDICATOR_PERCENTAGE_RANGE, "/indicators/0/measurements/0/value", d, "101", "value=101"),
        line(Rule.INDICATOR_PERCENTAGE_RANGE, "/indicators/0/targets/1/value", d, "-0.5", "value=-0.5"),
        line(Rule.INDICATOR_PERCENTAGE_RANGE, "/indicators/0/targets/2/value", d, "100.5", "value=100.5"));
  }

  @Test
  void a_quantitative_indicator_says_which_of_its_baseline_and_target_it_lacks() {
    String d = withIndicators("""
        [{"id": "i-0", "name": "Sans rien", "measure": "rate"},
         {"id": "i-1", "name": "Sans base", "measure": "amount", "targets": [{"value": 10}]},
         {"id": "i-2", "name": "Cible sans valeur", "measure": "count", "baseline": {"value": 1}, "targets": [{"dueDate": "2026"}]},
         {"id": "i-3", "name": "Complet", "measure": "count", "baseline": {"value": 1}, "targets": [{"dueDate": "2025"}, {"value": 4}]},
         {"id": "i-4", "name": "Qualitatif", "measure": "qualitative"}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        line(Rule.INDICATOR_VALUES_MISSING, "/indicators/0", d, "{\"id\": \"i-0\"", "missing=baseline, target"),
        line(Rule.INDICATOR_VALUES_MISSING, "/indicators/1", d, "{\"id\": \"i-1\"", "missing=baseline"),
        line(Rule.INDICATOR_VALUES_MISSING, "/indicators/2", d, "{\"id\": \"i-2\"", "missing=target"));
  }

  @Test
  void a_target_on_the_wrong_side_of_the_baseline_is_reported_and_an_equal_one_is_not() {
    String d = withIndicators("""
        [{"id": "i-0", "name": "Hausse", "measure": "count", "direction": "increase", "baseline": {"value": 10},
          "targets": [{"value": 10}, {"value": 9.5}, {"value": 12}]},
         {"id": "i-1", "name": "Baisse", "measure": "count", "direction": "decrease", "baseline": {"value": 10},
          "targets": [{"value": 10}, {"value": 10.5}, {"value": 3}]},
         {"id": "i-2", "name": "Maintien", "measure": "count", "direction": "maintain", "baseline": {"value": 10},
          "targets": [{"value": 2}, {"value": 20}]}]""");

    assertThat(FindingLines.of(d)).containsExactly(
        lineIn(Rule.INDICATOR_TARGET_DIRECTION, "/indicators/0/targets/1/value", d, "9.5}", "9.5",
            "direction=increase", "directionLabel=À la hausse"),
        lineIn(Rule.INDICATOR_TARGET_DIRECTION, "/indicators/1/targets/1/value", d, "10.5}", "10.5",
            "direction=decrease", "directionLabel=À la baisse"));
  }
}
