package io.github.clsante.model.indicator;

import io.github.clsante.model.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The baseline of an indicator (valeur de référence): where it stood when the action began. */
@Value.Immutable
public interface Baseline extends WithBaseline {

  /**
   * Returns the baseline value.
   *
   * @return the value, if known
   */
  Optional<IndicatorValue> value();

  /**
   * Returns when the baseline was measured.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> date();

  /**
   * Returns where the baseline comes from (« ORS Centre-Val de Loire, 2019 »).
   *
   * @return the source, if given
   */
  Optional<String> source();

  /**
   * Returns a new builder.
   *
   * @return a builder of baselines
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a baseline.
   *
   * @param baseline the baseline to copy
   * @return the copy, or the baseline itself when it is already immutable
   */
  static Baseline copyOf(Baseline baseline) {
    return ImmutableBaseline.copyOf(baseline);
  }

  /** Builds a baseline: set its values, then call {@code build()}; obtained from {@link Baseline#builder()}. */
  final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
