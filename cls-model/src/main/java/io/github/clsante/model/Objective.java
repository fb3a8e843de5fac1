package io.github.clsante.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective grouping action sheets within an axis (objectif stratégique or opérationnel, sous-axe):
 * the extra levels some contracts put between an axis and its sheets.
 *
 * <p>Objectives nest, as Territoires en Transitions axis paths do (axe › objectif stratégique ›
 * objectif opérationnel). An objective with no sheets is a plain statement of the axis's aims.
 */
@Value.Immutable
public interface Objective extends WithObjective {

  /**
   * Returns the objective's identifier, unique within its contract.
   *
   * @return the identifier, if the objective is referred to
   */
  Optional<String> id();

  /**
   * Returns the objective's number, as written ({@code "1.2"}).
   *
   * @return the number, if it has one
   */
  Optional<String> number();

  /**
   * Returns the objective's level.
   *
   * @return the level, if given
   */
  Optional<ObjectiveLevel> level();

  /**
   * Returns the objective's title, exactly as written.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the objective's description, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns the objectives one level down.
   *
   * @return the sub-objectives, possibly empty
   */
  List<Objective> objectives();

  /**
   * Returns the action sheets grouped under this objective.
   *
   * @return the sheets, possibly empty
   */
  List<ActionSheet> actionSheets();

  /**
   * Returns a new builder.
   *
   * @return a builder of objectives
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an objective.
   *
   * @param objective the objective to copy
   * @return the copy, or the objective itself when it is already immutable
   */
  static Objective copyOf(Objective objective) {
    return ImmutableObjective.copyOf(objective);
  }

  /** Builds an objective: set its values, then call {@code build()}; obtained from {@link Objective#builder()}. */
  final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
