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
import io.github.clsante.model.Period;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads an action plan in the Territoires en Transitions template into a contract (lecture du plan):
 * finds the plan sheet, reads its header row, then each data row into a fiche under its axis path,
 * reporting every value it normalises or cannot read, located in its cell.
 */
public final class PlanReader {

  /** The sheet the exporter adds for what the template cannot hold; read by the integration, not here. */
  public static final String COMPLEMENT_SHEET = "Données CLS";

  /** Where the plan lies in the workbook. */
  private static final int SEARCH_ROWS = 20;
  private static final int SEARCH_COLUMNS = 30;

  private final Problems problems;
  private final ContractHeader header;
  private GridSheet sheet;
  private int headerRow;
  private final Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
  /** Columns kept as extensions: column → extension name. */
  private final Map<Integer, String> extensions = new LinkedHashMap<>();
  private final Set<Integer> unnamedReported = new HashSet<>();
  private CellIndex index = CellIndex.EMPTY;

  private final List<AxisNode> axes = new ArrayList<>();
  private final Map<String, AxisNode> axesByText = new HashMap<>();
  private final List<ActionSheet> looseSheets = new ArrayList<>();
  /** The fiches by their title as written, to find a sub-action's fiche; fiches of the same title chained. */
  private final Map<String, Placed> fichesByTitle = new HashMap<>();
  /** The fiches given sub-actions, which get them when the contract is built. */
  private final List<Placed> withSubActions = new ArrayList<>();
  /** One reference per party, shared by every fiche that names it. */
  private final Map<String, PartyRef> refs = new HashMap<>();
  private int ficheCount;

  private final List<Party> parties = new ArrayList<>();
  private final Map<String, String> partyIds = new HashMap<>();
  private final Set<String> usedPartyIds = new HashSet<>();

  /**
   * The contract-level values given beside the plan (the header contract, or values one by one).
   *
   * @param contract the header contract, or null
   * @param id the contract's id, or null
   * @param leadArs the lead ARS's region, or null
   * @param territory the territory, or null
   */
  public record ContractHeader(Contract contract, String id, Region leadArs, Territory territory) {}

  /**
   * What reading the plan gave.
   *
   * @param contract the contract, or null when the workbook holds no plan
   * @param cells where each value came from
   */
  public record Result(Contract contract, CellIndex cells) {}

  private PlanReader(ContractHeader header, Problems problems) {
    this.header = header;
    this.problems = problems;
  }

  /**
   * Reads the plan of a workbook.
   *
   * @param grid the workbook
   * @param header the values the plan does not hold
   * @param problems where the findings go
   * @return the contract and its cells
   */
  public static Result read(Grid grid, ContractHeader header, Problems problems) {
    return new PlanReader(header, problems).read(grid);
  }

  private Result read(Grid grid) {
    if (header.contract() != null) {
      for (Party party : header.contract().parties()) {
        partyIds.putIfAbsent(party.name(), party.id());
        usedPartyIds.add(party.id());
      }
    }
    if (!findPlan(grid)) {
      List<String> names = new ArrayList<>();
      for (GridSheet candidate : grid.sheets()) {
        names.add(candidate.name());
      }
      problems.add(SpreadsheetProblem.NO_PLAN_SHEET, "", null, "sheets", String.join(", ", names));
      return new Result(null, CellIndex.EMPTY);
    }
    readHeader();
    index = new CellIndex(sheet.name(), memberColumns(), extensionColumnsByName());
    if (columns.containsKey(PlanColumn.TITLE)) {
      int first = firstDataRow();
      for (int row = first; row <= sheet.lastRow(); row++) {
        List<CellValue> cells = sheet.row(row);
        if (!cells.isEmpty()) {
          readRow(row, cells);
        }
      }
    } else {
      problems.add(SpreadsheetProblem.NO_TITLE_COLUMN, "", CellLocation.of(sheet.name(), headerRow, 1));
    }
    return new Result(contract(), index);
  }

  // ---------------------------------------------------------------- the plan sheet and its header

  private boolean findPlan(Grid grid) {
    for (GridSheet candidate : grid.sheets()) {
      if (!candidate.name().equals(COMPLEMENT_SHEET) && candidate.cell(2, 1).map(c -> isAxisHeader(c.text())).orElse(false)) {
        sheet = candidate;
        headerRow = 2;
        return true;
      }
    }
    for (GridSheet candidate : grid.sheets()) {
      if (candidate.name().equals(COMPLEMENT_SHEET)) {
        continue;
      }
      for (int row = 1; row <= Math.min(SEARCH_ROWS, candidate.lastRow()); row++) {
        for (CellValue cell : candidate.row(row)) {
          if (cell.column() <= SEARCH_COLUMNS && cell.kind() == CellValue.Kind.TEXT
              && (isAxisHeader(cell.text()) || PlanColumn.ofHeader(cell.text()).orElse(null) == PlanColumn.TITLE)) {
            sheet = candidate;
            headerRow = row;
            CellLocation found = CellLocation.of(candidate.name(), row, cell.column());
            problems.add(SpreadsheetProblem.HEADER_SHIFTED, "", found, "expected", "A2", "found", found.columnName() + row);
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isAxisHeader(String text) {
    String folded = Texts.fold(text);
    return folded.equals("axe (x)") || folded.equals("axe(x)");
  }

  private void readHeader() {
    Map<String, Integer> seen = new HashMap<>();
    PlanColumn lastFinancer = null;
    for (CellValue cell : sheet.row(headerRow)) {
      String text = cell.text();
      if (Texts.blank(text)) {
        continue;
      }
      String folded = Texts.fold(text);
      CellLocation at = CellLocation.of(sheet.name(), headerRow, cell.column());
      PlanColumn column = PlanColumn.ofHeader(text).orElse(null);
      if (column == null && folded.startsWith("montant") && lastFinancer != null) {
        column = PlanColumn.valueOf("AMOUNT_" + lastFinancer.name().substring("FINANCER_".length()));
      }
      if (column != null && column.name().startsWith("FINANCER_")) {
        lastFinancer = column;
      }
      if (column != null && !columns.containsKey(column)) {
        columns.put(column, cell.column());
        seen.put(folded, cell.column());
        continue;
      }
      String name = "tet:" + text.strip();
      if (column != null || seen.containsKey(folded)) {
        Integer first = column != null ? columns.get(column) : seen.get(folded);
        name = "tet:" + text.strip() + " (" + at.columnName() + ")";
        problems.add(SpreadsheetProblem.DUPLICATE_COLUMN, "", at, "header", text.strip(), "first",
            CellLocation.of(sheet.name(), headerRow, first).columnName(), "extension", name);
      } else if (!PlanColumn.KNOWN_EXTRAS.contains(folded) && !folded.startsWith("montant")) {
        problems.add(SpreadsheetProblem.UNKNOWN_COLUMN, "", at, "header", text.strip(), "extension", name);
      }
      seen.putIfAbsent(folded, cell.column());
      extensions.put(cell.column(), name);
    }
    for (PlanColumn column : PlanColumn.values()) {
      if (column.templateColumn() > 0 && !columns.containsKey(column)) {
        problems.add(SpreadsheetProblem.COLUMN_MISSING, "", CellLocation.of(sheet.name(), headerRow, column.templateColumn()),
            "column", column.header());
      }
    }
  }

  private Map<String, Integer> memberColumns() {
    Map<String, Integer> members = new HashMap<>();
    put(members, "description", PlanColumn.DESCRIPTION);
    put(members, "generalObjective", PlanColumn.OBJECTIVES);
    put(members, "specificObjectives", PlanColumn.OBJECTIVES);
    put(members, "operationalObjectives", PlanColumn.OBJECTIVES);
    put(members, "indicators", PlanColumn.INDICATORS);
    put(members, "pilots", PlanColumn.PILOTS);
    put(members, "humanResources", PlanColumn.RESOURCES);
    put(members, "partners", PlanColumn.PARTNERS);
    put(members, "pilotServices", PlanColumn.SERVICES);
    put(members, "electedReferents", PlanColumn.ELECTED);
    put(members, "citizenParticipation", PlanColumn.PARTICIPATION);
    put(members, "budget", PlanColumn.BUDGET);
    put(members, "status", PlanColumn.STATUS);
    put(members, "priority", PlanColumn.PRIORITY);
    put(members, "schedule/start", PlanColumn.START);
    put(members, "schedule/end", PlanColumn.END);
    put(members, "recurring", PlanColumn.RECURRING);
    put(members, "steps", PlanColumn.STEPS);
    put(members, "followUpNotes", PlanColumn.NOTES);
    return members;
  }

  private void put(Map<String, Integer> members, String member, PlanColumn column) {
    Integer at = columns.get(column);
    if (at != null) {
      members.put(member, at);
    }
  }

  private Map<String, Integer> extensionColumnsByName() {
    Map<String, Integer> byName = new HashMap<>();
    extensions.forEach((column, name) -> byName.put(name, column));
    putExtension(byName, "tet:instancesGouvernance", PlanColumn.GOVERNANCE);
    putExtension(byName, "tet:personnePilote", PlanColumn.PERSON);
    putExtension(byName, "tet:financements", PlanColumn.FINANCING);
    putExtension(byName, "tet:" + PlanColumn.SUB_AXIS.header(), PlanColumn.SUB_AXIS);
    putExtension(byName, "tet:" + PlanColumn.SUB_SUB_AXIS.header(), PlanColumn.SUB_SUB_AXIS);
    return byName;
  }

  private void putExtension(Map<String, Integer> byName, String name, PlanColumn column) {
    Integer at = columns.get(column);
    if (at != null) {
      byName.put(name, at);
    }
  }

  /**
   * The first data row: the first row after the header that holds a fiche's or a sub-action's title and
   * is not one of the template's rows of field kinds (« Champ texte ») or of instructions.
   */
  private int firstDataRow() {
    int title = columns.get(PlanColumn.TITLE);
    int sub = columns.getOrDefault(PlanColumn.SUB_ACTION, -1);
    for (int row = headerRow + 1; row <= sheet.lastRow(); row++) {
      List<CellValue> cells = sheet.row(row);
      if (cells.isEmpty() || isLayoutRow(cells)) {
        continue;
      }
      for (CellValue cell : cells) {
        if ((cell.column() == title || cell.column() == sub) && !Texts.blank(cell.text())) {
          return row;
        }
      }
    }
    return sheet.lastRow() + 1;
  }

  private static final List<String> INSTRUCTIONS = List.of("si vos axes", "si vos sous-axes", "si vos sous-sous-axes",
      "texte court de", "saisissez un nombre entier", "saisissez une date", "choisissez l'option",
      "presentez en quelques lignes", "ce champ ne sera pas integre", "indiquer si l'action");

  /** A row of the template's field kinds (« Champ texte ») or of its instructions. */
  private static boolean isLayoutRow(List<CellValue> cells) {
    int kinds = 0;
    int instructions = 0;
    int texts = 0;
    for (CellValue cell : cells) {
      if (cell.kind() != CellValue.Kind.TEXT || Texts.blank(cell.text())) {
        continue;
      }
      texts++;
      String folded = Texts.fold(cell.text());
      if (folded.startsWith("champ ")) {
        kinds++;
      }
      for (String start : INSTRUCTIONS) {
        if (folded.startsWith(start)) {
          instructions++;
          break;
        }
      }
    }
    return texts > 0 && (kinds * 2 >= texts || instructions >= 2);
  }

  // ---------------------------------------------------------------- rows

  private String textAt(Map<Integer, CellValue> row, PlanColumn column) {
    Integer at = columns.get(column);
    CellValue cell = at == null ? null : row.get(at);
    if (cell == null || cell.kind() == CellValue.Kind.ERROR || Texts.blank(cell.text())) {
      return null;
    }
    return cell.kind() == CellValue.Kind.DATE ? dateText(cell) : cell.text();
  }

  private static String dateText(CellValue cell) {
    return cell.date().toLocalTime().toSecondOfDay() == 0 ? cell.date().toLocalDate().toString() : cell.date().toString();
  }

  private void readRow(int row, List<CellValue> cells) {
    if (isLayoutRow(cells)) {
      return;
    }
    Map<Integer, CellValue> byColumn = new HashMap<>();
    boolean any = false;
    boolean values = false;
    Set<Integer> path = new HashSet<>();
    for (PlanColumn column : List.of(PlanColumn.AXIS, PlanColumn.SUB_AXIS, PlanColumn.SUB_SUB_AXIS,
        PlanColumn.TITLE, PlanColumn.SUB_ACTION)) {
      Integer at = columns.get(column);
      if (at != null) {
        path.add(at);
      }
    }
    for (CellValue cell : cells) {
      if (cell.kind() == CellValue.Kind.TEXT && cell.text().isBlank() && cell.formula() == null) {
        continue;
      }
      byColumn.putIfAbsent(cell.column(), cell);
      any = true;
      if (!path.contains(cell.column())) {
        values = true;
      }
    }
    if (!any) {
      return;
    }
    String axisText = textAt(byColumn, PlanColumn.AXIS);
    String subAxisText = textAt(byColumn, PlanColumn.SUB_AXIS);
    String subSubText = textAt(byColumn, PlanColumn.SUB_SUB_AXIS);
    String titleText = textAt(byColumn, PlanColumn.TITLE);
    String subActionText = textAt(byColumn, PlanColumn.SUB_ACTION);
    if (subActionText == null) {
      if (titleText == null && !values) {
        place(row, axisText, subAxisText, subSubText);
        return;
      }
      SheetNode fiche = newFiche(row, axisText, subAxisText, subSubText, titleText == null ? "" : titleText, true);
      if (titleText == null) {
        problems.add(SpreadsheetProblem.EMPTY_TITLE, fiche.pointer + "/title", cellAt(row, PlanColumn.TITLE));
      }
      fill(fiche, row, byColumn);
      Placed placed = fiche.place();
      if (titleText != null) {
        placed.next = fichesByTitle.put(titleText, placed);
      }
      return;
    }
    if (titleText == null) {
      SheetNode fiche = newFiche(row, axisText, subAxisText, subSubText, subActionText, false);
      problems.add(SpreadsheetProblem.SUB_ACTION_WITHOUT_FICHE, fiche.pointer, cellAt(row, PlanColumn.SUB_ACTION),
          "problem", "no-title", "subAction", subActionText);
      fill(fiche, row, byColumn);
      fiche.place();
      return;
    }
    Container container = axisText == null ? null : place(row, axisText, subAxisText, subSubText);
    Placed parent = fichesByTitle.get(titleText);
    while (parent != null && parent.container != container) {
      parent = parent.next;
    }
    if (parent == null) {
      SheetNode fiche = newFiche(row, axisText, subAxisText, subSubText, titleText, true);
      problems.add(SpreadsheetProblem.SUB_ACTION_WITHOUT_FICHE, fiche.pointer, cellAt(row, PlanColumn.SUB_ACTION),
          "problem", "no-fiche-row", "subAction", subActionText);
      index.putSheet(fiche.listPointer, fiche.index, row, columns.get(PlanColumn.TITLE), new int[0], new int[0]);
      parent = fiche.place();
      parent.next = fichesByTitle.put(titleText, parent);
    }
    if (parent.subs.isEmpty()) {
      withSubActions.add(parent);
    }
    String parentPointer = parent.listPointer + "/" + parent.index;
    SheetNode sub = new SheetNode(null, parentPointer + "/subActions", parent.subs.size(),
        parent.list.get(parent.index).id() + "-" + (parent.subs.size() + 1));
    sub.builder.title(subActionText);
    sub.titleColumn = columns.get(PlanColumn.SUB_ACTION);
    fill(sub, row, byColumn);
    parent.subs.add(sub.builder.build());
  }

  private CellLocation cellAt(int row, PlanColumn column) {
    Integer at = columns.get(column);
    return CellLocation.of(sheet.name(), row, at == null ? 1 : at);
  }

  /** The container of a row's fiche: its axis and objectives, made at their first row. */
  private Container place(int row, String axisText, String subAxisText, String subSubText) {
    if (axisText == null) {
      if (subAxisText != null || subSubText != null) {
        problems.add(SpreadsheetProblem.AXIS_MISSING, "", cellAt(row, subAxisText != null ? PlanColumn.SUB_AXIS
            : PlanColumn.SUB_SUB_AXIS), "title", subAxisText != null ? subAxisText : subSubText);
      }
      return null;
    }
    AxisNode axis = axesByText.get(axisText);
    if (axis == null) {
      axis = new AxisNode(axes.size(), axisText);
      axes.add(axis);
      axesByText.put(axisText, axis);
      index.put(axis.pointer, cellAt(row, PlanColumn.AXIS));
    }
    Container container = axis;
    if (subAxisText != null) {
      container = container.child(subAxisText, row, PlanColumn.SUB_AXIS);
    }
    if (subSubText != null) {
      if (subAxisText == null && !container.hasChild(subSubText)) {
        problems.add(SpreadsheetProblem.SUB_AXIS_MISSING, container.pointer() + "/objectives/"
            + container.objectives().size(), cellAt(row, PlanColumn.SUB_SUB_AXIS), "title", subSubText);
      }
      container = container.child(subSubText, row, PlanColumn.SUB_SUB_AXIS);
    }
    return container;
  }

  private SheetNode newFiche(int row, String axisText, String subAxisText, String subSubText, String title,
      boolean parse) {
    Container container = place(row, axisText, subAxisText, subSubText);
    List<ActionSheet> siblings = container == null ? looseSheets : container.sheets();
    String base = container == null ? "/actionSheets" : container.sheetsPointer();
    ficheCount++;
    SheetNode fiche = new SheetNode(siblings, base, siblings.size(), "fa-" + ficheCount);
    fiche.container = container;
    siblings.add(null);
    if (parse) {
      Texts.Numbered numbered = Texts.numbered(title);
      fiche.builder.title(numbered.title());
      if (numbered.number() != null) {
        fiche.builder.number(numbered.number());
      }
      if (numbered.label() != null) {
        fiche.builder.label(numbered.label());
      }
    } else {
      fiche.builder.title(title);
    }
    if (axisText == null) {
      if (subAxisText != null) {
        fiche.builder.putExtension("tet:" + PlanColumn.SUB_AXIS.header(), Texts.json(subAxisText));
      }
      if (subSubText != null) {
        fiche.builder.putExtension("tet:" + PlanColumn.SUB_SUB_AXIS.header(), Texts.json(subSubText));
      }
    }
    fiche.titleColumn = columns.get(parse ? PlanColumn.TITLE : PlanColumn.SUB_ACTION);
    fiche.row = row;
    return fiche;
  }

  // ---------------------------------------------------------------- the values of a row

  private void fill(SheetNode fiche, int row, Map<Integer, CellValue> cells) {
    ActionSheet.Builder b = fiche.builder;
    String p = fiche.pointer;
    for (CellValue cell : cells.values()) {
      if (cell.formula() != null) {
        problems.add(SpreadsheetProblem.FORMULA, p + member(cell.column()), at(cell), "formula", cell.formula(),
            "value", cell.kind() == CellValue.Kind.ERROR ? cell.text() : cell.text().isEmpty() ? null : cell.text());
      }
      if (cell.kind() == CellValue.Kind.ERROR) {
        problems.add(SpreadsheetProblem.ERROR_VALUE, p + member(cell.column()), at(cell), "value", cell.text());
      }
    }
    text(cells, PlanColumn.DESCRIPTION).ifPresent(b::description);
    text(cells, PlanColumn.GOVERNANCE).ifPresent(t -> b.putExtension("tet:instancesGouvernance", Texts.json(t)));
    text(cells, PlanColumn.OBJECTIVES).ifPresent(t -> objectives(b, t));
    text(cells, PlanColumn.INDICATORS).ifPresent(t -> {
      int n = 0;
      for (String line : Texts.lines(t)) {
        n++;
        b.addIndicator(Indicator.builder().id("ind-" + fiche.id + "-" + n).name(line).build());
      }
    });
    text(cells, PlanColumn.PILOTS).ifPresent(t -> {
      for (String name : Texts.splitNames(t)) {
        b.addPilot(ref(party(name, cells.get(columns.get(PlanColumn.PILOTS)))));
      }
    });
    text(cells, PlanColumn.RESOURCES).ifPresent(b::humanResources);
    text(cells, PlanColumn.PARTNERS).ifPresent(t -> {
      for (String name : Texts.splitNames(t)) {
        b.addPartner(ref(party(name, cells.get(columns.get(PlanColumn.PARTNERS)))));
      }
    });
    text(cells, PlanColumn.SERVICES).ifPresent(t -> b.addAllPilotServices(Texts.splitNames(t)));
    text(cells, PlanColumn.PERSON).ifPresent(t -> b.putExtension("tet:personnePilote", Texts.json(t)));
    text(cells, PlanColumn.ELECTED).ifPresent(t -> {
      for (String name : Texts.splitNames(t)) {
        b.addElectedReferent(Person.builder().name(name).build());
      }
    });
    listValue(cells, PlanColumn.PARTICIPATION, Vocabulary.PARTICIPATION, p + "/citizenParticipation")
        .ifPresent(level -> b.citizenParticipation(CitizenParticipation.builder().level(level).build()));
    text(cells, PlanColumn.FINANCING).ifPresent(t -> b.putExtension("tet:financements", Texts.json(t)));
    fundings(fiche, cells);
    amount(cells, PlanColumn.BUDGET, p + "/budget").ifPresent(b::budget);
    listValue(cells, PlanColumn.STATUS, Vocabulary.STATUS, p + "/status").ifPresent(b::status);
    listValue(cells, PlanColumn.PRIORITY, Vocabulary.PRIORITY, p + "/priority").ifPresent(b::priority);
    Optional<PartialDate> start = date(cells, PlanColumn.START, p + "/schedule/start");
    Optional<PartialDate> end = date(cells, PlanColumn.END, p + "/schedule/end");
    if (start.isPresent() || end.isPresent()) {
      b.schedule(Period.builder().start(start).end(end).build());
    }
    Integer recurring = columns.get(PlanColumn.RECURRING);
    CellValue recurringCell = recurring == null ? null : cells.get(recurring);
    if (recurringCell != null && recurringCell.kind() == CellValue.Kind.BOOLEAN) {
      b.recurring(recurringCell.text().equals("TRUE"));
    } else {
      listValue(cells, PlanColumn.RECURRING, Vocabulary.BOOLEAN, p + "/recurring").ifPresent(b::recurring);
    }
    text(cells, PlanColumn.STEPS).ifPresent(t -> b.addAllSteps(Texts.lines(t)));
    text(cells, PlanColumn.NOTES).ifPresent(t -> b.addFollowUpNote(FollowUpNote.builder().text(t).build()));
    for (CellValue cell : cells.values()) {
      String name = extensions.get(cell.column());
      if (name == null && !columns.containsValue(cell.column())) {
        name = "tet:" + CellLocation.of(sheet.name(), 1, cell.column()).columnName();
        if (unnamedReported.add(cell.column())) {
          problems.add(SpreadsheetProblem.UNNAMED_COLUMN, p + "/extensions/" + name.replace("~", "~0").replace("/", "~1"),
              at(cell), "column", CellLocation.of(sheet.name(), 1, cell.column()).columnName(), "extension", name);
          extensions.put(cell.column(), name);
        }
      }
      if (name != null && cell.kind() != CellValue.Kind.ERROR && !cell.text().isBlank()) {
        b.putExtension(name, Texts.json(cell.kind() == CellValue.Kind.DATE ? dateText(cell) : cell.text()));
      }
    }
    if (fiche.row == 0) {
      fiche.row = row;
    }
    if (fiche.titleColumn > 0) {
      index.putSheet(fiche.listPointer, fiche.index, row, fiche.titleColumn, fiche.financerColumns(),
          fiche.amountColumns());
    }
  }

  /** The member a column holds, as a pointer suffix, for the findings about its cell. */
  private String member(int column) {
    for (Map.Entry<PlanColumn, Integer> entry : columns.entrySet()) {
      if (entry.getValue() == column) {
        switch (entry.getKey()) {
          case STATUS:
            return "/status";
          case PRIORITY:
            return "/priority";
          case BUDGET:
            return "/budget";
          case START:
            return "/schedule/start";
          case END:
            return "/schedule/end";
          case DESCRIPTION:
            return "/description";
          case RECURRING:
            return "/recurring";
          case PARTICIPATION:
            return "/citizenParticipation";
          default:
            return "";
        }
      }
    }
    String name = extensions.get(column);
    return name == null ? "" : "/extensions/" + name.replace("~", "~0").replace("/", "~1");
  }

  private CellLocation at(CellValue cell) {
    return CellLocation.of(sheet.name(), cell.row(), cell.column());
  }

  private Optional<String> text(Map<Integer, CellValue> cells, PlanColumn column) {
    Integer at = columns.get(column);
    CellValue cell = at == null ? null : cells.get(at);
    if (cell == null || cell.kind() == CellValue.Kind.ERROR || cell.text().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cell.kind() == CellValue.Kind.DATE ? dateText(cell) : cell.text());
  }

  private <T> Optional<T> listValue(Map<Integer, CellValue> cells, PlanColumn column, Vocabulary<T> vocabulary,
      String pointer) {
    Integer at = columns.get(column);
    CellValue cell = at == null ? null : cells.get(at);
    if (cell == null || cell.kind() == CellValue.Kind.ERROR || cell.text().isBlank()) {
      return Optional.empty();
    }
    String header = sheet.cell(headerRow, at).map(CellValue::text).map(String::strip).orElse(column.header());
    Optional<Vocabulary.Reading<T>> reading = vocabulary.read(cell.text());
    if (reading.isEmpty()) {
      problems.add(SpreadsheetProblem.UNKNOWN_VALUE, pointer, at(cell), "value", cell.text(), "column", header,
          "allowed", String.join(", ", vocabulary.words()));
      return Optional.empty();
    }
    if (reading.get().normalisedFrom() != null) {
      problems.add(SpreadsheetProblem.VALUE_NORMALISED, pointer, at(cell), "value", cell.text(), "readAs",
          reading.get().normalisedFrom(), "column", header);
    }
    return Optional.of(reading.get().value());
  }

  private Optional<EuroAmount> amount(Map<Integer, CellValue> cells, PlanColumn column, String pointer) {
    Integer at = columns.get(column);
    CellValue cell = at == null ? null : cells.get(at);
    if (cell == null || cell.kind() == CellValue.Kind.ERROR || cell.text().isBlank()) {
      return Optional.empty();
    }
    BigDecimal euros;
    if (cell.kind() == CellValue.Kind.NUMBER) {
      euros = cell.number();
    } else if (cell.kind() == CellValue.Kind.TEXT) {
      Optional<BigDecimal> read = Texts.amount(cell.text());
      if (read.isEmpty()) {
        problems.add(SpreadsheetProblem.INVALID_AMOUNT, pointer, at(cell), "value", cell.text());
        return Optional.empty();
      }
      euros = read.get();
      problems.add(SpreadsheetProblem.AMOUNT_AS_TEXT, pointer, at(cell), "value", cell.text(),
          "amount", plain(euros));
    } else {
      problems.add(SpreadsheetProblem.INVALID_AMOUNT, pointer, at(cell), "value",
          cell.kind() == CellValue.Kind.DATE ? dateText(cell) : cell.text());
      return Optional.empty();
    }
    BigDecimal cents = euros.stripTrailingZeros();
    if (cents.scale() > 2) {
      BigDecimal rounded = euros.setScale(2, RoundingMode.HALF_UP);
      problems.add(SpreadsheetProblem.INVALID_AMOUNT, pointer, at(cell), "problem", "decimals", "value", cell.text(),
          "amount", plain(rounded));
      euros = rounded;
    }
    try {
      return Optional.of(EuroAmount.ofCents(euros.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact()));
    } catch (ArithmeticException e) {
      problems.add(SpreadsheetProblem.INVALID_AMOUNT, pointer, at(cell), "value", cell.text());
      return Optional.empty();
    }
  }

  private static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private Optional<PartialDate> date(Map<Integer, CellValue> cells, PlanColumn column, String pointer) {
    Integer at = columns.get(column);
    CellValue cell = at == null ? null : cells.get(at);
    if (cell == null || cell.kind() == CellValue.Kind.ERROR || cell.text().isBlank()) {
      return Optional.empty();
    }
    LocalDate date = null;
    boolean notInCalendar = false;
    switch (cell.kind()) {
      case DATE:
        date = cell.date().toLocalDate();
        break;
      case NUMBER:
        double serial = cell.number().doubleValue();
        if (serial >= 1 && serial < 2_958_466 && DateUtil.isValidExcelDate(serial)) {
          date = DateUtil.getLocalDateTime(serial, sheet.date1904(), true).toLocalDate();
        }
        break;
      case TEXT:
        Optional<Texts.TextDate> read = Texts.date(cell.text());
        if (read.isPresent()) {
          date = read.get().date();
          notInCalendar = read.get().notInCalendar();
        }
        break;
      default:
        break;
    }
    if (date != null) {
      try {
        return Optional.of(PartialDate.of(date));
      } catch (DateTimeException e) {
        date = null;
      }
    }
    problems.add(SpreadsheetProblem.INVALID_DATE, pointer, at(cell), "value",
        cell.kind() == CellValue.Kind.DATE ? dateText(cell) : cell.text(), "problem", notInCalendar ? "not-in-calendar" : null);
    return Optional.empty();
  }

  private void fundings(SheetNode fiche, Map<Integer, CellValue> cells) {
    PlanColumn[][] pairs = {{PlanColumn.FINANCER_1, PlanColumn.AMOUNT_1}, {PlanColumn.FINANCER_2, PlanColumn.AMOUNT_2},
        {PlanColumn.FINANCER_3, PlanColumn.AMOUNT_3}};
    for (PlanColumn[] pair : pairs) {
      String pointer = fiche.pointer + "/fundings/" + fiche.fundingFinancers.size();
      Optional<String> financers = text(cells, pair[0]);
      Optional<EuroAmount> amount = amount(cells, pair[1], pointer + "/amount");
      Integer financerColumn = columns.get(pair[0]);
      Integer amountColumn = columns.get(pair[1]);
      List<String> names = financers.map(Texts::splitNames).orElse(List.of());
      if (names.isEmpty() && amount.isEmpty()) {
        continue;
      }
      if (names.size() > 1 && amount.isPresent()) {
        problems.add(SpreadsheetProblem.AMOUNT_SHARED, pointer + "/amount", cellAt(cellRow(cells), pair[1]), "financers", String.join(", ", names), "amount", amount.get().toPlainString());
      }
      if (names.isEmpty()) {
        fiche.builder.addFunding(Funding.builder().amount(amount).build());
        fiche.fundingFinancers.add(-1);
        fiche.fundingAmounts.add(amountColumn == null ? -1 : amountColumn);
        continue;
      }
      boolean first = true;
      for (String name : names) {
        Funding.Builder funding = Funding.builder()
            .financer(ref(party(name, cells.get(financerColumn))));
        if (first) {
          funding.amount(amount);
        }
        fiche.builder.addFunding(funding.build());
        fiche.fundingFinancers.add(financerColumn);
        fiche.fundingAmounts.add(first && amountColumn != null ? amountColumn : -1);
        first = false;
      }
    }
  }

  private static int cellRow(Map<Integer, CellValue> cells) {
    return cells.values().iterator().next().row();
  }

  /**
   * Splits the text of « Objectifs » on its markers into the general, specific and operational
   * objectives; a text without markers is the general objective.
   */
  private static void objectives(ActionSheet.Builder b, String text) {
    ObjectiveText split = ObjectiveText.split(text);
    split.general().ifPresent(b::generalObjective);
    b.addAllSpecificObjectives(split.specific());
    b.addAllOperationalObjectives(split.operational());
  }

  private PartyRef ref(String partyId) {
    return refs.computeIfAbsent(partyId, PartyRef::to);
  }

  /** The party of a name: one of the header's, or one declared at its first mention. */
  private String party(String name, CellValue cell) {
    String id = partyIds.get(name);
    if (id != null) {
      return id;
    }
    String slug = "p-" + Texts.slug(name);
    id = slug;
    for (int n = 2; usedPartyIds.contains(id); n++) {
      id = slug + "-" + n;
    }
    usedPartyIds.add(id);
    partyIds.put(name, id);
    index.put("/parties/" + parties.size(), cell == null ? CellLocation.of(sheet.name(), headerRow, 1) : at(cell));
    parties.add(Party.builder().id(id).name(name).build());
    return id;
  }

  // ---------------------------------------------------------------- the contract

  private Contract contract() {
    Contract base = header.contract();
    Contract.Builder contract = Contract.builder();
    if (base != null) {
      contract.from(base);
    }
    List<Party> all = new ArrayList<>();
    if (base != null) {
      all.addAll(base.parties());
    }
    all.addAll(parties);
    contract.parties(all);
    if (header.id() != null) {
      contract.id(header.id());
    } else if (base == null) {
      contract.id("");
      problems.add(SpreadsheetProblem.MISSING_CONTRACT_VALUE, "/id", null, "member", "id");
    }
    if (header.leadArs() != null) {
      contract.leadArs(header.leadArs());
    } else if (base == null) {
      contract.leadArs(Region.GUADELOUPE);
      problems.add(SpreadsheetProblem.MISSING_CONTRACT_VALUE, "/leadArs", null, "member", "leadArs");
    }
    if (header.territory() != null) {
      contract.territory(header.territory());
    } else if (base == null) {
      contract.territory(Territory.builder().build());
      problems.add(SpreadsheetProblem.MISSING_CONTRACT_VALUE, "/territory", null, "member", "territory");
    }
    if (base == null || base.title().isEmpty()) {
      planTitle().ifPresent(contract::title);
    }
    for (Placed placed : withSubActions) {
      placed.list.set(placed.index, placed.list.get(placed.index).withSubActions(placed.subs));
    }
    List<Axis> builtAxes = new ArrayList<>(axes.size());
    for (AxisNode axis : axes) {
      builtAxes.add(axis.build());
    }
    contract.axes(builtAxes);
    contract.actionSheets(looseSheets);
    return contract.build();
  }

  /** The plan's title, in A1 above the header, when it is not the template's « Présentation de l’action ». */
  private Optional<String> planTitle() {
    if (headerRow != 2) {
      return Optional.empty();
    }
    return sheet.cell(1, 1).filter(c -> c.kind() == CellValue.Kind.TEXT && !c.text().isBlank())
        .map(CellValue::text)
        .filter(t -> !Texts.fold(t).equals("presentation de l'action"));
  }


  // ---------------------------------------------------------------- the tree being built

  /** An axis or an objective: what holds objectives and fiches. */
  private abstract class Container {
    final String pointer;
    final List<ObjectiveNode> objectives = new ArrayList<>();
    final Map<String, ObjectiveNode> byText = new HashMap<>();
    final List<ActionSheet> sheets = new ArrayList<>();
    private String sheetsPointer;

    Container(String pointer) {
      this.pointer = pointer;
    }

    String pointer() {
      return pointer;
    }

    String sheetsPointer() {
      if (sheetsPointer == null) {
        sheetsPointer = pointer() + "/actionSheets";
      }
      return sheetsPointer;
    }

    List<ObjectiveNode> objectives() {
      return objectives;
    }

    List<ActionSheet> sheets() {
      return sheets;
    }

    boolean hasChild(String text) {
      return byText.containsKey(text);
    }

    ObjectiveNode child(String text, int row, PlanColumn column) {
      ObjectiveNode child = byText.get(text);
      if (child == null) {
        child = new ObjectiveNode(pointer() + "/objectives/" + objectives.size(), text);
        objectives.add(child);
        byText.put(text, child);
        index.put(child.pointer, cellAt(row, column));
      }
      return child;
    }

    List<Objective> builtObjectives() {
      List<Objective> built = new ArrayList<>(objectives.size());
      for (ObjectiveNode objective : objectives) {
        built.add(objective.build());
      }
      return built;
    }
  }

  private final class AxisNode extends Container {
    final int number;
    final String text;

    AxisNode(int index, String text) {
      super("/axes/" + index);
      this.number = index + 1;
      this.text = text;
    }

    Axis build() {
      Texts.Numbered numbered = Texts.numbered(text);
      Axis.Builder axis = Axis.builder().id("axe-" + number).title(numbered.title());
      if (numbered.number() != null) {
        axis.number(numbered.number());
      }
      if (numbered.label() != null) {
        axis.label(numbered.label());
      }
      return axis.objectives(builtObjectives()).actionSheets(sheets).build();
    }
  }

  private final class ObjectiveNode extends Container {
    final String text;

    ObjectiveNode(String pointer, String text) {
      super(pointer);
      this.text = text;
    }

    Objective build() {
      Texts.Numbered numbered = Texts.numbered(text);
      ObjectiveLevel level = ObjectiveLevel.SUB_AXIS;
      String title = numbered.title();
      String number = numbered.number();
      if (numbered.label() != null) {
        Optional<ObjectiveLevel> named = levelOf(numbered.label());
        if (named.isPresent()) {
          level = named.get();
        } else {
          title = text;
          number = null;
        }
      }
      Objective.Builder objective = Objective.builder().level(level).title(title);
      if (number != null) {
        objective.number(number);
      }
      return objective.objectives(builtObjectives()).actionSheets(sheets).build();
    }
  }

  private static Optional<ObjectiveLevel> levelOf(String label) {
    switch (Texts.fold(label).replace('-', ' ')) {
      case "objectif strategique":
        return Optional.of(ObjectiveLevel.STRATEGIC);
      case "objectif specifique":
        return Optional.of(ObjectiveLevel.SPECIFIC);
      case "objectif operationnel":
        return Optional.of(ObjectiveLevel.OPERATIONAL);
      case "sous axe":
      case "sous sous axe":
        return Optional.of(ObjectiveLevel.SUB_AXIS);
      default:
        return Optional.empty();
    }
  }

  /** A fiche placed in its list, found again when a sub-action row names it. */
  private static final class Placed {
    final List<ActionSheet> list;
    final String listPointer;
    final int index;
    final Container container;
    final List<ActionSheet> subs = new ArrayList<>(0);
    Placed next;

    Placed(List<ActionSheet> list, String listPointer, int index, Container container) {
      this.list = list;
      this.listPointer = listPointer;
      this.index = index;
      this.container = container;
    }
  }

  /** A fiche or a sub-action being read from its row; built as soon as the row is read. */
  private static final class SheetNode {
    final List<ActionSheet> list;
    final String listPointer;
    final int index;
    final String pointer;
    final String id;
    final ActionSheet.Builder builder = ActionSheet.builder();
    final List<Integer> fundingFinancers = new ArrayList<>();
    final List<Integer> fundingAmounts = new ArrayList<>();
    Container container;
    int row;
    int titleColumn;

    SheetNode(List<ActionSheet> list, String listPointer, int index, String id) {
      this.list = list;
      this.listPointer = listPointer;
      this.index = index;
      this.pointer = listPointer + "/" + index;
      this.id = id;
      builder.id(id);
    }

    int[] financerColumns() {
      return fundingFinancers.stream().mapToInt(Integer::intValue).toArray();
    }

    int[] amountColumns() {
      return fundingAmounts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Builds the fiche into its place in its list. */
    Placed place() {
      list.set(index, builder.build());
      return new Placed(list, listPointer, index, container);
    }
  }

}
