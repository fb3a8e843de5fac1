package io.github.clsante.model.party;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named by a contract: a signatory's representative, an elected referent (élu référent).
 *
 * <p>The name and contact are personal data: they never appear in {@code toString()}.
 */
@Value.Immutable
public interface Person extends WithPerson {

  /**
   * Returns the person's name, exactly as written.
   *
   * @return the name; empty when the contract gives only a function
   */
  @Value.Redacted
  Optional<String> name();

  /**
   * Returns the person's function or mandate, exactly as written (« conseiller communautaire délégué
   * aux relations avec les établissements de santé »).
   *
   * @return the function, if given
   */
  Optional<String> function();

  /**
   * Returns the party the person acts for.
   *
   * @return the organisation, if given
   */
  Optional<PartyRef> organisation();

  /**
   * Returns how to reach the person.
   *
   * @return the contact, if given
   */
  @Value.Redacted
  Optional<Contact> contact();

  /**
   * Returns a new builder.
   *
   * @return a builder of persons
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a person.
   *
   * @param person the person to copy
   * @return the copy, or the person itself when it is already immutable
   */
  static Person copyOf(Person person) {
    return ImmutablePerson.copyOf(person);
  }

  /** Builds a person: set its values, then call {@code build()}; obtained from {@link Person#builder()}. */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
