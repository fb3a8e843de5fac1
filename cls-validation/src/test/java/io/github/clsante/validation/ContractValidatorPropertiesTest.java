package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.Funding;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.indicator.Baseline;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The validator never throws, whatever the contract, and gives the same report for the same contract.
 * Contracts are drawn from a seed so that they hit many rules: ids from a small pool (duplicates),
 * references to absent parties, periods in any order, negative amounts, indicator values of any kind,
 * identifiers of any shape.
 */
class ContractValidatorPropertiesTest {

  static Contract contract(long seed) {
    Random random = new Random(seed);
    Contract.Builder contract = Contract.builder()
        .id("cls-" + random.nextInt(3))
        .status(pick(random, ContractStatus.values()))
        .leadArs(pick(random, Region.values()))
        .sheetNumbering(pick(random, SheetNumbering.values()))
        .territory(Territory.builder()
            .addRegions(pick(random, Region.values()))
            .addDepartements(pick(random, List.of("41", "2A", "20", "976", "x")))
            .addCommunes(Commune.ofInseeCode(pick(random, List.of("76255", "20004", "2A004", ""))))
            .build());
    if (random.nextBoolean()) {
      contract.period(period(random));
    }
    if (random.nextBoolean()) {
      contract.signatureDate(date(random));
    }
    int parties = random.nextInt(4);
    for (int i = 0; i < parties; i++) {
      contract.addParty(Party.builder().id("p" + random.nextInt(3)).name("Partie " + i)
          .kind(pick(random, List.of(PartyKind.ARS, PartyKind.COMMUNE, PartyKind.CPAM, PartyKind.of("autre"))))
          .addIdentifiers(Identifier.of(pick(random, List.copyOf(IdentifierScheme.knownValues())),
              Long.toString(Math.abs(random.nextLong() % 100_000_000_000_000L))))
          .departement(pick(random, List.of("41", "99")))
          .build());
      contract.addSignatory(Signatory.builder().party(PartyRef.to("p" + random.nextInt(4))).build());
    }
    int axes = random.nextInt(3);
    for (int a = 0; a < axes; a++) {
      io.github.clsante.model.Axis.Builder builder = Axis.builder()
          .id(random.nextBoolean() ? "axe-" + a : "p0").number(Integer.toString(random.nextInt(2))).title("Axe");
      int sheets = random.nextInt(4);
      for (int s = 0; s < sheets; s++) {
        builder.addActionSheet(sheet(random, "fa-" + a + "-" + s));
      }
      contract.addAxis(builder.build());
    }
    if (random.nextBoolean()) {
      contract.addActionSheet(sheet(random, "fa-hors-axe"));
    }
    if (random.nextBoolean()) {
      contract.announcedActionSheetCount(random.nextInt(5));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      contract.addAmendment(Amendment.builder().number(random.nextInt(3)).signatureDate(date(random))
          .addAffectedSheetIds("fa-" + random.nextInt(3) + "-0").build());
    }
    return contract.build();
  }

  private static ActionSheet sheet(Random random, String id) {
    ActionSheet.Builder sheet = ActionSheet.builder().id(id).title("Fiche")
        .number(Integer.toString(random.nextInt(3)));
    if (random.nextBoolean()) {
      sheet.addPilots(PartyRef.to("p" + random.nextInt(4)));
    }
    if (random.nextBoolean()) {
      sheet.schedule(period(random));
    }
    if (random.nextBoolean()) {
      sheet.budget(EuroAmount.ofCents(random.nextInt(2_000_000) - 500_000));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      sheet.addFunding(Funding.builder().amount(EuroAmount.ofCents(random.nextInt(1_000_000) - 100_000)).build());
    }
    if (random.nextBoolean()) {
      sheet.addIndicator(indicator(random, id + "-ind"));
    }
    sheet.addAllLinkedSheetIds(List.of("fa-" + random.nextInt(3) + "-1"));
    sheet.addAllGovernanceBodyIds(random.nextBoolean() ? List.of("copil") : List.of());
    if (random.nextBoolean()) {
      sheet.addElectedReferent(io.github.clsante.model.party.Person.builder()
          .contact(Contact.builder().addEmails(pick(random, List.of("a@b.fr", "not an email"))).build()).build());
    }
    return sheet.build();
  }

  private static Indicator indicator(Random random, String id) {
    return Indicator.builder().id(id).name("Indicateur")
        .measure(pick(random, MeasureKind.values()))
        .direction(pick(random, Direction.values()))
        .baseline(Baseline.builder().value(value(random)).build())
        .addTargets(Target.builder().value(value(random)).build())
        .addMeasurements(Measurement.builder().period(period(random)).value(value(random)).build(),
            Measurement.builder().period(period(random)).build())
        .build();
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
    io.github.clsante.model.Period.Builder period = Period.builder();
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

  @Test
  void the_validator_never_throws_and_gives_the_same_report_for_the_same_contract() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = contract(seed);

      ValidationReport first = ContractValidator.standard().validate(contract);
      ValidationReport second = ContractValidator.standard().validate(contract(seed));

      assertThat(second).isEqualTo(first);
      assertThat(first.findings()).allSatisfy(f -> assertThat(Rule.fromCode(f.code())).isPresent());
    });
  }

  @Test
  void validating_the_canonical_file_finds_what_validating_the_contract_finds() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = contract(seed);

      ValidationReport fromFile = ContractValidator.standard().validate(ContractJson.toCanonicalBytes(contract));
      ValidationReport inMemory = ContractValidator.standard().validate(contract);

      assertThat(fromFile.findings()).hasSameSizeAs(inMemory.findings());
      for (int i = 0; i < inMemory.findings().size(); i++) {
        assertThat(fromFile.findings().get(i).code()).isEqualTo(inMemory.findings().get(i).code());
        assertThat(fromFile.findings().get(i).pointer()).isEqualTo(inMemory.findings().get(i).pointer());
        assertThat(fromFile.findings().get(i).location()).isPresent();
      }
    });
  }

  @Test
  void the_generated_contracts_exercise_most_rules() {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (long seed = 0; seed < 500; seed++) {
      ContractValidator.standard().validate(contract(seed)).findings().forEach(f -> codes.add(f.code()));
    }
    assertThat(codes).hasSizeGreaterThanOrEqualTo(25);
  }
}
