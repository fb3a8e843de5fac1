package io.github.clsante.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The regional health project a contract declines locally (projet régional de santé, PRS): which one,
 * and the priorities the contract takes from it.
 */
@Value.Immutable
public interface PrsReference extends WithPrsReference {

  /**
   * Returns the PRS's title, exactly as written (« Programme régional de santé »).
   *
   * @return the title, if given
   */
  Optional<String> title();

  /**
   * Returns the PRS generation (« PRS de 2ème génération » is 2).
   *
   * @return the generation, if given
   */
  Optional<Integer> generation();

  /**
   * Returns the PRS's period.
   *
   * @return the period, if given
   */
  Optional<Period> period();

  /**
   * Returns the PRS priorities the contract answers, exactly as written.
   *
   * @return the priorities, possibly empty
   */
  List<String> priorities();

  /**
   * Returns a new builder.
   *
   * @return a builder of PRS references
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a prs reference.
   *
   * @param prsReference the prs reference to copy
   * @return the copy, or the prs reference itself when it is already immutable
   */
  static PrsReference copyOf(PrsReference prsReference) {
    return ImmutablePrsReference.copyOf(prsReference);
  }

  /** Builds a prs reference: set its values, then call {@code build()}; obtained from {@link PrsReference#builder()}. */
  final class Builder extends ImmutablePrsReference.Builder {
    Builder() {}
  }
}
