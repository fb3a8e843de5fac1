package io.github.clsante.model.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

  private static Party.Builder party() {
    return Party.builder().id("p").name("Syndicat mixte du Pays de Murat");
  }

  @Test
  void the_category_given_wins_over_the_kinds_own() {
    Party party = party().kind(PartyKind.ASSOCIATION).category(PartyCategory.SOCIAL_ACTION).build();

    assertThat(party.effectiveCategory()).contains(PartyCategory.SOCIAL_ACTION);
  }

  @Test
  void a_kind_outside_the_list_takes_the_category_given() {
    Party party = party().kind(PartyKind.of("syndicat_mixte")).category(PartyCategory.LOCAL_AUTHORITY).build();

    assertThat(party.effectiveCategory()).contains(PartyCategory.LOCAL_AUTHORITY);
  }

  @Test
  void without_a_category_the_kind_says_it() {
    assertThat(party().kind(PartyKind.EPCI).build().effectiveCategory()).contains(PartyCategory.LOCAL_AUTHORITY);
  }

  @Test
  void an_unknown_kind_and_no_category_give_none() {
    assertThat(party().kind(PartyKind.of("syndicat_mixte")).build().effectiveCategory()).isEmpty();
    assertThat(party().build().effectiveCategory()).isEmpty();
  }
}
