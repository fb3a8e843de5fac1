package io.github.clsante.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Without cls-examples beside it, {@link Seeds} still names the seed contracts and says how to get them;
 * cls-examples' own tests check that with it, each name gives its contract.
 */
class SeedsTest {

  @Test
  void the_names_are_those_of_the_five_seed_contracts() {
    assertThat(Seeds.names()).containsExactly("agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin");
  }

  @Test
  void without_cls_examples_a_seed_contract_says_which_dependency_to_add() {
    assertThatThrownBy(() -> Seeds.named("agglopolys")).isInstanceOf(IllegalStateException.class)
        .hasMessage("the seed contracts come from cls-examples, which is not on the test class path: add the dependency"
            + " io.github.clsante:cls-examples, of the version of cls-testing, with <scope>test</scope> (and, on the"
            + " module path, --add-modules io.github.clsante.examples)")
        .hasCauseInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Seeds.canonicalJson("chartres")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(Seeds::all).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_unknown_name_lists_the_known_ones() {
    assertThatThrownBy(() -> Seeds.named("blois")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no seed contract is named \"blois\"; the seed contracts are [agglopolys, villes-soeurs, le-havre,"
            + " chartres, lens-lievin]");
  }
}
