package io.github.clsante.testing;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Choices for a generator of one's own (choix): numbers, chances and picks drawn from QuickTheories'
 * randomness source, so that a failing example shrinks (every choice toward its least value: counts
 * toward zero, chances toward no, picks toward the first), or from a seeded pseudo-random generator, to
 * draw the same values outside a property. The generators of this module are written with it.
 *
 * <pre>{@code
 * Gen<List<String>> codes = in -> {
 *   Choices choices = Choices.of(in);
 *   List<String> list = new ArrayList<>();
 *   int n = choices.between(0, 5);
 *   for (int i = 0; i < n; i++) {
 *     list.add(choices.chance(10) ? "inconnu" : choices.pick(List.of("fir", "etat", "fonds_propres")));
 *   }
 *   return list;
 * };
 * }</pre>
 */
public interface Choices {

  /**
   * Returns a number from {@code min} to {@code max}, both included.
   *
   * @param min the least
   * @param max the greatest, below {@link Long#MAX_VALUE}
   * @return the number
   */
  long longBetween(long min, long max);

  /**
   * Returns a number from {@code min} to {@code max}, both included.
   *
   * @param min the least
   * @param max the greatest
   * @return the number
   */
  default int between(int min, int max) {
    return (int) longBetween(min, max);
  }

  /**
   * Returns true about {@code percent} times in a hundred; shrinks to false.
   *
   * @param percent from 0 (never) to 100 (always)
   * @return the outcome
   */
  default boolean chance(int percent) {
    return percent > 0 && between(0, 99) >= 100 - percent;
  }

  /**
   * Returns one of the values; shrinks to the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the value picked
   */
  default <T> T pick(List<? extends T> values) {
    return values.get(between(0, values.size() - 1));
  }

  /**
   * Returns one of the values; shrinks to the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the value picked
   */
  default <T> T pick(T[] values) {
    return values[between(0, values.length - 1)];
  }

  /**
   * Returns the choices of a QuickTheories randomness source.
   *
   * @param in the source
   * @return the dice
   */
  static Choices of(RandomnessSource in) {
    return (min, max) -> in.next(Constraint.between(min, max));
  }

  /**
   * Returns the choices of a pseudo-random generator: the same for the same seed.
   *
   * @param seed the seed
   * @return the dice
   */
  static Choices of(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return (min, max) -> min == max ? min : random.nextLong(min, max + 1);
  }
}
