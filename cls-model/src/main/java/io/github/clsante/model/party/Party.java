package io.github.clsante.model.party;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party (acteur): an organisation, or a role such as « Coordonnateur PTSM », that takes part in a
 * contract.
 *
 * <p>A party is declared once per contract and referenced by its {@link #id()} wherever it acts:
 * as carrier, signatory, pilot or partner of a sheet, financer, indicator owner, governance member
 * (one organisation, several roles; see {@link PartyRef}).
 *
 * <pre>{@code
 * Party cpam = Party.builder()
 *     .id("cpam-41")
 *     .name("Caisse Primaire de l’Assurance Maladie 41")
 *     .kind(PartyKind.CPAM)
 *     .departement("41")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Party extends WithParty {

  /**
   * Returns the party's identifier, unique within its contract, used by every reference to it.
   *
   * @return the identifier ({@code "cpam-41"}); uniqueness is checked by validation
   */
  String id();

  /**
   * Returns the party's name, exactly as the contract writes it.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the party's acronym (sigle), such as {@code CIAS} or {@code CALL}.
   *
   * @return the acronym, if the contract gives one
   */
  Optional<String> acronym();

  /**
   * Returns what kind of party this is.
   *
   * @return the kind, if known
   */
  Optional<PartyKind> kind();

  /**
   * Returns the category (catégorie d’acteur) the contract's author gives the party, for a kind that is
   * not in the list ({@code "syndicat_mixte"} is a {@link PartyCategory#LOCAL_AUTHORITY}) or to say more
   * than the kind does. Rules use {@link #effectiveCategory()}.
   *
   * @return the category as given, if given
   * @since format 1.1
   */
  Optional<PartyCategory> category();

  /**
   * Returns the category rules reason with: the one given ({@link #category()}), else the one the kind
   * knows ({@link PartyKind#category()}), else none.
   *
   * @return the category, if one is known
   */
  default Optional<PartyCategory> effectiveCategory() {
    return category().or(() -> kind().flatMap(PartyKind::category));
  }

  /**
   * Returns the party's registry identifiers (SIREN, SIRET, FINESS…).
   *
   * @return the identifiers, possibly empty
   */
  List<Identifier> identifiers();

  /**
   * Returns the INSEE code of the party's département ({@code "41"}), for a departmental body such as
   * « CPAM 41 ».
   *
   * @return the département code, if relevant
   */
  Optional<String> departement();

  /**
   * Returns other spellings of the name met in the contract (« CIAS du Blaisois »), kept exactly.
   *
   * @return the other names, possibly empty
   */
  List<String> otherNames();

  /**
   * Returns the identifier of the party this one belongs to (a délégation départementale within its
   * ARS, a service within its authority).
   *
   * @return the parent party's identifier, if any
   */
  Optional<String> parentId();

  /**
   * Returns extension data, by namespace: each value is a JSON text kept as it was received.
   *
   * @return the extensions, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder of parties
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a party.
   *
   * @param party the party to copy
   * @return the copy, or the party itself when it is already immutable
   */
  static Party copyOf(Party party) {
    return ImmutableParty.copyOf(party);
  }

  /** Builds a party: set its values, then call {@code build()}; obtained from {@link Party#builder()}. */
  final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
