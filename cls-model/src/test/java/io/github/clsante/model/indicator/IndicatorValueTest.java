package io.github.clsante.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.indicator.IndicatorValue.Kind;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  @Test
  void a_number_holds_only_a_number() {
    IndicatorValue value = IndicatorValue.ofNumber(22.5);

    assertThat(value.kind()).isEqualTo(Kind.NUMBER);
    assertThat(value.number()).contains(22.5);
    assertThat(value.bool()).isEmpty();
    assertThat(value.text()).isEmpty();
  }

  @Test
  void a_yes_or_no_answer_holds_only_a_boolean() {
    IndicatorValue yes = IndicatorValue.ofBoolean(true);
    IndicatorValue no = IndicatorValue.ofBoolean(false);

    assertThat(yes.kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(yes.bool()).contains(true);
    assertThat(no.bool()).contains(false);
    assertThat(yes.number()).isEmpty();
    assertThat(yes.text()).isEmpty();
    assertThat(no.number()).isEmpty();
  }

  @Test
  void a_text_holds_only_the_text_exactly() {
    IndicatorValue value = IndicatorValue.ofText("satisfaisant — « en progrès »");

    assertThat(value.kind()).isEqualTo(Kind.TEXT);
    assertThat(value.text()).contains("satisfaisant — « en progrès »");
    assertThat(value.number()).isEmpty();
    assertThat(value.bool()).isEmpty();
  }

  @Test
  void negative_zero_is_held_as_zero() {
    IndicatorValue negativeZero = IndicatorValue.ofNumber(-0.0);

    assertThat(Double.doubleToRawLongBits(negativeZero.number().orElseThrow())).isZero();
    assertThat(negativeZero).isEqualTo(IndicatorValue.ofNumber(0.0));
    assertThat(negativeZero).hasSameHashCodeAs(IndicatorValue.ofNumber(0.0));
    assertThat(negativeZero).hasToString("0.0");
  }

  @Test
  void rejects_nan() {
    assertThatThrownBy(() -> IndicatorValue.ofNumber(Double.NaN))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an indicator value must be a finite number: NaN");
  }

  @Test
  void rejects_infinities() {
    assertThatThrownBy(() -> IndicatorValue.ofNumber(Double.POSITIVE_INFINITY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an indicator value must be a finite number: Infinity");
    assertThatThrownBy(() -> IndicatorValue.ofNumber(Double.NEGATIVE_INFINITY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an indicator value must be a finite number: -Infinity");
  }

  @Test
  void accepts_the_extreme_finite_numbers() {
    assertThat(IndicatorValue.ofNumber(Double.MAX_VALUE).number()).contains(Double.MAX_VALUE);
    assertThat(IndicatorValue.ofNumber(-Double.MAX_VALUE).number()).contains(-Double.MAX_VALUE);
    assertThat(IndicatorValue.ofNumber(Double.MIN_VALUE).number()).contains(Double.MIN_VALUE);
  }

  @Test
  void rejects_null_text() {
    assertThatThrownBy(() -> IndicatorValue.ofText(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void equal_values_have_equal_hash_codes() {
    assertThat(IndicatorValue.ofNumber(12)).isEqualTo(IndicatorValue.ofNumber(12.0));
    assertThat(IndicatorValue.ofNumber(12)).hasSameHashCodeAs(IndicatorValue.ofNumber(12.0));
    assertThat(IndicatorValue.ofBoolean(true)).isEqualTo(IndicatorValue.ofBoolean(true));
    assertThat(IndicatorValue.ofBoolean(true)).hasSameHashCodeAs(IndicatorValue.ofBoolean(true));
    assertThat(IndicatorValue.ofText("oui")).isEqualTo(IndicatorValue.ofText("oui"));
    assertThat(IndicatorValue.ofText("oui")).hasSameHashCodeAs(IndicatorValue.ofText("oui"));
  }

  @Test
  void values_of_different_kinds_are_not_equal() {
    assertThat(IndicatorValue.ofBoolean(false)).isNotEqualTo(IndicatorValue.ofNumber(0));
    assertThat(IndicatorValue.ofNumber(0)).isNotEqualTo(IndicatorValue.ofBoolean(false));
    assertThat(IndicatorValue.ofText("1.0")).isNotEqualTo(IndicatorValue.ofNumber(1));
    assertThat(IndicatorValue.ofText("true")).isNotEqualTo(IndicatorValue.ofBoolean(true));
    assertThat(IndicatorValue.ofText("")).isNotEqualTo(IndicatorValue.ofBoolean(false));
  }

  @Test
  void values_of_the_same_kind_differ_by_content() {
    assertThat(IndicatorValue.ofNumber(0.1 + 0.2)).isNotEqualTo(IndicatorValue.ofNumber(0.3));
    assertThat(IndicatorValue.ofBoolean(true)).isNotEqualTo(IndicatorValue.ofBoolean(false));
    assertThat(IndicatorValue.ofText("Oui")).isNotEqualTo(IndicatorValue.ofText("oui"));
    assertThat(IndicatorValue.ofNumber(1)).isNotEqualTo(1.0);
    assertThat(IndicatorValue.ofNumber(1)).isNotEqualTo(null);
  }

  @Test
  void to_string_is_the_number_the_answer_or_the_text() {
    assertThat(IndicatorValue.ofNumber(22)).hasToString("22.0");
    assertThat(IndicatorValue.ofNumber(0.1)).hasToString("0.1");
    assertThat(IndicatorValue.ofNumber(-3.5)).hasToString("-3.5");
    assertThat(IndicatorValue.ofNumber(1e21)).hasToString("1.0E21");
    assertThat(IndicatorValue.ofBoolean(true)).hasToString("true");
    assertThat(IndicatorValue.ofBoolean(false)).hasToString("false");
    assertThat(IndicatorValue.ofText("satisfaisant")).hasToString("satisfaisant");
    assertThat(IndicatorValue.ofText("")).hasToString("");
  }

  @Test
  void indicators_hold_values_in_baselines_targets_and_measurements() {
    Indicator indicator =
        Indicator.builder()
            .id("fa-1-ind-1")
            .name("Nombre d’ateliers réalisés")
            .type(IndicatorType.PROCESS)
            .measure(MeasureKind.COUNT)
            .direction(Direction.INCREASE)
            .baseline(Baseline.builder().value(IndicatorValue.ofNumber(4)).build())
            .addTargets(Target.builder().value(IndicatorValue.ofNumber(12)).build())
            .addMeasurements(Measurement.builder().value(IndicatorValue.ofNumber(-0.0)).build())
            .build();

    assertThat(indicator.baseline().orElseThrow().value()).contains(IndicatorValue.ofNumber(4));
    assertThat(indicator.targets()).extracting(target -> target.value().orElseThrow()).containsExactly(IndicatorValue.ofNumber(12));
    assertThat(indicator.measurements().get(0).value()).contains(IndicatorValue.ofNumber(0));
  }
}
