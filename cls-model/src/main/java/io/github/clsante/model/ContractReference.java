package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another contract, such as the previous generation a contract follows (« Instauré à
 * l’échelle de la Ville de Blois dans sa précédente version »), with what its evaluation concluded.
 */
@Value.Immutable
public interface ContractReference extends WithContractReference {

  /**
   * Returns the identifier of the contract referred to, when it is known to the same system.
   *
   * @return the identifier, if known
   */
  Optional<String> contractId();

  /**
   * Returns the contract's title, exactly as written.
   *
   * @return the title, if given
   */
  Optional<String> title();

  /**
   * Returns the contract's period.
   *
   * @return the period, if given
   */
  Optional<Period> period();

  /**
   * Returns what the contract says of the referred contract (its scale, its carrier), exactly as
   * written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns what the evaluation of the referred contract concluded.
   *
   * @return the evaluation summary, if given
   */
  Optional<String> evaluation();

  /**
   * Returns a new builder.
   *
   * @return a builder of contract references
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a contract reference.
   *
   * @param contractReference the contract reference to copy
   * @return the copy, or the contract reference itself when it is already immutable
   */
  static ContractReference copyOf(ContractReference contractReference) {
    return ImmutableContractReference.copyOf(contractReference);
  }

  /** Builds a contract reference: set its values, then call {@code build()}; obtained from {@link ContractReference#builder()}. */
  final class Builder extends ImmutableContractReference.Builder {
    Builder() {}
  }
}
