package io.github.clsante.testing;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.BudgetNature;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractReference;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.Document;
import io.github.clsante.model.DocumentVersion;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.LocalizedText;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.SignatoryRole;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.CollectionFrequency;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import io.github.clsante.testing.internal.ContractDraw;
import io.github.clsante.testing.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of every type of the CLS model (générateurs du modèle), for tests of code
 * that takes a part of a contract: its parties, its sheets, its periods, its findings.
 *
 * <p>Two sets: {@link #valid()} draws values as a valid contract holds them (text as people write it,
 * well-formed register numbers, amounts of zero or more, periods that run forward); {@link
 * #anythingGoes()} breaks the rules now and then and reaches the bounds of the format (any Unicode text,
 * any int, amounts and dates at their bounds, any finite double). Both round-trip exactly through the
 * SDK's JSON format. A value outside a contract has no contract to refer to: its references name a few
 * made-up parties ({@code ars-centre-val-de-loire}, {@code agglopolys}, {@code cpam-41}), sheets
 * ({@code fa-1}, {@code fa-2}) and bodies ({@code copil}), and its dates fall in 2022–2027. For whole
 * contracts whose references hold, use {@link Contracts}.
 *
 * <pre>{@code
 * ModelGenerators model = ModelGenerators.valid();
 * qt().forAll(model.periods(), model.partialDates()).checkAssert((period, date) -> …);
 * qt().forAll(ModelGenerators.anythingGoes().texts()).checkAssert(text -> …);
 * }</pre>
 */
public final class ModelGenerators {

  private static final ModelGenerators VALID = new ModelGenerators(0);
  private static final ModelGenerators ANYTHING_GOES = new ModelGenerators(Contracts.CHAOS);

  private final int chaos;

  private ModelGenerators(int chaos) {
    this.chaos = chaos;
  }

  /**
   * Returns the generators of values as a valid contract holds them.
   *
   * @return the generators
   */
  public static ModelGenerators valid() {
    return VALID;
  }

  /**
   * Returns the generators of values that break the rules now and then and reach the format's bounds.
   *
   * @return the generators
   */
  public static ModelGenerators anythingGoes() {
    return ANYTHING_GOES;
  }

  private <T> Gen<T> gen(Function<ContractDraw, T> value) {
    return in -> value.apply(ContractDraw.standalone(Choices.of(in), chaos));
  }

  /**
   * Returns texts: as people write them (French typography, emoji, right-to-left scripts, newlines) or,
   * in the anything-goes set, any Unicode text a quarter of the time.
   *
   * @return the generator
   */
  public Gen<String> texts() {
    return gen(ContractDraw::text);
  }

  /**
   * Returns any Unicode text with no unpaired surrogate, of up to a dozen characters: controls, the
   * characters JSON escapes, separators, the byte order mark, characters of every plane; shrinking to
   * the empty text.
   *
   * @return the generator
   */
  public Gen<String> anyTexts() {
    return in -> Texts.any(Choices.of(in));
  }

  /**
   * Returns numbers as a contract holds them (full-time equivalents, indicator values): plain counts and
   * shares or, in the anything-goes set, any finite double, −0.0, subnormals and the largest included.
   *
   * @return the generator
   */
  public Gen<Double> doubles() {
    return gen(ContractDraw::aDouble);
  }

  /**
   * Returns JSON values in their RFC 8785 canonical form, as a contract's extensions hold them: objects,
   * arrays, strings, numbers, booleans and null, two levels deep at most.
   *
   * @return the generator
   */
  public Gen<String> extensionValues() {
    return gen(ContractDraw::extensionValue);
  }

  /**
   * Returns contracts (contrats), small; {@link Contracts} has size controls.
   *
   * @return the generator
   */
  public Gen<Contract> contracts() {
    return gen(w -> w.contract());
  }

  /**
   * Returns axes (axes) with their objectives and action sheets.
   *
   * @return the generator
   */
  public Gen<Axis> axes() {
    return gen(w -> w.axis());
  }

  /**
   * Returns objectives (objectifs), down to two levels, with their action sheets.
   *
   * @return the generator
   */
  public Gen<Objective> objectives() {
    return gen(w -> w.objective());
  }

  /**
   * Returns action sheets (fiches actions) with every member they may have, sub-actions included.
   *
   * @return the generator
   */
  public Gen<ActionSheet> actionSheets() {
    return gen(w -> w.actionSheet());
  }

  /**
   * Returns parties (parties prenantes): name, kind or category, identifiers, département.
   *
   * @return the generator
   */
  public Gen<Party> parties() {
    return gen(w -> w.party());
  }

  /**
   * Returns references to parties (références à une partie).
   *
   * @return the generator
   */
  public Gen<PartyRef> partyRefs() {
    return gen(w -> w.partyRef());
  }

  /**
   * Returns persons (personnes): name, function, organisation, contact.
   *
   * @return the generator
   */
  public Gen<Person> persons() {
    return gen(w -> w.person());
  }

  /**
   * Returns contacts (coordonnées): e-mail addresses and phone numbers.
   *
   * @return the generator
   */
  public Gen<Contact> contacts() {
    return gen(w -> w.contact());
  }

  /**
   * Returns identifiers of registers (identifiants): SIREN, SIRET, FINESS, RNA, UAI and others.
   *
   * @return the generator
   */
  public Gen<Identifier> identifiers() {
    return gen(w -> w.identifier());
  }

  /**
   * Returns territories (territoires): communes, départements, regions, QPVs.
   *
   * @return the generator
   */
  public Gen<Territory> territories() {
    return gen(w -> w.territory());
  }

  /**
   * Returns communes with their INSEE codes.
   *
   * @return the generator
   */
  public Gen<Commune> communes() {
    return gen(w -> w.commune());
  }

  /**
   * Returns periods (périodes) of partial dates.
   *
   * @return the generator
   */
  public Gen<Period> periods() {
    return gen(w -> w.period());
  }

  /**
   * Returns dates known to the year, the month or the day (dates partielles).
   *
   * @return the generator
   */
  public Gen<PartialDate> partialDates() {
    return gen(w -> w.date());
  }

  /**
   * Returns amounts in euros (montants), to the cent.
   *
   * @return the generator
   */
  public Gen<EuroAmount> euroAmounts() {
    return gen(w -> w.euros());
  }

  /**
   * Returns fundings (financements).
   *
   * @return the generator
   */
  public Gen<Funding> fundings() {
    return gen(w -> w.funding());
  }

  /**
   * Returns budget lines (lignes budgétaires).
   *
   * @return the generator
   */
  public Gen<BudgetLine> budgetLines() {
    return gen(w -> w.budgetLine());
  }

  /**
   * Returns indicators (indicateurs) with baseline, targets and measurements.
   *
   * @return the generator
   */
  public Gen<Indicator> indicators() {
    return gen(w -> w.indicator());
  }

  /**
   * Returns indicator values (valeurs): numbers, yes or no, text.
   *
   * @return the generator
   */
  public Gen<IndicatorValue> indicatorValues() {
    return gen(w -> w.indicatorValue());
  }

  /**
   * Returns signatories (signataires).
   *
   * @return the generator
   */
  public Gen<Signatory> signatories() {
    return gen(w -> w.signatory());
  }

  /**
   * Returns carriers (porteurs) and their deliberations.
   *
   * @return the generator
   */
  public Gen<Carrier> carriers() {
    return gen(w -> w.carrier());
  }

  /**
   * Returns coordinators (coordinateurs).
   *
   * @return the generator
   */
  public Gen<Coordinator> coordinators() {
    return gen(w -> w.coordinator());
  }

  /**
   * Returns governance bodies (instances de gouvernance).
   *
   * @return the generator
   */
  public Gen<GovernanceBody> governanceBodies() {
    return gen(w -> w.governanceBody());
  }

  /**
   * Returns diagnostics (diagnostics locaux de santé).
   *
   * @return the generator
   */
  public Gen<Diagnostic> diagnostics() {
    return gen(w -> w.diagnostic());
  }

  /**
   * Returns references to the regional health project (PRS).
   *
   * @return the generator
   */
  public Gen<PrsReference> prsReferences() {
    return gen(w -> w.prs());
  }

  /**
   * Returns amendments (avenants), numbered 1.
   *
   * @return the generator
   */
  public Gen<Amendment> amendments() {
    return gen(w -> w.amendment(1));
  }

  /**
   * Returns references to another contract (contrat précédent ou suivant).
   *
   * @return the generator
   */
  public Gen<ContractReference> contractReferences() {
    return gen(w -> w.contractReference());
  }

  /**
   * Returns versions of the document (version du document).
   *
   * @return the generator
   */
  public Gen<DocumentVersion> documentVersions() {
    return gen(w -> w.documentVersion());
  }

  /**
   * Returns documents (documents annexes).
   *
   * @return the generator
   */
  public Gen<Document> documents() {
    return gen(w -> w.document());
  }

  /**
   * Returns milestones (jalons).
   *
   * @return the generator
   */
  public Gen<Milestone> milestones() {
    return gen(w -> w.milestone());
  }

  /**
   * Returns follow-up notes (notes de suivi).
   *
   * @return the generator
   */
  public Gen<FollowUpNote> followUpNotes() {
    return gen(w -> w.followUpNote());
  }

  /**
   * Returns links to other schemes (dispositifs liés: CLSM, contrat de ville…).
   *
   * @return the generator
   */
  public Gen<SchemeLink> schemeLinks() {
    return gen(w -> w.schemeLink());
  }

  /**
   * Returns citizen participations (participation citoyenne).
   *
   * @return the generator
   */
  public Gen<CitizenParticipation> citizenParticipations() {
    return gen(w -> w.citizenParticipation());
  }

  /**
   * Returns texts in another language (traductions).
   *
   * @return the generator
   */
  public Gen<LocalizedText> localizedTexts() {
    return gen(w -> w.translation());
  }

  /**
   * Returns statuses of a contract (statuts): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<ContractStatus> contractStatuses() {
    return gen(w -> w.code(ContractStatus.values()));
  }

  /**
   * Returns kinds of contract (types de contrat): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<ContractKind> contractKinds() {
    return gen(w -> w.code(ContractKind.values()));
  }

  /**
   * Returns statuses of an action sheet (états d’avancement): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<SheetStatus> sheetStatuses() {
    return gen(w -> w.code(SheetStatus.values()));
  }

  /**
   * Returns priorities of an action sheet (priorités): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<Priority> priorities() {
    return gen(w -> w.code(Priority.values()));
  }

  /**
   * Returns numberings of action sheets (numérotation): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<SheetNumbering> sheetNumberings() {
    return gen(w -> w.code(SheetNumbering.values()));
  }

  /**
   * Returns levels of objective (niveaux d’objectif): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<ObjectiveLevel> objectiveLevels() {
    return gen(w -> w.code(ObjectiveLevel.values()));
  }

  /**
   * Returns levels of citizen participation: each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<ParticipationLevel> participationLevels() {
    return gen(w -> w.code(ParticipationLevel.values()));
  }

  /**
   * Returns roles of a signatory (rôles): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<SignatoryRole> signatoryRoles() {
    return gen(w -> w.code(SignatoryRole.values()));
  }

  /**
   * Returns natures of a budget line (natures de dépense): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<BudgetNature> budgetNatures() {
    return gen(w -> w.code(BudgetNature.values()));
  }

  /**
   * Returns kinds of measure of an indicator (natures de mesure): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<MeasureKind> measureKinds() {
    return gen(w -> w.code(MeasureKind.values()));
  }

  /**
   * Returns directions of an indicator (sens d’évolution): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<Direction> directions() {
    return gen(w -> w.code(Direction.values()));
  }

  /**
   * Returns frequencies of collection (fréquences de collecte): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<CollectionFrequency> collectionFrequencies() {
    return gen(w -> w.code(CollectionFrequency.values()));
  }

  /**
   * Returns categories of party (catégories d’acteurs): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<PartyCategory> partyCategories() {
    return gen(w -> w.code(PartyCategory.values()));
  }

  /**
   * Returns regions (régions), each with its ARS: each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<Region> regions() {
    return gen(w -> w.code(Region.values()));
  }

  /**
   * Returns former regions (anciennes régions, before 2016): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<FormerRegion> formerRegions() {
    return gen(w -> w.code(FormerRegion.values()));
  }

  /**
   * Returns severities of a finding (gravités): each code of the list, shrinking to the first.
   *
   * @return the generator
   */
  public Gen<Severity> severities() {
    return gen(w -> w.code(Severity.values()));
  }

  /**
   * Returns kinds of party (natures d’acteurs): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<PartyKind> partyKinds() {
    return gen(w -> w.openCode(PartyKind.knownValues(), PartyKind::of));
  }

  /**
   * Returns schemes of identifiers (registres): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<IdentifierScheme> identifierSchemes() {
    return gen(w -> w.openCode(IdentifierScheme.knownValues(), IdentifierScheme::of));
  }

  /**
   * Returns kinds of territory (types de territoire): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<TerritoryKind> territoryKinds() {
    return gen(w -> w.openCode(TerritoryKind.knownValues(), TerritoryKind::of));
  }

  /**
   * Returns kinds of fund (fonds): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<FundKind> fundKinds() {
    return gen(w -> w.openCode(FundKind.knownValues(), FundKind::of));
  }

  /**
   * Returns kinds of governance body (types d’instance): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<GovernanceBodyKind> governanceBodyKinds() {
    return gen(w -> w.openCode(GovernanceBodyKind.knownValues(), GovernanceBodyKind::of));
  }

  /**
   * Returns kinds of linked scheme (types de dispositif): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<SchemeKind> schemeKinds() {
    return gen(w -> w.openCode(SchemeKind.knownValues(), SchemeKind::of));
  }

  /**
   * Returns target publics (publics cibles): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<TargetPublic> targetPublics() {
    return gen(w -> w.openCode(TargetPublic.knownValues(), TargetPublic::of));
  }

  /**
   * Returns health determinants (déterminants de santé): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<HealthDeterminant> healthDeterminants() {
    return gen(w -> w.openCode(HealthDeterminant.knownValues(), HealthDeterminant::of));
  }

  /**
   * Returns types of indicator (types d’indicateur): the list's well-known codes, and now and then a code it does not know.
   *
   * @return the generator
   */
  public Gen<IndicatorType> indicatorTypes() {
    return gen(w -> w.openCode(IndicatorType.knownValues(), IndicatorType::of));
  }

  /**
   * Returns places in a text document: lines and columns from 1.
   *
   * @return the generator
   */
  public Gen<SourceLocation> sourceLocations() {
    return in -> {
      Choices d = Choices.of(in);
      return SourceLocation.of(d.between(1, 20_000), d.between(1, 500));
    };
  }

  /**
   * Returns cells of a spreadsheet: a sheet's name, a row and a column from 1.
   *
   * @return the generator
   */
  public Gen<CellLocation> cellLocations() {
    return in -> {
      Choices d = Choices.of(in);
      String sheet = d.pick(List.of("Fichier d'import", "Données CLS", "Plan d’action", "Feuille 1"));
      return CellLocation.of(chaos > 0 && d.chance(25) ? Texts.any(d) : sheet, d.between(1, 100_000), d.between(1, 40));
    };
  }

  /**
   * Returns RFC 6901 JSON Pointers into a contract's document: members and indexes, sometimes with the
   * characters a pointer escapes ({@code ~} and {@code /}), and the whole document ({@code ""}).
   *
   * @return the generator
   */
  public Gen<String> jsonPointers() {
    return in -> {
      Choices d = Choices.of(in);
      StringBuilder pointer = new StringBuilder();
      int depth = d.between(0, 5);
      for (int i = 0; i < depth; i++) {
        pointer.append('/');
        if (d.chance(40)) {
          pointer.append(d.between(0, 30));
        } else {
          String name = chaos > 0 && d.chance(20) ? Texts.any(d)
              : d.pick(List.of("axes", "actionSheets", "pilots", "partyId", "title", "period", "a/b", "m~n"));
          pointer.append(name.replace("~", "~0").replace("/", "~1"));
        }
      }
      return pointer.toString();
    };
  }

  /**
   * Returns findings (constats): a code, a severity, a pointer, and sometimes a location, a cell and
   * parameters.
   *
   * @return the generator
   */
  public Gen<Finding> findings() {
    Gen<String> pointers = jsonPointers();
    Gen<SourceLocation> locations = sourceLocations();
    Gen<CellLocation> cells = cellLocations();
    return in -> {
      Choices d = Choices.of(in);
      Finding.Builder finding = Finding.builder()
          .code(d.pick(List.of("CLS-SHEET-NO-PILOT", "CLS-REF-PARTY-UNKNOWN", "CLS-JSON-SYNTAX", "CLS-ID-SIREN",
              "CLS-CODE-NOT-LISTED", "CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", "ACME-RULE-1")))
          .severity(d.pick(Severity.values()))
          .pointer(pointers.generate(in));
      if (d.chance(50)) {
        finding.location(locations.generate(in));
      }
      if (d.chance(20)) {
        finding.cell(cells.generate(in));
      }
      int params = d.between(0, 2);
      for (int i = 0; i < params; i++) {
        finding.putParam(d.pick(List.of("partyId", "value", "number", "problem")), chaos > 0 ? Texts.any(d) : Texts.written(d));
      }
      return finding.build();
    };
  }

  /**
   * Returns reports (rapports) of up to a dozen findings.
   *
   * @return the generator
   */
  public Gen<Report> reports() {
    Gen<Finding> findings = findings();
    return in -> {
      Choices d = Choices.of(in);
      int n = d.between(0, 12);
      List<Finding> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(findings.generate(in));
      }
      return Report.of(list);
    };
  }
}
