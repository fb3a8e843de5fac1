package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period (période): of a contract, of an action's schedule (calendrier), of a measurement.
 *
 * <p>Contracts state periods loosely, so every part is optional: « 2022-2027 » is a start year and an
 * end year, « un déploiement des actions sur 3 ans » only a duration, « jusqu’en 2024 » only an end.
 * The words of the contract can be kept in {@link #asWritten()}.
 *
 * <pre>{@code
 * Period agglopolys = Period.builder()
 *     .start(PartialDate.ofYear(2022))
 *     .end(PartialDate.ofYear(2027))
 *     .asWritten("2022-2027")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Period extends WithPeriod {

  /**
   * Returns when the period starts.
   *
   * @return the start, to the day, month or year, if known
   */
  Optional<PartialDate> start();

  /**
   * Returns when the period ends (inclusive).
   *
   * @return the end, to the day, month or year, if known
   */
  Optional<PartialDate> end();

  /**
   * Returns the length of the period in months, when the contract gives a duration (« sur 3 ans » is
   * 36).
   *
   * @return the duration in months, if given
   */
  Optional<Integer> durationMonths();

  /**
   * Returns the period exactly as the contract words it (« 2018-2020 », « sur trois ans »).
   *
   * @return the text, if kept
   */
  Optional<String> asWritten();

  /**
   * Returns a period from a start to an end.
   *
   * @param start the start
   * @param end the end (inclusive)
   * @return the period
   */
  static Period between(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of periods
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a period.
   *
   * @param period the period to copy
   * @return the copy, or the period itself when it is already immutable
   */
  static Period copyOf(Period period) {
    return ImmutablePeriod.copyOf(period);
  }

  /** Builds a period: set its values, then call {@code build()}; obtained from {@link Period#builder()}. */
  final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
