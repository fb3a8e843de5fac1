package io.github.clsante.serialization.internal;

import static io.github.clsante.serialization.internal.Field.defaultIn10;
import static io.github.clsante.serialization.internal.Field.list;
import static io.github.clsante.serialization.internal.Field.map;
import static io.github.clsante.serialization.internal.Field.newIn;
import static io.github.clsante.serialization.internal.Field.optional;
import static io.github.clsante.serialization.internal.Field.renamedIn11To;
import static io.github.clsante.serialization.internal.Field.replacedIn11By;
import static io.github.clsante.serialization.internal.Field.required;
import static io.github.clsante.serialization.internal.Field.requiredIn10;
import static io.github.clsante.serialization.internal.Shapes.BOOLEAN;
import static io.github.clsante.serialization.internal.Shapes.CENTS;
import static io.github.clsante.serialization.internal.Shapes.DATE;
import static io.github.clsante.serialization.internal.Shapes.DOUBLE;
import static io.github.clsante.serialization.internal.Shapes.EUROS;
import static io.github.clsante.serialization.internal.Shapes.EXTENSIONS;
import static io.github.clsante.serialization.internal.Shapes.INDICATOR_VALUE;
import static io.github.clsante.serialization.internal.Shapes.INT;
import static io.github.clsante.serialization.internal.Shapes.PARTY_ID;
import static io.github.clsante.serialization.internal.Shapes.SAFE_LONG;
import static io.github.clsante.serialization.internal.Shapes.STRING;
import static io.github.clsante.serialization.internal.Shapes.UNIQUE_ID;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.BudgetNature;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractReference;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.Document;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.LocalizedText;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.Objective;
import io.github.clsante.model.Period;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Priority;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.DocumentVersion;
import io.github.clsante.model.SignatoryRole;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.Baseline;
import io.github.clsante.model.indicator.CollectionFrequency;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.TerritoryKind;
import io.github.clsante.model.Coded;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Format 1 (versions 1.0 and 1.1): every object and member of the JSON interchange format, declared
 * once, with the versions that have it. The reader, the canonical writer, the JSON Schemas, the
 * migration and the format documentation's tables all come from here.
 */
public final class ContractFormat {

  private ContractFormat() {}

  // Code lists.
  private static final ValueShape<ContractStatus> CONTRACT_STATUS =
      Shapes.closed(ContractStatus.class, "ContractStatus");
  private static final ValueShape<SheetStatus> SHEET_STATUS = Shapes.closed(SheetStatus.class, "SheetStatus");
  private static final ValueShape<Priority> PRIORITY = Shapes.closed(Priority.class, "Priority");
  private static final ValueShape<ParticipationLevel> PARTICIPATION =
      Shapes.closed(ParticipationLevel.class, "ParticipationLevel");
  private static final ValueShape<SignatoryRole> SIGNATORY_ROLE =
      Shapes.closed(SignatoryRole.class, "SignatoryRole");
  private static final ValueShape<BudgetNature> BUDGET_NATURE = Shapes.closed(BudgetNature.class, "BudgetNature");
  private static final ValueShape<ContractKind> CONTRACT_KIND = Shapes.closed(ContractKind.class, "ContractKind");
  private static final ValueShape<FormerRegion> FORMER_REGION = Shapes.closed(FormerRegion.class, "FormerRegion");
  private static final ValueShape<PartyCategory> PARTY_CATEGORY = Shapes.closed(PartyCategory.class, "PartyCategory");
  private static final ValueShape<SheetNumbering> SHEET_NUMBERING =
      Shapes.closed(SheetNumbering.class, "SheetNumbering");
  private static final ValueShape<ObjectiveLevel> OBJECTIVE_LEVEL =
      Shapes.closed(ObjectiveLevel.class, "ObjectiveLevel");
  private static final ValueShape<MeasureKind> MEASURE_KIND = Shapes.closed(MeasureKind.class, "MeasureKind");
  private static final ValueShape<Direction> DIRECTION = Shapes.closed(Direction.class, "Direction");
  private static final ValueShape<CollectionFrequency> FREQUENCY =
      Shapes.closed(CollectionFrequency.class, "CollectionFrequency");
  private static final ValueShape<Region> REGION = Shapes.closed(Region.class, "Region");
  private static final ValueShape<PartyKind> PARTY_KIND = Shapes.open(PartyKind::of, PartyKind.knownValues(), "PartyKind");
  private static final ValueShape<IdentifierScheme> IDENTIFIER_SCHEME =
      Shapes.open(IdentifierScheme::of, IdentifierScheme.knownValues(), "IdentifierScheme");
  private static final ValueShape<TerritoryKind> TERRITORY_KIND =
      Shapes.open(TerritoryKind::of, TerritoryKind.knownValues(), "TerritoryKind");
  private static final ValueShape<IndicatorType> INDICATOR_TYPE =
      Shapes.open(IndicatorType::of, IndicatorType.knownValues(), "IndicatorType");
  private static final ValueShape<SchemeKind> SCHEME_KIND = Shapes.open(SchemeKind::of, SchemeKind.knownValues(), "SchemeKind");
  private static final ValueShape<GovernanceBodyKind> BODY_KIND =
      Shapes.open(GovernanceBodyKind::of, GovernanceBodyKind.knownValues(), "GovernanceBodyKind");
  private static final ValueShape<FundKind> FUND_KIND = Shapes.open(FundKind::of, FundKind.knownValues(), "FundKind");
  private static final ValueShape<TargetPublic> TARGET_PUBLIC =
      Shapes.open(TargetPublic::of, TargetPublic.knownValues(), "TargetPublic");
  private static final ValueShape<HealthDeterminant> DETERMINANT =
      Shapes.open(HealthDeterminant::of, HealthDeterminant.knownValues(), "HealthDeterminant");

  /** A reference to a party. */
  public static final ObjectShape<PartyRef, PartyRef.Builder> PARTY_REF =
      new ObjectShape<>("PartyRef", "A reference to a party of the contract, optionally to one of its units.",
          PartyRef::builder, PartyRef.Builder::build);

  /** A registry identifier. */
  public static final ObjectShape<Identifier, Identifier.Builder> IDENTIFIER =
      new ObjectShape<>("Identifier", "An organisation identifier in a public register (SIREN, SIRET, FINESS…).",
          Identifier::builder, Identifier.Builder::build);

  /** A contact. */
  public static final ObjectShape<Contact, Contact.Builder> CONTACT =
      new ObjectShape<>("Contact", "E-mail addresses and phone numbers, as written.",
          Contact::builder, Contact.Builder::build);

  /** A person. */
  public static final ObjectShape<Person, Person.Builder> PERSON =
      new ObjectShape<>("Person", "A person named by the contract: a representative, an elected referent.",
          Person::builder, Person.Builder::build);

  /** A party. */
  public static final ObjectShape<Party, Party.Builder> PARTY =
      new ObjectShape<>("Party", "A party (acteur): an organisation or a role, declared once, referenced by id.",
          Party::builder, Party.Builder::build);

  /** A commune. */
  public static final ObjectShape<Commune, Commune.Builder> COMMUNE =
      new ObjectShape<>("Commune", "A commune, by name as written, INSEE code, or both.",
          Commune::builder, Commune.Builder::build);

  /** A territory. */
  public static final ObjectShape<Territory, Territory.Builder> TERRITORY =
      new ObjectShape<>("Territory", "A territory (périmètre): communes, départements, regions.",
          Territory::builder, Territory.Builder::build);

  /** A period. */
  public static final ObjectShape<Period, Period.Builder> PERIOD =
      new ObjectShape<>("Period", "A period: start, end (inclusive), duration, and the words of the contract.",
          Period::builder, Period.Builder::build);

  /** A text in another language. */
  public static final ObjectShape<LocalizedText, LocalizedText.Builder> LOCALIZED_TEXT =
      new ObjectShape<>("LocalizedText", "A text in a language given by its BCP 47 tag.",
          LocalizedText::builder, LocalizedText.Builder::build);

  /** An indicator's baseline. */
  public static final ObjectShape<Baseline, Baseline.Builder> BASELINE =
      new ObjectShape<>("Baseline", "The baseline of an indicator (valeur de référence).",
          Baseline::builder, Baseline.Builder::build);

  /** An indicator's target. */
  public static final ObjectShape<Target, Target.Builder> TARGET =
      new ObjectShape<>("Target", "A target of an indicator (valeur cible).",
          Target::builder, Target.Builder::build);

  /** An indicator's measurement. */
  public static final ObjectShape<Measurement, Measurement.Builder> MEASUREMENT =
      new ObjectShape<>("Measurement", "A measurement of an indicator over a period (valeur mesurée).",
          Measurement::builder, Measurement.Builder::build);

  /** An indicator. */
  public static final ObjectShape<Indicator, Indicator.Builder> INDICATOR =
      new ObjectShape<>("Indicator", "An evaluation indicator (indicateur d’évaluation).",
          Indicator::builder, Indicator.Builder::build);

  /** A carrier. */
  public static final ObjectShape<Carrier, Carrier.Builder> CARRIER =
      new ObjectShape<>("Carrier", "A carrier of the contract (porteur) and its deliberation.",
          Carrier::builder, Carrier.Builder::build);

  /** A signatory. */
  public static final ObjectShape<Signatory, Signatory.Builder> SIGNATORY =
      new ObjectShape<>("Signatory", "A signatory (signataire), principal or associated.",
          Signatory::builder, Signatory.Builder::build);

  /** The coordinator. */
  public static final ObjectShape<Coordinator, Coordinator.Builder> COORDINATOR =
      new ObjectShape<>("Coordinator", "The coordinator of the contract (coordonnateur CLS).",
          Coordinator::builder, Coordinator.Builder::build);

  /** A governance body. */
  public static final ObjectShape<GovernanceBody, GovernanceBody.Builder> GOVERNANCE_BODY =
      new ObjectShape<>("GovernanceBody", "A governance body (COPIL, COTECH, working group…).",
          GovernanceBody::builder, GovernanceBody.Builder::build);

  /** The diagnostic. */
  public static final ObjectShape<Diagnostic, Diagnostic.Builder> DIAGNOSTIC =
      new ObjectShape<>("Diagnostic", "The shared diagnostic (diagnostic local de santé).",
          Diagnostic::builder, Diagnostic.Builder::build);

  /** The PRS reference. */
  public static final ObjectShape<PrsReference, PrsReference.Builder> PRS =
      new ObjectShape<>("PrsReference", "The regional health project the contract declines (PRS).",
          PrsReference::builder, PrsReference.Builder::build);

  /** A link to another scheme. */
  public static final ObjectShape<SchemeLink, SchemeLink.Builder> SCHEME_LINK =
      new ObjectShape<>("SchemeLink", "A link to another scheme (CLSM, contrat de ville, PCAET…).",
          SchemeLink::builder, SchemeLink.Builder::build);

  /** An amendment. */
  public static final ObjectShape<Amendment, Amendment.Builder> AMENDMENT =
      new ObjectShape<>("Amendment", "An amendment (avenant), signed or announced.",
          Amendment::builder, Amendment.Builder::build);

  /** A milestone. */
  public static final ObjectShape<Milestone, Milestone.Builder> MILESTONE =
      new ObjectShape<>("Milestone", "A dated event of the contract's life.",
          Milestone::builder, Milestone.Builder::build);

  /** A document. */
  public static final ObjectShape<Document, Document.Builder> DOCUMENT =
      new ObjectShape<>("Document", "A document of the contract: convention, annex, report.",
          Document::builder, Document.Builder::build);

  /** The version of the document read (since 1.1). */
  public static final ObjectShape<DocumentVersion, DocumentVersion.Builder> DOCUMENT_VERSION =
      new ObjectShape<>("DocumentVersion", "The version of the document a contract is read from (since 1.1).",
          DocumentVersion::builder, DocumentVersion.Builder::build);
  /** A reference to another contract. */
  public static final ObjectShape<ContractReference, ContractReference.Builder> CONTRACT_REFERENCE =
      new ObjectShape<>("ContractReference", "Another contract, such as the previous generation.",
          ContractReference::builder, ContractReference.Builder::build);

  /** A funding. */
  public static final ObjectShape<Funding, Funding.Builder> FUNDING =
      new ObjectShape<>("Funding", "A funding of an action (financement).",
          Funding::builder, Funding.Builder::build);

  /** A budget line. */
  public static final ObjectShape<BudgetLine, BudgetLine.Builder> BUDGET_LINE =
      new ObjectShape<>("BudgetLine", "A budget line: investment or operating, planned and actual.",
          BudgetLine::builder, BudgetLine.Builder::build);

  /** Citizen participation. */
  public static final ObjectShape<CitizenParticipation, CitizenParticipation.Builder> PARTICIPATION_SHAPE =
      new ObjectShape<>("CitizenParticipation", "How citizens take part in an action.",
          CitizenParticipation::builder, CitizenParticipation.Builder::build);

  /** A follow-up note. */
  public static final ObjectShape<FollowUpNote, FollowUpNote.Builder> FOLLOW_UP_NOTE =
      new ObjectShape<>("FollowUpNote", "A follow-up note on an action (note de suivi).",
          FollowUpNote::builder, FollowUpNote.Builder::build);

  /** An action sheet. */
  public static final ObjectShape<ActionSheet, ActionSheet.Builder> ACTION_SHEET =
      new ObjectShape<>("ActionSheet", "An action sheet (fiche action).",
          ActionSheet::builder, ActionSheet.Builder::build);

  /** An objective grouping sheets. */
  public static final ObjectShape<Objective, Objective.Builder> OBJECTIVE =
      new ObjectShape<>("Objective", "An objective grouping action sheets within an axis; objectives nest.",
          Objective::builder, Objective.Builder::build);

  /** An axis. */
  public static final ObjectShape<Axis, Axis.Builder> AXIS =
      new ObjectShape<>("Axis", "A strategic axis (axe stratégique), numbered or transversal.",
          Axis::builder, Axis.Builder::build);

  /** The contract: the document's root object. */
  public static final ObjectShape<Contract, Contract.Builder> CONTRACT =
      new ObjectShape<>("Contract", "A contrat local de santé: the root of a document.",
          Contract::builder, Contract.Builder::build);

  /** The closed code lists of the format, by name, each with its codes in order. */
  public static final Map<String, List<? extends Coded>> CLOSED_LISTS = codeLists(
      "ContractStatus", List.of(ContractStatus.values()), "SheetStatus", List.of(SheetStatus.values()),
      "Priority", List.of(Priority.values()), "ParticipationLevel", List.of(ParticipationLevel.values()),
      "SignatoryRole", List.of(SignatoryRole.values()), "BudgetNature", List.of(BudgetNature.values()),
      "SheetNumbering", List.of(SheetNumbering.values()), "ContractKind", List.of(ContractKind.values()),
      "FormerRegion", List.of(FormerRegion.values()), "PartyCategory", List.of(PartyCategory.values()),
      "ObjectiveLevel", List.of(ObjectiveLevel.values()),
      "MeasureKind", List.of(MeasureKind.values()), "Direction", List.of(Direction.values()),
      "CollectionFrequency", List.of(CollectionFrequency.values()), "Region", List.of(Region.values()));

  /** The open code lists of the format, by name, each with its well-known codes in order. */
  public static final Map<String, List<? extends Coded>> OPEN_LISTS = codeLists(
      "PartyKind", List.copyOf(PartyKind.knownValues()),
      "IdentifierScheme", List.copyOf(IdentifierScheme.knownValues()),
      "TerritoryKind", List.copyOf(TerritoryKind.knownValues()),
      "IndicatorType", List.copyOf(IndicatorType.knownValues()),
      "SchemeKind", List.copyOf(SchemeKind.knownValues()),
      "GovernanceBodyKind", List.copyOf(GovernanceBodyKind.knownValues()),
      "FundKind", List.copyOf(FundKind.knownValues()),
      "TargetPublic", List.copyOf(TargetPublic.knownValues()),
      "HealthDeterminant", List.copyOf(HealthDeterminant.knownValues()));

  @SuppressWarnings("unchecked")
  private static Map<String, List<? extends Coded>> codeLists(Object... namesAndLists) {
    Map<String, List<? extends Coded>> lists = new LinkedHashMap<>();
    for (int i = 0; i < namesAndLists.length; i += 2) {
      lists.put((String) namesAndLists[i], (List<? extends Coded>) namesAndLists[i + 1]);
    }
    return Collections.unmodifiableMap(lists);
  }

  /** Every object shape, the root first, then in the order of the format documentation. */
  public static final List<ObjectShape<?, ?>> ALL;

  static {
    DOCUMENT_VERSION.fields(List.of(
        optional("label", STRING, DocumentVersion::label, DocumentVersion.Builder::label,
            "The document's words for its version, as written."),
        optional("date", DATE, DocumentVersion::date, DocumentVersion.Builder::date,
            "The date of this version."),
        optional("draft", BOOLEAN, DocumentVersion::draft, DocumentVersion.Builder::draft,
            "true when the document says it is a draft.")));
    PARTY_REF.fields(List.of(
        required("partyId", PARTY_ID, PartyRef::partyId, PartyRef.Builder::partyId,
            "The id of a party declared in the contract's parties."),
        optional("unit", STRING, PartyRef::unit, PartyRef.Builder::unit,
            "A unit within the party (direction, service)."),
        optional("asWritten", STRING, PartyRef::asWritten, PartyRef.Builder::asWritten,
            "The reference exactly as the contract writes it here.")));
    IDENTIFIER.fields(List.of(
        required("scheme", IDENTIFIER_SCHEME, Identifier::scheme, Identifier.Builder::scheme,
            "The register (open list IdentifierScheme)."),
        required("value", STRING, Identifier::value, Identifier.Builder::value,
            "The identifier, exactly as given.")));
    CONTACT.fields(List.of(
        list("emails", STRING, Contact::emails, Contact.Builder::addEmail, "E-mail addresses."),
        list("phones", STRING, Contact::phones, Contact.Builder::addPhone, "Phone numbers, as written.")));
    PERSON.fields(List.of(
        optional("name", STRING, Person::name, Person.Builder::name, "The name, as written."),
        optional("function", STRING, Person::function, Person.Builder::function,
            "The function or mandate, as written."),
        optional("organisation", PARTY_REF, Person::organisation, Person.Builder::organisation,
            "The party the person acts for."),
        optional("contact", CONTACT, Person::contact, Person.Builder::contact, "How to reach the person.")));
    PARTY.fields(List.of(
        required("id", PARTY_ID, Party::id, Party.Builder::id, "The party's id, unique in the contract."),
        required("name", STRING, Party::name, Party.Builder::name, "The name, exactly as written."),
        optional("acronym", STRING, Party::acronym, Party.Builder::acronym, "The acronym (sigle)."),
        optional("kind", PARTY_KIND, Party::kind, Party.Builder::kind, "The kind (open list PartyKind)."),
        newIn(1, optional("category", PARTY_CATEGORY, Party::category, Party.Builder::category,
            "The category (closed list PartyCategory), for a kind outside the list or to say more than the kind: rules use it before the kind's own category.")),
        list("identifiers", IDENTIFIER, Party::identifiers, Party.Builder::addIdentifier,
            "Registry identifiers."),
        optional("departement", STRING, Party::departement, Party.Builder::departement,
            "The INSEE code of the party's département."),
        list("otherNames", STRING, Party::otherNames, Party.Builder::addOtherName,
            "Other spellings met in the contract."),
        optional("parentId", PARTY_ID, Party::parentId, Party.Builder::parentId,
            "The id of the party this one belongs to."),
        map("extensions", EXTENSIONS, Party::extensions, Party.Builder::putAllExtensions,
            "Extension data by namespace, any JSON.")));
    COMMUNE.fields(List.of(
        optional("name", STRING, Commune::name, Commune.Builder::name, "The name, as written."),
        optional("inseeCode", STRING, Commune::inseeCode, Commune.Builder::inseeCode,
            "The five-character INSEE code.")));
    TERRITORY.fields(List.of(
        optional("name", STRING, Territory::name, Territory.Builder::name, "The name, as written."),
        optional("kind", TERRITORY_KIND, Territory::kind, Territory.Builder::kind,
            "The kind (open list TerritoryKind)."),
        list("communes", COMMUNE, Territory::communes, Territory.Builder::addCommune, "The communes."),
        list("departements", STRING, Territory::departements, Territory.Builder::addDepartement,
            "INSEE département codes."),
        list("regions", REGION, Territory::regions, Territory.Builder::addRegion,
            "INSEE region codes (closed list Region)."),
        list("qpvCodes", STRING, Territory::qpvCodes, Territory.Builder::addQpvCode,
            "Codes of quartiers prioritaires."),
        optional("population", SAFE_LONG, Territory::population, Territory.Builder::population,
            "Number of inhabitants."),
        optional("description", STRING, Territory::description, Territory.Builder::description,
            "The territory in words, as written.")));
    PERIOD.fields(List.of(
        optional("start", DATE, Period::start, Period.Builder::start, "Start: YYYY, YYYY-MM or YYYY-MM-DD."),
        optional("end", DATE, Period::end, Period.Builder::end, "End, inclusive: YYYY, YYYY-MM or YYYY-MM-DD."),
        optional("durationMonths", INT, Period::durationMonths, Period.Builder::durationMonths,
            "Length in months."),
        optional("asWritten", STRING, Period::asWritten, Period.Builder::asWritten,
            "The period in the contract's words.")));
    LOCALIZED_TEXT.fields(List.of(
        required("language", STRING, LocalizedText::language, LocalizedText.Builder::language,
            "BCP 47 language tag."),
        required("text", STRING, LocalizedText::text, LocalizedText.Builder::text, "The text, as written.")));
    BASELINE.fields(List.of(
        optional("value", INDICATOR_VALUE, Baseline::value, Baseline.Builder::value,
            "Number, boolean or text."),
        optional("date", DATE, Baseline::date, Baseline.Builder::date, "When it was measured."),
        optional("source", STRING, Baseline::source, Baseline.Builder::source, "Where it comes from.")));
    TARGET.fields(List.of(
        optional("value", INDICATOR_VALUE, Target::value, Target.Builder::value, "Number, boolean or text."),
        optional("dueDate", DATE, Target::dueDate, Target.Builder::dueDate, "By when."),
        optional("comment", STRING, Target::comment, Target.Builder::comment, "A comment, as written.")));
    MEASUREMENT.fields(List.of(
        optional("period", PERIOD, Measurement::period, Measurement.Builder::period, "The period measured."),
        optional("value", INDICATOR_VALUE, Measurement::value, Measurement.Builder::value,
            "Number, boolean or text."),
        optional("comment", STRING, Measurement::comment, Measurement.Builder::comment,
            "A comment, as written.")));
    INDICATOR.fields(List.of(
        required("id", UNIQUE_ID, Indicator::id, Indicator.Builder::id, "The indicator's id, unique in the contract."),
        required("name", STRING, Indicator::name, Indicator.Builder::name, "The name (libellé), as written."),
        optional("type", INDICATOR_TYPE, Indicator::type, Indicator.Builder::type,
            "Process, result, impact… (open list IndicatorType)."),
        optional("measure", MEASURE_KIND, Indicator::measure, Indicator.Builder::measure,
            "What is measured (closed list MeasureKind)."),
        optional("unit", STRING, Indicator::unit, Indicator.Builder::unit, "The unit, as written."),
        optional("definition", STRING, Indicator::definition, Indicator.Builder::definition,
            "Definition or way of computing."),
        optional("direction", DIRECTION, Indicator::direction, Indicator.Builder::direction,
            "The expected direction (closed list Direction)."),
        optional("baseline", BASELINE, Indicator::baseline, Indicator.Builder::baseline, "The baseline."),
        list("targets", TARGET, Indicator::targets, Indicator.Builder::addTarget, "The targets."),
        list("measurements", MEASUREMENT, Indicator::measurements, Indicator.Builder::addMeasurement,
            "Measurements recorded."),
        optional("dataSource", STRING, Indicator::dataSource, Indicator.Builder::dataSource,
            "Where the data come from."),
        optional("frequency", FREQUENCY, Indicator::frequency, Indicator.Builder::frequency,
            "How often it is collected (closed list CollectionFrequency)."),
        optional("responsible", PARTY_REF, Indicator::responsible, Indicator.Builder::responsible,
            "The party that collects it."),
        map("extensions", EXTENSIONS, Indicator::extensions, Indicator.Builder::putAllExtensions,
            "Extension data by namespace, any JSON.")));
    CARRIER.fields(List.of(
        required("party", PARTY_REF, Carrier::party, Carrier.Builder::party, "The carrying party."),
        optional("deliberationDate", DATE, Carrier::deliberationDate, Carrier.Builder::deliberationDate,
            "Date of the deliberation."),
        optional("deliberationReference", STRING, Carrier::deliberationReference,
            Carrier.Builder::deliberationReference, "Reference of the deliberation, as written.")));
    SIGNATORY.fields(List.of(
        required("party", PARTY_REF, Signatory::party, Signatory.Builder::party, "The signing party."),
        defaultIn10(SignatoryRole.PRINCIPAL, optional("role", SIGNATORY_ROLE, Signatory::role, Signatory.Builder::role,
            "principal or associated (closed list SignatoryRole); not stated when absent (1.0: principal).")),
        optional("representative", PERSON, Signatory::representative, Signatory.Builder::representative,
            "Who signs for the party."),
        optional("signatureDate", DATE, Signatory::signatureDate, Signatory.Builder::signatureDate,
            "When the party signed."),
        optional("deliberationDate", DATE, Signatory::deliberationDate,
            Signatory.Builder::deliberationDate, "Date of the deliberation authorising signature.")));
    COORDINATOR.fields(List.of(
        optional("name", STRING, Coordinator::name, Coordinator.Builder::name, "The name, as written."),
        optional("jobTitle", STRING, Coordinator::jobTitle, Coordinator.Builder::jobTitle,
            "The job title, as written."),
        optional("employer", PARTY_REF, Coordinator::employer, Coordinator.Builder::employer,
            "The employing party."),
        optional("service", STRING, Coordinator::service, Coordinator.Builder::service,
            "The service the post is attached to."),
        list("fundedBy", PARTY_REF, Coordinator::fundedBy, Coordinator.Builder::addFundedBy,
            "The parties co-funding the post."),
        optional("contact", CONTACT, Coordinator::contact, Coordinator.Builder::contact,
            "How to reach the coordinator."),
        optional("note", STRING, Coordinator::note, Coordinator.Builder::note, "A note on the post.")));
    GOVERNANCE_BODY.fields(List.of(
        optional("id", STRING, GovernanceBody::id, GovernanceBody.Builder::id,
            "The body's id, unique in the contract."),
        required("kind", BODY_KIND, GovernanceBody::kind, GovernanceBody.Builder::kind,
            "The kind (open list GovernanceBodyKind)."),
        optional("name", STRING, GovernanceBody::name, GovernanceBody.Builder::name, "The name, as written."),
        optional("description", STRING, GovernanceBody::description, GovernanceBody.Builder::description,
            "Role and composition in words."),
        list("members", PARTY_REF, GovernanceBody::members, GovernanceBody.Builder::addMember,
            "Member parties."),
        list("chairs", PARTY_REF, GovernanceBody::chairs, GovernanceBody.Builder::addChair,
            "Chairing parties."),
        optional("meetingFrequency", STRING, GovernanceBody::meetingFrequency,
            GovernanceBody.Builder::meetingFrequency, "How often it meets, as written."),
        list("sharedWith", SCHEME_KIND, GovernanceBody::sharedWith, GovernanceBody.Builder::addSharedWith,
            "Other schemes this body also governs (open list SchemeKind).")));
    DIAGNOSTIC.fields(List.of(
        optional("producer", PARTY_REF, Diagnostic::producer, Diagnostic.Builder::producer,
            "The producing party (an ORS…)."),
        optional("date", DATE, Diagnostic::date, Diagnostic.Builder::date, "When it was produced."),
        optional("quantitative", BOOLEAN, Diagnostic::quantitative, Diagnostic.Builder::quantitative,
            "Whether it is quantitative."),
        optional("qualitative", BOOLEAN, Diagnostic::qualitative, Diagnostic.Builder::qualitative,
            "Whether it is qualitative."),
        list("methods", STRING, Diagnostic::methods, Diagnostic.Builder::addMethod, "How it was made."),
        optional("summary", STRING, Diagnostic::summary, Diagnostic.Builder::summary, "A summary."),
        list("findings", STRING, Diagnostic::findings, Diagnostic.Builder::addFinding,
            "Findings cited, as written.")));
    PRS.fields(List.of(
        optional("title", STRING, PrsReference::title, PrsReference.Builder::title, "The PRS's title."),
        optional("generation", INT, PrsReference::generation, PrsReference.Builder::generation,
            "The PRS generation."),
        optional("period", PERIOD, PrsReference::period, PrsReference.Builder::period, "The PRS's period."),
        list("priorities", STRING, PrsReference::priorities, PrsReference.Builder::addPriority,
            "PRS priorities answered, as written.")));
    SCHEME_LINK.fields(List.of(
        required("kind", SCHEME_KIND, SchemeLink::kind, SchemeLink.Builder::kind,
            "The kind of scheme (open list SchemeKind)."),
        optional("name", STRING, SchemeLink::name, SchemeLink.Builder::name, "The scheme's own name."),
        optional("party", PARTY_REF, SchemeLink::party, SchemeLink.Builder::party, "The carrying party."),
        optional("description", STRING, SchemeLink::description, SchemeLink.Builder::description,
            "The link in the contract's words.")));
    AMENDMENT.fields(List.of(
        optional("number", INT, Amendment::number, Amendment.Builder::number, "The amendment's number."),
        optional("object", STRING, Amendment::object, Amendment.Builder::object, "What it is about."),
        defaultIn10(Boolean.FALSE, optional("planned", BOOLEAN, Amendment::planned, Amendment.Builder::planned,
            "true when only announced; not stated when absent (1.0: false).")),
        optional("signatureDate", DATE, Amendment::signatureDate, Amendment.Builder::signatureDate,
            "When it was signed."),
        optional("newPeriod", PERIOD, Amendment::newPeriod, Amendment.Builder::newPeriod,
            "The period it sets."),
        list("addedSignatories", PARTY_REF, Amendment::addedSignatories,
            Amendment.Builder::addAddedSignatory, "Signatories it adds."),
        list("affectedSheetIds", STRING, Amendment::affectedSheetIds, Amendment.Builder::addAffectedSheetId,
            "Ids of the sheets it adds, removes or changes.")));
    MILESTONE.fields(List.of(
        optional("date", DATE, Milestone::date, Milestone.Builder::date, "When."),
        required("description", STRING, Milestone::description, Milestone.Builder::description,
            "What happened, as written.")));
    DOCUMENT.fields(List.of(
        required("title", STRING, Document::title, Document.Builder::title, "The title, as written."),
        optional("url", STRING, Document::url, Document.Builder::url, "Where it can be read."),
        optional("description", STRING, Document::description, Document.Builder::description,
            "What it holds.")));
    CONTRACT_REFERENCE.fields(List.of(
        optional("contractId", STRING, ContractReference::contractId, ContractReference.Builder::contractId,
            "The referred contract's id."),
        optional("title", STRING, ContractReference::title, ContractReference.Builder::title, "Its title."),
        optional("period", PERIOD, ContractReference::period, ContractReference.Builder::period,
            "Its period."),
        optional("description", STRING, ContractReference::description,
            ContractReference.Builder::description, "What the contract says of it."),
        optional("evaluation", STRING, ContractReference::evaluation, ContractReference.Builder::evaluation,
            "What its evaluation concluded.")));
    FUNDING.fields(List.of(
        optional("financer", PARTY_REF, Funding::financer, Funding.Builder::financer, "The financing party."),
        newIn(1, optional("amount", EUROS, Funding::amount, Funding.Builder::amount,
            "Amount in euros, at most two decimals.")),
        replacedIn11By("amount", optional("amountCents", CENTS, Funding::amount, Funding.Builder::amount, "Amount in euro cents.")),
        optional("year", INT, Funding::year, Funding.Builder::year, "The year; the whole period when absent."),
        optional("fund", FUND_KIND, Funding::fund, Funding.Builder::fund, "The fund (open list FundKind)."),
        optional("description", STRING, Funding::description, Funding.Builder::description,
            "The funding in the contract's words.")));
    BUDGET_LINE.fields(List.of(
        required("nature", BUDGET_NATURE, BudgetLine::nature, BudgetLine.Builder::nature,
            "investment or operating (closed list BudgetNature)."),
        optional("year", INT, BudgetLine::year, BudgetLine.Builder::year,
            "The year; the whole period when absent."),
        newIn(1, optional("plannedAmount", EUROS, BudgetLine::plannedAmount, BudgetLine.Builder::plannedAmount,
            "Planned amount excluding tax, in euros, at most two decimals.")),
        newIn(1, optional("actualAmount", EUROS, BudgetLine::actualAmount, BudgetLine.Builder::actualAmount,
            "Actual amount excluding tax, in euros, at most two decimals.")),
        replacedIn11By("plannedAmount", optional("plannedAmountCents", CENTS, BudgetLine::plannedAmount, BudgetLine.Builder::plannedAmount,
            "Planned amount excluding tax, in euro cents.")),
        replacedIn11By("actualAmount", optional("actualAmountCents", CENTS, BudgetLine::actualAmount, BudgetLine.Builder::actualAmount,
            "Actual amount excluding tax, in euro cents.")),
        optional("plannedFullTimeEquivalents", DOUBLE, BudgetLine::plannedFullTimeEquivalents,
            BudgetLine.Builder::plannedFullTimeEquivalents, "Planned staff in full-time equivalents."),
        optional("actualFullTimeEquivalents", DOUBLE, BudgetLine::actualFullTimeEquivalents,
            BudgetLine.Builder::actualFullTimeEquivalents, "Actual staff in full-time equivalents."),
        optional("description", STRING, BudgetLine::description, BudgetLine.Builder::description,
            "What the line pays for.")));
    PARTICIPATION_SHAPE.fields(List.of(
        required("level", PARTICIPATION, CitizenParticipation::level, CitizenParticipation.Builder::level,
            "The level (closed list ParticipationLevel)."),
        optional("detail", STRING, CitizenParticipation::detail, CitizenParticipation.Builder::detail,
            "How citizens take part.")));
    FOLLOW_UP_NOTE.fields(List.of(
        optional("date", DATE, FollowUpNote::date, FollowUpNote.Builder::date, "When it was written."),
        required("text", STRING, FollowUpNote::text, FollowUpNote.Builder::text, "The note, as written.")));
    ACTION_SHEET.fields(List.of(
        required("id", UNIQUE_ID, ActionSheet::id, ActionSheet.Builder::id, "The sheet's id, unique in the contract."),
        optional("number", STRING, ActionSheet::number, ActionSheet.Builder::number,
            "The number as written (\"1\", \"1.2\", \"A3\")."),
        newIn(1, optional("label", STRING, ActionSheet::label, ActionSheet.Builder::label,
            "The heading as printed (« FIche Action N 4 »).")),
        required("title", STRING, ActionSheet::title, ActionSheet.Builder::title, "The title, as written."),
        list("titleTranslations", LOCALIZED_TEXT, ActionSheet::titleTranslations,
            ActionSheet.Builder::addTitleTranslation, "The title in other languages."),
        optional("status", SHEET_STATUS, ActionSheet::status, ActionSheet.Builder::status,
            "Progress (closed list SheetStatus)."),
        optional("priority", PRIORITY, ActionSheet::priority, ActionSheet.Builder::priority,
            "Priority (closed list Priority)."),
        optional("newAction", BOOLEAN, ActionSheet::newAction, ActionSheet.Builder::newAction,
            "true for a new action, false for an existing one."),
        defaultIn10(Boolean.FALSE, optional("recurring", BOOLEAN, ActionSheet::recurring, ActionSheet.Builder::recurring,
            "true when repeated every year with no end; not stated when absent (1.0: false).")),
        list("pilots", PARTY_REF, ActionSheet::pilots, ActionSheet.Builder::addPilot, "The pilots."),
        list("partners", PARTY_REF, ActionSheet::partners, ActionSheet.Builder::addPartner, "The partners."),
        list("electedReferents", PERSON, ActionSheet::electedReferents,
            ActionSheet.Builder::addElectedReferent, "Elected referents."),
        list("pilotServices", STRING, ActionSheet::pilotServices, ActionSheet.Builder::addPilotService,
            "Pilot services or directions, as written."),
        optional("context", STRING, ActionSheet::context, ActionSheet.Builder::context, "Context."),
        optional("generalObjective", STRING, ActionSheet::generalObjective,
            ActionSheet.Builder::generalObjective, "General objective."),
        list("specificObjectives", STRING, ActionSheet::specificObjectives,
            ActionSheet.Builder::addSpecificObjective, "Specific objectives."),
        list("operationalObjectives", STRING, ActionSheet::operationalObjectives,
            ActionSheet.Builder::addOperationalObjective, "Operational objectives."),
        optional("description", STRING, ActionSheet::description, ActionSheet.Builder::description,
            "Description of the action."),
        list("steps", STRING, ActionSheet::steps, ActionSheet.Builder::addStep, "Steps."),
        list("targetPublics", TARGET_PUBLIC, ActionSheet::targetPublics, ActionSheet.Builder::addTargetPublic,
            "Target publics (open list TargetPublic)."),
        optional("targetPublicDescription", STRING, ActionSheet::targetPublicDescription,
            ActionSheet.Builder::targetPublicDescription, "Target publics in the contract's words."),
        optional("interventionTerritory", TERRITORY, ActionSheet::interventionTerritory,
            ActionSheet.Builder::interventionTerritory, "Where the action intervenes."),
        optional("schedule", PERIOD, ActionSheet::schedule, ActionSheet.Builder::schedule, "Schedule."),
        newIn(1, optional("budget", EUROS, ActionSheet::budget, ActionSheet.Builder::budget,
            "Total budget in euros, at most two decimals.")),
        replacedIn11By("budget", optional("budgetCents", CENTS, ActionSheet::budget, ActionSheet.Builder::budget,
            "Total budget in euro cents.")),
        list("fundings", FUNDING, ActionSheet::fundings, ActionSheet.Builder::addFunding, "Fundings."),
        list("budgetLines", BUDGET_LINE, ActionSheet::budgetLines, ActionSheet.Builder::addBudgetLine,
            "Budget lines."),
        optional("humanResources", STRING, ActionSheet::humanResources, ActionSheet.Builder::humanResources,
            "Human resources."),
        optional("technicalResources", STRING, ActionSheet::technicalResources,
            ActionSheet.Builder::technicalResources, "Technical resources."),
        list("prsLinks", STRING, ActionSheet::prsLinks, ActionSheet.Builder::addPrsLink,
            "PRS objectives served, as written."),
        list("determinants", DETERMINANT, ActionSheet::determinants, ActionSheet.Builder::addDeterminant,
            "Health determinants (open list HealthDeterminant)."),
        list("linkedSchemes", SCHEME_LINK, ActionSheet::linkedSchemes, ActionSheet.Builder::addLinkedScheme,
            "Linked schemes."),
        list("governanceBodyIds", STRING, ActionSheet::governanceBodyIds,
            ActionSheet.Builder::addGovernanceBodyId, "Ids of the governance bodies following it."),
        optional("citizenParticipation", PARTICIPATION_SHAPE, ActionSheet::citizenParticipation,
            ActionSheet.Builder::citizenParticipation, "Citizen participation."),
        list("indicators", INDICATOR, ActionSheet::indicators, ActionSheet.Builder::addIndicator,
            "Evaluation indicators."),
        list("subActions", ACTION_SHEET, ActionSheet::subActions, ActionSheet.Builder::addSubAction,
            "Sub-actions, themselves action sheets."),
        list("linkedSheetIds", STRING, ActionSheet::linkedSheetIds, ActionSheet.Builder::addLinkedSheetId,
            "Ids of related sheets."),
        list("followUpNotes", FOLLOW_UP_NOTE, ActionSheet::followUpNotes, ActionSheet.Builder::addFollowUpNote,
            "Follow-up notes."),
        map("extensions", EXTENSIONS, ActionSheet::extensions, ActionSheet.Builder::putAllExtensions,
            "Extension data by namespace, any JSON.")));
    OBJECTIVE.fields(List.of(
        optional("id", STRING, Objective::id, Objective.Builder::id, "The objective's id."),
        optional("number", STRING, Objective::number, Objective.Builder::number, "The number as written."),
        optional("level", OBJECTIVE_LEVEL, Objective::level, Objective.Builder::level,
            "The level (closed list ObjectiveLevel)."),
        required("title", STRING, Objective::title, Objective.Builder::title, "The title, as written."),
        optional("description", STRING, Objective::description, Objective.Builder::description,
            "Description."),
        list("objectives", OBJECTIVE, Objective::objectives, Objective.Builder::addObjective,
            "Objectives one level down."),
        list("actionSheets", ACTION_SHEET, Objective::actionSheets, Objective.Builder::addActionSheet,
            "Sheets grouped under it.")));
    AXIS.fields(List.of(
        required("id", UNIQUE_ID, Axis::id, Axis.Builder::id, "The axis's id, unique in the contract."),
        optional("number", STRING, Axis::number, Axis.Builder::number, "The number as written."),
        optional("label", STRING, Axis::label, Axis.Builder::label,
            "The heading before the title (« AXE 1 »)."),
        required("title", STRING, Axis::title, Axis.Builder::title, "The title, as written."),
        list("titleTranslations", LOCALIZED_TEXT, Axis::titleTranslations, Axis.Builder::addTitleTranslation,
            "The title in other languages."),
        defaultIn10(Boolean.FALSE, optional("transversal", BOOLEAN, Axis::transversal, Axis.Builder::transversal,
            "true for a transversal axis; not stated when absent (1.0: false).")),
        optional("description", STRING, Axis::description, Axis.Builder::description, "Description."),
        list("objectives", OBJECTIVE, Axis::objectives, Axis.Builder::addObjective, "Objectives."),
        list("actionSheets", ACTION_SHEET, Axis::actionSheets, Axis.Builder::addActionSheet,
            "Sheets directly under the axis."),
        map("extensions", EXTENSIONS, Axis::extensions, Axis.Builder::putAllExtensions,
            "Extension data by namespace, any JSON.")));
    CONTRACT.fields(List.of(
        newIn(1, required(Shapes.FORMAT_VERSION_MEMBER, Shapes.VERSION_VALUE, contract -> Shapes.FORMAT_VERSION,
            (Contract.Builder builder, String version) -> { },
            "The format version, MAJOR.MINOR: \"1.1\" (a 1.0 document says \"schemaVersion\": \"1.0\").")),
        // The model holds no version: a 1.0 document's is read, never written (the writer writes 1.1's).
        renamedIn11To(Shapes.FORMAT_VERSION_MEMBER, requiredIn10(optional(Shapes.SCHEMA_VERSION_MEMBER,
            Shapes.VERSION_VALUE, contract -> java.util.Optional.<String>empty(),
            (Contract.Builder builder, String version) -> { },
            "The format version of a 1.0 document, \"1.0\" (named formatVersion from 1.1)."))),
        required("id", STRING, Contract::id, Contract.Builder::id, "The contract's id."),
        optional("title", STRING, Contract::title, Contract.Builder::title, "The title, as written."),
        list("titleTranslations", LOCALIZED_TEXT, Contract::titleTranslations,
            Contract.Builder::addTitleTranslation, "The title in other languages."),
        requiredIn10(optional("status", CONTRACT_STATUS, Contract::status, Contract.Builder::status,
            "Lifecycle status (closed list ContractStatus); not stated when absent (required in 1.0).")),
        newIn(1, optional("kind", CONTRACT_KIND, Contract::kind, Contract.Builder::kind,
            "pluriannual or prefiguration (closed list ContractKind).")),
        newIn(1, optional("documentVersion", DOCUMENT_VERSION, Contract::documentVersion,
            Contract.Builder::documentVersion, "The version of the document read (not the status).")),
        optional("generation", INT, Contract::generation, Contract.Builder::generation,
            "Generation on its territory."),
        optional("previousContract", CONTRACT_REFERENCE, Contract::previousContract,
            Contract.Builder::previousContract, "The contract this one follows."),
        newIn(1, optional("successorContract", CONTRACT_REFERENCE, Contract::successorContract,
            Contract.Builder::successorContract, "The contract that followed this one.")),
        newIn(1, optional("evaluation", STRING, Contract::evaluation, Contract.Builder::evaluation,
            "What the contract's evaluation concluded, as written.")),
        required("leadArs", REGION, Contract::leadArs, Contract.Builder::leadArs,
            "INSEE code of the region whose ARS leads (closed list Region)."),
        newIn(1, optional("formerLeadArs", FORMER_REGION, Contract::formerLeadArs,
            Contract.Builder::formerLeadArs,
            "For a contract led before 2016: the former region whose ARS led it (closed list FormerRegion).")),
        required("territory", TERRITORY, Contract::territory, Contract.Builder::territory,
            "The territory covered."),
        list("carriers", CARRIER, Contract::carriers, Contract.Builder::addCarrier, "The carriers."),
        optional("period", PERIOD, Contract::period, Contract.Builder::period, "The contract's period."),
        optional("signatureDate", DATE, Contract::signatureDate, Contract.Builder::signatureDate,
            "When it was signed."),
        newIn(1, optional("signaturePlace", STRING, Contract::signaturePlace, Contract.Builder::signaturePlace,
            "Where it was signed, as written (« Fait à Murat »).")),
        newIn(1, optional("signatureDateAsWritten", STRING, Contract::signatureDateAsWritten,
            Contract.Builder::signatureDateAsWritten,
            "The signature date exactly as written (« Ce mardi 24 avril »).")),
        newIn(1, optional("signaturePrintedBlank", BOOLEAN, Contract::signaturePrintedBlank,
            Contract.Builder::signaturePrintedBlank,
            "true when the signature block is printed blank (« A le , »).")),
        list("signatories", SIGNATORY, Contract::signatories, Contract.Builder::addSignatory,
            "The signatories."),
        newIn(1, optional("signatoriesComplete", BOOLEAN, Contract::signatoriesComplete,
            Contract.Builder::signatoriesComplete,
            "false when the signatories listed are known not to be all.")),
        list("parties", PARTY, Contract::parties, Contract.Builder::addParty, "Every party, each once."),
        optional("coordinator", COORDINATOR, Contract::coordinator, Contract.Builder::coordinator,
            "The coordinator."),
        list("electedReferents", PERSON, Contract::electedReferents, Contract.Builder::addElectedReferent,
            "Elected officials piloting the contract."),
        list("governanceBodies", GOVERNANCE_BODY, Contract::governanceBodies,
            Contract.Builder::addGovernanceBody, "Governance bodies."),
        optional("diagnostic", DIAGNOSTIC, Contract::diagnostic, Contract.Builder::diagnostic,
            "The shared diagnostic."),
        optional("prs", PRS, Contract::prs, Contract.Builder::prs, "The PRS declined."),
        list("priorities", STRING, Contract::priorities, Contract.Builder::addPriority,
            "Priorities or themes, as written."),
        list("generalObjectives", STRING, Contract::generalObjectives, Contract.Builder::addGeneralObjective,
            "General objectives, as written."),
        list("linkedSchemes", SCHEME_LINK, Contract::linkedSchemes, Contract.Builder::addLinkedScheme,
            "Links to other schemes."),
        list("legalBases", STRING, Contract::legalBases, Contract.Builder::addLegalBasis,
            "Legal bases cited (visas), as written."),
        defaultIn10(SheetNumbering.CONTRACT_WIDE, optional("sheetNumbering", SHEET_NUMBERING, Contract::sheetNumbering,
            Contract.Builder::sheetNumbering,
            "How sheets are numbered (closed list SheetNumbering); not stated when absent (1.0: contract_wide).")),
        list("axes", AXIS, Contract::axes, Contract.Builder::addAxis, "The strategic axes."),
        list("actionSheets", ACTION_SHEET, Contract::actionSheets, Contract.Builder::addActionSheet,
            "Sheets outside any axis."),
        optional("announcedAxisCount", INT, Contract::announcedAxisCount,
            Contract.Builder::announcedAxisCount, "How many axes the contract announces."),
        optional("announcedActionSheetCount", INT, Contract::announcedActionSheetCount,
            Contract.Builder::announcedActionSheetCount, "How many sheets the contract announces."),
        newIn(1, optional("announcedActionSheetCountAtLeast", BOOLEAN, Contract::announcedActionSheetCountAtLeast,
            Contract.Builder::announcedActionSheetCountAtLeast,
            "true when the announced number is a minimum (« au moins 11 fiches »).")),
        newIn(1, optional("actionSheetsComplete", BOOLEAN, Contract::actionSheetsComplete,
            Contract.Builder::actionSheetsComplete,
            "false when the sheets listed are known not to be all.")),
        newIn(1, optional("actionSheetsAnnexed", BOOLEAN, Contract::actionSheetsAnnexed,
            Contract.Builder::actionSheetsAnnexed,
            "true when the sheets are published in a separate annex.")),
        list("indicators", INDICATOR, Contract::indicators, Contract.Builder::addIndicator,
            "Contract-level indicators."),
        list("amendments", AMENDMENT, Contract::amendments, Contract.Builder::addAmendment, "Amendments."),
        list("milestones", MILESTONE, Contract::milestones, Contract.Builder::addMilestone, "Milestones."),
        list("documents", DOCUMENT, Contract::documents, Contract.Builder::addDocument, "Documents."),
        map("extensions", EXTENSIONS, Contract::extensions, Contract.Builder::putAllExtensions,
            "Extension data by namespace, any JSON.")));
    ALL = List.of(CONTRACT, DOCUMENT_VERSION, AXIS, OBJECTIVE, ACTION_SHEET, PARTY, PARTY_REF, IDENTIFIER, PERSON, CONTACT,
        TERRITORY, COMMUNE, PERIOD, LOCALIZED_TEXT, CARRIER, SIGNATORY, COORDINATOR, GOVERNANCE_BODY, DIAGNOSTIC,
        PRS, SCHEME_LINK, AMENDMENT, MILESTONE, DOCUMENT, CONTRACT_REFERENCE, FUNDING, BUDGET_LINE,
        PARTICIPATION_SHAPE, FOLLOW_UP_NOTE, INDICATOR, BASELINE, TARGET, MEASUREMENT);
  }
}
