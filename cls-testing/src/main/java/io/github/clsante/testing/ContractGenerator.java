package io.github.clsante.testing;

import io.github.clsante.model.Contract;
import io.github.clsante.testing.internal.ContractDraw;
import io.github.clsante.testing.internal.Sizes;
import io.github.clsante.testing.internal.Sizes.Range;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of contracts (générateur de contrats) of a chosen size: valid ones, or ones that break
 * the rules on purpose ({@link Contracts}). Immutable: each {@code with…} method returns a new
 * generator.
 *
 * <p>Every count is drawn between its bounds, both included, for each axis, objective or sheet; a
 * failing example shrinks toward the least counts. The default sizes are small (0 to 3 axes of 0 to 3
 * sheets, and so on), so that a property runs on many examples quickly; {@link #large()} gives
 * thousands of sheets.
 *
 * <pre>{@code
 * Gen<Contract> contracts = Contracts.valid()
 *     .withAxes(1, 5)
 *     .withSheetsPerAxis(10, 40)
 *     .withSubActionsPerSheet(0, 0);
 * Contract one = contracts.sample(42);          // the same contract for the same seed
 * qt().forAll(contracts).checkAssert(contract -> …);
 * }</pre>
 */
public final class ContractGenerator implements Gen<Contract> {

  private final Sizes sizes;
  private final int chaos;

  ContractGenerator(Sizes sizes, int chaos) {
    this.sizes = Objects.requireNonNull(sizes, "sizes");
    this.chaos = chaos;
  }

  /**
   * Draws a contract from QuickTheories' randomness: the same contract for the same seed.
   *
   * @param in the randomness source QuickTheories gives
   * @return the contract
   */
  @Override
  public Contract generate(RandomnessSource in) {
    return new ContractDraw(Choices.of(in), sizes, chaos).contract();
  }

  /**
   * Draws a contract from a seed, outside any property: the same contract for the same seed, in this
   * version of the SDK (a test data set, a benchmark's input).
   *
   * @param seed the seed
   * @return the contract
   */
  public Contract sample(long seed) {
    return new ContractDraw(Choices.of(seed), sizes, chaos).contract();
  }

  /**
   * Tells whether this generator breaks rules on purpose.
   *
   * @return {@code true} for {@link Contracts#anythingGoes()}, {@code false} for {@link Contracts#valid()}
   */
  public boolean breaksRules() {
    return chaos > 0;
  }

  /**
   * Returns a generator of large contracts: 4 to 8 axes of 100 to 500 sheets each, objectives of up to
   * 20 sheets, up to 50 sheets outside any axis and 10 to 60 parties, so thousands of sheets.
   *
   * @return the generator
   */
  public ContractGenerator large() {
    return new ContractGenerator(Sizes.LARGE, chaos);
  }

  /**
   * Returns a generator whose contracts have between {@code min} and {@code max} axes.
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withAxes(int min, int max) {
    return with(new Sizes(Range.of(min, max), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(),
        sizes.sheetsPerObjective(), sizes.looseSheets(), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(),
        sizes.parties()));
  }

  /**
   * Returns a generator whose axes each list between {@code min} and {@code max} action sheets directly
   * (besides those of their objectives).
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withSheetsPerAxis(int min, int max) {
    return with(new Sizes(sizes.axes(), Range.of(min, max), sizes.objectivesPerAxis(), sizes.sheetsPerObjective(),
        sizes.looseSheets(), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(), sizes.parties()));
  }

  /**
   * Returns a generator whose axes each have between {@code min} and {@code max} objectives (each
   * objective may hold objectives of its own, two levels down).
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withObjectivesPerAxis(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), Range.of(min, max), sizes.sheetsPerObjective(),
        sizes.looseSheets(), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(), sizes.parties()));
  }

  /**
   * Returns a generator whose objectives each list between {@code min} and {@code max} action sheets.
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withSheetsPerObjective(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(), Range.of(min, max),
        sizes.looseSheets(), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(), sizes.parties()));
  }

  /**
   * Returns a generator whose contracts list between {@code min} and {@code max} action sheets outside
   * any axis.
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withSheetsOutsideAxes(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(), sizes.sheetsPerObjective(),
        Range.of(min, max), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(), sizes.parties()));
  }

  /**
   * Returns a generator whose action sheets each have between {@code min} and {@code max} sub-actions.
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withSubActionsPerSheet(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(), sizes.sheetsPerObjective(),
        sizes.looseSheets(), Range.of(min, max), sizes.indicatorsPerSheet(), sizes.parties()));
  }

  /**
   * Returns a generator whose action sheets each have between {@code min} and {@code max} indicators.
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withIndicatorsPerSheet(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(), sizes.sheetsPerObjective(),
        sizes.looseSheets(), sizes.subActionsPerSheet(), Range.of(min, max), sizes.parties()));
  }

  /**
   * Returns a generator whose contracts have between {@code min} and {@code max} parties besides the
   * ARS and the carrying local authority (which a valid contract always has).
   *
   * @param min the least, 0 or more
   * @param max the greatest
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ContractGenerator withParties(int min, int max) {
    return with(new Sizes(sizes.axes(), sizes.sheetsPerAxis(), sizes.objectivesPerAxis(), sizes.sheetsPerObjective(),
        sizes.looseSheets(), sizes.subActionsPerSheet(), sizes.indicatorsPerSheet(), Range.of(min, max)));
  }

  /**
   * Returns a generator of contracts with no axis and no action sheet at all (a valid one says its
   * sheets are annexed, or its list incomplete, when it is signed).
   *
   * @return the generator
   */
  public ContractGenerator withoutSheets() {
    return withAxes(0, 0).withSheetsOutsideAxes(0, 0);
  }

  private ContractGenerator with(Sizes other) {
    return new ContractGenerator(other, chaos);
  }

  @Override
  public String toString() {
    return (chaos > 0 ? "rule-breaking" : "valid") + " contracts of " + sizes;
  }
}
