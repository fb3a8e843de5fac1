package io.github.clsante.model.territory;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A territory (territoire, périmètre géographique): the area a contract covers, or the area an action
 * sheet intervenes on.
 *
 * <p>A territory may straddle two regions (the Communauté de communes des Villes sœurs lies across
 * Normandie and Hauts-de-France): it then lists both, and the contract names one lead ARS.
 *
 * <pre>{@code
 * Territory villesSoeurs = Territory.builder()
 *     .name("Communauté de communes des Villes sœurs")
 *     .kind(TerritoryKind.COMMUNAUTE_DE_COMMUNES)
 *     .addCommunes(Commune.named("Eu"), Commune.named("le Tréport"), Commune.named("Mers les bains"))
 *     .addRegions(Region.NORMANDIE, Region.HAUTS_DE_FRANCE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Territory extends WithTerritory {

  /**
   * Returns the territory's name, exactly as written (« Le Havre Seine Métropole »).
   *
   * @return the name, if given
   */
  Optional<String> name();

  /**
   * Returns the kind of territory.
   *
   * @return the kind, if known
   */
  Optional<TerritoryKind> kind();

  /**
   * Returns the communes of the territory, by name or INSEE code or both.
   *
   * @return the communes, possibly empty
   */
  List<Commune> communes();

  /**
   * Returns the INSEE codes of the territory's départements ({@code "76"}, {@code "2A"},
   * {@code "974"}).
   *
   * @return the département codes, possibly empty
   */
  List<String> departements();

  /**
   * Returns the regions the territory lies in: one, or more for an inter-regional territory.
   *
   * @return the regions, possibly empty
   */
  List<Region> regions();

  /**
   * Returns the codes of the quartiers prioritaires de la politique de la ville (QPV) concerned
   * ({@code QP062015}).
   *
   * @return the QPV codes, possibly empty
   */
  List<String> qpvCodes();

  /**
   * Returns the population of the territory.
   *
   * @return the number of inhabitants, if given
   */
  Optional<Long> population();

  /**
   * Returns a description of the territory in words, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns a new builder.
   *
   * @return a builder of territories
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a territory.
   *
   * @param territory the territory to copy
   * @return the copy, or the territory itself when it is already immutable
   */
  static Territory copyOf(Territory territory) {
    return ImmutableTerritory.copyOf(territory);
  }

  /** Builds a territory: set its values, then call {@code build()}; obtained from {@link Territory#builder()}. */
  final class Builder extends ImmutableTerritory.Builder {
    Builder() {}
  }
}
