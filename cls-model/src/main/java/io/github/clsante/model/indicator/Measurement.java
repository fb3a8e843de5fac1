package io.github.clsante.model.indicator;

import io.github.clsante.model.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** A measurement of an indicator (valeur mesurée) over a period, recorded during follow-up. */
@Value.Immutable
public interface Measurement extends WithMeasurement {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a measurement.
   *
   * @param measurement the measurement to copy
   * @return the copy, or the measurement itself when it is already immutable
   */
  static Measurement copyOf(Measurement measurement) {
    return ImmutableMeasurement.copyOf(measurement);
  }

  /** Builds a measurement: set its values, then call {@code build()}; obtained from {@link Measurement#builder()}. */
  final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
