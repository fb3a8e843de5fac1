package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.BASELINE_VALUE;
import static io.github.clsante.validation.internal.Members.CONTRACT_INDICATORS;
import static io.github.clsante.validation.internal.Members.CONTRACT_PERIOD;
import static io.github.clsante.validation.internal.Members.INDICATOR_BASELINE;
import static io.github.clsante.validation.internal.Members.INDICATOR_DIRECTION;
import static io.github.clsante.validation.internal.Members.INDICATOR_ID;
import static io.github.clsante.validation.internal.Members.INDICATOR_MEASURE;
import static io.github.clsante.validation.internal.Members.INDICATOR_MEASUREMENTS;
import static io.github.clsante.validation.internal.Members.INDICATOR_RESPONSIBLE;
import static io.github.clsante.validation.internal.Members.INDICATOR_TARGETS;
import static io.github.clsante.validation.internal.Members.MEASUREMENT_PERIOD;
import static io.github.clsante.validation.internal.Members.MEASUREMENT_VALUE;
import static io.github.clsante.validation.internal.Members.SHEET_INDICATORS;
import static io.github.clsante.validation.internal.Members.TARGET_VALUE;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of indicators, the contract's and each sheet's: ids, the responsible party, values that fit
 * the measure (and percentages within 0–100), baseline and target present for a quantitative one,
 * targets on the side of the baseline the direction says, and measurements in order within the
 * contract's period.
 */
final class IndicatorRules extends RuleArea {

  private static final Set<MeasureKind> QUANTITATIVE =
      EnumSet.of(MeasureKind.COUNT, MeasureKind.PERCENTAGE, MeasureKind.RATE, MeasureKind.AMOUNT);


  IndicatorRules(Walk walk) {
    super(walk);
  }

  /** The contract's own indicators. */
  void contract() {
    indicators(contract.indicators(), Place.ROOT, CONTRACT_INDICATORS);
  }

  /** A sheet's indicators. */
  void sheet(ActionSheet sheet, Place pointer) {
    indicators(sheet.indicators(), pointer, SHEET_INDICATORS);
  }

  private void indicators(List<Indicator> indicators, Place pointer, String member) {
    for (int i = 0; i < indicators.size(); i++) {
      indicator(indicators.get(i), at(pointer, member, i));
    }
  }

  private void indicator(Indicator indicator, Place pointer) {
    walk.unique(indicator.id(), pointer, INDICATOR_ID);
    if (indicator.responsible().isPresent()) {
      walk.ref(indicator.responsible().get(), at(pointer, INDICATOR_RESPONSIBLE));
    }
    // An unreadable measure is no measure: no rule judges the values by it.
    Optional<MeasureKind> measure = walk.intact(at(pointer, INDICATOR_MEASURE)) ? indicator.measure() : Optional.empty();
    Optional<IndicatorValue> baselineValue = indicator.baseline().flatMap(b -> b.value());
    if (baselineValue.isPresent()) {
      value(baselineValue.get(), measure, at(pointer, INDICATOR_BASELINE), BASELINE_VALUE);
    }
    Optional<Double> baseline = baselineValue.flatMap(IndicatorValue::number);
    if (measure.isPresent() && QUANTITATIVE.contains(measure.get())
        && walk.intact(at(pointer, INDICATOR_BASELINE)) && walk.intact(at(pointer, INDICATOR_TARGETS))) {
      boolean noBaseline = baselineValue.isEmpty();
      boolean noTarget = indicator.targets().stream().noneMatch(t -> t.value().isPresent());
      if (noBaseline || noTarget) {
        walk.add(Rule.INDICATOR_VALUES_MISSING, pointer, "missing",
            noBaseline && noTarget ? "baseline, target" : noBaseline ? "baseline" : "target");
      }
    }
    for (int i = 0; i < indicator.targets().size(); i++) {
      Target target = indicator.targets().get(i);
      Place at = at(pointer, INDICATOR_TARGETS, i);
      if (target.value().isPresent()) {
        value(target.value().get(), measure, at, TARGET_VALUE);
      }
      Optional<Double> number = target.value().flatMap(IndicatorValue::number);
      if (baseline.isPresent() && number.isPresent() && indicator.direction().isPresent()) {
        Direction direction = indicator.direction().get();
        boolean wrong = direction == Direction.INCREASE ? number.get() < baseline.get()
            : direction == Direction.DECREASE ? number.get() > baseline.get()
            : false;
        if (wrong && walk.intact(at(pointer, INDICATOR_BASELINE)) && walk.intact(at(pointer, INDICATOR_DIRECTION))) {
          walk.add(Rule.INDICATOR_TARGET_DIRECTION, at(at, TARGET_VALUE), "direction", direction.code(),
              "directionLabel", direction.frenchLabel());
        }
      }
    }
    PartialDate previous = null;
    for (int i = 0; i < indicator.measurements().size(); i++) {
      Measurement measurement = indicator.measurements().get(i);
      Place at = at(pointer, INDICATOR_MEASUREMENTS, i);
      if (measurement.value().isPresent()) {
        value(measurement.value().get(), measure, at, MEASUREMENT_VALUE);
      }
      if (measurement.period().isPresent()) {
        Period period = measurement.period().get();
        walk.period(period, at(at, MEASUREMENT_PERIOD));
        Optional<PartialDate> start = period.start().or(period::end);
        PartialDate last = previous;
        boolean unordered = last != null && start.filter(s -> s.isCertainlyBefore(last)).isPresent();
        if ((unordered || walk.outsideContract(period))
            && walk.intact(path(CONTRACT_PERIOD)) && walk.intact(at(pointer, INDICATOR_MEASUREMENTS))) {
          walk.add(Rule.INDICATOR_MEASUREMENT_ORDER, at(at, MEASUREMENT_PERIOD));
        }
        if (start.isPresent()) {
          previous = start.get();
        }
      }
    }
  }

  /** A value, the member {@code member} of the object at a place, that must fit the measure. */
  private void value(IndicatorValue value, Optional<MeasureKind> measure, Place place, String member) {
    if (measure.isEmpty()) {
      return;
    }
    boolean number = value.kind() == IndicatorValue.Kind.NUMBER;
    MeasureKind kind = measure.get();
    boolean fits = QUANTITATIVE.contains(kind) ? number
        : kind == MeasureKind.YES_NO ? value.kind() == IndicatorValue.Kind.BOOLEAN
        : !number;
    if (!fits) {
      walk.add(Rule.INDICATOR_VALUE_KIND, at(place, member), "measure", kind.code(), "measureLabel", kind.frenchLabel());
    } else if (kind == MeasureKind.PERCENTAGE) {
      double percentage = value.number().orElseThrow();
      if (percentage < 0 || percentage > 100) {
        walk.add(Rule.INDICATOR_PERCENTAGE_RANGE, at(place, member), "value", JsonWriter.numberText(percentage));
      }
    }
  }
}
