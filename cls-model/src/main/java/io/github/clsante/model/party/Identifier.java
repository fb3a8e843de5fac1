package io.github.clsante.model.party;

import org.immutables.value.Value;

/**
 * An organisation identifier in a public register (identifiant: SIREN, SIRET, FINESS…).
 *
 * <p>The value is kept exactly as given, so that a wrong identifier can be held and reported on by
 * validation.
 *
 * <pre>{@code
 * Identifier finess = Identifier.of(IdentifierScheme.FINESS_ET, "010003820");
 * }</pre>
 */
@Value.Immutable
public interface Identifier extends WithIdentifier {

  /**
   * Returns the register the identifier belongs to.
   *
   * @return the scheme
   */
  @Value.Parameter
  IdentifierScheme scheme();

  /**
   * Returns the identifier, exactly as given.
   *
   * @return the value
   */
  @Value.Parameter
  String value();

  /**
   * Returns an identifier.
   *
   * @param scheme the register
   * @param value the identifier, exactly as given
   * @return the identifier
   */
  static Identifier of(IdentifierScheme scheme, String value) {
    return ImmutableIdentifier.of(scheme, value);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of identifiers
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an identifier.
   *
   * @param identifier the identifier to copy
   * @return the copy, or the identifier itself when it is already immutable
   */
  static Identifier copyOf(Identifier identifier) {
    return ImmutableIdentifier.copyOf(identifier);
  }

  /** Builds an identifier: set its values, then call {@code build()}; obtained from {@link Identifier#builder()}. */
  final class Builder extends ImmutableIdentifier.Builder {
    Builder() {}
  }
}
