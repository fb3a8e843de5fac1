package io.github.clsante.testing;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * How many examples a property runs and from which seed (exemples d’une propriété): the count a test
 * asks for, multiplied by the build's factor, and the build's seed, both printed in the property's name
 * so that the test report says what ran.
 *
 * <p>The factor is the system property {@value #FACTOR} (1 when absent; the SDK's {@code -Pexhaustive}
 * build sets 10). The seed is QuickTheories' own system property {@value #SEED}, or {@value
 * #DEFAULT_SEED} when absent: a property fails the same way at every run, and {@code -DQT_SEED=N} replays
 * the seed a failure printed.
 *
 * <pre>{@code
 * @TestFactory
 * DynamicTest canonical_bytes_read_back_to_the_contract() {
 *   Property<Contract> property = Examples.of(1000).forAll("read(write(c)) equals c", Contracts.valid());
 *   return DynamicTest.dynamicTest(property.name(), () -> property.check(contract -> …));
 * }
 * // the test report: "read(write(c)) equals c: 1000 examples, seed 8785"
 * }</pre>
 */
public final class Examples {

  /** The system property that multiplies every count of examples. */
  public static final String FACTOR = "cls.examples.factor";

  /** QuickTheories' system property of the seed. */
  public static final String SEED = "QT_SEED";

  /** The seed when {@value #SEED} is not set. */
  public static final long DEFAULT_SEED = 8785L;

  private final int count;
  private final long seed;

  private Examples(int count, long seed) {
    this.count = count;
    this.seed = seed;
  }

  /**
   * Returns {@code normal} examples, times the build's factor, from the build's seed.
   *
   * @param normal the examples of a normal build, 1 or more
   * @return the examples
   * @throws IllegalArgumentException if {@code normal} is below 1, or a system property is not a number
   */
  public static Examples of(int normal) {
    if (normal < 1) {
      throw new IllegalArgumentException("a property runs on 1 example or more, not " + normal);
    }
    return new Examples(Math.multiplyExact(normal, factor()), seed());
  }

  /**
   * Returns the factor of the build: {@value #FACTOR}, 1 when absent.
   *
   * @return the factor, 1 or more
   */
  public static int factor() {
    String factor = System.getProperty(FACTOR, "1").trim();
    try {
      int value = factor.isEmpty() ? 1 : Integer.parseInt(factor);
      if (value < 1) {
        throw new IllegalArgumentException(FACTOR + " must be 1 or more, not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(FACTOR + " must be a whole number, not \"" + factor + "\"", e);
    }
  }

  /**
   * Returns the seed of the build: {@value #SEED}, {@value #DEFAULT_SEED} when absent.
   *
   * @return the seed
   */
  public static long seed() {
    String seed = System.getProperty(SEED, "").trim();
    try {
      return seed.isEmpty() ? DEFAULT_SEED : Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED + " must be a whole number, not \"" + seed + "\"", e);
    }
  }

  /**
   * Returns the number of examples.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seedValue() {
    return seed;
  }

  /**
   * Returns QuickTheories set to these examples and this seed.
   *
   * @return the theory
   */
  public QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(seed).withExamples(count);
  }

  /**
   * Returns the name of a property with its examples: {@code "<property>: 1000 examples, seed 8785"}.
   *
   * @param property what the property says
   * @return the name
   */
  public String describe(String property) {
    return String.format(Locale.ROOT, "%s: %d examples, seed %d", property, count, seed);
  }

  /**
   * Returns a property over a generator, with these examples.
   *
   * @param property what the property says, for its name
   * @param values the generator of its examples
   * @param <T> the examples' type
   * @return the property
   */
  public <T> Property<T> forAll(String property, Gen<T> values) {
    return new Property<>(this, property, values);
  }

  /**
   * A property over the examples of a generator (propriété): its name says how many examples it runs
   * and from which seed, and its check makes sure that as many ran.
   *
   * @param <T> the examples' type
   */
  public static final class Property<T> {

    private final Examples examples;
    private final String name;
    private final Gen<T> values;

    Property(Examples examples, String name, Gen<T> values) {
      this.examples = examples;
      this.name = Objects.requireNonNull(name, "name");
      this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * Returns the property's name, with its examples and seed.
     *
     * @return the name
     */
    public String name() {
      return examples.describe(name);
    }

    /**
     * Returns the examples.
     *
     * @return the examples
     */
    public Examples examples() {
      return examples;
    }

    /**
     * Checks the property on as many different examples as its name says, then prints its name and
     * {@code ": passed"} on the standard output, one line, so that the test's output says what ran.
     *
     * @param assertion the check of one example, which throws (an {@link AssertionError}) when it fails
     * @throws AssertionError if the property fails on an example (QuickTheories shrinks it and prints
     *     it with the seed), or if fewer examples ran than the name says (QuickTheories runs each
     *     different example once: a generator of fewer different values than the count runs fewer)
     */
    public void check(Consumer<T> assertion) {
      Objects.requireNonNull(assertion, "assertion");
      // QuickTheories skips an example it drew already, so that it may run fewer than it is asked:
      // it is asked for a few more, and the check stops at the count, which the name says.
      int count = examples.count();
      AtomicInteger checked = new AtomicInteger();
      examples.qt().withExamples(count + count / 20 + 10).forAll(values).checkAssert(value -> {
        if (checked.get() < count) {
          checked.incrementAndGet();
          assertion.accept(value);
        }
      });
      if (checked.get() != count) {
        throw new AssertionError(name() + ": " + checked.get() + " examples ran, not " + examples.count()
            + " (the generator draws too few different values)");
      }
      // One line for the test's output (target/surefire-reports/*-output.txt when Surefire redirects it).
      System.out.println(name() + ": passed");
    }
  }
}
