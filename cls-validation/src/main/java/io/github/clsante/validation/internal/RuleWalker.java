package io.github.clsante.validation.internal;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.Coded;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.Objective;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.Rule;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies every rule to a contract in one walk: the contract is indexed once (ids, sheet numbers),
 * then each object is visited once with its JSON Pointer, so validation time grows linearly with the
 * contract's size. Not thread-safe: one walker per validation.
 */
public final class RuleWalker {

  /** The loi 3DS, whose article 122 requires a mental-health part in every CLS. */
  static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);

  private static final Set<ContractStatus> SIGNED = EnumSet.of(ContractStatus.SIGNED, ContractStatus.IN_FORCE,
      ContractStatus.UNDER_EVALUATION, ContractStatus.ENDED, ContractStatus.RENEWED);

  /**
   * The categories of a carrier that count as the carrying local authority (collectivité porteuse): a
   * local authority, or a CCAS or CIAS carrying the contract for its commune or EPCI. A carrier of no
   * known category counts too.
   */
  private static final Set<PartyCategory> CARRYING_AUTHORITIES =
      EnumSet.of(PartyCategory.LOCAL_AUTHORITY, PartyCategory.SOCIAL_ACTION);

  private final Contract contract;
  private final Unreadable unreadable;
  /** The document's pointer of a model pointer (a 1.0 amount member), or null for a contract in memory. */
  private final java.util.function.UnaryOperator<String> documentPointer;
  private final List<Finding> findings = new ArrayList<>();
  private final boolean signed;
  private final Map<String, Party> parties = new HashMap<>();
  private final Set<String> sheetIds = new HashSet<>();
  private final Set<String> bodyIds = new HashSet<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> carriers = new HashSet<>();
  /** Whether the loi 3DS rule applies: signed on or after the day the law came into force. */
  private final boolean mentalHealthApplies;
  /** Whether a text or link of the contract seen so far is its mental-health part. */
  private boolean mentalHealthPart;

  private RuleWalker(Contract contract, Unreadable unreadable, java.util.function.UnaryOperator<String> documentPointer) {
    this.contract = contract;
    this.unreadable = unreadable;
    this.documentPointer = documentPointer;
    this.signed = contract.status().filter(SIGNED::contains).isPresent();
    this.mentalHealthApplies = contract.signatureDate().filter(date -> !date.firstDay().isBefore(LOI_3DS)).isPresent();
  }

  /**
   * Applies every rule to a contract.
   *
   * @param contract the contract
   * @return the findings, pointers into the contract's JSON document, without locations
   */
  public static List<Finding> check(Contract contract) {
    return check(contract, List.of());
  }

  /**
   * Applies every rule to a contract read from a file, except where a rule would judge values the
   * reader could not read: a finding on or inside an unreadable value is not made, nor one that only
   * follows from it (a fiche's missing pilot when its {@code pilots} was unreadable, a signed contract's
   * rules when its status was).
   *
   * @param contract the contract
   * @param unreadable the JSON Pointers of the values the reader could not read
   * @return the findings, pointers into the contract's JSON document, without locations
   */
  public static List<Finding> check(Contract contract, java.util.Collection<String> unreadable) {
    return check(contract, unreadable, null);
  }

  /**
   * Applies every rule to a contract read from a file, as {@link #check(Contract, java.util.Collection)},
   * for a document that may name some members in format 1.0 ({@code budgetCents} for {@code budget}).
   *
   * @param contract the contract
   * @param unreadable the JSON Pointers, in the document's names, of the values the reader could not read
   * @param documentPointer the document's pointer of a pointer in the names of format 1.1, or null
   * @return the findings, pointers in the names of format 1.1 (the caller places them in the document),
   *     without locations
   */
  public static List<Finding> check(Contract contract, java.util.Collection<String> unreadable,
      java.util.function.UnaryOperator<String> documentPointer) {
    RuleWalker walker = new RuleWalker(contract, Unreadable.of(unreadable), documentPointer);
    walker.index();
    walker.walk();
    return walker.findings;
  }

  /** Whether the values a rule depends on, beyond the one it reports on, were all read. */
  private boolean intact(String... templates) {
    if (documentPointer != null) {
      for (int i = 0; i < templates.length; i++) {
        templates[i] = documentPointer.apply(templates[i]);
      }
    }
    return unreadable.intact(templates);
  }

  private void add(Rule rule, String pointer, String... params) {
    if (!unreadable.readable(pointer)) {
      return; // a finding on a value that stands in for an unreadable one
    }
    Finding.Builder finding = Finding.builder().code(rule.code()).severity(rule.severity()).pointer(pointer);
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    findings.add(finding.build());
  }

  private static String at(String pointer, String member) {
    return JsonPointer.append(pointer, member);
  }

  private static String at(String pointer, String member, int index) {
    return JsonPointer.append(JsonPointer.append(pointer, member), index);
  }

  /** Runs the Hibernate Validator field rules of one object. */
  private void fields(Object value, String pointer) {
    for (Violation violation : Validators.check(value)) {
      findings.add(Finding.builder().code(violation.rule().code()).severity(violation.rule().severity())
          .pointer(pointer + violation.pointer()).putAllParams(violation.params()).build());
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Indexes and identity

  private void index() {
    for (int i = 0; i < contract.parties().size(); i++) {
      Party party = contract.parties().get(i);
      unique(party.id(), at(at("", "parties", i), "id"));
      parties.putIfAbsent(party.id(), party);
    }
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      Optional<String> id = contract.governanceBodies().get(i).id();
      if (id.isPresent()) {
        unique(id.get(), at(at("", "governanceBodies", i), "id"));
        bodyIds.add(id.get());
      }
    }
    for (ActionSheet sheet : contract.allActionSheets()) {
      collectSheetIds(sheet);
    }
    for (Carrier carrier : contract.carriers()) {
      carriers.add(carrier.party().partyId());
    }
  }

  /**
   * The parameters of an unknown id: the id, and the declared id one or two letters away when there
   * is exactly one (« cias-du-blaisoi » for « cias-du-blaisois »).
   */
  private static String[] suggest(String name, String id, java.util.Collection<String> known) {
    Optional<String> close = io.github.clsante.model.Spelling.closest(known, id, id.length() <= 4 ? 1 : 2);
    return close.isPresent() ? new String[] {name, id, "suggestion", close.get()} : new String[] {name, id};
  }

  /** Whether every sheet id was read, so that an id no sheet has is really unknown. */
  private boolean sheetIdsRead() {
    return intact("/**/actionSheets/*/id", "/**/subActions/*/id");
  }

  private void collectSheetIds(ActionSheet sheet) {
    sheetIds.add(sheet.id());
    for (ActionSheet sub : sheet.subActions()) {
      collectSheetIds(sub);
    }
  }

  private void unique(String id, String pointer) {
    if (!ids.add(id)) {
      add(Rule.DUPLICATE_ID, pointer, "id", id);
    }
  }

  private void ref(PartyRef ref, String pointer) {
    if (!parties.containsKey(ref.partyId()) && intact("/parties/*/id")) {
      add(Rule.PARTY_UNKNOWN, at(pointer, "partyId"), suggest("partyId", ref.partyId(), parties.keySet()));
    }
  }

  private void refs(List<PartyRef> refs, String pointer, String member) {
    for (int i = 0; i < refs.size(); i++) {
      ref(refs.get(i), at(pointer, member, i));
    }
  }

  private void person(Person person, String pointer) {
    person.organisation().ifPresent(ref -> ref(ref, at(pointer, "organisation")));
    person.contact().ifPresent(contact -> fields(contact, at(pointer, "contact")));
  }

  // ----------------------------------------------------------------------------------------------
  // The contract

  private void walk() {
    territory(contract.territory(), "/territory");
    List<Region> regions = contract.territory().regions();
    if (!regions.isEmpty() && !regions.contains(contract.leadArs())
        && contract.formerLeadArs().map(FormerRegion::successor).filter(regions::contains).isEmpty()
        && intact("/territory/regions", "/formerLeadArs")) {
      add(Rule.LEAD_ARS_REGION, "/leadArs", "region", contract.leadArs().code(),
          "regionName", contract.leadArs().frenchLabel());
    }
    for (int i = 0; i < contract.carriers().size(); i++) {
      Carrier carrier = contract.carriers().get(i);
      ref(carrier.party(), at(at("", "carriers", i), "party"));
    }
    contract.period().ifPresent(period -> period(period, "/period"));
    if (intact("/period")) {
      contract.period().ifPresent(this::duration);
    }
    signature();
    for (int i = 0; i < contract.parties().size(); i++) {
      Party party = contract.parties().get(i);
      String pointer = at("", "parties", i);
      fields(party, pointer);
      for (int j = 0; j < party.identifiers().size(); j++) {
        fields(party.identifiers().get(j), at(pointer, "identifiers", j));
      }
      if (party.parentId().isPresent() && !parties.containsKey(party.parentId().get()) && intact("/parties/*/id")) {
        add(Rule.PARENT_UNKNOWN, at(pointer, "parentId"), suggest("partyId", party.parentId().get(), parties.keySet()));
      }
      partyNameAndCodes(party, pointer);
    }
    contract.coordinator().ifPresent(this::coordinator);
    for (int i = 0; i < contract.electedReferents().size(); i++) {
      person(contract.electedReferents().get(i), at("", "electedReferents", i));
    }
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      GovernanceBody body = contract.governanceBodies().get(i);
      String pointer = at("", "governanceBodies", i);
      refs(body.members(), pointer, "members");
      refs(body.chairs(), pointer, "chairs");
    }
    contract.diagnostic().flatMap(d -> d.producer()).ifPresent(ref -> ref(ref, "/diagnostic/producer"));
    contract.prs().flatMap(prs -> prs.period()).ifPresent(period -> period(period, "/prs/period"));
    contract.previousContract().flatMap(previous -> previous.period())
        .ifPresent(period -> period(period, "/previousContract/period"));
    schemes(contract.linkedSchemes(), "");
    sheets();
    for (int i = 0; i < contract.indicators().size(); i++) {
      indicator(contract.indicators().get(i), at("", "indicators", i));
    }
    amendments();
    mentalHealth();
    // Format 1.1 rules: durations, axes and sheets, mental health (calls below)
    if (intact("/period")) {
      contract.period().ifPresent(this::durationMismatch);
    }
    axesNotListed();

    // Format 1.1 rules: parties, signatures, territory, open codes (calls below)
    signatureLines();
    formerLeadArs();
    previousContract();
    signedLate();
    departements(contract.territory(), "/territory", true);
    contractNamesAndCodes();
  }

  private void territory(Territory territory, String pointer) {
    fields(territory, pointer);
    for (int i = 0; i < territory.communes().size(); i++) {
      Commune commune = territory.communes().get(i);
      fields(commune, at(pointer, "communes", i));
    }
  }

  private void coordinator(Coordinator coordinator) {
    coordinator.employer().ifPresent(ref -> ref(ref, "/coordinator/employer"));
    refs(coordinator.fundedBy(), "/coordinator", "fundedBy");
    coordinator.contact().ifPresent(contact -> fields(contact, "/coordinator/contact"));
  }

  private void schemes(List<SchemeLink> links, String pointer) {
    for (int i = 0; i < links.size(); i++) {
      String at = at(pointer, "linkedSchemes", i);
      links.get(i).party().ifPresent(ref -> ref(ref, at(at, "party")));
    }
  }

  /** A period must not end before it starts. */
  private void period(Period period, String pointer) {
    if (period.start().isPresent() && period.end().isPresent()
        && period.end().get().isCertainlyBefore(period.start().get()) && intact(at(pointer, "start"))) {
      add(Rule.DATE_RANGE, at(pointer, "end"), "start", period.start().get().toString(),
          "end", period.end().get().toString());
    }
  }

  /**
   * The contract's length against the usual 3 to 5 years and the possible 1 to 6: its stated duration
   * wins; otherwise the lengths its dates may mean ({@link PeriodLength}), the rules firing only when
   * none of them fits. A préfiguration is never too short (its short length is the point), nor a
   * contract whose kind could not be read (it may be one); the upper bounds hold for every contract.
   */
  private void duration(Period period) {
    long shortest;
    long longest;
    String pointer;
    if (period.durationMonths().isPresent()) {
      shortest = longest = period.durationMonths().get();
      pointer = "/period/durationMonths";
    } else {
      Optional<PeriodLength> length = PeriodLength.of(period);
      if (length.isEmpty()) {
        return;
      }
      shortest = length.get().shortest();
      longest = length.get().longest();
      pointer = "/period";
    }
    boolean neverTooShort = contract.kind().filter(ContractKind.PREFIGURATION::equals).isPresent() || !intact("/kind");
    if (shortest > 72) {
      add(Rule.DURATION_INVALID, pointer, "months", Long.toString(shortest));
    } else if (longest < 12 && !neverTooShort) {
      add(Rule.DURATION_INVALID, pointer, "months", Long.toString(longest));
    } else if (shortest > 60) {
      add(Rule.DURATION_UNUSUAL, pointer, "months", Long.toString(shortest));
    } else if (longest < 36 && !neverTooShort) {
      add(Rule.DURATION_UNUSUAL, pointer, "months", Long.toString(longest));
    }
  }

  private void signature() {
    Optional<PartialDate> date = contract.signatureDate();
    String[] status = contract.status()
        .map(known -> new String[] {"status", known.code(), "statusLabel", known.frenchLabel()})
        .orElse(new String[0]);
    if (contract.status().filter(ContractStatus.IN_PREPARATION::equals).isPresent() && date.isPresent()
        && intact("/status")) {
      add(Rule.SIGNATURE_STATUS, "/signatureDate", status);
    } else if (date.isPresent() && contract.period().flatMap(Period::end)
        .filter(end -> end.isCertainlyBefore(date.get())).isPresent() && intact("/status", "/period/end")) {
      add(Rule.SIGNATURE_STATUS, "/signatureDate", status);
    }
    boolean ars = false;
    boolean localAuthority = false;
    for (int i = 0; i < contract.signatories().size(); i++) {
      Signatory signatory = contract.signatories().get(i);
      String pointer = at("", "signatories", i);
      ref(signatory.party(), at(pointer, "party"));
      signatory.representative().ifPresent(person -> person(person, at(pointer, "representative")));
      String partyId = signatory.party().partyId();
      Optional<PartyCategory> category = Optional.ofNullable(parties.get(partyId)).flatMap(Party::effectiveCategory);
      ars |= category.filter(PartyCategory.HEALTH_AGENCY::equals).isPresent();
      // A carrier is the carrying local authority (collectivité porteuse) unless its category says otherwise.
      localAuthority |= category.filter(PartyCategory.LOCAL_AUTHORITY::equals).isPresent()
          || carriers.contains(partyId) && category.map(CARRYING_AUTHORITIES::contains).orElse(true);
    }
    if (!signed || !intact("/status")) {
      return;
    }
    if (date.isEmpty() && !signatureDateExplained()
        && intact("/signatureDate", "/signaturePrintedBlank", "/signatureDateAsWritten")) {
      add(Rule.SIGNATURE_DATE_MISSING, "/status",
          contract.signatureDateAsWritten().map(written -> new String[] {"asWritten", written}).orElse(new String[0]));
    }
    List<String> missing = new ArrayList<>();
    if (!ars) {
      missing.add("ars");
    }
    if (!localAuthority) {
      missing.add("local_authority");
    }
    // A list known to be incomplete may lack them on the page that is missing: the file says so already.
    boolean complete = !contract.signatoriesComplete().equals(Optional.of(false));
    if (!missing.isEmpty() && complete && intact("/signatories", "/carriers", "/parties/*/kind", "/parties/*/category",
        "/parties/*/id", "/signatoriesComplete")) {
      add(Rule.SIGNATORIES, contract.signatories().isEmpty() ? "" : "/signatories", "missing",
          String.join(", ", missing));
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Axes and sheets

  private void sheets() {
    Map<String, String> contractNumbers = new HashMap<>();
    Map<String, String> axisNumbers = new HashMap<>();
    int listed = 0;
    for (int a = 0; a < contract.axes().size(); a++) {
      Axis axis = contract.axes().get(a);
      String pointer = at("", "axes", a);
      unique(axis.id(), at(pointer, "id"));
      noteMentalHealth(axis.title());
      if (axis.number().isPresent() && axisNumbers.putIfAbsent(axis.number().get(), pointer) != null) {
        add(Rule.DUPLICATE_AXIS_NUMBER, at(pointer, "number"), "number", axis.number().get());
      }
      Map<String, String> numbers =
          contract.sheetNumbering().filter(SheetNumbering.PER_AXIS::equals).isPresent() ? new HashMap<>() : contractNumbers;
      for (int s = 0; s < axis.actionSheets().size(); s++) {
        sheet(axis.actionSheets().get(s), at(pointer, "actionSheets", s), numbers);
        listed++;
      }
      for (int o = 0; o < axis.objectives().size(); o++) {
        listed += objective(axis.objectives().get(o), at(pointer, "objectives", o), numbers);
      }
    }
    for (int s = 0; s < contract.actionSheets().size(); s++) {
      sheet(contract.actionSheets().get(s), at("", "actionSheets", s), contractNumbers);
      listed++;
    }
    int announced = contract.announcedActionSheetCount().orElse(0);
    // The count is off only when a whole list of sheets, objectives or axes could not be read (an
    // unreadable sheet is kept, as a placeholder, and counted).
    boolean counted = unreadable.noneAt("/axes", "/actionSheets", "/**/actionSheets", "/**/objectives");
    // Sheets in a separate annex, or a list said incomplete, are what the file knows, not a gap in it.
    boolean partial = contract.actionSheetsAnnexed().orElse(false) || !contract.actionSheetsComplete().orElse(true);
    if (signed && listed == 0 && announced == 0 && !partial && counted
        && intact("/status", "/announcedActionSheetCount", "/actionSheetsAnnexed", "/actionSheetsComplete")) {
      add(Rule.NO_SHEETS, "");
    } else if (listed < announced && counted && contract.actionSheetsComplete().orElse(true)
        && intact("/actionSheetsComplete", "/announcedActionSheetCountAtLeast")) {
      String[] params = {"announced", Integer.toString(announced), "listed", Integer.toString(listed)};
      if (contract.announcedActionSheetCountAtLeast().orElse(false)) {
        // « au moins 11 fiches »: the same finding, worded as a minimum.
        params = new String[] {params[0], params[1], params[2], params[3], "problem", "at_least"};
      }
      add(Rule.SHEETS_NOT_LISTED, "/announcedActionSheetCount", params);
    }
  }

  private int objective(Objective objective, String pointer, Map<String, String> numbers) {
    objective.id().ifPresent(id -> unique(id, at(pointer, "id")));
    noteMentalHealth(objective.title());
    int listed = 0;
    for (int s = 0; s < objective.actionSheets().size(); s++) {
      sheet(objective.actionSheets().get(s), at(pointer, "actionSheets", s), numbers);
      listed++;
    }
    for (int o = 0; o < objective.objectives().size(); o++) {
      listed += objective(objective.objectives().get(o), at(pointer, "objectives", o), numbers);
    }
    return listed;
  }

  private void sheet(ActionSheet sheet, String pointer, Map<String, String> numbers) {
    sheet(sheet, pointer, numbers, false);
  }

  private void sheet(ActionSheet sheet, String pointer, Map<String, String> numbers, boolean subAction) {
    unique(sheet.id(), at(pointer, "id"));
    if (numbers != null && sheet.number().isPresent() && !contract.sheetNumbering().filter(SheetNumbering.NONE::equals).isPresent()
        && numbers.putIfAbsent(sheet.number().get(), pointer) != null && intact("/sheetNumbering")) {
      add(Rule.DUPLICATE_SHEET_NUMBER, at(pointer, "number"), "number", sheet.number().get());
    }
    if (signed && !subAction && sheet.pilots().isEmpty() && intact("/status", at(pointer, "pilots"))) {
      add(Rule.SHEET_NO_PILOT, pointer);
    }
    if (!subAction && sheet.indicators().isEmpty() && intact(at(pointer, "indicators"))) {
      add(Rule.SHEET_NO_INDICATOR, pointer);
    }
    refs(sheet.pilots(), pointer, "pilots");
    refs(sheet.partners(), pointer, "partners");
    for (int i = 0; i < sheet.electedReferents().size(); i++) {
      person(sheet.electedReferents().get(i), at(pointer, "electedReferents", i));
    }
    sheet.interventionTerritory().ifPresent(t -> territory(t, at(pointer, "interventionTerritory")));
    sheet.schedule().ifPresent(schedule -> {
      period(schedule, at(pointer, "schedule"));
      if (outsideContract(schedule) && intact("/period", at(pointer, "schedule"))) {
        add(Rule.SHEET_SCHEDULE_OUTSIDE, at(pointer, "schedule"));
      }
    });
    money(sheet, pointer);
    schemes(sheet.linkedSchemes(), pointer);
    noteMentalHealth(sheet);
    sheetNamesAndCodes(sheet, pointer); // format 1.1: parties, signatures, territory, open codes
    for (int i = 0; i < sheet.governanceBodyIds().size(); i++) {
      if (!bodyIds.contains(sheet.governanceBodyIds().get(i)) && intact("/governanceBodies/*/id")) {
        add(Rule.BODY_UNKNOWN, at(pointer, "governanceBodyIds", i),
            suggest("bodyId", sheet.governanceBodyIds().get(i), bodyIds));
      }
    }
    for (int i = 0; i < sheet.linkedSheetIds().size(); i++) {
      if (!sheetIds.contains(sheet.linkedSheetIds().get(i)) && sheetIdsRead()) {
        add(Rule.SHEET_UNKNOWN, at(pointer, "linkedSheetIds", i), suggest("sheetId", sheet.linkedSheetIds().get(i), sheetIds));
      }
    }
    for (int i = 0; i < sheet.indicators().size(); i++) {
      indicator(sheet.indicators().get(i), at(pointer, "indicators", i));
    }
    // Sub-actions are sheets too, numbered within their sheet; pilots and indicators may be their parent's.
    Map<String, String> subNumbers = new HashMap<>();
    for (int i = 0; i < sheet.subActions().size(); i++) {
      sheet(sheet.subActions().get(i), at(pointer, "subActions", i), subNumbers, true);
    }
  }

  private boolean outsideContract(Period period) {
    Optional<Period> contractPeriod = contract.period();
    if (contractPeriod.isEmpty()) {
      return false;
    }
    Optional<PartialDate> start = contractPeriod.get().start();
    Optional<PartialDate> end = contractPeriod.get().end();
    return period.start().filter(s -> end.isPresent() && end.get().isCertainlyBefore(s)).isPresent()
        || period.end().filter(e -> start.isPresent() && e.isCertainlyBefore(start.get())).isPresent()
        || period.start().filter(s -> start.isPresent() && s.isCertainlyBefore(start.get())).isPresent()
        || period.end().filter(e -> end.isPresent() && end.get().isCertainlyBefore(e)).isPresent();
  }

  private void money(ActionSheet sheet, String pointer) {
    sheet.budget().filter(EuroAmount::isNegative)
        .ifPresent(amount -> add(Rule.FUNDING_NEGATIVE, at(pointer, "budget"), "amount", amount.toPlainString()));
    EuroAmount total = EuroAmount.ZERO;
    boolean overflow = false;
    for (int i = 0; i < sheet.fundings().size(); i++) {
      Funding funding = sheet.fundings().get(i);
      String at = at(pointer, "fundings", i);
      funding.financer().ifPresent(ref -> ref(ref, at(at, "financer")));
      if (funding.amount().isPresent()) {
        EuroAmount amount = funding.amount().get();
        if (amount.isNegative()) {
          add(Rule.FUNDING_NEGATIVE, at(at, "amount"), "amount", amount.toPlainString());
        }
        try {
          total = total.plus(amount);
        } catch (ArithmeticException e) {
          overflow = true;
        }
      }
    }
    if (sheet.budget().filter(budget -> !budget.isNegative()).isPresent() && !sheet.fundings().isEmpty()
        && (overflow || total.compareTo(sheet.budget().get()) > 0)
        && intact(at(pointer, "budget"), at(pointer, "fundings"))) {
      add(Rule.FUNDING_OVER_BUDGET, at(pointer, "fundings"), "total", total.toPlainString(),
          "budget", sheet.budget().get().toPlainString());
    }
    for (int i = 0; i < sheet.budgetLines().size(); i++) {
      BudgetLine line = sheet.budgetLines().get(i);
      String at = at(pointer, "budgetLines", i);
      line.plannedAmount().filter(EuroAmount::isNegative).ifPresent(amount ->
          add(Rule.FUNDING_NEGATIVE, at(at, "plannedAmount"), "amount", amount.toPlainString()));
      line.actualAmount().filter(EuroAmount::isNegative).ifPresent(amount ->
          add(Rule.FUNDING_NEGATIVE, at(at, "actualAmount"), "amount", amount.toPlainString()));
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Indicators

  private void indicator(Indicator indicator, String pointer) {
    unique(indicator.id(), at(pointer, "id"));
    indicator.responsible().ifPresent(ref -> ref(ref, at(pointer, "responsible")));
    // An unreadable measure is no measure: no rule judges the values by it.
    Optional<MeasureKind> measure = intact(at(pointer, "measure")) ? indicator.measure() : Optional.empty();
    indicator.baseline().flatMap(b -> b.value()).ifPresent(v -> value(v, measure, at(at(pointer, "baseline"), "value")));
    Optional<Double> baseline = indicator.baseline().flatMap(b -> b.value()).flatMap(IndicatorValue::number);
    if (measure.filter(QUANTITATIVE::contains).isPresent() && intact(at(pointer, "baseline"), at(pointer, "targets"))) {
      boolean noBaseline = indicator.baseline().flatMap(b -> b.value()).isEmpty();
      boolean noTarget = indicator.targets().stream().noneMatch(t -> t.value().isPresent());
      if (noBaseline || noTarget) {
        add(Rule.INDICATOR_VALUES_MISSING, pointer, "missing",
            noBaseline && noTarget ? "baseline, target" : noBaseline ? "baseline" : "target");
      }
    }
    for (int i = 0; i < indicator.targets().size(); i++) {
      Target target = indicator.targets().get(i);
      String at = at(pointer, "targets", i);
      target.value().ifPresent(v -> value(v, measure, at(at, "value")));
      Optional<Double> number = target.value().flatMap(IndicatorValue::number);
      if (baseline.isPresent() && number.isPresent() && indicator.direction().isPresent()) {
        Direction direction = indicator.direction().get();
        boolean wrong = direction == Direction.INCREASE ? number.get() < baseline.get()
            : direction == Direction.DECREASE ? number.get() > baseline.get()
            : false;
        if (wrong && intact(at(pointer, "baseline"), at(pointer, "direction"))) {
          add(Rule.INDICATOR_TARGET_DIRECTION, at(at, "value"), "direction", direction.code(),
              "directionLabel", direction.frenchLabel());
        }
      }
    }
    PartialDate previous = null;
    for (int i = 0; i < indicator.measurements().size(); i++) {
      Measurement measurement = indicator.measurements().get(i);
      String at = at(pointer, "measurements", i);
      measurement.value().ifPresent(v -> value(v, measure, at(at, "value")));
      if (measurement.period().isPresent()) {
        Period period = measurement.period().get();
        period(period, at(at, "period"));
        Optional<PartialDate> start = period.start().or(period::end);
        PartialDate last = previous;
        boolean unordered = last != null && start.filter(s -> s.isCertainlyBefore(last)).isPresent();
        if ((unordered || outsideContract(period)) && intact("/period", at(pointer, "measurements"))) {
          add(Rule.MEASUREMENT_ORDER, at(at, "period"));
        }
        if (start.isPresent()) {
          previous = start.get();
        }
      }
    }
  }

  private static final Set<MeasureKind> QUANTITATIVE =
      EnumSet.of(MeasureKind.COUNT, MeasureKind.PERCENTAGE, MeasureKind.RATE, MeasureKind.AMOUNT);

  private void value(IndicatorValue value, Optional<MeasureKind> measure, String pointer) {
    if (measure.isEmpty()) {
      return;
    }
    boolean number = value.kind() == IndicatorValue.Kind.NUMBER;
    MeasureKind kind = measure.get();
    boolean fits = QUANTITATIVE.contains(kind) ? number
        : kind == MeasureKind.YES_NO ? value.kind() == IndicatorValue.Kind.BOOLEAN
        : !number;
    if (!fits) {
      add(Rule.INDICATOR_VALUE_KIND, pointer, "measure", kind.code(), "measureLabel", kind.frenchLabel());
    } else if (kind == MeasureKind.PERCENTAGE) {
      double percentage = value.number().orElseThrow();
      if (percentage < 0 || percentage > 100) {
        add(Rule.INDICATOR_PERCENTAGE, pointer, "value", JsonWriter.numberText(percentage));
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Amendments and the mental-health part

  private void amendments() {
    int expected = 1;
    for (int i = 0; i < contract.amendments().size(); i++) {
      Amendment amendment = contract.amendments().get(i);
      String pointer = at("", "amendments", i);
      if (amendment.number().isPresent()) {
        if (amendment.number().get() != expected && intact("/amendments/*/number")) {
          add(Rule.AMENDMENT_ORDER, at(pointer, "number"), "expected", Integer.toString(expected));
        }
        expected = amendment.number().get() + 1;
      }
      refs(amendment.addedSignatories(), pointer, "addedSignatories");
      amendment.newPeriod().ifPresent(period -> period(period, at(pointer, "newPeriod")));
      for (int j = 0; j < amendment.affectedSheetIds().size(); j++) {
        String id = amendment.affectedSheetIds().get(j);
        if (!sheetIds.contains(id) && sheetIdsRead()) {
          add(Rule.SHEET_UNKNOWN, at(pointer, "affectedSheetIds", j), suggest("sheetId", id, sheetIds));
        }
      }
      Optional<PartialDate> date = amendment.signatureDate();
      boolean beforeContract = date.isPresent() && contract.signatureDate()
          .filter(signature -> date.get().isCertainlyBefore(signature)).isPresent();
      Optional<PartialDate> end = amendment.newPeriod().flatMap(Period::end)
          .or(() -> contract.period().flatMap(Period::end));
      boolean afterEnd = date.isPresent() && end.filter(e -> e.isCertainlyBefore(date.get())).isPresent();
      if ((beforeContract || afterEnd) && intact("/signatureDate", "/period/end", at(pointer, "newPeriod"))) {
        add(Rule.AMENDMENT_DATE, at(pointer, "signatureDate"));
      }
    }
  }

  private static final Set<SchemeKind> MENTAL_HEALTH_SCHEMES = Set.of(SchemeKind.CLSM, SchemeKind.PTSM, SchemeKind.CTSM);

  /**
   * The loi 3DS rule, in the same walk as the others: {@link #sheets()} notes every axis, objective and
   * sheet that speaks of mental health ({@link #noteMentalHealth(String)}), and this adds the contract's
   * own texts and links.
   */
  private void mentalHealth() {
    if (!mentalHealthApplies) {
      return; // signed before the law, or perhaps before it
    }
    if (!intact("/signatureDate", "/priorities", "/generalObjectives", "/**/linkedSchemes", "/axes/*/title",
        "/**/objectives/*/title", "/**/actionSheets/*/title", "/**/subActions/*/title", "/**/generalObjective",
        "/**/specificObjectives", "/**/operationalObjectives")) {
      return; // an unreadable text or scheme may be the mental-health part
    }
    noteMentalHealth(contract.priorities());
    noteMentalHealth(contract.generalObjectives());
    noteMentalHealthSchemes(contract.linkedSchemes());
    if (!mentalHealthPart) {
      add(Rule.MENTAL_HEALTH, "");
    }
  }

  /** « santé mentale », whatever the case and accents (« SANTE MENTALE »). */
  static boolean mentionsMentalHealth(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return folded.contains("sante mentale") || folded.contains("psychique") || folded.contains("suicid")
        || folded.contains("psychiatr");
  }

  // ----------------------------------------------------------------------------------------------
  // Format 1.1 rules: durations, axes and sheets, mental health

  /** A stated duration must be one of the lengths the dates may mean, give or take a month. */
  private void durationMismatch(Period period) {
    if (period.durationMonths().isEmpty()) {
      return;
    }
    Optional<PeriodLength> length = PeriodLength.of(period);
    long stated = period.durationMonths().get();
    if (length.isEmpty() || length.get().accepts(stated, 1)) {
      return;
    }
    String[] params = {"months", Long.toString(stated), "start", period.start().orElseThrow().toString(),
        "end", period.end().orElseThrow().toString(), "shortest", Long.toString(length.get().shortest())};
    if (length.get().longest() != length.get().shortest()) {
      params = java.util.Arrays.copyOf(params, params.length + 2);
      params[params.length - 2] = "longest";
      params[params.length - 1] = Long.toString(length.get().longest());
    }
    add(Rule.DURATION_MISMATCH, "/period/durationMonths", params);
  }

  /** Fewer axes listed than announced, unless the list of axes could not be read. */
  private void axesNotListed() {
    int announced = contract.announcedAxisCount().orElse(0);
    int listed = contract.axes().size();
    if (listed < announced && unreadable.noneAt("/axes")) {
      add(Rule.AXES_NOT_LISTED, "/announcedAxisCount", "announced", Integer.toString(announced),
          "listed", Integer.toString(listed));
    }
  }

  /** Notes a sheet's or sub-action's title, objectives and links for the loi 3DS rule. */
  private void noteMentalHealth(ActionSheet sheet) {
    noteMentalHealth(sheet.title());
    sheet.generalObjective().ifPresent(this::noteMentalHealth);
    noteMentalHealth(sheet.specificObjectives());
    noteMentalHealth(sheet.operationalObjectives());
    noteMentalHealthSchemes(sheet.linkedSchemes());
  }

  private void noteMentalHealth(List<String> texts) {
    for (String text : texts) {
      noteMentalHealth(text);
    }
  }

  /** Notes a text of the contract that speaks of mental health; once one is found, reads no more. */
  private void noteMentalHealth(String text) {
    if (mentalHealthApplies && !mentalHealthPart && mentionsMentalHealth(text)) {
      mentalHealthPart = true;
    }
  }

  private void noteMentalHealthSchemes(List<SchemeLink> links) {
    if (mentalHealthApplies && !mentalHealthPart) {
      for (SchemeLink link : links) {
        mentalHealthPart |= MENTAL_HEALTH_SCHEMES.contains(link.kind());
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Format 1.1 rules: parties, signatures, territory, open codes

  /** A year of four digits (« 2018 ») or a date with a two-digit year (« 24/04/18 »). */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<!\\d)(1[89]|2[01])\\d{2}(?!\\d)|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(?!\\d)");

  /**
   * Whether the file says why a signed contract has no signature date: its published copy prints the
   * signature block blank, or writes the date without a year (« Ce mardi 24 avril »). A date as written
   * that names its year can be copied into {@code signatureDate}.
   */
  private boolean signatureDateExplained() {
    return contract.signaturePrintedBlank().orElse(false)
        || contract.signatureDateAsWritten().filter(written -> !YEAR.matcher(written).find()).isPresent();
  }

  /**
   * The signature lines: a party listed twice, a deliberation dated after the signature it authorises,
   * a representative's placeholder name, and a carrier of a signed contract that does not sign. One
   * pass over the signatories, then one over the carriers.
   */
  private void signatureLines() {
    Map<String, Integer> firstLines = new HashMap<>();
    Map<String, PartialDate> signedOn = new HashMap<>();
    Set<String> signing = new HashSet<>();
    for (int i = 0; i < contract.signatories().size(); i++) {
      Signatory signatory = contract.signatories().get(i);
      String pointer = at("", "signatories", i);
      String partyId = signatory.party().partyId();
      signing.add(partyId);
      signatory.signatureDate().ifPresent(date -> signedOn.putIfAbsent(partyId, date));
      Integer first = firstLines.putIfAbsent(partyId + '\u0000' + signatory.party().unit().orElse(""), i);
      if (first != null && intact("/signatories/*/party")) {
        add(Rule.SIGNATORY_TWICE, pointer, "partyId", partyId, "name",
            Optional.ofNullable(parties.get(partyId)).map(Party::name).orElse(partyId), "first", Integer.toString(first + 1));
      }
      if (signatory.deliberationDate().isPresent()) {
        boolean own = signatory.signatureDate().isPresent();
        deliberation(signatory.deliberationDate().get(), own ? signatory.signatureDate() : contract.signatureDate(),
            at(pointer, "deliberationDate"), own ? at(pointer, "signatureDate") : "/signatureDate");
      }
      signatory.representative().flatMap(Person::name)
          .ifPresent(name -> placeholder(name, at(at(pointer, "representative"), "name")));
    }
    for (Amendment amendment : contract.amendments()) {
      for (PartyRef added : amendment.addedSignatories()) {
        signing.add(added.partyId());
      }
    }
    // No signatory listed: the source does not name them (CLS-CONTRACT-SIGNATORIES says so); a list known
    // to be incomplete may lack the carrier on its missing page.
    boolean listed = !contract.signatories().isEmpty() && !contract.signatoriesComplete().equals(Optional.of(false));
    for (int i = 0; i < contract.carriers().size(); i++) {
      Carrier carrier = contract.carriers().get(i);
      String pointer = at("", "carriers", i);
      String partyId = carrier.party().partyId();
      if (carrier.deliberationDate().isPresent()) {
        Optional<PartialDate> own = Optional.ofNullable(signedOn.get(partyId));
        deliberation(carrier.deliberationDate().get(), own.or(contract::signatureDate), at(pointer, "deliberationDate"),
            own.isPresent() ? "/signatories/*/signatureDate" : "/signatureDate");
      }
      if (signed && listed && !signing.contains(partyId) && parties.containsKey(partyId)
          && intact("/status", "/signatories", "/signatoriesComplete", "/amendments/*/addedSignatories")) {
        add(Rule.CARRIER_NOT_SIGNATORY, pointer, "partyId", partyId, "name", parties.get(partyId).name());
      }
    }
  }

  /** A deliberation must come before the signature it authorises. */
  private void deliberation(PartialDate deliberation, Optional<PartialDate> signature, String pointer, String signaturePointer) {
    if (signature.filter(date -> date.isCertainlyBefore(deliberation)).isPresent() && intact(signaturePointer)) {
      add(Rule.DELIBERATION_AFTER_SIGNATURE, pointer, "deliberationDate", deliberation.toString(),
          "signatureDate", signature.get().toString());
    }
  }

  /** A former region's ARS led the contract: the lead ARS is the region it merged into. */
  private void formerLeadArs() {
    Region lead = contract.leadArs();
    contract.formerLeadArs().filter(former -> former.successor() != lead).filter(former -> intact("/leadArs"))
        .ifPresent(former -> add(Rule.FORMER_LEAD_ARS, "/formerLeadArs", "formerRegion", former.code(),
            "formerRegionName", former.frenchLabel(), "successorName", former.successor().frenchLabel(),
            "region", lead.code(), "regionName", lead.frenchLabel()));
  }

  /** A contract of a second generation or later follows a previous one. */
  private void previousContract() {
    if (contract.generation().filter(generation -> generation >= 2).isPresent() && contract.previousContract().isEmpty()
        && intact("/previousContract")) {
      add(Rule.PREVIOUS_CONTRACT_MISSING, "/generation", "generation", contract.generation().get().toString());
    }
  }

  /**
   * Signed more than a year after the period began, certainly (dates known to the month or the year
   * count from their last possible day). A signature after the end is CLS-CONTRACT-SIGNATURE-STATUS's.
   */
  private void signedLate() {
    Optional<PartialDate> date = contract.signatureDate();
    Optional<PartialDate> start = contract.period().flatMap(Period::start);
    if (date.isEmpty() || start.isEmpty()
        || contract.period().flatMap(Period::end).filter(end -> end.isCertainlyBefore(date.get())).isPresent()) {
      return;
    }
    if (start.get().lastDay().plusYears(1).isBefore(date.get().firstDay()) && intact("/period")) {
      add(Rule.SIGNED_LATE, "/signatureDate", "signatureDate", date.get().toString(), "start", start.get().toString());
    }
  }

  /**
   * The départements of a territory must lie in its regions; the contract's territory that names no
   * region, in the lead ARS's region (the former region's, for a contract led before 2016). A sheet's
   * territory that names no region is not checked.
   */
  private void departements(Territory territory, String pointer, boolean contractTerritory) {
    List<Region> regions = territory.regions();
    if (territory.departements().isEmpty() || regions.isEmpty() && !contractTerritory
        || !intact(at(pointer, "regions"), "/leadArs", "/formerLeadArs")) {
      return;
    }
    Optional<FormerRegion> former = regions.isEmpty() ? contract.formerLeadArs() : Optional.empty();
    List<String> names = new ArrayList<>(regions.size());
    for (Region region : regions) {
      names.add(region.frenchLabel());
    }
    for (int i = 0; i < territory.departements().size(); i++) {
      String code = territory.departements().get(i);
      Optional<Region> region = Region.ofDepartement(code);
      if (region.isEmpty()) {
        continue; // not a département code: CLS-ID-DEPARTEMENT says so
      }
      String at = at(pointer, "departements", i);
      if (!regions.isEmpty()) {
        if (!regions.contains(region.get())) {
          add(Rule.DEPARTEMENT_REGION, at, "departement", code, "regionName", region.get().frenchLabel(),
              "regions", String.join(", ", names));
        }
      } else if (former.isPresent()) {
        if (!former.get().departements().contains(code)) {
          add(Rule.DEPARTEMENT_REGION, at, "departement", code, "regionName",
              FormerRegion.ofDepartement(code).map(FormerRegion::frenchLabel).orElse(region.get().frenchLabel()),
              "formerRegionName", former.get().frenchLabel());
        }
      } else if (region.get() != contract.leadArs()) {
        add(Rule.DEPARTEMENT_REGION, at, "departement", code, "regionName", region.get().frenchLabel(),
            "leadArsName", contract.leadArs().frenchLabel());
      }
    }
  }

  /** A placeholder left from a template where a name should be. */
  private void placeholder(String name, String pointer) {
    if (PlaceholderNames.isPlaceholder(name)) {
      add(Rule.NAME_PLACEHOLDER, pointer, "name", name);
    }
  }

  /** The placeholder names of a list of persons. */
  private void placeholders(List<Person> persons, String pointer, String member) {
    for (int i = 0; i < persons.size(); i++) {
      String at = at(at(pointer, member, i), "name");
      persons.get(i).name().ifPresent(name -> placeholder(name, at));
    }
  }

  /** A code of an open list outside the list, with the well-known code it most likely means. */
  private <C extends OpenCode> void listed(C code, String pointer, String list, java.util.Collection<C> known) {
    if (!code.isKnown()) {
      notListed(code.code(), pointer, list, Spelling.closestCode(known, code.code()));
    }
  }

  private void notListed(String code, String pointer, String list, Optional<? extends Coded> close) {
    add(Rule.CODE_NOT_LISTED, pointer, close.isEmpty() ? new String[] {"code", code, "problem", list}
        : new String[] {"code", code, "problem", list, "suggestion", close.get().code(),
            "suggestionLabel", close.get().frenchLabel()});
  }

  /** The codes of a list member ({@code targetPublics}) outside their open list. */
  private <C extends OpenCode> void listed(List<C> codes, String pointer, String member, String list,
      java.util.Collection<C> known) {
    for (int i = 0; i < codes.size(); i++) {
      listed(codes.get(i), at(pointer, member, i), list, known);
    }
  }

  /**
   * A party's name and codes. A kind outside the list is not reported when the party states its
   * category, which says what the kind is, unless the kind is close to a well-known one (a typo).
   */
  private void partyNameAndCodes(Party party, String pointer) {
    placeholder(party.name(), at(pointer, "name"));
    party.kind().filter(kind -> !kind.isKnown()).ifPresent(kind -> {
      Optional<PartyKind> close = PartyKind.closestKnown(kind.code());
      if (close.isPresent() || party.category().isEmpty() && intact(at(pointer, "category"))) {
        notListed(kind.code(), at(pointer, "kind"), "party_kind", close);
      }
    });
    for (int i = 0; i < party.identifiers().size(); i++) {
      listed(party.identifiers().get(i).scheme(), at(at(pointer, "identifiers", i), "scheme"), "identifier_scheme",
          IdentifierScheme.knownValues());
    }
  }

  private void territoryKind(Territory territory, String pointer) {
    territory.kind().ifPresent(kind -> listed(kind, at(pointer, "kind"), "territory_kind", TerritoryKind.knownValues()));
  }

  private void schemeKinds(List<SchemeLink> links, String pointer) {
    for (int i = 0; i < links.size(); i++) {
      listed(links.get(i).kind(), at(at(pointer, "linkedSchemes", i), "kind"), "scheme_kind", SchemeKind.knownValues());
    }
  }

  private void indicatorTypes(List<Indicator> indicators, String pointer) {
    for (int i = 0; i < indicators.size(); i++) {
      String at = at(at(pointer, "indicators", i), "type");
      indicators.get(i).type().ifPresent(type -> listed(type, at, "indicator_type", IndicatorType.knownValues()));
    }
  }

  /**
   * The names and open codes of the contract outside its parties, signatories and sheets (each sheet's
   * are checked as the walk visits it, by {@link #sheetNamesAndCodes}).
   */
  private void contractNamesAndCodes() {
    contract.coordinator().flatMap(Coordinator::name).ifPresent(name -> placeholder(name, "/coordinator/name"));
    placeholders(contract.electedReferents(), "", "electedReferents");
    territoryKind(contract.territory(), "/territory");
    schemeKinds(contract.linkedSchemes(), "");
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      GovernanceBody body = contract.governanceBodies().get(i);
      String pointer = at("", "governanceBodies", i);
      listed(body.kind(), at(pointer, "kind"), "governance_body_kind", GovernanceBodyKind.knownValues());
      listed(body.sharedWith(), pointer, "sharedWith", "scheme_kind", SchemeKind.knownValues());
    }
    indicatorTypes(contract.indicators(), "");
  }

  /** The names and open codes of one sheet or sub-action (not those of its sub-actions, visited on their own). */
  private void sheetNamesAndCodes(ActionSheet sheet, String pointer) {
    placeholders(sheet.electedReferents(), pointer, "electedReferents");
    sheet.interventionTerritory().ifPresent(territory -> {
      territoryKind(territory, at(pointer, "interventionTerritory"));
      departements(territory, at(pointer, "interventionTerritory"), false);
    });
    listed(sheet.targetPublics(), pointer, "targetPublics", "target_public", TargetPublic.knownValues());
    listed(sheet.determinants(), pointer, "determinants", "health_determinant", HealthDeterminant.knownValues());
    schemeKinds(sheet.linkedSchemes(), pointer);
    for (int f = 0; f < sheet.fundings().size(); f++) {
      String fund = at(at(pointer, "fundings", f), "fund");
      sheet.fundings().get(f).fund().ifPresent(kind -> listed(kind, fund, "fund_kind", FundKind.knownValues()));
    }
    indicatorTypes(sheet.indicators(), pointer);
  }
}
