package io.github.clsante.model.party;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a {@link Party} of the same contract, optionally to one of its units, with the
 * words the contract used for it.
 *
 * <p>« Agglopolys (direction des mobilités) » is {@code PartyRef.builder().partyId("agglopolys")
 * .unit("direction des mobilités").asWritten("Agglopolys (direction des mobilités)").build()}.
 */
@Value.Immutable
public interface PartyRef extends WithPartyRef {

  /**
   * Returns the identifier of the party referred to.
   *
   * @return the party identifier; that it resolves is checked by validation
   */
  String partyId();

  /**
   * Returns the unit within the party: a direction, a service (« service des sports »).
   *
   * @return the unit, if the contract names one
   */
  Optional<String> unit();

  /**
   * Returns the reference exactly as the contract writes it at this place, when it differs from the
   * party's name (« la Caisse Primaire de l'Assurance Maladie 41 » with an ASCII apostrophe).
   *
   * @return the text as written, if kept
   */
  Optional<String> asWritten();

  /**
   * Returns a reference to a whole party.
   *
   * @param partyId the party identifier
   * @return the reference
   */
  static PartyRef to(String partyId) {
    return builder().partyId(partyId).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of references
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a party ref.
   *
   * @param partyRef the party ref to copy
   * @return the copy, or the party ref itself when it is already immutable
   */
  static PartyRef copyOf(PartyRef partyRef) {
    return ImmutablePartyRef.copyOf(partyRef);
  }

  /** Builds a party ref: set its values, then call {@code build()}; obtained from {@link PartyRef#builder()}. */
  final class Builder extends ImmutablePartyRef.Builder {
    Builder() {}
  }
}
