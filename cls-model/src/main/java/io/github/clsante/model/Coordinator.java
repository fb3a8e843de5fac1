package io.github.clsante.model;

import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The coordinator of a contract (coordonnateur or coordonnatrice CLS, chef de projet santé), who
 * animates, follows and evaluates it.
 *
 * <p>Every part is optional: a contract may announce a post still being filled (« un coordonnateur
 * Santé, cofinancé par l’ARS et la CC des Villes sœurs, est en cours de recrutement »). The name and
 * contact are personal data and never appear in {@code toString()}.
 */
@Value.Immutable
public interface Coordinator extends WithCoordinator {

  /**
   * Returns the coordinator's name, exactly as written.
   *
   * @return the name, if given
   */
  @Value.Redacted
  Optional<String> name();

  /**
   * Returns the coordinator's job title, exactly as written (« Chef de projet Santé »).
   *
   * @return the job title, if given
   */
  Optional<String> jobTitle();

  /**
   * Returns the party that employs the coordinator.
   *
   * @return the employer, if given
   */
  Optional<PartyRef> employer();

  /**
   * Returns the service the post is attached to (« services de la politique de la ville »).
   *
   * @return the service, if given
   */
  Optional<String> service();

  /**
   * Returns the parties that co-fund the post (« cofinancé par l’ARS et la CC »).
   *
   * @return the co-funders, possibly empty
   */
  List<PartyRef> fundedBy();

  /**
   * Returns how to reach the coordinator.
   *
   * @return the contact, if given
   */
  @Value.Redacted
  Optional<Contact> contact();

  /**
   * Returns a note on the post, exactly as written (« en cours de recrutement »).
   *
   * @return the note, if any
   */
  Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return a builder of coordinators
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a coordinator.
   *
   * @param coordinator the coordinator to copy
   * @return the copy, or the coordinator itself when it is already immutable
   */
  static Coordinator copyOf(Coordinator coordinator) {
    return ImmutableCoordinator.copyOf(coordinator);
  }

  /** Builds a coordinator: set its values, then call {@code build()}; obtained from {@link Coordinator#builder()}. */
  final class Builder extends ImmutableCoordinator.Builder {
    Builder() {}
  }
}
