package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A carrier of a contract (porteur): the local authority that carries it, or one of several
 * co-carriers (« porté conjointement par l’ARS et Chartres métropole »), with the deliberation of
 * its council that authorised it.
 */
@Value.Immutable
public interface Carrier extends WithCarrier {

  /**
   * Returns the carrying party.
   *
   * @return the party
   */
  PartyRef party();

  /**
   * Returns the date of the council's deliberation (délibération) that authorised the contract.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> deliberationDate();

  /**
   * Returns the reference of that deliberation, exactly as written (« délibération n° 2022-045 »).
   *
   * @return the reference, if given
   */
  Optional<String> deliberationReference();

  /**
   * Returns a new builder.
   *
   * @return a builder of carriers
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a carrier.
   *
   * @param carrier the carrier to copy
   * @return the copy, or the carrier itself when it is already immutable
   */
  static Carrier copyOf(Carrier carrier) {
    return ImmutableCarrier.copyOf(carrier);
  }

  /** Builds a carrier: set its values, then call {@code build()}; obtained from {@link Carrier#builder()}. */
  final class Builder extends ImmutableCarrier.Builder {
    Builder() {}
  }
}
