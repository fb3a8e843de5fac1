package io.github.clsante.model.indicator;

import io.github.clsante.model.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** A measurement of an indicator (valeur mesurée) over a period, recorded during follow-up. */
@Value.Immutable
public interface Measurement {

  /**
   * Returns the period the measurement covers (a year, a semester, a single day).
   *
   * @return the period, if given
   */
  Optional<Period> period();

  /**
   * Returns the measured value.
   *
   * @return the value, if recorded
   */
  Optional<IndicatorValue> value();

  /**
   * Returns a comment on the measurement, exactly as written.
   *
   * @return the comment, if any
   */
  Optional<String> comment();

  /**
   * Returns a new builder.
   *
   * @return a builder of measurements
   */
  static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }
}
