package io.github.clsante.model.indicator;

import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation indicator (indicateur d’évaluation) of an action sheet or of a whole contract.
 *
 * <pre>{@code
 * Indicator workshops = Indicator.builder()
 *     .id("fa-1-ind-1")
 *     .name("Nombre d’ateliers réalisés")
 *     .type(IndicatorType.PROCESS)
 *     .measure(MeasureKind.COUNT)
 *     .direction(Direction.INCREASE)
 *     .addTargets(Target.builder().value(IndicatorValue.ofNumber(12)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Indicator extends WithIndicator {

  /**
   * Returns the indicator's identifier, unique within its contract.
   *
   * @return the identifier
   */
  String id();

  /**
   * Returns the indicator's name (libellé), exactly as written.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the type of indicator: process, result, impact…
   *
   * @return the type, if given
   */
  Optional<IndicatorType> type();

  /**
   * Returns what kind of quantity is measured.
   *
   * @return the measure, if given
   */
  Optional<MeasureKind> measure();

  /**
   * Returns the unit, exactly as written (« nombre », « % », « pour 100 000 habitants »).
   *
   * @return the unit, if given
   */
  Optional<String> unit();

  /**
   * Returns how the indicator is defined or computed (définition, mode de calcul).
   *
   * @return the definition, if given
   */
  Optional<String> definition();

  /**
   * Returns the way the indicator should move.
   *
   * @return the direction, if given
   */
  Optional<Direction> direction();

  /**
   * Returns the baseline (valeur de référence).
   *
   * @return the baseline, if given
   */
  Optional<Baseline> baseline();

  /**
   * Returns the targets (valeurs cibles), in the contract's order.
   *
   * @return the targets, possibly empty
   */
  List<Target> targets();

  /**
   * Returns the measurements recorded so far, in the contract's order.
   *
   * @return the measurements, possibly empty
   */
  List<Measurement> measurements();

  /**
   * Returns where the data come from (ORS, INSEE, CPAM, the pilot's own tracking…).
   *
   * @return the data source, if given
   */
  Optional<String> dataSource();

  /**
   * Returns how often the indicator is collected.
   *
   * @return the frequency, if given
   */
  Optional<CollectionFrequency> frequency();

  /**
   * Returns the party responsible for collecting the indicator.
   *
   * @return the responsible party, if given
   */
  Optional<PartyRef> responsible();

  /**
   * Returns extension data, by namespace: each value is a JSON text kept as it was received.
   *
   * @return the extensions, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder of indicators
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an indicator.
   *
   * @param indicator the indicator to copy
   * @return the copy, or the indicator itself when it is already immutable
   */
  static Indicator copyOf(Indicator indicator) {
    return ImmutableIndicator.copyOf(indicator);
  }

  /** Builds an indicator: set its values, then call {@code build()}; obtained from {@link Indicator#builder()}. */
  final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
