package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.Objective;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static final Contract CONTRACT = Contract.builder()
      .id("cls").status(ContractStatus.SIGNED).leadArs(Region.NORMANDIE)
      .territory(Territory.builder().addCommunes(Commune.ofInseeCode("50129"), Commune.named("Cherbourg-en-Cotentin"))
          .build())
      .addParties(Party.builder().id("cc").name("Communauté de communes du Pays d’Exemple").build())
      .addAxes(Axis.builder().id("a1").title("Axe sans numéro")
          .addObjectives(Objective.builder().title("Sans numéro").build())
          .addObjectives(Objective.builder().number("1.2").title("Numéroté").build()).build())
      .addAxes(Axis.builder().id("a2").number("3").title("Vieillir")
          .addActionSheets(ActionSheet.builder().id("s1").number("4").title("Court").build())
          .addActionSheets(ActionSheet.builder().id("s2").number("5")
              .title("Favoriser l’activité physique adaptée des personnes âgées à domicile")
              .addPilots(PartyRef.to("cc"))
              .addFundings(Funding.builder().amount(EuroAmount.ofCents(100)).build()).build())
          .build())
      .addActionSheets(ActionSheet.builder().id("s3").title("Fiche hors axe").build())
      .addAmendments(Amendment.builder().build(), Amendment.builder().number(4).build())
      .addGovernanceBodies(GovernanceBody.builder().kind(GovernanceBodyKind.STEERING_COMMITTEE).build(),
          GovernanceBody.builder().kind(GovernanceBodyKind.STEERING_COMMITTEE).name("Comité de pilotage").build())
      .build();

  private static String fr(String pointer) {
    return Places.of(CONTRACT, pointer, Locale.FRENCH).orElse("<none>");
  }

  private static String en(String pointer) {
    return Places.of(CONTRACT, pointer, Locale.ENGLISH).orElse("<none>");
  }

  @Test
  void sheets_and_axes_go_by_their_printed_numbers_and_sheets_show_their_title_cut() {
    assertThat(fr("/axes/1/actionSheets/1/fundings/0/amountCents")).isEqualTo(
        "Axe 3 › Fiche 5 «\u00a0Favoriser l’activité physique adaptée…\u00a0» › Financement 1 › montant");
    assertThat(en("/axes/1/actionSheets/1/fundings/0/amountCents")).isEqualTo(
        "Axis 3 › Sheet 5 \"Favoriser l’activité physique adaptée…\" › Funding 1 › amount");
    assertThat(fr("/axes/1/actionSheets/0")).isEqualTo("Axe 3 › Fiche 4 «\u00a0Court\u00a0»");
  }

  @Test
  void the_amounts_of_format_1_1_in_euros_are_named_as_those_of_1_0_in_cents() {
    String sheet = "Axe 3 › Fiche 5 «\u00a0Favoriser l’activité physique adaptée…\u00a0» › ";
    assertThat(fr("/axes/1/actionSheets/1/fundings/0/amount")).isEqualTo(sheet + "Financement 1 › montant");
    assertThat(fr("/axes/1/actionSheets/1/budget")).isEqualTo(sheet + "budget");
    assertThat(fr("/axes/1/actionSheets/1/budgetLines/0/plannedAmount")).isEqualTo(sheet + "Ligne budgétaire 1 › montant prévu");
    assertThat(fr("/axes/1/actionSheets/1/budgetLines/0/actualAmount")).isEqualTo(sheet + "Ligne budgétaire 1 › montant réalisé");
    assertThat(en("/axes/1/actionSheets/1/budgetLines/0/plannedAmount")).isEqualTo(
        "Axis 3 › Sheet 5 \"Favoriser l’activité physique adaptée…\" › Budget line 1 › planned amount");
    assertThat(en("/axes/1/actionSheets/1/fundings/0/amount")).endsWith("Funding 1 › amount");
  }

  @Test
  void without_a_number_an_element_goes_by_its_position_from_one() {
    assertThat(fr("/axes/0/title")).isEqualTo("Axe 1 › titre");
    assertThat(fr("/actionSheets/0")).isEqualTo("Fiche 1 «\u00a0Fiche hors axe\u00a0»");
  }

  @Test
  void parties_and_references_go_by_their_names() {
    assertThat(fr("/parties/0/identifiers/0/value")).isEqualTo(
        "Acteur 1 «\u00a0Communauté de communes du Pays d’Exemple\u00a0» › Identifiant 1 › valeur");
    assertThat(fr("/axes/1/actionSheets/1/pilots/0/partyId")).endsWith("› Pilote 1 «\u00a0cc\u00a0» › acteur");
  }

  @Test
  void a_title_is_cut_between_words_or_inside_one_long_word() {
    assertThat(Places.cut("  Court  ")).isEqualTo("Court");
    assertThat(Places.cut("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    assertThat(Places.cut("Promouvoir l’aide au répit des aidants familiaux")).isEqualTo(
        "Promouvoir l’aide au répit des aidants…");
  }

  @Test
  void objects_on_the_way_are_named_and_the_whole_document_has_no_place() {
    assertThat(fr("/territory/departements/2")).isEqualTo("Territoire › Département 3");
    assertThat(fr("/status")).isEqualTo("statut");
    assertThat(fr("")).isEqualTo("<none>");
    assertThat(fr("not a pointer")).isEqualTo("<none>");
  }

  @Test
  void a_place_the_contract_does_not_have_still_reads_from_the_pointer() {
    assertThat(fr("/axes/7/actionSheets/0/titre")).isEqualTo("Axe 8 › Fiche 1");
  }

  @Test
  void objectives_and_amendments_go_by_their_printed_numbers_or_their_position() {
    assertThat(fr("/axes/0/objectives/0/title")).isEqualTo("Axe 1 › Objectif 1 › titre");
    assertThat(fr("/axes/0/objectives/1/title")).isEqualTo("Axe 1 › Objectif 1.2 › titre");
    assertThat(en("/axes/0/objectives/1")).isEqualTo("Axis 1 › Objective 1.2");
    assertThat(fr("/amendments/0/planned")).isEqualTo("Avenant 1 › avenant annoncé");
    assertThat(fr("/amendments/1/planned")).isEqualTo("Avenant 4 › avenant annoncé");
  }

  @Test
  void communes_and_governance_bodies_show_their_names_when_they_have_one() {
    assertThat(fr("/territory/communes/0/inseeCode")).isEqualTo("Territoire › Commune 1 › code INSEE");
    assertThat(fr("/territory/communes/1/inseeCode")).isEqualTo(
        "Territoire › Commune 2 «\u00a0Cherbourg-en-Cotentin\u00a0» › code INSEE");
    assertThat(fr("/governanceBodies/0/description")).isEqualTo("Instance 1 › description");
    assertThat(fr("/governanceBodies/1/description")).isEqualTo("Instance 2 «\u00a0Comité de pilotage\u00a0» › description");
  }

  @Test
  void a_last_member_without_a_word_of_its_own_goes_by_the_name_of_its_object() {
    assertThat(fr("/territory")).isEqualTo("Territoire");
    assertThat(en("/axes/1/actionSheets/1/schedule")).endsWith("› Schedule");
    assertThat(fr("/axes/1/actionSheets/1/noSuchMember")).isEqualTo(
        "Axe 3 › Fiche 5 «\u00a0Favoriser l’activité physique adaptée…\u00a0»");
  }

  @Test
  void a_title_whose_only_space_is_at_the_middle_is_cut_there_and_one_before_inside_the_word() {
    String twenty = "a".repeat(20);
    assertThat(Places.cut(twenty + " " + "b".repeat(30))).isEqualTo(twenty + "…");
    assertThat(Places.cut("a".repeat(19) + " " + "b".repeat(30))).isEqualTo("a".repeat(19) + " " + "b".repeat(20) + "…");
  }
}
