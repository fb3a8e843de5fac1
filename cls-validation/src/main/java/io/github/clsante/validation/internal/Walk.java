package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.ANY;
import static io.github.clsante.validation.internal.Members.SHEET_LISTS;
import static io.github.clsante.validation.internal.Members.anywhere;
import static io.github.clsante.validation.internal.Members.CONTRACT_GOVERNANCE_BODIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_PARTIES;
import static io.github.clsante.validation.internal.Members.BODY_ID;
import static io.github.clsante.validation.internal.Members.PARTY_ID;
import static io.github.clsante.validation.internal.Members.PARTY_REF_PARTY_ID;
import static io.github.clsante.validation.internal.Members.PERIOD_END;
import static io.github.clsante.validation.internal.Members.PERIOD_START;
import static io.github.clsante.validation.internal.Members.PERSON_CONTACT;
import static io.github.clsante.validation.internal.Members.PERSON_ORGANISATION;
import static io.github.clsante.validation.internal.Members.SHEET_ID;
import static io.github.clsante.validation.internal.Members.SHEET_SUB_ACTIONS;
import static io.github.clsante.validation.internal.Members.path;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Period;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.FormatObject;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.RuleContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One validation's walk over a contract: the contract, indexed once (parties by id, sheet and body
 * ids, carriers), the places the reader could not read, the grading of the findings, and the findings
 * made so far. Every area of rules ({@link PartyRules}, {@link SheetRules}…) shares it, and the checks
 * several of them make (a party reference, a period's order, the field rules of an object) live here;
 * the users' rules read its indexes and add their findings through it once the standard rules have
 * run ({@link RuleWalker#walk}). Not thread-safe: one walk per validation.
 */
public final class Walk {

  /** The statuses of a signed contract. */
  private static final Set<ContractStatus> SIGNED = EnumSet.of(ContractStatus.SIGNED, ContractStatus.IN_FORCE,
      ContractStatus.UNDER_EVALUATION, ContractStatus.ENDED, ContractStatus.RENEWED);

  final Contract contract;
  private final Unreadable unreadable;
  /** The document's pointer of a model pointer (a 1.0 amount member); the identity for a contract in memory. */
  private final UnaryOperator<String> documentPointer;
  private final FindingCap findings;
  /** Whether the contract's status says it is signed. */
  final boolean signed;
  /** The parties by id, the first of an id kept. */
  final Map<String, Party> parties = new HashMap<>();
  /** The ids of every sheet and sub-action. */
  final StringSet sheetIds;
  /** The ids of the governance bodies. */
  final Set<String> bodyIds = new HashSet<>();
  /** The parties that carry the contract. */
  final Set<String> carriers = new HashSet<>();
  /** Every id seen so far, for CLS-REF-DUPLICATE-ID; sized for them all by {@link #index()}. */
  private StringSet ids;
  private final Grading grading;
  /** Every sheet and sub-action with its pointer, for the users' rules; null when there is none. */
  private final List<RuleContext.Sheet> sheets;

  Walk(Contract contract, Unreadable unreadable, UnaryOperator<String> documentPointer, Grading grading,
      boolean collectSheets, int maxFindings) {
    this.findings = new FindingCap(maxFindings);
    this.contract = contract;
    this.unreadable = unreadable;
    this.documentPointer = Objects.requireNonNull(documentPointer, "documentPointer");
    this.grading = grading;
    this.sheets = collectSheets ? new ArrayList<>() : null;
    this.signed = contract.status().filter(SIGNED::contains).isPresent();
    this.sheetIds = new StringSet(contract.allActionSheets().size());
  }

  /**
   * Returns the findings made so far, with the counts of those left out past the walk's limit.
   *
   * @return the findings
   */
  public FindingCap cap() {
    return findings;
  }

  /**
   * Returns the contract walked.
   *
   * @return the contract
   */
  public Contract contract() {
    return contract;
  }

  /**
   * Returns the parties by id, the first of an id kept.
   *
   * @return an unmodifiable view
   */
  public Map<String, Party> parties() {
    return Collections.unmodifiableMap(parties);
  }

  /**
   * Returns every sheet and sub-action with its pointer, in the order of the document, when the walk
   * collected them.
   *
   * @return the sheets, unmodifiable
   * @throws IllegalStateException if the walk was not asked to collect them
   */
  public List<RuleContext.Sheet> sheets() {
    if (sheets == null) {
      throw new IllegalStateException("the walk did not collect the sheets");
    }
    return Collections.unmodifiableList(sheets);
  }

  /** Notes a sheet for the users' rules, when they are some. */
  void visited(ActionSheet sheet, Place pointer, Axis axis, boolean subAction) {
    if (sheets != null) {
      sheets.add(new RuleContext.Sheet(sheet, pointer.pointer(), Optional.ofNullable(axis), subAction));
    }
  }

  /** Indexes the contract: parties and bodies (their ids checked unique), sheet ids, carriers. */
  void index() {
    int sheetIndicators = 0;
    for (ActionSheet sheet : contract.allActionSheets()) {
      sheetIndicators += collectSheetIds(sheet);
    }
    // Parties, bodies, axes, sheets and indicators have ids; objectives may have some too.
    ids = new StringSet(contract.parties().size() + contract.governanceBodies().size()
        + contract.axes().size() + sheetIds.size() + sheetIndicators + contract.indicators().size());
    for (int i = 0; i < contract.parties().size(); i++) {
      Party party = contract.parties().get(i);
      unique(party.id(), Place.ROOT, CONTRACT_PARTIES, i, PARTY_ID);
      parties.putIfAbsent(party.id(), party);
    }
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      Optional<String> id = contract.governanceBodies().get(i).id();
      if (id.isPresent()) {
        unique(id.get(), Place.ROOT, CONTRACT_GOVERNANCE_BODIES, i, BODY_ID);
        bodyIds.add(id.get());
      }
    }
    for (Carrier carrier : contract.carriers()) {
      carriers.add(carrier.party().partyId());
    }
  }

  /** Notes the ids of a sheet and of its sub-actions; returns how many indicators they have. */
  private int collectSheetIds(ActionSheet sheet) {
    sheetIds.add(sheet.id());
    int indicators = sheet.indicators().size();
    for (ActionSheet sub : sheet.subActions()) {
      indicators += collectSheetIds(sub);
    }
    return indicators;
  }

  // ----------------------------------------------------------------------------------------------
  // Findings, and what the reader could not read

  /** Whether the values a rule depends on, beyond the one it reports on, were all read. */
  boolean intact(String... templates) {
    if (unreadable.isEmpty()) {
      return true;
    }
    String[] inDocument = new String[templates.length];
    for (int i = 0; i < templates.length; i++) {
      inDocument[i] = documentPointer.apply(templates[i]);
    }
    return unreadable.intact(inDocument);
  }

  /** Whether the values at, inside or around a place were all read; its pointer is written only when some were not. */
  boolean intact(Place place) {
    return unreadable.isEmpty() || intact(place.pointer());
  }

  /** Whether the values at, inside or around a member of the value at a place were all read. */
  boolean intact(Place place, String member) {
    return unreadable.isEmpty() || intact(at(place, member).pointer());
  }

  /** Whether no unreadable place is exactly at one of the templates (a whole list, say). */
  boolean noneUnreadableAt(String... templates) {
    return unreadable.noneAt(templates);
  }

  /**
   * Tells whether every value at, inside or around a place was read (see {@code
   * RuleContext.intact}).
   *
   * @param pointer a JSON Pointer in the names of format 1.1, or a template with {@code *} and {@code **}
   * @return whether the reader read them all
   */
  public boolean isIntact(String pointer) {
    return intact(pointer);
  }

  /** Makes a finding at a place, its pointer written now. */
  void add(Rule rule, Place place, String... params) {
    add(rule, place.pointer(), params);
  }

  /** Makes a finding, unless it is on a value that stands in for an unreadable one, or its rule is disabled. */
  void add(Rule rule, String pointer, String... params) {
    if (!unreadable.readable(pointer)) {
      return;
    }
    Severity severity = rule.severity();
    if (grading != Grading.STANDARD) {
      if (!grading.enabled(rule)) {
        return;
      }
      severity = grading.severity(rule);
    }
    Finding.Builder finding = Finding.builder().code(rule.code()).severity(severity).pointer(pointer);
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    findings.add(finding.build());
  }

  /**
   * Makes a finding of a user's rule, unless it is on a value that stands in for an unreadable one, or
   * its code is disabled; its severity is the one configured for its code, else the one given.
   *
   * @param code a code a user's rule declares
   * @param severity the severity, or null for the one the rule declares for its code
   * @param pointer the JSON Pointer, in the names of format 1.1
   * @param params the parameters
   * @throws IllegalArgumentException if no user's rule declares the code
   */
  public void report(String code, Severity severity, String pointer, Map<String, String> params) {
    if (!grading.declares(code)) {
      throw new IllegalArgumentException("no rule added to the validator declares the code " + code);
    }
    if (!unreadable.readable(pointer) || !grading.enabled(code)) {
      return;
    }
    findings.add(Finding.builder().code(code).severity(grading.severity(code, severity)).pointer(pointer)
        .putAllParams(params).build());
  }

  /** Runs the Hibernate Validator field rules of one object of the format. */
  void fields(Object value, FormatObject object, Place pointer) {
    for (Violation violation : Validators.check(value, object)) {
      Rule rule = violation.rule();
      Severity severity = rule.severity();
      if (grading != Grading.STANDARD) {
        if (!grading.enabled(rule)) {
          continue;
        }
        severity = grading.severity(rule);
      }
      findings.add(Finding.builder().code(rule.code()).severity(severity)
          .pointer(pointer.pointer() + violation.pointer()).putAllParams(violation.params()).build());
    }
  }

  /** The place of a member of the value at a place; its pointer is written only if a finding needs it. */
  static Place at(Place place, String member) {
    return place.member(member);
  }

  /** The place of an element of a list member of the value at a place. */
  static Place at(Place place, String member, int index) {
    return place.element(member, index);
  }

  // ----------------------------------------------------------------------------------------------
  // Checks several areas make

  /** An id must be unique among parties, bodies, axes, objectives, sheets and indicators. */
  void unique(String id, Place place, String member) {
    if (!ids.add(id)) {
      add(Rule.REF_DUPLICATE_ID, at(place, member), "id", id);
    }
  }

  /** An id, the member {@code member} of the element {@code index} of a list {@code list} at a place. */
  private void unique(String id, Place place, String list, int index, String member) {
    if (!ids.add(id)) {
      add(Rule.REF_DUPLICATE_ID, at(at(place, list, index), member), "id", id);
    }
  }

  /**
   * The parameters of an unknown id: the id, and the declared id one or two letters away when there
   * is exactly one (« cias-du-blaisoi » for « cias-du-blaisois »).
   */
  static String[] suggest(String name, String id, Collection<String> known) {
    Optional<String> close = Spelling.closest(known, id, id.length() <= 4 ? 1 : 2);
    return close.isPresent() ? new String[] {name, id, "suggestion", close.get()} : new String[] {name, id};
  }

  /** Whether every sheet id was read, so that an id no sheet has is really unknown. */
  boolean sheetIdsRead() {
    return intact(SHEET_ID_PLACES);
  }

  /** Where sheet ids are: in every list of sheets, and of sub-actions. */
  private static final String[] SHEET_ID_PLACES = sheetIdPlaces();

  private static String[] sheetIdPlaces() {
    List<String> lists = new ArrayList<>(SHEET_LISTS);
    lists.add(SHEET_SUB_ACTIONS);
    return anywhere(lists, ANY, SHEET_ID);
  }

  /** A party reference must name a party of the contract. */
  void ref(PartyRef ref, Place pointer) {
    if (!parties.containsKey(ref.partyId()) && intact(path(CONTRACT_PARTIES, ANY, PARTY_ID))) {
      add(Rule.REF_PARTY_UNKNOWN, at(pointer, PARTY_REF_PARTY_ID), suggest("partyId", ref.partyId(), parties.keySet()));
    }
  }

  /** The references of a list member. */
  void refs(List<PartyRef> refs, Place pointer, String member) {
    for (int i = 0; i < refs.size(); i++) {
      ref(refs.get(i), at(pointer, member, i));
    }
  }

  /** A person's organisation and contact. */
  void person(Person person, Place pointer) {
    person.organisation().ifPresent(ref -> ref(ref, at(pointer, PERSON_ORGANISATION)));
    person.contact().ifPresent(contact -> fields(contact, FormatObject.CONTACT, at(pointer, PERSON_CONTACT)));
  }

  /** A period must not end before it starts. */
  void period(Period period, Place pointer) {
    if (period.start().isPresent() && period.end().isPresent()
        && period.end().get().isCertainlyBefore(period.start().get()) && intact(pointer, PERIOD_START)) {
      add(Rule.DATE_RANGE_REVERSED, at(pointer, PERIOD_END), "start", period.start().get().toString(),
          "end", period.end().get().toString());
    }
  }

  /** Whether a period falls, certainly, at least partly outside the contract's. */
  boolean outsideContract(Period period) {
    Optional<Period> contractPeriod = contract.period();
    if (contractPeriod.isEmpty()) {
      return false;
    }
    Optional<io.github.clsante.model.PartialDate> start = contractPeriod.get().start();
    Optional<io.github.clsante.model.PartialDate> end = contractPeriod.get().end();
    return period.start().filter(s -> end.isPresent() && end.get().isCertainlyBefore(s)).isPresent()
        || period.end().filter(e -> start.isPresent() && e.isCertainlyBefore(start.get())).isPresent()
        || period.start().filter(s -> start.isPresent() && s.isCertainlyBefore(start.get())).isPresent()
        || period.end().filter(e -> end.isPresent() && end.get().isCertainlyBefore(e)).isPresent();
  }
}
