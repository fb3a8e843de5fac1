package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

/**
 * How large a generated contract is (tailles): each count drawn between its bounds, both included.
 *
 * @param axes the axes of the contract
 * @param sheetsPerAxis the action sheets directly under each axis
 * @param objectivesPerAxis the objectives of each axis (each may hold objectives and sheets of its own)
 * @param sheetsPerObjective the action sheets under each objective
 * @param looseSheets the action sheets of the contract outside any axis
 * @param subActionsPerSheet the sub-actions of each action sheet
 * @param indicatorsPerSheet the indicators of each action sheet
 * @param parties the parties of the contract beyond the ARS and the carrying local authority
 */
public record Sizes(Range axes, Range sheetsPerAxis, Range objectivesPerAxis, Range sheetsPerObjective,
    Range looseSheets, Range subActionsPerSheet, Range indicatorsPerSheet, Range parties) {

  /** The sizes of most examples: a few of everything, often none. */
  public static final Sizes SMALL = new Sizes(Range.of(0, 2), Range.of(0, 2), Range.of(0, 1), Range.of(0, 1),
      Range.of(0, 1), Range.of(0, 1), Range.of(0, 1), Range.of(0, 2));

  /** Large contracts: thousands of sheets over a few axes, as the biggest contracts have. */
  public static final Sizes LARGE = new Sizes(Range.of(4, 8), Range.of(100, 500), Range.of(0, 3), Range.of(0, 20),
      Range.of(0, 50), Range.of(0, 1), Range.of(0, 3), Range.of(10, 60));

  /**
   * Bounds of a count, both included.
   *
   * @param min the least
   * @param max the greatest
   */
  public record Range(int min, int max) {

    /**
     * Checks the bounds.
     *
     * @param min the least, 0 or more
     * @param max the greatest, {@code min} or more
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    public Range {
      if (min < 0 || min > max) {
        throw new IllegalArgumentException("a count between " + min + " and " + max + ": the least must be"
            + " 0 or more and at most the greatest");
      }
    }

    /**
     * Returns the bounds.
     *
     * @param min the least
     * @param max the greatest
     * @return the range
     */
    public static Range of(int min, int max) {
      return new Range(min, max);
    }

    /**
     * Draws a count.
     *
     * @param d the choices
     * @return the count, shrinking to the least
     */
    public int draw(Choices d) {
      return d.between(min, max);
    }
  }
}
