package io.github.clsante.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic axis of a contract (axe stratégique): a numbered priority, or a transversal axis with no
 * number, holding action sheets directly or through objectives.
 *
 * <pre>{@code
 * Axis axis = Axis.builder()
 *     .id("axe-t")
 *     .label("EN TRANSVERSALITE")
 *     .title("COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS")
 *     .transversal(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Axis extends WithAxis {

  /**
   * Returns the axis's identifier, unique within its contract.
   *
   * @return the identifier
   */
  String id();

  /**
   * Returns the axis's number, as written ({@code "1"}, {@code "A"}, {@code "IV"}).
   *
   * @return the number; empty for an unnumbered (often transversal) axis
   */
  Optional<String> number();

  /**
   * Returns the heading before the title, exactly as written (« AXE 1 », « EN TRANSVERSALITE »).
   *
   * @return the label, if the contract has one
   */
  Optional<String> label();

  /**
   * Returns the axis's title, exactly as written (« VIEILLIR EN BONNE SANTE »).
   *
   * @return the title
   */
  String title();

  /**
   * Returns the title in other languages.
   *
   * @return the translations, possibly empty
   */
  List<LocalizedText> titleTranslations();

  /**
   * Tells whether the axis is transversal (axe transversal), cutting across the others.
   *
   * @return {@code true} for a transversal axis, if stated (format 1.0 read a missing value as
   *     {@code false})
   */
  Optional<Boolean> transversal();

  /**
   * Returns the axis's description, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns the objectives of the axis: strategic objectives and the sheets they group.
   *
   * @return the objectives, possibly empty
   */
  List<Objective> objectives();

  /**
   * Returns the action sheets placed directly under the axis.
   *
   * @return the sheets, possibly empty
   */
  List<ActionSheet> actionSheets();

  /**
   * Returns extension data, by namespace: each value is a JSON text kept as it was received.
   *
   * @return the extensions, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Returns every action sheet of the axis: those directly under it, then those of its objectives,
   * depth first, in the contract's order (sub-actions not included).
   *
   * @return the sheets, possibly empty
   */
  @Value.Lazy
  default List<ActionSheet> allActionSheets() {
    List<ActionSheet> sheets = new java.util.ArrayList<>(actionSheets());
    java.util.ArrayDeque<Objective> pending = new java.util.ArrayDeque<>();
    for (int i = objectives().size() - 1; i >= 0; i--) {
      pending.push(objectives().get(i));
    }
    while (!pending.isEmpty()) {
      Objective objective = pending.pop();
      sheets.addAll(objective.actionSheets());
      for (int i = objective.objectives().size() - 1; i >= 0; i--) {
        pending.push(objective.objectives().get(i));
      }
    }
    return java.util.Collections.unmodifiableList(sheets);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of axes
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an axis.
   *
   * @param axis the axis to copy
   * @return the copy, or the axis itself when it is already immutable
   */
  static Axis copyOf(Axis axis) {
    return ImmutableAxis.copyOf(axis);
  }

  /** Builds an axis: set its values, then call {@code build()}; obtained from {@link Axis#builder()}. */
  final class Builder extends ImmutableAxis.Builder {
    Builder() {}
  }
}
