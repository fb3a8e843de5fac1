package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.Period;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge of an edited plan with its complement sheet. The rows are simulated as an import would build
 * them: only what the template holds, with the import's own ids ({@code fa-n}, {@code axe-n}, parties by
 * name).
 */
class ComplementSheetMergeTest {

  /** What an import of the exported rows gives, without the complement sheet. */
  static Contract asImported(Contract contract) {
    Rows rows = new Rows(contract);
    List<Axis> axes = new ArrayList<>();
    for (Axis axis : contract.axes()) {
      if (axis.allActionSheets().isEmpty()) {
        continue; // no row shows an axis without fiches
      }
      axes.add(Axis.builder().id("axe-" + (axes.size() + 1)).number(axis.number()).label(axis.label())
          .title(axis.title()).objectives(rows.objectives(axis.objectives())).actionSheets(rows.sheets(axis.actionSheets()))
          .build());
    }
    List<ActionSheet> top = rows.sheets(contract.actionSheets());
    return Contract.builder().id("plan").leadArs(Region.ILE_DE_FRANCE).territory(Territory.builder().build())
        .parties(rows.parties.values()).axes(axes).actionSheets(top).build();
  }

  /** Builds the rows' view of a contract. */
  private static final class Rows {
    final Contract contract;
    final Map<String, Party> parties = new LinkedHashMap<>();
    int next = 1;

    Rows(Contract contract) {
      this.contract = contract;
    }

    List<Objective> objectives(List<Objective> objectives) {
      List<Objective> seen = new ArrayList<>();
      for (Objective objective : objectives) {
        if (Axis.builder().id("a").title("t").addObjectives(objective).build().allActionSheets().isEmpty()) {
          continue; // nor an objective without fiches
        }
        seen.add(Objective.builder().number(objective.number()).level(objective.level()).title(objective.title())
            .objectives(objectives(objective.objectives())).actionSheets(sheets(objective.actionSheets())).build());
      }
      return seen;
    }

    List<ActionSheet> sheets(List<ActionSheet> sheets) {
      List<ActionSheet> seen = new ArrayList<>();
      for (ActionSheet sheet : sheets) {
        seen.add(sheet(sheet, "fa-" + next++));
      }
      return seen;
    }

    ActionSheet sheet(ActionSheet sheet, String id) {
      ActionSheet.Builder row = ActionSheet.builder().id(id).number(sheet.number()).label(sheet.label())
          .title(sheet.title()).description(sheet.description()).generalObjective(sheet.generalObjective())
          .specificObjectives(sheet.specificObjectives()).operationalObjectives(sheet.operationalObjectives())
          .humanResources(sheet.humanResources()).pilotServices(sheet.pilotServices()).budget(sheet.budget())
          .status(sheet.status()).priority(sheet.priority()).recurring(sheet.recurring());
      int n = 1;
      for (Indicator indicator : sheet.indicators()) {
        row.addIndicators(Indicator.builder().id("ind-" + id + "-" + n++).name(indicator.name()).build());
      }
      sheet.pilots().forEach(ref -> row.addPilots(ref(ref)));
      sheet.partners().forEach(ref -> row.addPartners(ref(ref)));
      sheet.electedReferents().forEach(person -> row.addElectedReferents(Person.builder().name(person.name()).build()));
      sheet.citizenParticipation().ifPresent(p -> row.citizenParticipation(CitizenParticipation.builder()
          .level(p.level()).build()));
      sheet.fundings().stream().limit(PlanRows.FINANCERS).forEach(funding -> row.addFundings(Funding.builder()
          .financer(funding.financer().map(this::ref)).amount(funding.amount()).build()));
      sheet.schedule().ifPresent(p -> row.schedule(Period.builder().start(p.start()).end(p.end()).build()));
      sheet.followUpNotes().forEach(note -> row.addFollowUpNotes(note.withDate(java.util.Optional.empty())));
      for (String key : List.of(PlanRows.EXT_GOVERNANCE, PlanRows.EXT_PILOT_PERSON, PlanRows.EXT_FUNDINGS,
          PlanRows.EXT_LINKED_MEASURES, PlanRows.EXT_LINKED_ACTIONS, PlanRows.EXT_DOCUMENTS)) {
        if (sheet.extensions().containsKey(key)) {
          row.putExtension(key, sheet.extensions().get(key));
        }
      }
      int s = 1;
      for (ActionSheet sub : sheet.subActions()) {
        row.addSubActions(sheet(sub, id + "-" + s++));
      }
      return row.build();
    }

    PartyRef ref(PartyRef ref) {
      String name = ref.asWritten().orElseGet(() -> contract.party(ref.partyId()).orElseThrow().name());
      Party party = parties.computeIfAbsent(name, n -> Party.builder().id("p-row-" + (parties.size() + 1)).name(n)
          .build());
      return PartyRef.builder().partyId(party.id()).asWritten(ref.asWritten()).build();
    }
  }

  /** A contract with what the template cannot hold: identifiers, indicators' data, steps, a 4th funding. */
  static Contract complement() {
    Contract contract = TemplateChecks.PLANS.withAxes(1, 3).withSheetsPerAxis(2, 8).withSheetsOutsideAxes(3, 6).sample(11);
    List<Party> parties = new ArrayList<>();
    for (Party party : contract.parties()) {
      parties.add(party.withIdentifiers(Identifier.builder().scheme(IdentifierScheme.SIRET).value("21410018800014")
          .build()));
    }
    return contract.withParties(parties).withTitle("Contrat local de santé de test");
  }

  @Test
  void unedited_rows_merge_into_the_complement_itself() {
    Contract complement = complement();
    assertThat(complement.allActionSheets()).hasSizeGreaterThan(5);

    assertThat(ComplementSheet.merge(asImported(complement), complement)).isEqualTo(complement);
  }

  @Test
  void the_seed_agglopolys_merges_into_itself() throws Exception {
    Contract agglopolys = TemplateWritersTest.seed("agglopolys");

    assertThat(ComplementSheet.merge(asImported(agglopolys), agglopolys)).isEqualTo(agglopolys);
  }

  private static Contract editTopSheet(Contract contract, int index, java.util.function.UnaryOperator<ActionSheet> edit) {
    List<ActionSheet> sheets = new ArrayList<>(contract.actionSheets());
    sheets.set(index, edit.apply(sheets.get(index)));
    return contract.withActionSheets(sheets);
  }

  @Test
  void an_edited_title_and_status_win_and_the_fiche_keeps_its_id_and_what_the_template_cannot_hold() {
    Contract complement = complement();
    ActionSheet before = complement.actionSheets().get(1);
    Contract rows = editTopSheet(asImported(complement), 1,
        sheet -> sheet.withTitle("Titre modifié").withStatus(SheetStatus.ABANDONED));

    Contract merged = ComplementSheet.merge(rows, complement);

    ActionSheet after = merged.actionSheets().get(1);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.title()).isEqualTo("Titre modifié");
    assertThat(after.status()).contains(SheetStatus.ABANDONED);
    assertThat(after.withTitle(before.title()).withStatus(before.status())).isEqualTo(before);
    assertThat(merged).isEqualTo(editTopSheet(complement, 1,
        sheet -> sheet.withTitle("Titre modifié").withStatus(SheetStatus.ABANDONED)));
  }

  @Test
  void an_added_fiche_is_kept_with_a_new_id_and_its_parties_matched_by_name() {
    Contract complement = complement();
    Party known = complement.parties().get(0);
    Contract imported = asImported(complement);
    String knownInRows = imported.parties().stream().filter(p -> p.name().equals(known.name())).findFirst()
        .map(Party::id).orElse("p-row-known");
    List<Party> rowParties = new ArrayList<>(imported.parties());
    if (knownInRows.equals("p-row-known")) {
      rowParties.add(Party.builder().id(knownInRows).name(known.name()).build());
    }
    rowParties.add(Party.builder().id("p-row-new").name("Nouvelle association").build());
    String takenId = complement.allActionSheets().get(0).id();
    ActionSheet added = ActionSheet.builder().id(takenId).title("Fiche ajoutée")
        .addPilots(PartyRef.to(knownInRows), PartyRef.to("p-row-new")).build();
    List<ActionSheet> top = new ArrayList<>(imported.actionSheets());
    top.add(added);
    Contract rows = imported.withParties(rowParties).withActionSheets(top);

    Contract merged = ComplementSheet.merge(rows, complement);

    ActionSheet fiche = merged.actionSheets().get(merged.actionSheets().size() - 1);
    assertThat(fiche.title()).isEqualTo("Fiche ajoutée");
    assertThat(fiche.id()).isEqualTo(takenId + "-2");
    assertThat(fiche.pilots()).extracting(PartyRef::partyId).containsExactly(known.id(), "p-row-new");
    assertThat(merged.parties()).containsAll(complement.parties());
    assertThat(merged.parties()).extracting(Party::name).containsOnlyOnce(known.name());
    assertThat(merged.party("p-row-new")).map(Party::name).contains("Nouvelle association");
    assertThat(merged.withParties(complement.parties()).withActionSheets(top.subList(0, top.size() - 1)))
        .isEqualTo(complement.withActionSheets(top.subList(0, top.size() - 1)));
  }

  @Test
  void a_removed_fiche_is_gone_and_the_others_keep_their_ids_by_title() {
    Contract complement = complement();
    assertThat(complement.actionSheets()).hasSizeGreaterThan(2);
    Contract imported = asImported(complement);
    List<ActionSheet> top = new ArrayList<>(imported.actionSheets());
    top.remove(0);

    Contract merged = ComplementSheet.merge(imported.withActionSheets(top), complement);

    List<ActionSheet> expected = new ArrayList<>(complement.actionSheets());
    expected.remove(0);
    assertThat(merged).isEqualTo(complement.withActionSheets(expected));
  }

  @Test
  void matches_by_key_first_then_by_position_among_those_left() {
    int[] found = ComplementSheetMerge.match(List.of("b", "x", "a", "y"), List.of("a", "b", "c"), s -> s);

    assertThat(found).containsExactly(1, -1, 0, -1);
    assertThat(ComplementSheetMerge.match(List.of("x", "b"), List.of("a", "b"), s -> s)).containsExactly(0, 1);
  }
}
