package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * With cls-examples beside it, cls-testing's {@link Seeds} gives the seed contracts of {@link
 * SeedContracts} by name, and names the same ones: cls-testing keeps the names without depending on
 * this module, and this test keeps them in step.
 */
class SeedsByNameTest {

  @Test
  void the_names_are_those_of_the_seed_contracts() {
    assertThat(Seeds.names()).containsExactlyElementsOf(SeedContracts.all().keySet());
  }

  @Test
  void each_name_gives_its_seed_contract_and_its_file() {
    for (String name : Seeds.names()) {
      assertThat(Seeds.named(name)).isSameAs(SeedContracts.all().get(name));
      assertThat(Seeds.canonicalJson(name)).isEqualTo(SeedContracts.canonicalJson(name));
    }
    assertThat(Seeds.all()).isSameAs(SeedContracts.all());
  }
}
