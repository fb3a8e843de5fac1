package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A governance body of a contract (instance de gouvernance): comité de pilotage, comité technique,
 * working groups, annual meeting…
 *
 * <pre>{@code
 * GovernanceBody copil = GovernanceBody.builder()
 *     .id("copil")
 *     .kind(GovernanceBodyKind.STEERING_COMMITTEE)
 *     .addMembers(PartyRef.to("ars-normandie"), PartyRef.to("cpam"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface GovernanceBody extends WithGovernanceBody {

  /**
   * Returns the body's identifier, unique within its contract, by which sheets refer to it.
   *
   * @return the identifier, if the body is referred to
   */
  Optional<String> id();

  /**
   * Returns the kind of body.
   *
   * @return the kind
   */
  GovernanceBodyKind kind();

  /**
   * Returns the body's name, exactly as written (« groupes de travail thématiques »).
   *
   * @return the name, if given
   */
  Optional<String> name();

  /**
   * Returns what the contract says of the body: its role, its composition in words.
   *
   * @return the description, exactly as written, if given
   */
  Optional<String> description();

  /**
   * Returns the member parties.
   *
   * @return the members, possibly empty
   */
  List<PartyRef> members();

  /**
   * Returns the parties that chair the body (co-présidence ARS et élu).
   *
   * @return the chairs, possibly empty
   */
  List<PartyRef> chairs();

  /**
   * Returns how often the body meets, exactly as written (« une fois par an »).
   *
   * @return the frequency, if given
   */
  Optional<String> meetingFrequency();

  /**
   * Returns the other schemes this body also governs: a steering committee shared with a contrat de
   * ville or an atelier santé ville.
   *
   * @return the schemes, possibly empty
   */
  List<SchemeKind> sharedWith();

  /**
   * Returns a new builder.
   *
   * @return a builder of governance bodies
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a governance body.
   *
   * @param governanceBody the governance body to copy
   * @return the copy, or the governance body itself when it is already immutable
   */
  static GovernanceBody copyOf(GovernanceBody governanceBody) {
    return ImmutableGovernanceBody.copyOf(governanceBody);
  }

  /** Builds a governance body: set its values, then call {@code build()}; obtained from {@link GovernanceBody#builder()}. */
  final class Builder extends ImmutableGovernanceBody.Builder {
    Builder() {}
  }
}
