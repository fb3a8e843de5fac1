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
public interface Identifier {

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
}
