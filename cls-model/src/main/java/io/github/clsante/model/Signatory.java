package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signatory of a contract (signataire): a party, its standing (principal or associated), who signed
 * for it and when.
 *
 * <p>A signatory may be known only by organisation and role, the person's name unknown: its {@link
 * #representative()} then holds a function without a name, or is empty.
 */
@Value.Immutable
public interface Signatory extends WithSignatory {

  /**
   * Returns the signing party.
   *
   * @return the party
   */
  PartyRef party();

  /**
   * Returns the signatory's standing: principal party or associated co-signatory.
   *
   * @return the role, if the contract states it (format 1.0 read a missing role as principal; 1.1
   *     keeps it unstated)
   */
  Optional<SignatoryRole> role();

  /**
   * Returns the person who signs for the party (« le Directeur général de l’ARS »).
   *
   * @return the representative, if known
   */
  Optional<Person> representative();

  /**
   * Returns when this party signed.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> signatureDate();

  /**
   * Returns the date of the deliberation that authorised this party to sign, for a local authority.
   *
   * @return the date, if known
   */
  Optional<PartialDate> deliberationDate();

  /**
   * Returns a new builder.
   *
   * @return a builder of signatories
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a signatory.
   *
   * @param signatory the signatory to copy
   * @return the copy, or the signatory itself when it is already immutable
   */
  static Signatory copyOf(Signatory signatory) {
    return ImmutableSignatory.copyOf(signatory);
  }

  /** Builds a signatory: set its values, then call {@code build()}; obtained from {@link Signatory#builder()}. */
  final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}
