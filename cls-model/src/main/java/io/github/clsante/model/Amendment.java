package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment to a contract (avenant): signed by the parties to extend its period, add sheets or
 * signatories, align it on a new PRS or add the mental-health part the loi 3DS requires.
 */
@Value.Immutable
public interface Amendment extends WithAmendment {

  /**
   * Returns the amendment's number (avenant n° 1).
   *
   * @return the number, if given
   */
  Optional<Integer> number();

  /**
   * Returns what the amendment is about, exactly as written.
   *
   * @return the object, if given
   */
  Optional<String> object();

  /**
   * Tells whether the amendment is only announced, not signed yet (« sera enrichi dès 2018 afin de
   * prendre en compte le PRS de 2ème génération »).
   *
   * @return {@code true} for an announced amendment, if stated (format 1.0 read a missing value as
   *     {@code false})
   */
  Optional<Boolean> planned();

  /**
   * Returns when the amendment was signed.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> signatureDate();

  /**
   * Returns the contract's period as the amendment sets it, when it changes it.
   *
   * @return the new period, if changed
   */
  Optional<Period> newPeriod();

  /**
   * Returns the signatories the amendment adds.
   *
   * @return the parties, possibly empty
   */
  List<PartyRef> addedSignatories();

  /**
   * Returns the identifiers of the action sheets the amendment adds, removes or changes.
   *
   * @return the sheet identifiers, possibly empty
   */
  List<String> affectedSheetIds();

  /**
   * Returns a new builder.
   *
   * @return a builder of amendments
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an amendment.
   *
   * @param amendment the amendment to copy
   * @return the copy, or the amendment itself when it is already immutable
   */
  static Amendment copyOf(Amendment amendment) {
    return ImmutableAmendment.copyOf(amendment);
  }

  /** Builds an amendment: set its values, then call {@code build()}; obtained from {@link Amendment#builder()}. */
  final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }
}
