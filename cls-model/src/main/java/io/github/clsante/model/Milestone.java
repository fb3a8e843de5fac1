package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event in a contract's life (étape): a working seminar, the avis of the conseil territorial
 * de santé, a first steering committee.
 */
@Value.Immutable
public interface Milestone extends WithMilestone {

  /**
   * Returns when the event took place or is to take place.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> date();

  /**
   * Returns what happened, exactly as written.
   *
   * @return the description
   */
  String description();

  /**
   * Returns a new builder.
   *
   * @return a builder of milestones
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a milestone.
   *
   * @param milestone the milestone to copy
   * @return the copy, or the milestone itself when it is already immutable
   */
  static Milestone copyOf(Milestone milestone) {
    return ImmutableMilestone.copyOf(milestone);
  }

  /** Builds a milestone: set its values, then call {@code build()}; obtained from {@link Milestone#builder()}. */
  final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
