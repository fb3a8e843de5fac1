package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of contracts built from generated inputs. */
class ContractPropertiesTest {

  // The inputs a contract is built from: plain data, so that one input can be built twice.

  record SheetIn(String id, String title, Optional<String> number) {}

  record ObjectiveIn(String title, List<SheetIn> sheets, List<ObjectiveIn> objectives) {}

  record AxisIn(String id, String title, List<SheetIn> sheets, List<ObjectiveIn> objectives) {}

  record PartyIn(String id, String name, Optional<String> kind) {}

  record HeaderIn(String id, Optional<String> title, ContractStatus status, Region leadArs) {}

  record ContractIn(HeaderIn header, List<PartyIn> parties, List<AxisIn> axes, List<SheetIn> sheets) {}

  // Generators

  /** Any Unicode text (astral characters included), or French typography. */
  private static Gen<String> texts() {
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 10);
    Gen<String> astral = strings().betweenCodePoints(0x1_0000, Character.MAX_CODE_POINT).ofLengthBetween(1, 4);
    Gen<String> french =
        lists()
            .of(Generate.pick(List.of("l’", "l'", "« ", " »", "\u00a0", "\u202f", "œ", "Œ", "é", "e\u0301", "🩺", "𝔘")))
            .ofSizeBetween(1, 6)
            .map(parts -> String.join("", parts));
    return any.mix(astral).mix(french);
  }

  private static Gen<SheetIn> sheets() {
    return texts().zip(texts(), texts().toOptionals(30), SheetIn::new);
  }

  private static Gen<List<SheetIn>> sheetLists() {
    return lists().of(sheets()).ofSizeBetween(0, 3);
  }

  private static Gen<ObjectiveIn> objectives() {
    Gen<ObjectiveIn> leaves = texts().zip(sheetLists(), (title, sheets) -> new ObjectiveIn(title, sheets, List.of()));
    return texts().zip(sheetLists(), lists().of(leaves).ofSizeBetween(0, 2), ObjectiveIn::new);
  }

  private static Gen<AxisIn> axes() {
    return texts().zip(texts(), sheetLists(), lists().of(objectives()).ofSizeBetween(0, 2), AxisIn::new);
  }

  private static Gen<PartyIn> parties() {
    Gen<String> ids = Generate.pick(List.of("ars-cvl", "agglopolys", "cpam-41", "cias")).mix(texts());
    Gen<Optional<String>> kinds = Generate.pick(List.of("cpam", "ars", "mutuelle")).toOptionals(40);
    return ids.zip(texts(), kinds, PartyIn::new);
  }

  private static Gen<ContractIn> contracts() {
    Gen<HeaderIn> headers =
        texts()
            .zip(
                texts().toOptionals(20),
                Generate.enumValues(ContractStatus.class),
                Generate.enumValues(Region.class),
                HeaderIn::new);
    return headers.zip(
        lists().of(parties()).ofSizeBetween(0, 4),
        lists().of(axes()).ofSizeBetween(0, 3),
        sheetLists(),
        ContractIn::new);
  }

  // Building

  private static ActionSheet build(SheetIn in, List<PartyIn> parties) {
    return ActionSheet.builder()
        .id(in.id())
        .title(in.title())
        .number(in.number())
        .addPilots(PartyRef.to(parties.isEmpty() ? "nobody" : parties.get(0).id()))
        .build();
  }

  private static Objective build(ObjectiveIn in, List<PartyIn> parties) {
    Objective.Builder objective = Objective.builder().title(in.title());
    in.sheets().forEach(sheet -> objective.addActionSheets(build(sheet, parties)));
    in.objectives().forEach(child -> objective.addObjectives(build(child, parties)));
    return objective.build();
  }

  private static Contract build(ContractIn in) {
    Contract.Builder contract =
        Contract.builder()
            .id(in.header().id())
            .title(in.header().title())
            .status(in.header().status())
            .leadArs(in.header().leadArs())
            .territory(Territory.builder().addRegions(in.header().leadArs()).build());
    for (PartyIn party : in.parties()) {
      contract.addParties(
          Party.builder().id(party.id()).name(party.name()).kind(party.kind().map(PartyKind::of)).build());
    }
    for (AxisIn axis : in.axes()) {
      Axis.Builder built = Axis.builder().id(axis.id()).title(axis.title());
      axis.sheets().forEach(sheet -> built.addActionSheets(build(sheet, in.parties())));
      axis.objectives().forEach(objective -> built.addObjectives(build(objective, in.parties())));
      contract.addAxes(built.build());
    }
    in.sheets().forEach(sheet -> contract.addActionSheets(build(sheet, in.parties())));
    return contract.build();
  }

  /** The titles of every generated sheet, in the documented order of {@link Contract#allActionSheets()}. */
  private static List<String> sheetTitlesInOrder(ContractIn in) {
    List<String> titles = new ArrayList<>();
    for (AxisIn axis : in.axes()) {
      axis.sheets().forEach(sheet -> titles.add(sheet.title()));
      axis.objectives().forEach(objective -> addDepthFirst(objective, titles));
    }
    in.sheets().forEach(sheet -> titles.add(sheet.title()));
    return titles;
  }

  private static void addDepthFirst(ObjectiveIn objective, List<String> titles) {
    objective.sheets().forEach(sheet -> titles.add(sheet.title()));
    objective.objectives().forEach(child -> addDepthFirst(child, titles));
  }

  // Properties

  @Test
  void building_twice_from_the_same_inputs_gives_equal_contracts() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract first = build(in);
              Contract second = build(in);

              assertThat(second).isNotSameAs(first).isEqualTo(first);
              assertThat(second.hashCode()).isEqualTo(first.hashCode());
              assertThat(second.toString()).isEqualTo(first.toString());
            });
  }

  @Test
  void copies_are_equal_to_the_original() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract contract = build(in);

              assertThat(Contract.copyOf(contract)).isEqualTo(contract);
              Contract rebuilt = Contract.builder().from(contract).build();
              assertThat(rebuilt).isEqualTo(contract).hasSameHashCodeAs(contract);
              assertThat(rebuilt.allActionSheets()).isEqualTo(contract.allActionSheets());
            });
  }

  @Test
  void all_action_sheets_holds_every_generated_sheet_in_order() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract contract = build(in);
              List<String> expected = sheetTitlesInOrder(in);

              assertThat(contract.allActionSheets()).hasSize(expected.size());
              assertThat(contract.allActionSheets()).extracting(ActionSheet::title).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void text_is_kept_code_point_for_code_point() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract contract = build(in);

              assertThat(contract.id().codePoints().toArray()).containsExactly(in.header().id().codePoints().toArray());
              assertThat(contract.title()).isEqualTo(in.header().title());
              for (int i = 0; i < in.parties().size(); i++) {
                assertThat(contract.parties().get(i).name()).isEqualTo(in.parties().get(i).name());
              }
            });
  }

  @Test
  void a_party_is_found_as_the_first_declared_with_its_id() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract contract = build(in);
              Map<String, Party> firsts = new LinkedHashMap<>();
              contract.parties().forEach(party -> firsts.putIfAbsent(party.id(), party));

              assertThat(contract.partiesById()).isEqualTo(firsts);
              firsts.forEach((id, party) -> assertThat(contract.party(id)).containsSame(party));
            });
  }

  @Test
  void a_changed_attribute_gives_an_unequal_contract() {
    qt().withExamples(300)
        .forAll(contracts())
        .checkAssert(
            in -> {
              Contract contract = Contract.copyOf(build(in));

              assertThat(contract.withId(contract.id() + "\u0301")).isNotEqualTo(contract);
              Contract withoutOwnSheets = contract.withActionSheets(List.of());
              assertThat(withoutOwnSheets.equals(contract)).isEqualTo(in.sheets().isEmpty());
              assertThat(contract.actionSheets()).hasSize(in.sheets().size());
            });
  }
}
