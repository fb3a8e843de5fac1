package io.github.clsante.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A property's examples: the count asked times the build's factor, the build's seed, both in its name,
 * and a check that runs exactly that many and says so when it fails.
 */
class ExamplesTest {

  private static <T> T withProperty(String name, String value, Supplier<T> action) {
    String before = System.getProperty(name);
    System.setProperty(name, value);
    try {
      return action.get();
    } finally {
      if (before == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, before);
      }
    }
  }

  @Test
  void the_count_is_multiplied_by_the_factor_and_the_name_says_it() {
    Examples examples = withProperty(Examples.FACTOR, "10", () -> Examples.of(1000));
    assertThat(examples.count()).isEqualTo(10_000);
    Examples seeded = withProperty(Examples.SEED, "42", () -> Examples.of(7));
    assertThat(seeded.seedValue()).isEqualTo(42L);
    assertThat(seeded.describe("read(write(c)) equals c")).isEqualTo("read(write(c)) equals c: 7 examples, seed 42");
    assertThat(seeded.forAll("p", integers().all()).name()).isEqualTo("p: 7 examples, seed 42");
  }

  @Test
  void without_the_properties_the_factor_is_one_and_the_seed_the_default() {
    String factor = System.getProperty(Examples.FACTOR);
    if (factor == null) {
      assertThat(Examples.of(3).count()).isEqualTo(3);
    }
    Examples unseeded = withProperty(Examples.SEED, " ", () -> Examples.of(3));
    assertThat(unseeded.seedValue()).isEqualTo(Examples.DEFAULT_SEED);
  }

  @Test
  void bad_settings_are_refused_with_what_is_wrong() {
    assertThatThrownBy(() -> Examples.of(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a property runs on 1 example or more, not 0");
    assertThatThrownBy(() -> withProperty(Examples.FACTOR, "ten", () -> Examples.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cls.examples.factor must be a whole number, not \"ten\"");
    assertThatThrownBy(() -> withProperty(Examples.FACTOR, "0", () -> Examples.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cls.examples.factor must be 1 or more, not 0");
    assertThatThrownBy(() -> withProperty(Examples.SEED, "x", () -> Examples.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("QT_SEED must be a whole number, not \"x\"");
  }

  @Test
  void a_property_runs_on_as_many_examples_as_its_name_says_from_its_seed() {
    List<Integer> first = new ArrayList<>();
    Examples.of(25).forAll("any int", integers().between(0, 1_000_000)).check(first::add);
    List<Integer> second = new ArrayList<>();
    Examples.of(25).forAll("any int", integers().between(0, 1_000_000)).check(second::add);

    assertThat(first).hasSize(25).isEqualTo(second);
  }

  @Test
  void a_property_of_fewer_values_than_examples_says_it_ran_fewer() {
    assertThatThrownBy(() -> Examples.of(10).forAll("a coin", integers().between(0, 1)).check(i -> { }))
        .isInstanceOf(AssertionError.class)
        .hasMessage("a coin: 10 examples, seed " + Examples.seed() + ": 2 examples ran, not 10 (the generator draws too"
            + " few different values)");
  }

  @Test
  void a_failing_property_fails_with_its_falsifying_example() {
    assertThatThrownBy(() -> Examples.of(200).forAll("small", integers().between(0, 1000))
        .check(i -> assertThat(i).isLessThan(500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified")
        .hasMessageContaining("500");
  }
}
