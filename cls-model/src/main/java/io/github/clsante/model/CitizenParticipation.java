package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/** How citizens take part in an action (participation citoyenne): a level, and the details. */
@Value.Immutable
public interface CitizenParticipation extends WithCitizenParticipation {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a citizen participation.
   *
   * @param citizenParticipation the citizen participation to copy
   * @return the copy, or the citizen participation itself when it is already immutable
   */
  static CitizenParticipation copyOf(CitizenParticipation citizenParticipation) {
    return ImmutableCitizenParticipation.copyOf(citizenParticipation);
  }

  /** Builds a citizen participation: set its values, then call {@code build()}; obtained from {@link CitizenParticipation#builder()}. */
  final class Builder extends ImmutableCitizenParticipation.Builder {
    Builder() {}
  }
}
