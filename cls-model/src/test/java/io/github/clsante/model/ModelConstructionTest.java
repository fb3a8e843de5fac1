package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelConstructionTest {

  private static final String NAME = "Marie-Thérèse Lefèvre";
  private static final String EMAIL = "mt.lefevre@agglopolys.example";
  private static final String PHONE = "02 54 51 31 03";

  private static Territory territory() {
    return Territory.builder().name("Agglopolys").addDepartements("41").addRegions(Region.CENTRE_VAL_DE_LOIRE).build();
  }

  private static Contract.Builder contract() {
    return Contract.builder()
        .id("cls-agglopolys-2022-2027")
        .status(ContractStatus.IN_FORCE)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(territory());
  }

  private static ActionSheet sheet(String id) {
    return ActionSheet.builder().id(id).title("Fiche " + id).build();
  }

  private static Party party(String id, String name) {
    return Party.builder().id(id).name(name).build();
  }

  private static Person person() {
    return Person.builder()
        .name(NAME)
        .function("Vice-présidente déléguée à la santé")
        .organisation(PartyRef.to("agglopolys"))
        .contact(Contact.builder().addEmails(EMAIL).addPhones(PHONE).build())
        .build();
  }

  private static void assertNullRejected(Executable call, String message) {
    assertThatThrownBy(call::execute).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
  }

  // Required attributes

  @Test
  void rejects_sheet_without_title() {
    assertThatThrownBy(() -> ActionSheet.builder().id("fa-1").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build ActionSheet, some of required attributes are not set [title]");
  }

  @Test
  void rejects_sheet_without_id_or_title() {
    assertThatThrownBy(() -> ActionSheet.builder().number("1").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build ActionSheet, some of required attributes are not set [id, title]");
  }

  @Test
  void rejects_contract_without_any_required_attribute_listing_them_all() {
    assertThatThrownBy(() -> Contract.builder().title("Contrat local de santé").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Contract, some of required attributes are not set [id, leadArs, territory]");
  }

  @Test
  void rejects_contract_without_territory() {
    assertThatThrownBy(
            () ->
                Contract.builder()
                    .id("cls")
                    .status(ContractStatus.IN_PREPARATION)
                    .leadArs(Region.NORMANDIE)
                    .build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Contract, some of required attributes are not set [territory]");
  }

  @Test
  void a_contract_needs_only_its_three_required_attributes() {
    Contract contract = contract().build();

    assertThat(contract.title()).isEmpty();
    assertThat(contract.axes()).isEmpty();
    assertThat(contract.parties()).isEmpty();
    assertThat(contract.allActionSheets()).isEmpty();
    assertThat(contract.sheetNumbering()).isEmpty();
    assertThat(contract.period()).isEmpty();
  }

  @Test
  void rejects_other_values_without_their_required_attributes() {
    assertThatThrownBy(() -> Axis.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Axis, some of required attributes are not set [id, title]");
    assertThatThrownBy(() -> Objective.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Objective, some of required attributes are not set [title]");
    assertThatThrownBy(() -> Party.builder().id("cpam-41").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Party, some of required attributes are not set [name]");
    assertThatThrownBy(() -> PartyRef.builder().unit("service des sports").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build PartyRef, some of required attributes are not set [partyId]");
    assertThatThrownBy(() -> Signatory.builder().role(SignatoryRole.ASSOCIATED).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Signatory, some of required attributes are not set [party]");
    assertThatThrownBy(() -> Carrier.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Carrier, some of required attributes are not set [party]");
    assertThatThrownBy(() -> Indicator.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Indicator, some of required attributes are not set [id, name]");
    assertThatThrownBy(() -> BudgetLine.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build BudgetLine, some of required attributes are not set [nature]");
    assertThatThrownBy(() -> GovernanceBody.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build GovernanceBody, some of required attributes are not set [kind]");
    assertThatThrownBy(() -> SchemeLink.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build SchemeLink, some of required attributes are not set [kind]");
    assertThatThrownBy(() -> CitizenParticipation.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build CitizenParticipation, some of required attributes are not set [level]");
    assertThatThrownBy(() -> Document.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Document, some of required attributes are not set [title]");
    assertThatThrownBy(() -> FollowUpNote.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build FollowUpNote, some of required attributes are not set [text]");
    assertThatThrownBy(() -> Milestone.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Milestone, some of required attributes are not set [description]");
  }

  @Test
  void values_with_no_required_attribute_build_empty() {
    assertThat(Period.builder().build().start()).isEmpty();
    assertThat(Territory.builder().build().regions()).isEmpty();
    assertThat(Person.builder().build().name()).isEmpty();
    assertThat(Coordinator.builder().build().name()).isEmpty();
    assertThat(Funding.builder().build().amount()).isEmpty();
  }

  // Nulls

  @Test
  void rejects_null_attributes_naming_them() {
    assertNullRejected(() -> ActionSheet.builder().title(null), "title");
    assertNullRejected(() -> ActionSheet.builder().id(null), "id");
    assertNullRejected(() -> ActionSheet.builder().number((String) null), "number");
    assertNullRejected(() -> ActionSheet.builder().status((SheetStatus) null), "status");
    assertNullRejected(() -> Contract.builder().status((ContractStatus) null), "status");
    assertNullRejected(() -> Contract.builder().leadArs(null), "leadArs");
    assertNullRejected(() -> Contract.builder().territory(null), "territory");
    assertNullRejected(() -> Contract.builder().title((String) null), "title");
    assertNullRejected(() -> Party.builder().name(null), "name");
    assertNullRejected(() -> PartyRef.to(null), "partyId");
  }

  @Test
  void rejects_null_optionals() {
    // Immutables does not check a null Optional itself: the JDK's NullPointerException, whose
    // (helpful) message is not API.
    assertThatThrownBy(() -> ActionSheet.builder().number((Optional<String>) null))
        .isExactlyInstanceOf(NullPointerException.class);
  }

  @Test
  void accepts_an_empty_optional_for_an_optional_attribute() {
    ActionSheet sheet = ActionSheet.builder().id("fa-1").title("Titre").number(Optional.empty()).build();

    assertThat(sheet.number()).isEmpty();
  }

  @Test
  void rejects_null_list_elements_naming_the_list() {
    assertNullRejected(() -> ActionSheet.builder().addPilots((PartyRef) null), "pilots element");
    assertNullRejected(() -> ActionSheet.builder().addPilot(null), "pilots element");
    assertNullRejected(
        () -> ActionSheet.builder().addPilots(PartyRef.to("agglopolys"), null), "pilots element");
    assertNullRejected(
        () -> ActionSheet.builder().addAllPilots(Arrays.asList(PartyRef.to("agglopolys"), null)),
        "pilots element");
    assertNullRejected(() -> Contract.builder().addAxes((Axis) null), "axes element");
    assertNullRejected(() -> Contract.builder().addParty(null), "parties element");
    assertNullRejected(() -> Territory.builder().addDepartements((String) null), "departements element");
  }

  @Test
  void rejects_null_map_keys_and_values() {
    assertNullRejected(() -> Contract.builder().putExtension(null, "{}"), "extensions key");
    assertNullRejected(() -> Contract.builder().putExtension("fr.tet", null), "extensions value for key: fr.tet");
  }

  @Test
  void rejects_null_in_copy_methods() {
    Contract contract = contract().build();

    assertNullRejected(() -> contract.withTitle((String) null), "title");
    assertNullRejected(() -> contract.withStatus((ContractStatus) null), "status");
    // The copy methods name the element less precisely than the builders.
    assertNullRejected(() -> contract.withParties(party("a", "A"), null), "element");
  }

  @Test
  void rejects_null_in_value_factories() {
    assertNullRejected(() -> Identifier.of(null, "123"), "scheme");
    assertNullRejected(() -> Identifier.of(IdentifierScheme.SIREN, null), "value");
    assertNullRejected(() -> LocalizedText.of("en", null), "text");
    assertNullRejected(() -> SchemeLink.to(null), "kind");
  }

  // The model holds wrong contracts

  @Test
  void holds_a_contract_with_duplicate_sheet_numbers_and_ids() {
    ActionSheet first = ActionSheet.builder().id("fa-1").number("1").title("Première").build();
    ActionSheet second = ActionSheet.builder().id("fa-1").number("1").title("Seconde").build();

    Contract contract =
        contract().addAxes(Axis.builder().id("axe-1").title("Axe 1").addActionSheets(first, second).build()).build();

    assertThat(contract.allActionSheets()).containsExactly(first, second);
    assertThat(contract.allActionSheets()).extracting(sheet -> sheet.number().orElseThrow()).containsExactly("1", "1");
  }

  @Test
  void holds_a_party_with_an_identifier_that_fails_its_check_digit() {
    Identifier siren = Identifier.of(IdentifierScheme.SIREN, "123456789");
    Party party = Party.builder().id("agglopolys").name("Agglopolys").addIdentifiers(siren).build();

    Contract contract = contract().addParties(party).build();

    assertThat(contract.party("agglopolys").orElseThrow().identifiers()).containsExactly(siren);
    assertThat(siren.scheme()).isSameAs(IdentifierScheme.SIREN);
    assertThat(siren.value()).isEqualTo("123456789");
  }

  @Test
  void holds_an_identifier_exactly_as_given() {
    Identifier spaced = Identifier.of(IdentifierScheme.SIRET, " 200 030 385 00011 ");

    assertThat(spaced.value()).isEqualTo(" 200 030 385 00011 ");
  }

  @Test
  void holds_a_pilot_that_refers_to_no_party() {
    ActionSheet sheet = ActionSheet.builder().id("fa-1").title("Fiche").addPilots(PartyRef.to("nobody")).build();

    Contract contract = contract().addParties(party("agglopolys", "Agglopolys")).addActionSheets(sheet).build();

    assertThat(contract.allActionSheets().get(0).pilots()).containsExactly(PartyRef.to("nobody"));
    assertThat(contract.party("nobody")).isEmpty();
    assertThat(contract.party("agglopolys")).isPresent();
  }

  @Test
  void holds_a_period_that_ends_before_it_starts() {
    Period backwards = Period.between(PartialDate.ofYear(2027), PartialDate.ofYear(2022));

    Contract contract = contract().period(backwards).signatureDate(PartialDate.ofYear(2030)).build();

    assertThat(contract.period().orElseThrow().start()).contains(PartialDate.ofYear(2027));
    assertThat(contract.period().orElseThrow().end()).contains(PartialDate.ofYear(2022));
  }

  @Test
  void holds_a_negative_funding() {
    Funding funding =
        Funding.builder().financer(PartyRef.to("ars-cvl")).amount(EuroAmount.ofCents(-1_500_000)).year(2023).build();
    ActionSheet sheet = ActionSheet.builder().id("fa-1").title("Fiche").addFundings(funding).budget(EuroAmount.ofEuros(-1)).build();

    Contract contract = contract().addActionSheets(sheet).build();

    EuroAmount amount = contract.allActionSheets().get(0).fundings().get(0).amount().orElseThrow();
    assertThat(amount).isEqualTo(EuroAmount.parse("-15000.00"));
    assertThat(amount.isNegative()).isTrue();
  }

  @Test
  void holds_sheets_under_no_axis() {
    Contract contract = contract().addActionSheets(sheet("fa-1"), sheet("fa-2")).build();

    assertThat(contract.axes()).isEmpty();
    assertThat(contract.actionSheets()).extracting(ActionSheet::id).containsExactly("fa-1", "fa-2");
    assertThat(contract.allActionSheets()).extracting(ActionSheet::id).containsExactly("fa-1", "fa-2");
  }

  @Test
  void holds_announced_counts_that_disagree_with_the_contents() {
    Contract contract =
        contract().announcedAxisCount(4).announcedActionSheetCount(56).addActionSheets(sheet("fa-1")).build();

    assertThat(contract.announcedAxisCount()).contains(4);
    assertThat(contract.announcedActionSheetCount()).contains(56);
    assertThat(contract.allActionSheets()).hasSize(1);
  }

  @Test
  void holds_territory_departements_outside_its_regions() {
    Territory territory = Territory.builder().addDepartements("80", "20", "999").addRegions(Region.BRETAGNE).build();

    assertThat(territory.departements()).containsExactly("80", "20", "999");
    assertThat(territory.regions()).containsExactly(Region.BRETAGNE);
  }

  // Navigation

  @Test
  void all_action_sheets_are_those_of_each_axis_depth_first_then_the_contracts_own() {
    ActionSheet subAction = sheet("sub-1");
    Axis first =
        Axis.builder()
            .id("axe-1")
            .title("Axe 1")
            .addActionSheets(ActionSheet.builder().from(sheet("s1")).addSubActions(subAction).build(), sheet("s2"))
            .addObjectives(
                Objective.builder()
                    .title("O1")
                    .addActionSheets(sheet("s3"))
                    .addObjectives(
                        Objective.builder().title("O1a").addActionSheets(sheet("s4")).build(),
                        Objective.builder()
                            .title("O1b")
                            .addObjectives(Objective.builder().title("O1b-i").addActionSheets(sheet("s5")).build())
                            .addActionSheets(sheet("s6"))
                            .build())
                    .build(),
                Objective.builder().title("O2").addActionSheets(sheet("s7")).build())
            .build();
    Axis second =
        Axis.builder()
            .id("axe-2")
            .title("Axe 2")
            .addObjectives(Objective.builder().title("O3").addActionSheets(sheet("s9")).build())
            .addActionSheets(sheet("s8"))
            .build();
    Axis empty = Axis.builder().id("axe-3").title("Axe transversal").transversal(true).build();

    Contract contract = contract().addAxes(first, second, empty).addActionSheets(sheet("s10"), sheet("s11")).build();

    assertThat(first.allActionSheets())
        .extracting(ActionSheet::id)
        .containsExactly("s1", "s2", "s3", "s4", "s6", "s5", "s7");
    assertThat(contract.allActionSheets())
        .extracting(ActionSheet::id)
        .containsExactly("s1", "s2", "s3", "s4", "s6", "s5", "s7", "s8", "s9", "s10", "s11");
    assertThat(empty.allActionSheets()).isEmpty();
  }

  @Test
  void all_action_sheets_is_computed_once_and_cannot_be_modified() {
    Contract contract = contract().addActionSheets(sheet("fa-1")).build();

    assertThat(contract.allActionSheets()).isSameAs(contract.allActionSheets());
    assertThatThrownBy(() -> contract.allActionSheets().add(sheet("fa-2")))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parties_by_id_keeps_the_first_party_declared_with_an_id() {
    Party first = party("cpam-41", "CPAM 41");
    Party second = party("cpam-41", "Caisse Primaire de l’Assurance Maladie 41");
    Party other = party("cias", "CIAS du Blaisois");

    Contract contract = contract().addParties(first, other, second).build();

    assertThat(contract.parties()).containsExactly(first, other, second);
    assertThat(contract.partiesById()).containsOnly(Map.entry("cpam-41", first), Map.entry("cias", other));
    assertThat(contract.party("cpam-41")).containsSame(first);
    assertThatThrownBy(() -> contract.partiesById().clear())
        .isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  // Copies

  @Test
  void with_methods_return_a_new_contract_and_leave_the_original_unchanged() {
    Contract original = contract().title("Contrat local de santé").addParties(party("a", "A")).build();

    Contract retitled = original.withTitle("Contrat local de santé 2022-2027");
    Contract ended = original.withStatus(ContractStatus.ENDED);
    Contract noParties = original.withParties(List.of());

    assertThat(retitled).isNotSameAs(original).isNotEqualTo(original);
    assertThat(retitled.title()).contains("Contrat local de santé 2022-2027");
    assertThat(ended.status()).contains(ContractStatus.ENDED);
    assertThat(noParties.parties()).isEmpty();
    assertThat(original.title()).contains("Contrat local de santé");
    assertThat(original.status()).contains(ContractStatus.IN_FORCE);
    assertThat(original.parties()).extracting(Party::id).containsExactly("a");
    assertThat(retitled.withTitle("Contrat local de santé")).isEqualTo(original).hasSameHashCodeAs(original);
  }

  @Test
  void with_methods_return_the_same_contract_when_nothing_changes() {
    Contract contract = contract().title("Titre").build();

    assertThat(contract.withStatus(ContractStatus.IN_FORCE)).isSameAs(contract);
    assertThat(contract.withTitle("Titre")).isSameAs(contract);
  }

  @Test
  void copies_are_equal_to_their_original() {
    Contract contract = contract().title("Titre").addActionSheets(sheet("fa-1")).build();

    assertThat(Contract.copyOf(contract)).isSameAs(contract);
    Contract rebuilt = Contract.builder().from(contract).build();
    assertThat(rebuilt).isNotSameAs(contract).isEqualTo(contract).hasSameHashCodeAs(contract);
  }

  // Collections

  @Test
  void lists_of_any_size_cannot_be_modified() {
    Contract none = contract().build();
    Contract one = contract().addAxes(Axis.builder().id("a1").title("A1").build()).build();
    Contract two =
        contract()
            .addAxes(Axis.builder().id("a1").title("A1").build(), Axis.builder().id("a2").title("A2").build())
            .build();
    Axis extra = Axis.builder().id("a3").title("A3").build();

    for (Contract contract : List.of(none, one, two)) {
      assertThatThrownBy(() -> contract.axes().add(extra)).isExactlyInstanceOf(UnsupportedOperationException.class);
    }
    assertThatThrownBy(() -> two.axes().remove(0)).isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> two.axes().set(0, extra)).isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void maps_cannot_be_modified() {
    Contract none = contract().build();
    Contract two = contract().putExtension("fr.tet", "{\"id\":12}").putExtension("fr.ars", "[]").build();

    assertThat(two.extensions()).containsExactly(Map.entry("fr.tet", "{\"id\":12}"), Map.entry("fr.ars", "[]"));
    assertThatThrownBy(() -> none.extensions().put("x", "1")).isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> two.extensions().put("x", "1")).isExactlyInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void later_changes_to_a_given_list_do_not_reach_the_contract() {
    List<Axis> axes = new ArrayList<>(List.of(Axis.builder().id("a1").title("A1").build()));
    Contract contract = contract().addAllAxes(axes).build();

    axes.add(Axis.builder().id("a2").title("A2").build());

    assertThat(contract.axes()).extracting(Axis::id).containsExactly("a1");
  }

  // Personal data

  @Test
  void person_to_string_does_not_show_name_or_contact() {
    Person person = person();

    assertThat(person.toString())
        .doesNotContain(NAME)
        .doesNotContain("Lefèvre")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .contains("Vice-présidente déléguée à la santé");
    assertThat(person.name()).contains(NAME);
  }

  @Test
  void contact_to_string_shows_nothing() {
    Contact contact = Contact.builder().addEmails(EMAIL).addPhones(PHONE).build();

    assertThat(contact).hasToString("Contact{}");
    assertThat(contact.emails()).containsExactly(EMAIL);
    assertThat(contact.phones()).containsExactly(PHONE);
  }

  @Test
  void coordinator_to_string_does_not_show_name_or_contact() {
    Coordinator coordinator =
        Coordinator.builder()
            .name(NAME)
            .jobTitle("Cheffe de projet santé")
            .contact(Contact.builder().addEmails(EMAIL).addPhones(PHONE).build())
            .build();

    assertThat(coordinator.toString())
        .doesNotContain(NAME)
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .contains("Cheffe de projet santé");
  }

  @Test
  void contract_to_string_does_not_show_personal_data_of_its_people() {
    Contract contract =
        contract()
            .addElectedReferents(person())
            .addSignatories(Signatory.builder().party(PartyRef.to("agglopolys")).representative(person()).build())
            .coordinator(Coordinator.builder().name(NAME).contact(Contact.builder().addEmails(EMAIL).build()).build())
            .addActionSheets(ActionSheet.builder().from(sheet("fa-1")).addElectedReferents(person()).build())
            .build();

    assertThat(contract.toString()).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain(PHONE);
  }

  @Test
  void redacted_attributes_still_take_part_in_equality() {
    Person other = Person.builder().from(person()).name("Jean Martin").build();

    assertThat(other).isNotEqualTo(person());
    assertThat(other.toString()).isEqualTo(person().toString());
  }

  // Text

  @Test
  void keeps_text_exactly_as_written() {
    String title =
        "L’accès aux soins : l'œuvre « commune » — Œuvre\u00a0; espace fine\u202f! é\u0301 e\u0301 𝔘𝔫𝔦 🩺\t  ";

    ActionSheet sheet = ActionSheet.builder().id("fa-1").title(title).build();
    Party party = Party.builder().id("p").name(title).build();

    assertThat(sheet.title().codePoints().toArray()).containsExactly(title.codePoints().toArray());
    assertThat(party.name().codePoints().toArray()).containsExactly(title.codePoints().toArray());
    assertThat(sheet.title()).contains("’").contains("'").contains("«").contains("»").contains("œ").contains("Œ");
    assertThat(sheet.title()).contains("e\u0301").contains("\u00a0").contains("\u202f");
    assertThat(sheet.title()).isNotEqualTo(sheet.title().replace('’', '\''));
  }

  @Test
  void keeps_empty_and_blank_text() {
    ActionSheet sheet = ActionSheet.builder().id("").title("   ").build();

    assertThat(sheet.id()).isEmpty();
    assertThat(sheet.title()).isEqualTo("   ");
  }

  @Test
  void what_the_source_does_not_say_stays_unsaid() {
    // Format 1.0 read these absent as false, principal, contract-wide; the model keeps them unstated.
    assertThat(ActionSheet.builder().id("fa-1").title("t").build().recurring()).isEmpty();
    assertThat(Axis.builder().id("a").title("t").build().transversal()).isEmpty();
    assertThat(Signatory.builder().party(PartyRef.to("ars")).build().role()).isEmpty();
    assertThat(Amendment.builder().build().planned()).isEmpty();
    assertThat(contract().build().sheetNumbering()).isEmpty();
    assertThat(Contract.builder().id("c").leadArs(Region.NORMANDIE).territory(Territory.builder().build()).build()
        .status()).isEmpty();
    assertThat(Signatory.builder().party(PartyRef.to("ars")).role(SignatoryRole.ASSOCIATED).build().role())
        .contains(SignatoryRole.ASSOCIATED);
  }

  @Test
  void party_keeps_its_kind_and_unknown_kinds() {
    Party known = Party.builder().id("cpam-41").name("CPAM 41").kind(PartyKind.CPAM).build();
    Party unknown = Party.builder().id("m").name("Mutuelle").kind(PartyKind.of("mutuelle")).build();

    assertThat(known.kind()).containsSame(PartyKind.CPAM);
    assertThat(unknown.kind().orElseThrow().isKnown()).isFalse();
    assertThat(unknown).isEqualTo(Party.builder().id("m").name("Mutuelle").kind(PartyKind.of("mutuelle")).build());
  }
}
