package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The shared diagnostic of a contract (diagnostic local de santé): who produced it, when, how, and
 * what it found.
 */
@Value.Immutable
public interface Diagnostic extends WithDiagnostic {

  /**
   * Returns the party that produced the diagnostic, such as an observatoire régional de santé.
   *
   * @return the producer, if named
   */
  Optional<PartyRef> producer();

  /**
   * Returns when the diagnostic was produced.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> date();

  /**
   * Tells whether the diagnostic is quantitative (data: demography, mortality, care supply).
   *
   * @return the answer, if the contract says
   */
  Optional<Boolean> quantitative();

  /**
   * Tells whether the diagnostic is qualitative (interviews, workshops, meetings with inhabitants).
   *
   * @return the answer, if the contract says
   */
  Optional<Boolean> qualitative();

  /**
   * Returns how the diagnostic was made, exactly as written (« 3 ateliers »).
   *
   * @return the methods, possibly empty
   */
  List<String> methods();

  /**
   * Returns a summary of the diagnostic, exactly as written.
   *
   * @return the summary, if given
   */
  Optional<String> summary();

  /**
   * Returns the findings the contract cites, exactly as written (« différentiel de mortalité par
   * cancer de +22% pour les hommes et +10% pour les femmes sur le territoire »).
   *
   * @return the findings, possibly empty
   */
  List<String> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder of diagnostics
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a diagnostic.
   *
   * @param diagnostic the diagnostic to copy
   * @return the copy, or the diagnostic itself when it is already immutable
   */
  static Diagnostic copyOf(Diagnostic diagnostic) {
    return ImmutableDiagnostic.copyOf(diagnostic);
  }

  /** Builds a diagnostic: set its values, then call {@code build()}; obtained from {@link Diagnostic#builder()}. */
  final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }
}
