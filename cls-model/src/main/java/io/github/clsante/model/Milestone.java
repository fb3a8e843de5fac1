package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event in a contract's life (étape): a working seminar, the avis of the conseil territorial
 * de santé, a first steering committee.
 */
@Value.Immutable
public interface Milestone {

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
  static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }
}
