package io.github.clsante.model.party;

import java.util.List;
import org.immutables.value.Value;

/**
 * How to reach a person or an office (coordonnées): e-mail addresses and phone numbers, kept exactly
 * as written. Personal data: never shown by {@code toString()}.
 */
@Value.Immutable
public interface Contact extends WithContact {

  /**
   * Returns the e-mail addresses.
   *
   * @return the addresses, possibly empty
   */
  @Value.Redacted
  List<String> emails();

  /**
   * Returns the phone numbers, as written (« 02 54 51 31 03 »).
   *
   * @return the numbers, possibly empty
   */
  @Value.Redacted
  List<String> phones();

  /**
   * Returns a new builder.
   *
   * @return a builder of contacts
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a contact.
   *
   * @param contact the contact to copy
   * @return the copy, or the contact itself when it is already immutable
   */
  static Contact copyOf(Contact contact) {
    return ImmutableContact.copyOf(contact);
  }

  /** Builds a contact: set its values, then call {@code build()}; obtained from {@link Contact#builder()}. */
  final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
