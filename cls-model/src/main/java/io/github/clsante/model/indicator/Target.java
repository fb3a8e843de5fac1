package io.github.clsante.model.indicator;

import io.github.clsante.model.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A target of an indicator (valeur cible): the value to reach, and by when. */
@Value.Immutable
public interface Target extends WithTarget {

  /**
   * Returns the value to reach.
   *
   * @return the value, if set
   */
  Optional<IndicatorValue> value();

  /**
   * Returns when the value should be reached.
   *
   * @return the due date, to the day, month or year, if set
   */
  Optional<PartialDate> dueDate();

  /**
   * Returns a comment on the target, exactly as written.
   *
   * @return the comment, if any
   */
  Optional<String> comment();

  /**
   * Returns a new builder.
   *
   * @return a builder of targets
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a target.
   *
   * @param target the target to copy
   * @return the copy, or the target itself when it is already immutable
   */
  static Target copyOf(Target target) {
    return ImmutableTarget.copyOf(target);
  }

  /** Builds a target: set its values, then call {@code build()}; obtained from {@link Target#builder()}. */
  final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
