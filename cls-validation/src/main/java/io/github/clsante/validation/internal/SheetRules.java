package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.ANY;
import static io.github.clsante.validation.internal.Members.AXIS_ACTION_SHEETS;
import static io.github.clsante.validation.internal.Members.AXIS_ID;
import static io.github.clsante.validation.internal.Members.AXIS_NUMBER;
import static io.github.clsante.validation.internal.Members.AXIS_OBJECTIVES;
import static io.github.clsante.validation.internal.Members.BODY_ID;
import static io.github.clsante.validation.internal.Members.CONTRACT_ACTION_SHEETS;
import static io.github.clsante.validation.internal.Members.CONTRACT_ACTION_SHEETS_ANNEXED;
import static io.github.clsante.validation.internal.Members.CONTRACT_ACTION_SHEETS_COMPLETE;
import static io.github.clsante.validation.internal.Members.CONTRACT_ANNOUNCED_SHEET_COUNT;
import static io.github.clsante.validation.internal.Members.CONTRACT_ANNOUNCED_SHEET_COUNT_AT_LEAST;
import static io.github.clsante.validation.internal.Members.CONTRACT_AXES;
import static io.github.clsante.validation.internal.Members.CONTRACT_GOVERNANCE_BODIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_PERIOD;
import static io.github.clsante.validation.internal.Members.CONTRACT_SHEET_NUMBERING;
import static io.github.clsante.validation.internal.Members.CONTRACT_STATUS;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_ACTION_SHEETS;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_ID;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_LISTS;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_OBJECTIVES;
import static io.github.clsante.validation.internal.Members.SHEET_ELECTED_REFERENTS;
import static io.github.clsante.validation.internal.Members.SHEET_GOVERNANCE_BODY_IDS;
import static io.github.clsante.validation.internal.Members.SHEET_ID;
import static io.github.clsante.validation.internal.Members.SHEET_INDICATORS;
import static io.github.clsante.validation.internal.Members.SHEET_LINKED_SCHEMES;
import static io.github.clsante.validation.internal.Members.SHEET_LINKED_SHEET_IDS;
import static io.github.clsante.validation.internal.Members.SHEET_LISTS;
import static io.github.clsante.validation.internal.Members.SHEET_NUMBER;
import static io.github.clsante.validation.internal.Members.SHEET_PARTNERS;
import static io.github.clsante.validation.internal.Members.SHEET_PILOTS;
import static io.github.clsante.validation.internal.Members.SCHEME_PARTY;
import static io.github.clsante.validation.internal.Members.SHEET_SCHEDULE;
import static io.github.clsante.validation.internal.Members.SHEET_SUB_ACTIONS;
import static io.github.clsante.validation.internal.Members.anywhere;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;
import static io.github.clsante.validation.internal.Walk.suggest;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Objective;
import io.github.clsante.model.Period;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.validation.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of axes and sheets, and the walk through them: ids and printed numbers, a signed contract's
 * sheets and pilots, indicators, schedules within the contract's period, links to sheets, bodies and
 * schemes, and the sheets a contract announces. Each sheet and sub-action is visited once, and the
 * rules of the other areas that look at a sheet (money, indicators, territory, names and codes, mental
 * health) are applied to it there.
 */
final class SheetRules extends RuleArea {

  private static final String STATUS = path(CONTRACT_STATUS);
  private static final String PERIOD = path(CONTRACT_PERIOD);
  private static final String SHEET_NUMBERING = path(CONTRACT_SHEET_NUMBERING);
  private static final String BODY_IDS = path(CONTRACT_GOVERNANCE_BODIES, ANY, BODY_ID);
  /** The places that, unread, would make the count of listed sheets wrong: a whole list of sheets or objectives. */
  private static final String[] COUNTED = counted();

  private static String[] counted() {
    List<String> lists = new ArrayList<>(List.of(path(CONTRACT_AXES), path(CONTRACT_ACTION_SHEETS)));
    lists.addAll(List.of(anywhere(SHEET_LISTS)));
    lists.addAll(List.of(anywhere(OBJECTIVE_LISTS)));
    return lists.toArray(new String[0]);
  }

  private final MoneyRules money;
  private final IndicatorRules indicators;
  private final TerritoryRules territory;
  private final CodeRules codes;
  private final MentalHealthRules mentalHealth;

  SheetRules(Walk walk, MoneyRules money, IndicatorRules indicators, TerritoryRules territory, CodeRules codes,
      MentalHealthRules mentalHealth) {
    super(walk);
    this.money = money;
    this.indicators = indicators;
    this.territory = territory;
    this.codes = codes;
    this.mentalHealth = mentalHealth;
  }

  /** Every axis, objective and sheet, once; then the count of sheets against the announced one. */
  void axesAndSheets() {
    // Presized: a contract's one set of sheet numbers holds up to all its sheets, and growing it rehashes
    // every number already in it (4 % of the rules' samples on a 1,000-sheet contract).
    boolean perAxis = contract.sheetNumbering().filter(SheetNumbering.PER_AXIS::equals).isPresent();
    StringSet contractNumbers = new StringSet(perAxis ? contract.actionSheets().size() : contract.allActionSheets().size());
    StringSet axisNumbers = new StringSet(contract.axes().size());
    int listed = 0;
    for (int a = 0; a < contract.axes().size(); a++) {
      Axis axis = contract.axes().get(a);
      Place pointer = at(Place.ROOT, CONTRACT_AXES, a);
      walk.unique(axis.id(), pointer, AXIS_ID);
      mentalHealth.title(axis.title());
      if (axis.number().isPresent() && !axisNumbers.add(axis.number().get())) {
        walk.add(Rule.AXIS_DUPLICATE_NUMBER, at(pointer, AXIS_NUMBER), "number", axis.number().get());
      }
      StringSet numbers = perAxis ? new StringSet(axis.allActionSheets().size()) : contractNumbers;
      for (int s = 0; s < axis.actionSheets().size(); s++) {
        sheet(axis.actionSheets().get(s), at(pointer, AXIS_ACTION_SHEETS, s), numbers, false, axis);
        listed++;
      }
      for (int o = 0; o < axis.objectives().size(); o++) {
        listed += objective(axis.objectives().get(o), at(pointer, AXIS_OBJECTIVES, o), numbers, axis);
      }
    }
    for (int s = 0; s < contract.actionSheets().size(); s++) {
      sheet(contract.actionSheets().get(s), at(Place.ROOT, CONTRACT_ACTION_SHEETS, s), contractNumbers, false, null);
      listed++;
    }
    counts(listed);
  }

  /**
   * A signed contract with no sheet, or fewer sheets listed than announced. The count is off only when
   * a whole list of sheets, objectives or axes could not be read (an unreadable sheet is kept, as a
   * placeholder, and counted).
   */
  private void counts(int listed) {
    int announced = contract.announcedActionSheetCount().orElse(0);
    boolean counted = walk.noneUnreadableAt(COUNTED);
    // Sheets in a separate annex, or a list said incomplete, are what the file knows, not a gap in it.
    boolean partial = contract.actionSheetsAnnexed().orElse(false) || !contract.actionSheetsComplete().orElse(true);
    if (walk.signed && listed == 0 && announced == 0 && !partial && counted && walk.intact(STATUS,
        path(CONTRACT_ANNOUNCED_SHEET_COUNT), path(CONTRACT_ACTION_SHEETS_ANNEXED),
        path(CONTRACT_ACTION_SHEETS_COMPLETE))) {
      walk.add(Rule.CONTRACT_NO_SHEETS, "");
    } else if (listed < announced && counted && contract.actionSheetsComplete().orElse(true)
        && walk.intact(path(CONTRACT_ACTION_SHEETS_COMPLETE), path(CONTRACT_ANNOUNCED_SHEET_COUNT_AT_LEAST))) {
      String[] params = {"announced", Integer.toString(announced), "listed", Integer.toString(listed)};
      if (contract.announcedActionSheetCountAtLeast().orElse(false)) {
        // « au moins 11 fiches »: the same finding, worded as a minimum.
        params = new String[] {params[0], params[1], params[2], params[3], "problem", "at_least"};
      }
      walk.add(Rule.CONTRACT_SHEETS_NOT_LISTED, path(CONTRACT_ANNOUNCED_SHEET_COUNT), params);
    }
  }

  private int objective(Objective objective, Place pointer, StringSet numbers, Axis axis) {
    objective.id().ifPresent(id -> walk.unique(id, pointer, OBJECTIVE_ID));
    mentalHealth.title(objective.title());
    int listed = 0;
    for (int s = 0; s < objective.actionSheets().size(); s++) {
      sheet(objective.actionSheets().get(s), at(pointer, OBJECTIVE_ACTION_SHEETS, s), numbers, false, axis);
      listed++;
    }
    for (int o = 0; o < objective.objectives().size(); o++) {
      listed += objective(objective.objectives().get(o), at(pointer, OBJECTIVE_OBJECTIVES, o), numbers, axis);
    }
    return listed;
  }

  /** One sheet or sub-action, of an axis or of none (null), and its sub-actions. */
  private void sheet(ActionSheet sheet, Place pointer, StringSet numbers, boolean subAction, Axis axis) {
    walk.visited(sheet, pointer, axis, subAction);
    walk.unique(sheet.id(), pointer, SHEET_ID);
    if (sheet.number().isPresent() && !contract.sheetNumbering().filter(SheetNumbering.NONE::equals).isPresent()
        && !numbers.add(sheet.number().get()) && walk.intact(SHEET_NUMBERING)) {
      walk.add(Rule.SHEET_DUPLICATE_NUMBER, at(pointer, SHEET_NUMBER), "number", sheet.number().get());
    }
    if (walk.signed && !subAction && sheet.pilots().isEmpty() && walk.intact(STATUS) && walk.intact(at(pointer, SHEET_PILOTS))) {
      walk.add(Rule.SHEET_NO_PILOT, pointer);
    }
    if (!subAction && sheet.indicators().isEmpty() && walk.intact(at(pointer, SHEET_INDICATORS))) {
      walk.add(Rule.SHEET_NO_INDICATOR, pointer);
    }
    walk.refs(sheet.pilots(), pointer, SHEET_PILOTS);
    walk.refs(sheet.partners(), pointer, SHEET_PARTNERS);
    for (int i = 0; i < sheet.electedReferents().size(); i++) {
      walk.person(sheet.electedReferents().get(i), at(pointer, SHEET_ELECTED_REFERENTS, i));
    }
    territory.sheet(sheet, pointer);
    // Plain tests of presence, no lambda: a capturing lambda is an object per sheet on the walk's hot path.
    if (sheet.schedule().isPresent()) {
      Period schedule = sheet.schedule().get();
      Place at = at(pointer, SHEET_SCHEDULE);
      walk.period(schedule, at);
      if (walk.outsideContract(schedule) && walk.intact(PERIOD) && walk.intact(at)) {
        walk.add(Rule.SHEET_SCHEDULE_OUTSIDE, at);
      }
    }
    money.sheet(sheet, pointer);
    List<SchemeLink> links = sheet.linkedSchemes();
    for (int i = 0; i < links.size(); i++) {
      SchemeLink link = links.get(i);
      if (link.party().isPresent()) {
        walk.ref(link.party().get(), at(at(pointer, SHEET_LINKED_SCHEMES, i), SCHEME_PARTY));
      }
    }
    mentalHealth.sheet(sheet);
    codes.sheet(sheet, pointer);
    for (int i = 0; i < sheet.governanceBodyIds().size(); i++) {
      String id = sheet.governanceBodyIds().get(i);
      if (!walk.bodyIds.contains(id) && walk.intact(BODY_IDS)) {
        walk.add(Rule.REF_BODY_UNKNOWN, at(pointer, SHEET_GOVERNANCE_BODY_IDS, i), suggest("bodyId", id, walk.bodyIds));
      }
    }
    for (int i = 0; i < sheet.linkedSheetIds().size(); i++) {
      String id = sheet.linkedSheetIds().get(i);
      if (!walk.sheetIds.contains(id) && walk.sheetIdsRead()) {
        walk.add(Rule.REF_SHEET_UNKNOWN, at(pointer, SHEET_LINKED_SHEET_IDS, i), suggest("sheetId", id, walk.sheetIds.inOrder()));
      }
    }
    indicators.sheet(sheet, pointer);
    // Sub-actions are sheets too, numbered within their sheet; pilots and indicators may be their parent's.
    if (!sheet.subActions().isEmpty()) {
      StringSet subNumbers = new StringSet(sheet.subActions().size());
      for (int i = 0; i < sheet.subActions().size(); i++) {
        sheet(sheet.subActions().get(i), at(pointer, SHEET_SUB_ACTIONS, i), subNumbers, true, axis);
      }
    }
  }
}
