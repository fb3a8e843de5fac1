package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/** How citizens take part in an action (participation citoyenne): a level, and the details. */
@Value.Immutable
public interface CitizenParticipation {

  /**
   * Returns the level of participation.
   *
   * @return the level
   */
  ParticipationLevel level();

  /**
   * Returns how citizens take part, exactly as written.
   *
   * @return the details, if given
   */
  Optional<String> detail();

  /**
   * Returns a new builder.
   *
   * @return a builder of participations
   */
  static ImmutableCitizenParticipation.Builder builder() {
    return ImmutableCitizenParticipation.builder();
  }
}
