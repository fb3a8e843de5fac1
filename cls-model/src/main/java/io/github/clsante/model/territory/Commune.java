package io.github.clsante.model.territory;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commune of a territory, by its name as written, its INSEE code (code officiel géographique), or
 * both. Contracts often name communes without codes (« Eu, le Tréport, Mers les bains »).
 */
@Value.Immutable
public interface Commune extends WithCommune {

  /**
   * Returns the commune's name, exactly as written.
   *
   * @return the name, if given
   */
  Optional<String> name();

  /**
   * Returns the commune's five-character INSEE code ({@code "76255"}, {@code "2A004"}); not a postal
   * code.
   *
   * @return the INSEE code, if given
   */
  Optional<String> inseeCode();

  /**
   * Returns a commune known by its name only.
   *
   * @param name the name, exactly as written
   * @return the commune
   */
  static Commune named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a commune known by its INSEE code only.
   *
   * @param inseeCode the INSEE code
   * @return the commune
   */
  static Commune ofInseeCode(String inseeCode) {
    return builder().inseeCode(inseeCode).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of communes
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a commune.
   *
   * @param commune the commune to copy
   * @return the copy, or the commune itself when it is already immutable
   */
  static Commune copyOf(Commune commune) {
    return ImmutableCommune.copyOf(commune);
  }

  /** Builds a commune: set its values, then call {@code build()}; obtained from {@link Commune#builder()}. */
  final class Builder extends ImmutableCommune.Builder {
    Builder() {}
  }
}
