package io.github.clsante.model;

import io.github.clsante.model.party.PartyRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funding of an action sheet (financement): who pays, how much, for which year, from which fund.
 *
 * <pre>{@code
 * Funding fir = Funding.builder()
 *     .financer(PartyRef.to("ars-cvl"))
 *     .amount(EuroAmount.ofEuros(15_000))
 *     .year(2023)
 *     .fund(FundKind.FIR)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Funding extends WithFunding {

  /**
   * Returns the financing party (financeur).
   *
   * @return the financer, if given
   */
  Optional<PartyRef> financer();

  /**
   * Returns the amount, exact to the cent.
   *
   * @return the amount, if given
   */
  Optional<EuroAmount> amount();

  /**
   * Returns the year the amount is for.
   *
   * @return the year, if given; empty for the whole period
   */
  Optional<Integer> year();

  /**
   * Returns the fund the money comes from.
   *
   * @return the fund, if given
   */
  Optional<FundKind> fund();

  /**
   * Returns what the contract says of the funding, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns a new builder.
   *
   * @return a builder of fundings
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a funding.
   *
   * @param funding the funding to copy
   * @return the copy, or the funding itself when it is already immutable
   */
  static Funding copyOf(Funding funding) {
    return ImmutableFunding.copyOf(funding);
  }

  /** Builds a funding: set its values, then call {@code build()}; obtained from {@link Funding#builder()}. */
  final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}
