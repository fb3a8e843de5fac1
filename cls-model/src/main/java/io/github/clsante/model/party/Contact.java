package io.github.clsante.model.party;

import java.util.List;
import org.immutables.value.Value;

/**
 * How to reach a person or an office (coordonnées): e-mail addresses and phone numbers, kept exactly
 * as written. Personal data: never shown by {@code toString()}.
 */
@Value.Immutable
public interface Contact {

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
  static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}
