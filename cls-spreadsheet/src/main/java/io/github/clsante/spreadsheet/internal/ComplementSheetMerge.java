package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.Period;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The merge of a plan edited since its export with its complement sheet (fusion des lignes et de la
 * feuille complémentaire).
 *
 * <p>The rows win for everything the template holds; the complement gives the rest: the contract's
 * identity and metadata, signatories, governance, every party's data (matched by name), and for each
 * axis, objective, fiche and sub-action its id and what has no column. Fiches are matched by title,
 * then by position in the contract's order; sub-actions the same way within their fiche; axes and
 * objectives by their written text, then by position; indicators and elected referents by name, then by
 * position. For a matched fiche each column is compared as the export writes it: where the row writes
 * what the complement's fiche would, the complement's value is kept (it may hold more: a party's id, a
 * note's date, a funding's year, a fourth financer), otherwise the row's value is taken. Axes and
 * objectives without any fiche, which the template cannot show, are kept from the complement, each at
 * its place there. Levels of objectives below the template's third column are flattened into it for an edited
 * plan.
 */
final class ComplementSheetMerge {

  private final Contract rows;
  private final Contract complement;
  private final Map<String, String> partyIds = new HashMap<>();
  private final List<Party> parties = new ArrayList<>();
  private final Map<String, Party> pending = new LinkedHashMap<>();
  private final Set<String> takenIds = new HashSet<>();
  private final IdentityHashMap<ActionSheet, ActionSheet> matches = new IdentityHashMap<>();

  ComplementSheetMerge(Contract fromRows, Contract complement) {
    this.rows = Objects.requireNonNull(fromRows, "fromRows");
    this.complement = Objects.requireNonNull(complement, "complement");
  }

  Contract merge() {
    mergeParties();
    List<ActionSheet> rowSheets = rows.allActionSheets();
    List<ActionSheet> complementSheets = complement.allActionSheets();
    for (ActionSheet sheet : complementSheets) {
      collectIds(sheet);
    }
    int[] matched = match(rowSheets, complementSheets, ActionSheet::title);
    for (int i = 0; i < matched.length; i++) {
      if (matched[i] >= 0) {
        matches.put(rowSheets.get(i), complementSheets.get(matched[i]));
      }
    }
    for (Axis axis : complement.axes()) {
      takenIds.add(axis.id());
    }
    List<Axis> axes = new ArrayList<>();
    List<Axis> complementAxes = writable(complement.axes(), ComplementSheetMerge::hasSheets);
    int[] axisMatches = match(rows.axes(), complementAxes, PlanRows::axisText);
    for (int i = 0; i < axisMatches.length; i++) {
      axes.add(axis(rows.axes().get(i), axisMatches[i] < 0 ? null : complementAxes.get(axisMatches[i])));
    }
    keepEmpty(axes, complement.axes(), ComplementSheetMerge::hasSheets);
    List<ActionSheet> outsideAxes = sheets(rows.actionSheets());
    return Contract.copyOf(complement)
        .withParties(parties) // last: the fiches merged above add the parties only the rows name
        .withAxes(axes)
        .withActionSheets(outsideAxes);
  }

  /**
   * Maps the rows' parties to the complement's by name, or by the text a complement's reference wrote
   * for its party; the others get an id of their own and are added when a merged fiche refers to them.
   */
  private void mergeParties() {
    Map<String, String> idByName = new HashMap<>();
    for (Party party : complement.parties()) {
      parties.add(party);
      takenIds.add(party.id());
      idByName.putIfAbsent(party.name().strip(), party.id());
    }
    for (ActionSheet sheet : complement.allActionSheets()) {
      writtenNames(sheet, idByName);
    }
    for (Party party : rows.parties()) {
      String existing = idByName.get(party.name().strip());
      if (existing != null) {
        partyIds.put(party.id(), existing);
      } else {
        String id = unique(party.id());
        partyIds.put(party.id(), id);
        idByName.put(party.name().strip(), id);
        pending.put(id, party.withId(id));
      }
    }
  }

  /** The texts a fiche's references wrote for their parties (an acronym, another spelling), to their ids. */
  private static void writtenNames(ActionSheet sheet, Map<String, String> idByName) {
    List<PartyRef> refs = new ArrayList<>(sheet.pilots());
    refs.addAll(sheet.partners());
    for (Funding funding : sheet.fundings()) {
      funding.financer().ifPresent(refs::add);
    }
    for (PartyRef ref : refs) {
      ref.asWritten().ifPresent(written -> idByName.putIfAbsent(written.strip(), ref.partyId()));
    }
    for (ActionSheet sub : sheet.subActions()) {
      writtenNames(sub, idByName);
    }
  }

  /** The merged id of a party of the rows; a party only the rows name is added at its first use. */
  private String partyId(String rowsId) {
    String id = partyIds.getOrDefault(rowsId, rowsId);
    Party added = pending.remove(id);
    if (added != null) {
      parties.add(added);
    }
    return id;
  }

  private void collectIds(ActionSheet sheet) {
    takenIds.add(sheet.id());
    for (Indicator indicator : sheet.indicators()) {
      takenIds.add(indicator.id());
    }
    for (ActionSheet sub : sheet.subActions()) {
      collectIds(sub);
    }
  }

  /** An id not taken yet (the id itself, or it followed by {@code -2}, {@code -3}…), now taken. */
  private String unique(String id) {
    String candidate = id;
    for (int n = 2; !takenIds.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private Axis axis(Axis row, Axis kept) {
    List<Objective> objectives = objectives(row.objectives(), kept == null ? List.of() : kept.objectives());
    List<ActionSheet> sheets = sheets(row.actionSheets());
    if (kept == null) {
      return row.withId(unique(row.id())).withObjectives(objectives).withActionSheets(sheets);
    }
    Axis merged = kept.withObjectives(objectives).withActionSheets(sheets);
    if (!PlanRows.axisText(row).equals(PlanRows.axisText(kept))) {
      merged = merged.withNumber(row.number()).withLabel(row.label()).withTitle(row.title());
    }
    return merged;
  }

  private List<Objective> objectives(List<Objective> fromRows, List<Objective> fromComplement) {
    List<Objective> candidates = writable(fromComplement, ComplementSheetMerge::hasSheets);
    int[] found = match(fromRows, candidates, PlanRows::objectiveText);
    List<Objective> merged = new ArrayList<>(fromRows.size());
    for (int i = 0; i < found.length; i++) {
      Objective row = fromRows.get(i);
      Objective kept = found[i] < 0 ? null : candidates.get(found[i]);
      List<Objective> inner = objectives(row.objectives(), kept == null ? List.of() : kept.objectives());
      List<ActionSheet> sheets = sheets(row.actionSheets());
      if (kept == null) {
        merged.add(row.withObjectives(inner).withActionSheets(sheets));
      } else {
        Objective objective = kept.withObjectives(inner).withActionSheets(sheets);
        if (!PlanRows.objectiveText(row).equals(PlanRows.objectiveText(kept))) {
          objective = objective.withNumber(row.number()).withLevel(row.level()).withTitle(row.title());
        }
        merged.add(objective);
      }
    }
    keepEmpty(merged, fromComplement, ComplementSheetMerge::hasSheets);
    return merged;
  }

  private List<ActionSheet> sheets(List<ActionSheet> fromRows) {
    List<ActionSheet> merged = new ArrayList<>(fromRows.size());
    for (ActionSheet row : fromRows) {
      ActionSheet kept = matches.get(row);
      merged.add(kept == null ? adopt(row) : sheet(row, kept));
    }
    return merged;
  }

  /** A fiche or sub-action of the rows that the complement does not have: its parties and ids mapped. */
  private ActionSheet adopt(ActionSheet row) {
    List<ActionSheet> subActions = new ArrayList<>(row.subActions().size());
    for (ActionSheet sub : row.subActions()) {
      subActions.add(adopt(sub));
    }
    List<Indicator> indicators = new ArrayList<>(row.indicators().size());
    for (Indicator indicator : row.indicators()) {
      indicators.add(indicator.withId(unique(indicator.id())));
    }
    return row.withId(unique(row.id()))
        .withPilots(refs(row.pilots(), List.of()))
        .withPartners(refs(row.partners(), List.of()))
        .withFundings(fundings(row.fundings(), List.of()))
        .withIndicators(indicators)
        .withSubActions(subActions);
  }

  /** A fiche or sub-action of the rows matched with the complement's: column by column. */
  private ActionSheet sheet(ActionSheet row, ActionSheet kept) {
    Map<Integer, CellValue> rowCells = byColumn(PlanRows.fieldCells(rows, row));
    Map<Integer, CellValue> keptCells = byColumn(PlanRows.fieldCells(complement, kept));
    Function<Integer, Boolean> edited = column -> !Objects.equals(rowCells.get(column), keptCells.get(column));
    ActionSheet merged = kept;
    if (!PlanRows.titleText(row).equals(PlanRows.titleText(kept))) {
      merged = merged.withNumber(row.number()).withLabel(row.label()).withTitle(row.title());
    }
    if (edited.apply(PlanRows.DESCRIPTION)) {
      merged = merged.withDescription(row.description());
    }
    if (edited.apply(PlanRows.OBJECTIVES)) {
      merged = merged.withGeneralObjective(row.generalObjective())
          .withSpecificObjectives(row.specificObjectives())
          .withOperationalObjectives(row.operationalObjectives());
    }
    if (edited.apply(PlanRows.INDICATORS)) {
      merged = merged.withIndicators(indicators(row.indicators(), kept.indicators()));
    }
    if (edited.apply(PlanRows.PILOTS)) {
      merged = merged.withPilots(refs(row.pilots(), kept.pilots()));
    }
    if (edited.apply(PlanRows.HUMAN_RESOURCES)) {
      merged = merged.withHumanResources(row.humanResources());
    }
    if (edited.apply(PlanRows.PARTNERS)) {
      merged = merged.withPartners(refs(row.partners(), kept.partners()));
    }
    if (edited.apply(PlanRows.PILOT_SERVICES)) {
      merged = merged.withPilotServices(row.pilotServices());
    }
    if (edited.apply(PlanRows.ELECTED_REFERENTS)) {
      merged = merged.withElectedReferents(people(row.electedReferents(), kept.electedReferents()));
    }
    if (edited.apply(PlanRows.CITIZEN_PARTICIPATION)) {
      merged = merged.withCitizenParticipation(participation(row.citizenParticipation(), kept.citizenParticipation()));
    }
    boolean fundingsEdited = false;
    for (int column = PlanRows.FIRST_FINANCER; column < PlanRows.FIRST_FINANCER + 2 * PlanRows.FINANCERS; column++) {
      fundingsEdited |= edited.apply(column);
    }
    if (fundingsEdited) {
      merged = merged.withFundings(fundings(row.fundings(), kept.fundings()));
    }
    if (edited.apply(PlanRows.BUDGET)) {
      merged = merged.withBudget(row.budget());
    }
    if (edited.apply(PlanRows.STATUS)) {
      merged = merged.withStatus(row.status());
    }
    if (edited.apply(PlanRows.PRIORITY)) {
      merged = merged.withPriority(row.priority());
    }
    if (edited.apply(PlanRows.START) || edited.apply(PlanRows.END)) {
      Optional<Period> schedule = row.schedule().filter(p -> p.start().isPresent() || p.end().isPresent())
          .map(p -> Period.builder().start(p.start()).end(p.end()).build());
      merged = merged.withSchedule(schedule);
    }
    if (edited.apply(PlanRows.RECURRING)) {
      merged = merged.withRecurring(row.recurring());
    }
    if (edited.apply(PlanRows.NOTES)) {
      merged = merged.withFollowUpNotes(row.followUpNotes());
    }
    Map<String, String> extensions = new LinkedHashMap<>(kept.extensions());
    extension(extensions, row, edited, PlanRows.GOVERNANCE, PlanRows.EXT_GOVERNANCE);
    extension(extensions, row, edited, PlanRows.PILOT_PERSON, PlanRows.EXT_PILOT_PERSON);
    extension(extensions, row, edited, PlanRows.FUNDINGS_TEXT, PlanRows.EXT_FUNDINGS);
    extension(extensions, row, edited, PlanRows.LINKED_MEASURES, PlanRows.EXT_LINKED_MEASURES);
    extension(extensions, row, edited, PlanRows.LINKED_ACTIONS, PlanRows.EXT_LINKED_ACTIONS);
    extension(extensions, row, edited, PlanRows.DOCUMENTS, PlanRows.EXT_DOCUMENTS);
    merged = merged.withExtensions(extensions);
    return merged.withSubActions(subActions(row.subActions(), kept.subActions()));
  }

  private static void extension(Map<String, String> extensions, ActionSheet row, Function<Integer, Boolean> edited,
      int column, String key) {
    if (edited.apply(column)) {
      String value = row.extensions().get(key);
      if (value == null) {
        extensions.remove(key);
      } else {
        extensions.put(key, value);
      }
    }
  }

  private List<ActionSheet> subActions(List<ActionSheet> fromRows, List<ActionSheet> fromComplement) {
    int[] found = match(fromRows, fromComplement, ActionSheet::title);
    List<ActionSheet> merged = new ArrayList<>(fromRows.size());
    for (int i = 0; i < found.length; i++) {
      ActionSheet row = fromRows.get(i);
      merged.add(found[i] < 0 ? adopt(row) : sheet(row, fromComplement.get(found[i])));
    }
    return merged;
  }

  /** The rows' references, each to the merged party; the complement's own reference when it has one. */
  private List<PartyRef> refs(List<PartyRef> fromRows, List<PartyRef> fromComplement) {
    List<PartyRef> merged = new ArrayList<>(fromRows.size());
    for (PartyRef ref : fromRows) {
      PartyRef mapped = ref.withPartyId(partyId(ref.partyId()));
      merged.add(fromComplement.stream().filter(kept -> kept.partyId().equals(mapped.partyId())
              && kept.asWritten().equals(mapped.asWritten().or(kept::asWritten)))
          .findFirst().orElse(mapped));
    }
    return merged;
  }

  /** The rows' financers and amounts, with the complement's other data by position, and its fourth and next. */
  private List<Funding> fundings(List<Funding> fromRows, List<Funding> fromComplement) {
    List<Funding> merged = new ArrayList<>(Math.max(fromRows.size(), fromComplement.size()));
    for (int i = 0; i < fromRows.size(); i++) {
      Funding row = fromRows.get(i);
      Funding base = i < fromComplement.size() && i < PlanRows.FINANCERS ? fromComplement.get(i) : row;
      List<PartyRef> keptFinancer = base == row ? List.of() : base.financer().map(List::of).orElse(List.of());
      Optional<PartyRef> financer = row.financer().map(ref -> refs(List.of(ref), keptFinancer).get(0));
      merged.add(base.withFinancer(financer).withAmount(row.amount()));
    }
    for (int i = Math.max(fromRows.size(), PlanRows.FINANCERS); i < fromComplement.size(); i++) {
      merged.add(fromComplement.get(i));
    }
    return merged;
  }

  private List<Indicator> indicators(List<Indicator> fromRows, List<Indicator> fromComplement) {
    int[] found = match(fromRows, fromComplement, Indicator::name);
    List<Indicator> merged = new ArrayList<>(fromRows.size());
    for (int i = 0; i < found.length; i++) {
      Indicator row = fromRows.get(i);
      merged.add(found[i] < 0 ? row.withId(unique(row.id())) : fromComplement.get(found[i]).withName(row.name()));
    }
    return merged;
  }

  private static List<Person> people(List<Person> fromRows, List<Person> fromComplement) {
    int[] found = match(fromRows, fromComplement, person -> person.name().orElse(""));
    List<Person> merged = new ArrayList<>(fromRows.size());
    for (int i = 0; i < found.length; i++) {
      Person row = fromRows.get(i);
      merged.add(found[i] < 0 ? row : fromComplement.get(found[i]).withName(row.name()));
    }
    return merged;
  }

  private static Optional<CitizenParticipation> participation(Optional<CitizenParticipation> row,
      Optional<CitizenParticipation> kept) {
    if (row.isEmpty() || kept.isEmpty()) {
      return row;
    }
    return Optional.of(kept.get().withLevel(row.get().level()));
  }

  /**
   * For each item of {@code fromRows}, the index of its match in {@code fromComplement}, or -1: first the
   * same key (each complement item matched once, in order), then the same position among those left.
   */
  static <T> int[] match(List<T> fromRows, List<T> fromComplement, Function<T, String> key) {
    Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < fromComplement.size(); i++) {
      byKey.computeIfAbsent(key.apply(fromComplement.get(i)), k -> new ArrayDeque<>()).add(i);
    }
    int[] found = new int[fromRows.size()];
    boolean[] used = new boolean[fromComplement.size()];
    for (int i = 0; i < found.length; i++) {
      ArrayDeque<Integer> same = byKey.get(key.apply(fromRows.get(i)));
      found[i] = same == null || same.isEmpty() ? -1 : same.poll();
      if (found[i] >= 0) {
        used[found[i]] = true;
      }
    }
    for (int i = 0; i < found.length; i++) {
      if (found[i] < 0 && i < used.length && !used[i]) {
        found[i] = i;
        used[i] = true;
      }
    }
    return found;
  }

  /**
   * Puts back the complement's items without any fiche, which the template cannot show, each at its
   * place in the complement (or last): an unedited plan gets them where they were.
   */
  private static <T> void keepEmpty(List<T> merged, List<T> fromComplement, java.util.function.Predicate<T> hasSheets) {
    for (int i = 0; i < fromComplement.size(); i++) {
      T item = fromComplement.get(i);
      if (!hasSheets.test(item)) {
        merged.add(Math.min(i, merged.size()), item);
      }
    }
  }

  private static <T> List<T> writable(List<T> items, java.util.function.Predicate<T> hasSheets) {
    List<T> writable = new ArrayList<>(items.size());
    for (T item : items) {
      if (hasSheets.test(item)) {
        writable.add(item);
      }
    }
    return writable;
  }

  private static boolean hasSheets(Axis axis) {
    return !axis.allActionSheets().isEmpty();
  }

  private static boolean hasSheets(Objective objective) {
    if (!objective.actionSheets().isEmpty()) {
      return true;
    }
    for (Objective inner : objective.objectives()) {
      if (hasSheets(inner)) {
        return true;
      }
    }
    return false;
  }

  private static Map<Integer, CellValue> byColumn(List<CellValue> cells) {
    Map<Integer, CellValue> byColumn = new HashMap<>(cells.size() * 2);
    for (CellValue cell : cells) {
      byColumn.put(cell.column(), cell);
    }
    return byColumn;
  }
}
