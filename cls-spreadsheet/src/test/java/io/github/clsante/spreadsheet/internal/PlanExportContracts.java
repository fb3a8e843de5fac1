package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
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
import java.util.List;
import java.util.Random;

/**
 * Contracts for the export's tests, each drawn from a seed: axes, objectives on two levels, fiches and
 * sub-actions with every column the template holds, parties with commas inside parentheses, quotes and
 * « », odd text (’ « » œ, newlines, spaces at the ends), very long descriptions, partial dates.
 */
final class PlanExportContracts {

  private static final List<String> PARTY_NAMES = List.of("Ville de Blois", "CPAM (Loir-et-Cher, 41)",
      "Association « Santé, Vie »", "ARS Centre-Val de Loire", "L’Œuvre des jeunes", "Société \"A, B\"",
      "Mutualité française", "CCAS de Vendôme");

  private static final List<String> TEXTS = List.of("Prévenir l’obésité", "Santé « mentale »", "Cœur et œuvre",
      "Ligne 1\nLigne 2", "Accès aux soins (urgences, SAMU)", "Bloqué ", " Espaces  doubles", "Ça, c’est fait ;",
      "Ünïcödé 🙂 test", "Dépistage – cancers");

  private PlanExportContracts() {}

  /** The contract of a seed, with at most {@code maxSheets} fiches. */
  static Contract contract(long seed, int maxSheets) {
    Random random = new Random(seed);
    Contract.Builder contract = Contract.builder()
        .id("cls-gen-" + Long.toHexString(seed))
        .title(text(random))
        .leadArs(pick(random, Region.values()))
        .territory(Territory.builder().addDepartements("41").build());
    int partyCount = random.nextInt(PARTY_NAMES.size() + 1);
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < partyCount; i++) {
      Party.Builder party = Party.builder().id("p-" + (i + 1)).name(PARTY_NAMES.get(i));
      if (random.nextBoolean()) {
        party.addIdentifiers(Identifier.builder().scheme(IdentifierScheme.SIREN).value("21410018800014".substring(0, 9))
            .build());
      }
      parties.add(party.build());
    }
    contract.parties(parties);
    int sheets = maxSheets == 0 ? 0 : random.nextInt(maxSheets + 1);
    int[] next = {1};
    int axes = random.nextInt(4);
    for (int a = 1; a <= axes; a++) {
      Axis.Builder axis = Axis.builder().id("axe-" + a).title(text(random) + " " + a);
      if (random.nextInt(4) > 0) {
        axis.number(Integer.toString(a));
      }
      if (random.nextInt(3) == 0) {
        axis.label("Axe");
      }
      axis.actionSheets(fiches(random, parties, next, sheets / (axes * 4 + 1)));
      int objectives = random.nextInt(3);
      for (int o = 1; o <= objectives; o++) {
        Objective.Builder objective = objective(random, a + "." + o)
            .actionSheets(fiches(random, parties, next, sheets / (axes * 4 + 1)));
        if (random.nextBoolean()) {
          objective.addObjectives(objective(random, a + "." + o + ".1")
              .actionSheets(fiches(random, parties, next, sheets / (axes * 4 + 1))).build());
        }
        axis.addObjectives(objective.build());
      }
      contract.addAxes(axis.build());
    }
    contract.actionSheets(fiches(random, parties, next, Math.max(0, sheets - next[0] + 1)));
    return contract.build();
  }

  private static Objective.Builder objective(Random random, String number) {
    Objective.Builder objective = Objective.builder().id("obj-" + number).title(text(random));
    if (random.nextInt(4) > 0) {
      objective.number(number);
    }
    if (random.nextInt(5) > 0) {
      objective.level(pick(random, ObjectiveLevel.values()));
    }
    return objective;
  }

  private static List<ActionSheet> fiches(Random random, List<Party> parties, int[] next, int count) {
    List<ActionSheet> fiches = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = "fa-" + next[0]++;
      ActionSheet.Builder fiche = fiche(random, parties, id);
      int subs = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0;
      for (int s = 1; s <= subs; s++) {
        fiche.addSubActions(fiche(random, parties, id + "-" + s).build());
      }
      fiches.add(fiche.build());
    }
    return fiches;
  }

  private static ActionSheet.Builder fiche(Random random, List<Party> parties, String id) {
    ActionSheet.Builder fiche = ActionSheet.builder().id(id).title(text(random) + " " + id);
    if (random.nextBoolean()) {
      fiche.number(id.substring(3).replace('-', '.'));
      if (random.nextBoolean()) {
        fiche.label(random.nextBoolean() ? "Action" : "Fiche");
      }
    }
    if (random.nextBoolean()) {
      fiche.description(random.nextInt(40) == 0 ? "Très long, ".repeat(4000) : text(random));
    }
    if (random.nextBoolean()) {
      fiche.status(pick(random, SheetStatus.values()));
    }
    if (random.nextBoolean()) {
      fiche.priority(pick(random, Priority.values()));
    }
    if (random.nextInt(3) == 0) {
      fiche.recurring(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      fiche.schedule(Period.builder().start(date(random)).end(date(random)).build());
    }
    if (random.nextBoolean()) {
      fiche.budget(EuroAmount.ofCents(random.nextInt(2) == 0 ? 100L * random.nextInt(1_000_000) : random.nextInt()));
    }
    if (random.nextBoolean()) {
      fiche.generalObjective(text(random));
      for (int i = random.nextInt(3); i > 0; i--) {
        fiche.addSpecificObjectives(text(random));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        fiche.addOperationalObjectives(text(random));
      }
    }
    if (!parties.isEmpty()) {
      for (int i = random.nextInt(3); i > 0; i--) {
        fiche.addPilots(ref(random, parties));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        fiche.addPartners(ref(random, parties));
      }
      for (int i = random.nextInt(5); i > 0; i--) {
        Funding.Builder funding = Funding.builder().financer(ref(random, parties));
        if (random.nextInt(4) > 0) {
          funding.amount(EuroAmount.ofEuros(random.nextInt(500_000)));
        }
        if (random.nextBoolean()) {
          funding.year(2025);
        }
        fiche.addFundings(funding.build());
      }
    }
    if (random.nextBoolean()) {
      fiche.humanResources(text(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      fiche.addPilotServices("Service " + i);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      fiche.addElectedReferents(Person.builder().name("Élue N°" + i).function("Adjointe").build());
    }
    if (random.nextInt(3) == 0) {
      fiche.citizenParticipation(CitizenParticipation.builder()
          .level(pick(random, ParticipationLevel.values())).build());
    }
    for (int i = 1; i <= random.nextInt(3); i++) {
      fiche.addIndicators(Indicator.builder().id("ind-" + id + "-" + i).name(text(random) + " " + i).unit("%").build());
    }
    if (random.nextInt(3) == 0) {
      fiche.putExtension(PlanRows.EXT_GOVERNANCE, json(text(random)));
    }
    if (random.nextInt(3) == 0) {
      fiche.putExtension(PlanRows.EXT_PILOT_PERSON, json("Marie PAUL, Pierre GWEN"));
    }
    if (random.nextInt(4) == 0) {
      fiche.putExtension(PlanRows.EXT_FUNDINGS, json("- Métropole\n- DREAL"));
    }
    if (random.nextInt(6) == 0) {
      fiche.putExtension(PlanRows.EXT_DOCUMENTS, json("https://example.org/doc"));
    }
    if (random.nextInt(6) == 0) {
      fiche.putExtension("tet:Calendrier", json("2025-2027"));
    }
    if (random.nextInt(4) == 0) {
      fiche.addFollowUpNotes(FollowUpNote.builder().text(text(random)).date(PartialDate.of(2025, 3, 1)).build());
    }
    if (random.nextInt(4) == 0) {
      fiche.addSteps("Étape 1", "Étape 2");
    }
    return fiche;
  }

  private static PartyRef ref(Random random, List<Party> parties) {
    Party party = parties.get(random.nextInt(parties.size()));
    PartyRef.Builder ref = PartyRef.builder().partyId(party.id());
    if (random.nextInt(4) == 0) {
      ref.asWritten(party.name().toUpperCase(java.util.Locale.ROOT));
    }
    return ref.build();
  }

  private static PartialDate date(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return PartialDate.ofYear(2020 + random.nextInt(10));
      case 1:
        return PartialDate.ofMonth(2020 + random.nextInt(10), 1 + random.nextInt(12));
      default:
        return PartialDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String text(Random random) {
    return TEXTS.get(random.nextInt(TEXTS.size()));
  }

  /** A text as a JSON string literal, as an extension holds it. */
  static String json(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        default:
          json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
