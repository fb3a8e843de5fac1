package io.github.clsante.validation;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.BudgetNature;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractReference;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.Objective;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.Baseline;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Contracts that break rules, drawn from a seed so that together they make most rules fire: ids from a
 * small pool (duplicates), references to absent parties, sheets and bodies, periods in any order and
 * of any length, negative amounts, fundings above the budget, indicator values of any kind, identifiers
 * and codes of any shape (compact or not), placeholder names, signatures and deliberations in any
 * order, former regions that did not merge into the lead ARS's, announced counts above the listed
 * ones. Every object the rules look at appears at some depth (objectives in objectives, sub-actions,
 * intervention territories), so that the findings' pointers cover the whole document.
 */
final class RuleBreakingContracts {

  private RuleBreakingContracts() {}

  /**
   * Returns the contracts, each drawn from a seed.
   *
   * @return the generator
   */
  static Gen<Contract> contracts() {
    return longs().all().map(RuleBreakingContracts::contract);
  }

  /**
   * Returns the contract of a seed: always the same for the same seed.
   *
   * @param seed the seed
   * @return the contract
   */
  static Contract contract(long seed) {
    Random random = new Random(seed);
    Contract.Builder contract = Contract.builder()
        .id("cls-" + random.nextInt(3))
        .status(pick(random, ContractStatus.values()))
        .leadArs(pick(random, Region.values()))
        .sheetNumbering(pick(random, SheetNumbering.values()))
        .territory(territory(random));
    if (random.nextInt(4) == 0) {
      contract.kind(pick(random, ContractKind.values()));
    }
    if (random.nextInt(4) == 0) {
      contract.formerLeadArs(pick(random, FormerRegion.values()));
    }
    if (random.nextBoolean()) {
      contract.period(period(random));
    }
    if (random.nextBoolean()) {
      contract.signatureDate(date(random));
    } else if (random.nextInt(3) == 0) {
      contract.signatureDateAsWritten(pick(random, List.of("Ce mardi 24 avril", "le 24/04/18")));
    }
    if (random.nextInt(6) == 0) {
      contract.signaturePrintedBlank(true);
    }
    if (random.nextInt(4) == 0) {
      contract.generation(1 + random.nextInt(3));
    }
    if (random.nextInt(4) == 0) {
      contract.previousContract(ContractReference.builder().period(period(random)).build());
    }
    if (random.nextInt(4) == 0) {
      contract.prs(PrsReference.builder().title("PRS").period(period(random)).build());
    }
    int parties = random.nextInt(5);
    for (int i = 0; i < parties; i++) {
      contract.addParty(party(random, i));
    }
    int signatories = random.nextInt(4);
    for (int i = 0; i < signatories; i++) {
      Signatory.Builder signatory = Signatory.builder().party(ref(random));
      if (random.nextBoolean()) {
        signatory.representative(person(random));
      }
      if (random.nextInt(3) == 0) {
        signatory.signatureDate(date(random));
      }
      if (random.nextInt(3) == 0) {
        signatory.deliberationDate(date(random));
      }
      contract.addSignatory(signatory.build());
    }
    if (random.nextInt(4) == 0) {
      contract.signatoriesComplete(random.nextBoolean());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Carrier.Builder carrier = Carrier.builder().party(ref(random));
      if (random.nextBoolean()) {
        carrier.deliberationDate(date(random));
      }
      contract.addCarrier(carrier.build());
    }
    if (random.nextInt(3) == 0) {
      contract.coordinator(Coordinator.builder().name(name(random)).employer(ref(random)).addFundedBy(ref(random))
          .contact(contact(random)).build());
    }
    if (random.nextInt(3) == 0) {
      contract.addElectedReferent(person(random));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      GovernanceBody.Builder body = GovernanceBody.builder()
          .kind(pick(random, List.of(GovernanceBodyKind.STEERING_COMMITTEE, GovernanceBodyKind.of("comite-secret"),
              GovernanceBodyKind.of("copil"))))
          .addMembers(ref(random)).addChairs(ref(random))
          .addSharedWith(pick(random, List.of(SchemeKind.CLSM, SchemeKind.of("clms"))));
      if (random.nextBoolean()) {
        body.id(pick(random, List.of("copil", "cotech", "p0")));
      }
      contract.addGovernanceBody(body.build());
    }
    if (random.nextInt(4) == 0) {
      contract.diagnostic(Diagnostic.builder().producer(ref(random)).build());
    }
    if (random.nextInt(3) == 0) {
      contract.addPriorities(pick(random, List.of("Santé mentale", "Prévention", "Accès aux soins")));
    }
    for (int i = 0; i < random.nextInt(2); i++) {
      contract.addLinkedScheme(scheme(random));
    }
    int axes = random.nextInt(3);
    for (int a = 0; a < axes; a++) {
      Axis.Builder axis = Axis.builder()
          .id(random.nextBoolean() ? "axe-" + a : "p0").number(Integer.toString(random.nextInt(2)))
          .title(pick(random, List.of("Axe", "Santé mentale et bien-être")));
      int sheets = random.nextInt(4);
      for (int s = 0; s < sheets; s++) {
        axis.addActionSheet(sheet(random, "fa-" + a + "-" + s, 0));
      }
      if (random.nextInt(3) == 0) {
        axis.addObjective(objective(random, "obj-" + a, 0));
      }
      contract.addAxis(axis.build());
    }
    if (random.nextBoolean()) {
      contract.addActionSheet(sheet(random, "fa-hors-axe", 0));
    }
    if (random.nextBoolean()) {
      contract.announcedActionSheetCount(random.nextInt(6));
    }
    if (random.nextInt(4) == 0) {
      contract.announcedActionSheetCountAtLeast(random.nextBoolean());
    }
    if (random.nextInt(4) == 0) {
      contract.actionSheetsComplete(random.nextBoolean());
    }
    if (random.nextInt(6) == 0) {
      contract.actionSheetsAnnexed(true);
    }
    if (random.nextInt(3) == 0) {
      contract.announcedAxisCount(random.nextInt(4));
    }
    if (random.nextInt(4) == 0) {
      contract.addIndicator(indicator(random, "ind-contrat"));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Amendment.Builder amendment = Amendment.builder().number(random.nextInt(3)).signatureDate(date(random))
          .addAffectedSheetIds("fa-" + random.nextInt(3) + "-0");
      if (random.nextInt(3) == 0) {
        amendment.newPeriod(period(random));
      }
      if (random.nextInt(3) == 0) {
        amendment.addAddedSignatories(ref(random));
      }
      contract.addAmendment(amendment.build());
    }
    return contract.build();
  }

  private static Territory territory(Random random) {
    Territory.Builder territory = Territory.builder()
        .addDepartements(pick(random, List.of("41", "2A", "20", "976", "x", "29", "67")))
        .addCommunes(Commune.ofInseeCode(pick(random, List.of("76255", "20004", "2A004", ""))));
    if (random.nextInt(4) > 0) {
      territory.addRegions(pick(random, Region.values()));
    }
    if (random.nextInt(3) == 0) {
      territory.addQpvCodes(pick(random, List.of("QP041001", "QN04101M", "QP41", "qp041001")));
    }
    if (random.nextInt(3) == 0) {
      territory.kind(pick(random, List.of(TerritoryKind.COMMUNE, TerritoryKind.of("comunne"), TerritoryKind.of("pays"))));
    }
    return territory.build();
  }

  private static Party party(Random random, int i) {
    Party.Builder party = Party.builder().id("p" + random.nextInt(3)).name(random.nextInt(5) == 0 ? "XXX" : "Partie " + i)
        .kind(pick(random, List.of(PartyKind.ARS, PartyKind.COMMUNE, PartyKind.CPAM, PartyKind.of("autre"),
            PartyKind.of("comune"))))
        .addIdentifiers(Identifier.of(pick(random, List.copyOf(IdentifierScheme.knownValues())), identifier(random)))
        .departement(pick(random, List.of("41", "99")));
    if (random.nextInt(3) == 0) {
      party.category(pick(random, PartyCategory.values()));
    }
    if (random.nextInt(4) == 0) {
      party.parentId("p" + random.nextInt(5));
    }
    if (random.nextInt(5) == 0) {
      party.addIdentifiers(Identifier.of(IdentifierScheme.of("rpps"), "10001234567"));
    }
    return party.build();
  }

  /** A number as a register may write it, in digit groups or not, with a valid key or not. */
  private static String identifier(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return "130 005 267";
      case 1:
        return "W" + (100_000_000 + random.nextInt(900_000_000));
      default:
        return Long.toString(Math.abs(random.nextLong() % 100_000_000_000_000L));
    }
  }

  private static PartyRef ref(Random random) {
    return PartyRef.to("p" + random.nextInt(4));
  }

  private static String name(Random random) {
    return pick(random, List.of("Camille Martin", "NOM Prénom", "XXX", "[Nom]"));
  }

  private static Person person(Random random) {
    Person.Builder person = Person.builder().name(name(random));
    if (random.nextBoolean()) {
      person.organisation(ref(random));
    }
    if (random.nextBoolean()) {
      person.contact(contact(random));
    }
    return person.build();
  }

  private static Contact contact(Random random) {
    return Contact.builder().addEmails(pick(random, List.of("a@b.fr", "not an email", "a@@b.fr"))).build();
  }

  private static SchemeLink scheme(Random random) {
    SchemeLink.Builder link = SchemeLink.builder()
        .kind(pick(random, List.of(SchemeKind.CLSM, SchemeKind.CONTRAT_DE_VILLE, SchemeKind.of("pcaet2"))));
    if (random.nextBoolean()) {
      link.party(ref(random));
    }
    return link.build();
  }

  private static Objective objective(Random random, String id, int depth) {
    Objective.Builder objective = Objective.builder().title(pick(random, List.of("Objectif", "Prévenir le suicide")));
    if (random.nextBoolean()) {
      objective.id(random.nextBoolean() ? id : "fa-0-0");
    }
    for (int s = 0; s < random.nextInt(3); s++) {
      objective.addActionSheet(sheet(random, id + "-fa-" + s, depth + 1));
    }
    if (depth == 0 && random.nextBoolean()) {
      objective.addObjective(objective(random, id + "-sous", depth + 1));
    }
    return objective.build();
  }

  private static ActionSheet sheet(Random random, String id, int depth) {
    ActionSheet.Builder sheet = ActionSheet.builder().id(id).title(pick(random, List.of("Fiche", "Soutien psychique")))
        .number(Integer.toString(random.nextInt(3)));
    if (random.nextBoolean()) {
      sheet.addPilots(ref(random));
    }
    if (random.nextInt(3) == 0) {
      sheet.addPartners(ref(random));
    }
    if (random.nextBoolean()) {
      sheet.schedule(period(random));
    }
    if (random.nextBoolean()) {
      sheet.budget(EuroAmount.ofCents(random.nextInt(2_000_000) - 500_000));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Funding.Builder funding = Funding.builder().amount(EuroAmount.ofCents(random.nextInt(1_000_000) - 100_000));
      if (random.nextBoolean()) {
        funding.financer(ref(random));
      }
      if (random.nextBoolean()) {
        funding.fund(pick(random, List.of(FundKind.FIR, FundKind.of("fir2"), FundKind.of("mecenat"))));
      }
      sheet.addFunding(funding.build());
    }
    if (random.nextInt(3) == 0) {
      sheet.addBudgetLine(BudgetLine.builder().nature(pick(random, BudgetNature.values()))
          .plannedAmount(EuroAmount.ofCents(random.nextInt(200_000) - 50_000))
          .actualAmount(EuroAmount.ofCents(random.nextInt(200_000) - 50_000)).build());
    }
    if (random.nextBoolean()) {
      sheet.addIndicator(indicator(random, id + "-ind"));
    }
    sheet.addAllLinkedSheetIds(List.of("fa-" + random.nextInt(3) + "-1"));
    sheet.addAllGovernanceBodyIds(random.nextBoolean() ? List.of("copil") : List.of());
    if (random.nextBoolean()) {
      sheet.addElectedReferent(person(random));
    }
    if (random.nextInt(3) == 0) {
      sheet.addTargetPublics(pick(random, List.of(TargetPublic.CHILDREN, TargetPublic.of("enfnats"), TargetPublic.of("aidants"))));
    }
    if (random.nextInt(3) == 0) {
      sheet.addDeterminants(pick(random, List.of(HealthDeterminant.DIET, HealthDeterminant.of("tabac"))));
    }
    if (random.nextInt(4) == 0) {
      sheet.addLinkedSchemes(scheme(random));
    }
    if (random.nextInt(4) == 0) {
      sheet.interventionTerritory(territory(random));
    }
    if (random.nextInt(5) == 0) {
      sheet.generalObjective(pick(random, List.of("Réduire les inégalités", "Promouvoir la santé mentale")));
    }
    if (depth < 2 && random.nextInt(4) == 0) {
      sheet.addSubActions(sheet(random, id + "-sa", depth + 1));
    }
    return sheet.build();
  }

  private static Indicator indicator(Random random, String id) {
    Indicator.Builder indicator = Indicator.builder().id(random.nextInt(8) == 0 ? "p1" : id).name("Indicateur")
        .measure(pick(random, MeasureKind.values()))
        .direction(pick(random, Direction.values()))
        .addMeasurements(Measurement.builder().period(period(random)).value(value(random)).build(),
            Measurement.builder().period(period(random)).build());
    if (random.nextInt(4) > 0) {
      indicator.baseline(Baseline.builder().value(value(random)).build());
    }
    if (random.nextInt(4) > 0) {
      indicator.addTargets(Target.builder().value(value(random)).build());
    }
    if (random.nextInt(3) == 0) {
      indicator.type(pick(random, List.of(IndicatorType.RESULT, IndicatorType.of("resultat"))));
    }
    if (random.nextInt(3) == 0) {
      indicator.responsible(ref(random));
    }
    return indicator.build();
  }

  private static IndicatorValue value(Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return IndicatorValue.ofNumber(random.nextInt(300) - 100 + random.nextDouble());
      case 1:
        return IndicatorValue.ofBoolean(random.nextBoolean());
      default:
        return IndicatorValue.ofText("texte");
    }
  }

  private static Period period(Random random) {
    Period.Builder period = Period.builder();
    if (random.nextInt(4) > 0) {
      period.start(date(random));
    }
    if (random.nextInt(4) > 0) {
      period.end(date(random));
    }
    if (random.nextBoolean()) {
      period.durationMonths(random.nextInt(100) - 10);
    }
    return period.build();
  }

  private static PartialDate date(Random random) {
    int year = 2015 + random.nextInt(15);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
