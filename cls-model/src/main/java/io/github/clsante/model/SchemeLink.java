package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to another scheme (lien avec un autre dispositif): the CLSM that forms the mental-health
 * part, the contrat de ville whose health part the contract is, the PCAET a sheet articulates with…
 */
@Value.Immutable
public interface SchemeLink extends WithSchemeLink {

  /**
   * Returns the kind of scheme.
   *
   * @return the kind
   */
  SchemeKind kind();

  /**
   * Returns the scheme's own name, exactly as written (« CPTS Liévin Pays d’Artois »).
   *
   * @return the name, if given
   */
  Optional<String> name();

  /**
   * Returns the party that carries the scheme, when it is a party of the contract.
   *
   * @return the party, if any
   */
  Optional<PartyRef> party();

  /**
   * Returns what the contract says of the link, exactly as written (« Le nouveau CLS est le volet
   * santé du Projet Social de Territoire »).
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns a link to a scheme of the given kind, with nothing more said.
   *
   * @param kind the kind of scheme
   * @return the link
   */
  static SchemeLink to(SchemeKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of links
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a scheme link.
   *
   * @param schemeLink the scheme link to copy
   * @return the copy, or the scheme link itself when it is already immutable
   */
  static SchemeLink copyOf(SchemeLink schemeLink) {
    return ImmutableSchemeLink.copyOf(schemeLink);
  }

  /** Builds a scheme link: set its values, then call {@code build()}; obtained from {@link SchemeLink#builder()}. */
  final class Builder extends ImmutableSchemeLink.Builder {
    Builder() {}
  }
}
