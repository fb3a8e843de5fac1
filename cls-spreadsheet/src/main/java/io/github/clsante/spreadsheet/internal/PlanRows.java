package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The cells of the plan sheet (feuille du plan) that the export writes for a contract, in the
 * Territoires en Transitions template: one row per action sheet, then one per sub-action, from row
 * {@value #FIRST_DATA_ROW}, in the order of the contract (each axis's own fiches, then its objectives'
 * fiches depth first, then the fiches outside any axis), each value in the written form the import parses
 * ({@code /work/spreadsheet-mapping.md}).
 *
 * <p>This is the one source the xlsx and ods writers use, and what an import compares its rows with
 * ({@link #sameAs(List, GridSheet)}) to know whether a plan was edited since it was exported.
 */
public final class PlanRows {

  /** The name of the template's plan sheet, exactly as the template writes it (no apostrophe). */
  public static final String SHEET = "Fichier dimport";

  /** The last row of the template's header: group titles, column titles, field kinds, instructions. */
  public static final int HEADER_ROWS = 4;

  /** The first data row, counted from 1. */
  public static final int FIRST_DATA_ROW = HEADER_ROWS + 1;

  /** The number of template columns, A to AG. */
  public static final int COLUMNS = 33;

  /** The longest text a cell holds (Excel's limit); a longer text is cut there in the plan sheet. */
  public static final int MAX_CELL_TEXT = 32_767;

  /** Column A, {@code Axe (x)}. */
  public static final int AXIS = 1;
  /** Column B, {@code Sous-axe (x.x)}. */
  public static final int SUB_AXIS = 2;
  /** Column C, {@code Sous-sous axe (x.x.x)}. */
  public static final int SUB_SUB_AXIS = 3;
  /** Column D, {@code Titre de la fiche action}. */
  public static final int TITLE = 4;
  /** Column E, {@code Titre de la sous-action}. */
  public static final int SUB_ACTION_TITLE = 5;
  /** Column F, {@code Descriptif}. */
  public static final int DESCRIPTION = 6;
  /** Column G, {@code Instances de gouvernance}. */
  public static final int GOVERNANCE = 7;
  /** Column H, {@code Objectifs}. */
  public static final int OBJECTIVES = 8;
  /** Column I, {@code Indicateurs liés}. */
  public static final int INDICATORS = 9;
  /** Column J, {@code Structure pilote}. */
  public static final int PILOTS = 10;
  /** Column K, {@code Moyens humains et techniques}. */
  public static final int HUMAN_RESOURCES = 11;
  /** Column L, {@code Partenaires}. */
  public static final int PARTNERS = 12;
  /** Column M, {@code Direction ou service pilote}. */
  public static final int PILOT_SERVICES = 13;
  /** Column N, {@code Personne pilote}. */
  public static final int PILOT_PERSON = 14;
  /** Column O, {@code Élu·e référent·e}. */
  public static final int ELECTED_REFERENTS = 15;
  /** Column P, {@code Participation Citoyenne}. */
  public static final int CITIZEN_PARTICIPATION = 16;
  /** Column Q, {@code Financements}. */
  public static final int FUNDINGS_TEXT = 17;
  /** Column R, {@code Financeur 1}; the second and third are T and V, each followed by its amount. */
  public static final int FIRST_FINANCER = 18;
  /** How many financers the template holds (R/S, T/U, V/W). */
  public static final int FINANCERS = 3;
  /** Column X, {@code Budget prévisionnel total € HT}. */
  public static final int BUDGET = 24;
  /** Column Y, {@code Statut}. */
  public static final int STATUS = 25;
  /** Column Z, {@code Niveau de priorité}. */
  public static final int PRIORITY = 26;
  /** Column AA, {@code Date de début}. */
  public static final int START = 27;
  /** Column AB, {@code Date de fin}. */
  public static final int END = 28;
  /** Column AC, {@code Action en amélioration continue}. */
  public static final int RECURRING = 29;
  /** Column AD, {@code Mesures liées}. */
  public static final int LINKED_MEASURES = 30;
  /** Column AE, {@code Actions liées}. */
  public static final int LINKED_ACTIONS = 31;
  /** Column AF, {@code Notes}. */
  public static final int NOTES = 32;
  /** Column AG, {@code Documents et liens}. */
  public static final int DOCUMENTS = 33;

  /** The extension that holds column G's text. */
  public static final String EXT_GOVERNANCE = "tet:instancesGouvernance";
  /** The extension that holds column N's text. */
  public static final String EXT_PILOT_PERSON = "tet:personnePilote";
  /** The extension that holds column Q's text. */
  public static final String EXT_FUNDINGS = "tet:financements";
  /** The extension that holds column AD's text (a column without a model field: its header). */
  public static final String EXT_LINKED_MEASURES = "tet:Mesures liées";
  /** The extension that holds column AE's text. */
  public static final String EXT_LINKED_ACTIONS = "tet:Actions liées";
  /** The extension that holds column AG's text. */
  public static final String EXT_DOCUMENTS = "tet:Documents et liens";

  /** The text of a true value in column AC, as the template's dropdown list writes it. */
  public static final String TRUE = "VRAI";
  /** The text of a false value in column AC. */
  public static final String FALSE = "FAUX";

  /** Day 0 of Excel's 1900 date system, as its serial numbers count from 1 March 1900. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate FIRST_SERIAL_DATE = LocalDate.of(1900, 3, 1);

  private PlanRows() {}

  /**
   * Returns every non-empty cell the export writes in the plan sheet's data rows, row by row, each row
   * in column order.
   *
   * @param contract the contract
   * @return the cells, from row {@value #FIRST_DATA_ROW}; none for a contract without fiches
   */
  public static List<CellValue> of(Contract contract) {
    List<CellValue> cells = new ArrayList<>();
    forEachRow(contract, (row, rowCells) -> cells.addAll(rowCells));
    return cells;
  }

  /**
   * Gives the non-empty cells of each data row to {@code row}, one row at a time, in row order, without
   * keeping them: what a streaming writer uses. Every fiche and sub-action has its row, even one whose
   * cells are all empty (a fiche titled with an empty text and nothing else).
   *
   * @param contract the contract
   * @param row receives each row's number, from {@value #FIRST_DATA_ROW}, and its cells, in column order
   */
  public static void forEachRow(Contract contract, RowSink row) {
    Objects.requireNonNull(row, "row");
    new Writer(contract, row).write();
  }

  /**
   * Returns whether a plan sheet as read holds exactly the data rows the export writes: the same
   * non-empty cells at the same places with the same values, from row {@value #FIRST_DATA_ROW} on, and
   * nothing else there. Only the representation may differ: a number with another scale ({@code 50000}
   * and {@code 50000.0}), a date cell and its serial number, a date cell read with a time of day of
   * midnight, {@code VRAI}/{@code FAUX} and a boolean cell. Texts are compared exactly.
   *
   * @param expected the cells of {@link #of(Contract)} for the contract the complement sheet holds
   * @param read the plan sheet as read
   * @return {@code true} when the sheet's data rows are the export's
   */
  public static boolean sameAs(List<CellValue> expected, GridSheet read) {
    Iterator<CellValue> wanted = expected.iterator();
    CellValue next = wanted.hasNext() ? wanted.next() : null;
    int last = Math.max(read.lastRow(), expected.isEmpty() ? 0 : expected.get(expected.size() - 1).row());
    for (int r = FIRST_DATA_ROW; r <= last; r++) {
      for (CellValue cell : read.row(r)) {
        if (next == null || next.row() != r || next.column() != cell.column() || !sameValue(next, cell)) {
          return false;
        }
        next = wanted.hasNext() ? wanted.next() : null;
      }
      if (next != null && next.row() == r) {
        return false; // a cell written here was not read
      }
    }
    return next == null;
  }

  /** Whether a cell as read holds the value written, up to its representation. */
  static boolean sameValue(CellValue written, CellValue read) {
    switch (written.kind()) {
      case TEXT:
        if (read.kind() == CellValue.Kind.BOOLEAN
            && (TRUE.equals(written.text()) || FALSE.equals(written.text()))) {
          return read.text().equalsIgnoreCase(TRUE.equals(written.text()) ? "TRUE" : "FALSE");
        }
        return read.kind() == CellValue.Kind.TEXT && read.text().equals(written.text());
      case NUMBER:
        return read.kind() == CellValue.Kind.NUMBER && read.number() != null
            && read.number().compareTo(written.number()) == 0;
      case DATE:
        if (read.kind() == CellValue.Kind.DATE && read.date() != null) {
          return read.date().equals(written.date());
        }
        return read.kind() == CellValue.Kind.NUMBER && read.number() != null
            && read.number().compareTo(written.number()) == 0;
      default:
        return read.kind() == written.kind() && read.text().equals(written.text());
    }
  }

  /**
   * Returns the serial number of a date in Excel's 1900 date system, for the dates it holds.
   *
   * @param date a date from 1 March 1900
   * @return the serial number (1 January 2025 is 45658)
   */
  public static long excelSerial(LocalDate date) {
    return ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
  }

  /**
   * Returns how the export writes an axis in column A: {@code [label ]number. title}, or the title alone.
   *
   * @param axis the axis
   * @return the text
   */
  public static String axisText(Axis axis) {
    return numbered(axis.label(), axis.number(), axis.title());
  }

  /**
   * Returns how the export writes an objective in column B or C: {@code number. title} for a sub-axis
   * (or an objective of no level), the level's label first for the others ({@code Objectif stratégique
   * 1. title}, {@code Objectif stratégique : title} without a number).
   *
   * @param objective the objective
   * @return the text
   */
  public static String objectiveText(Objective objective) {
    Optional<String> label = objective.level().filter(level -> level != ObjectiveLevel.SUB_AXIS)
        .map(ObjectiveLevel::frenchLabel);
    if (label.isPresent() && objective.number().isEmpty()) {
      return label.get() + " : " + objective.title();
    }
    return numbered(label, objective.number(), objective.title());
  }

  /**
   * Returns how the export writes a fiche's or a sub-action's title in column D or E: {@code [label
   * ]number. title}, or the title alone.
   *
   * @param sheet the action sheet
   * @return the text
   */
  public static String titleText(ActionSheet sheet) {
    return numbered(sheet.label(), sheet.number(), sheet.title());
  }

  private static String numbered(Optional<String> label, Optional<String> number, String title) {
    if (number.isEmpty()) {
      return title;
    }
    return label.map(l -> l + " ").orElse("") + number.get() + ". " + title;
  }

  /**
   * Returns how the export writes an action sheet's objectives in column H: one marker line per
   * objective, {@code Objectif général : X}, {@code Objectif spécifique n°N : Y}, {@code Objectif
   * opérationnel N : Z}, in that order.
   *
   * @param sheet the action sheet
   * @return the text, empty when the sheet states no objective
   */
  public static String objectivesText(ActionSheet sheet) {
    StringBuilder text = new StringBuilder();
    sheet.generalObjective().ifPresent(general -> text.append("Objectif général : ").append(general));
    int n = 0;
    for (String specific : sheet.specificObjectives()) {
      line(text).append("Objectif spécifique n°").append(++n).append(" : ").append(specific);
    }
    n = 0;
    for (String operational : sheet.operationalObjectives()) {
      line(text).append("Objectif opérationnel ").append(++n).append(" : ").append(operational);
    }
    return text.toString();
  }

  private static StringBuilder line(StringBuilder text) {
    return text.length() == 0 ? text : text.append('\n');
  }

  /**
   * Returns the text an extension holds: a JSON string's characters, or the JSON text itself for
   * another value.
   *
   * @param extensions the extensions
   * @param key the extension's key
   * @return the text, or empty when there is no such extension
   */
  public static Optional<String> extensionText(java.util.Map<String, String> extensions, String key) {
    String json = extensions.get(key);
    return json == null ? Optional.empty() : Optional.of(decodeJsonString(json).orElse(json));
  }

  /**
   * Returns the characters of a JSON string literal ({@code "a\\nb"}), or empty for another JSON text.
   *
   * @param json a JSON text, as an extension holds it
   * @return the string's characters, or empty when the text is not one whole JSON string
   */
  public static Optional<String> decodeJsonString(String json) {
    int length = json.length();
    if (length < 2 || json.charAt(0) != '"' || json.charAt(length - 1) != '"') {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = 1; i < length - 1; i++) {
      char c = json.charAt(i);
      if (c == '"' || c < 0x20) {
        return Optional.empty();
      }
      if (c != '\\') {
        text.append(c);
        continue;
      }
      if (++i >= length - 1) {
        return Optional.empty();
      }
      char escape = json.charAt(i);
      switch (escape) {
        case '"': case '\\': case '/':
          text.append(escape);
          break;
        case 'b':
          text.append('\b');
          break;
        case 'f':
          text.append('\f');
          break;
        case 'n':
          text.append('\n');
          break;
        case 'r':
          text.append('\r');
          break;
        case 't':
          text.append('\t');
          break;
        case 'u':
          if (i + 4 >= length - 1) {
            return Optional.empty();
          }
          int code = 0;
          for (int k = 1; k <= 4; k++) {
            int digit = Character.digit(json.charAt(i + k), 16);
            if (digit < 0) {
              return Optional.empty();
            }
            code = code * 16 + digit;
          }
          text.append((char) code);
          i += 4;
          break;
        default:
          return Optional.empty();
      }
    }
    return Optional.of(text.toString());
  }

  /** Receives the rows of a plan sheet, one at a time. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * Receives one row.
     *
     * @param row the row's number, from 1
     * @param cells its non-empty cells, in column order
     */
    void row(int row, List<CellValue> cells);
  }

  /** Writes the rows of one contract. */
  private static final class Writer {
    private final Contract contract;
    private final RowSink out;
    private int row = FIRST_DATA_ROW;

    Writer(Contract contract, RowSink out) {
      this.contract = Objects.requireNonNull(contract, "contract");
      this.out = out;
    }

    void write() {
      for (Axis axis : contract.axes()) {
        String a = axisText(axis);
        for (ActionSheet sheet : axis.actionSheets()) {
          fiche(a, null, null, sheet);
        }
        for (Objective objective : axis.objectives()) {
          objective(a, objectiveText(objective), null, objective);
        }
      }
      for (ActionSheet sheet : contract.actionSheets()) {
        fiche(null, null, null, sheet);
      }
    }

    /** An objective's fiches, then its objectives'; levels below C are written under C. */
    private void objective(String a, String b, String c, Objective objective) {
      for (ActionSheet sheet : objective.actionSheets()) {
        fiche(a, b, c, sheet);
      }
      for (Objective inner : objective.objectives()) {
        objective(a, b, c == null ? objectiveText(inner) : c, inner);
      }
    }

    private void fiche(String a, String b, String c, ActionSheet sheet) {
      String d = titleText(sheet);
      emit(a, b, c, d, null, sheet);
      for (ActionSheet sub : sheet.subActions()) {
        emit(a, b, c, d, titleText(sub), sub);
      }
    }

    private void emit(String a, String b, String c, String d, String e, ActionSheet sheet) {
      List<CellValue> cells = new ArrayList<>(16);
      Cells at = new Cells(contract, row, cells);
      at.text(AXIS, a);
      at.text(SUB_AXIS, b);
      at.text(SUB_SUB_AXIS, c);
      at.text(TITLE, d);
      at.text(SUB_ACTION_TITLE, e);
      at.fields(sheet);
      out.row(row, cells);
      row++;
    }
  }

  /**
   * Returns the cells of columns F to AG that the export writes for one fiche or sub-action, all on
   * row 1: what a merge compares, column by column, between a plan's rows and its complement sheet.
   *
   * @param contract the contract the fiche belongs to, which names its parties
   * @param sheet the fiche or sub-action
   * @return the non-empty cells, in column order
   */
  public static List<CellValue> fieldCells(Contract contract, ActionSheet sheet) {
    List<CellValue> cells = new ArrayList<>(16);
    new Cells(contract, 1, cells).fields(sheet);
    return cells;
  }

  /** Adds the cells of one row. */
  private static final class Cells {
    private final Contract contract;
    private final int row;
    private final List<CellValue> cells;

    Cells(Contract contract, int row, List<CellValue> cells) {
      this.contract = contract;
      this.row = row;
      this.cells = cells;
    }

    void fields(ActionSheet sheet) {
      text(DESCRIPTION, sheet.description().orElse(null));
      text(GOVERNANCE, extensionText(sheet.extensions(), EXT_GOVERNANCE).orElse(null));
      text(OBJECTIVES, objectivesText(sheet));
      text(INDICATORS, join(sheet.indicators(), Indicator::name, "\n"));
      text(PILOTS, parties(sheet.pilots()));
      text(HUMAN_RESOURCES, sheet.humanResources().orElse(null));
      text(PARTNERS, parties(sheet.partners()));
      text(PILOT_SERVICES, String.join(", ", sheet.pilotServices()));
      text(PILOT_PERSON, extensionText(sheet.extensions(), EXT_PILOT_PERSON).orElse(null));
      text(ELECTED_REFERENTS, people(sheet.electedReferents()));
      text(CITIZEN_PARTICIPATION, sheet.citizenParticipation().map(p -> p.level().frenchLabel()).orElse(null));
      text(FUNDINGS_TEXT, extensionText(sheet.extensions(), EXT_FUNDINGS).orElse(null));
      List<Funding> fundings = sheet.fundings();
      for (int i = 0; i < Math.min(FINANCERS, fundings.size()); i++) {
        Funding funding = fundings.get(i);
        text(FIRST_FINANCER + 2 * i, funding.financer().map(this::party).orElse(null));
        amount(FIRST_FINANCER + 2 * i + 1, funding.amount());
      }
      amount(BUDGET, sheet.budget());
      text(STATUS, sheet.status().map(s -> s.frenchLabel()).orElse(null));
      text(PRIORITY, sheet.priority().map(PlanRows::priorityWord).orElse(null));
      date(START, sheet.schedule().flatMap(Period::start));
      date(END, sheet.schedule().flatMap(Period::end));
      text(RECURRING, sheet.recurring().map(r -> r ? TRUE : FALSE).orElse(null));
      text(LINKED_MEASURES, extensionText(sheet.extensions(), EXT_LINKED_MEASURES).orElse(null));
      text(LINKED_ACTIONS, extensionText(sheet.extensions(), EXT_LINKED_ACTIONS).orElse(null));
      text(NOTES, join(sheet.followUpNotes(), FollowUpNote::text, "\n"));
      text(DOCUMENTS, extensionText(sheet.extensions(), EXT_DOCUMENTS).orElse(null));
    }

    private String parties(List<PartyRef> refs) {
      return join(refs, this::party, ", ");
    }

    private String party(PartyRef ref) {
      return ref.asWritten().orElseGet(() -> contract.party(ref.partyId()).map(Party::name).orElse(ref.partyId()));
    }

    private static String people(List<Person> people) {
      StringBuilder text = new StringBuilder();
      for (Person person : people) {
        person.name().ifPresent(name -> (text.length() == 0 ? text : text.append(", ")).append(name));
      }
      return text.toString();
    }

    void text(int column, String text) {
      if (text == null || text.isEmpty()) {
        return;
      }
      cells.add(new CellValue(row, column, CellValue.Kind.TEXT, cut(text), null, null, null));
    }

    private void amount(int column, Optional<EuroAmount> amount) {
      if (amount.isPresent()) {
        BigDecimal euros = amount.get().toEuros();
        cells.add(new CellValue(row, column, CellValue.Kind.NUMBER, plain(euros), euros, null, null));
      }
    }

    private void date(int column, Optional<PartialDate> date) {
      if (date.isEmpty()) {
        return;
      }
      Optional<LocalDate> day = date.get().toLocalDate().filter(d -> !d.isBefore(FIRST_SERIAL_DATE));
      if (day.isPresent()) {
        LocalDateTime midnight = day.get().atStartOfDay();
        cells.add(new CellValue(row, column, CellValue.Kind.DATE, midnight.toString(),
            BigDecimal.valueOf(excelSerial(day.get())), midnight, null));
      } else {
        // A year or a month only (or a day before 1900): the text, which a date cell cannot hold.
        text(column, partialDateText(date.get()));
      }
    }
  }

  /**
   * Returns how the export writes a date a date cell cannot hold: {@code AAAA}, {@code MM/AAAA}, or
   * {@code JJ/MM/AAAA} for a day before 1900.
   *
   * @param date the date
   * @return the text
   */
  public static String partialDateText(PartialDate date) {
    String iso = date.toString();
    switch (date.precision()) {
      case YEAR:
        return iso;
      case MONTH:
        return iso.substring(5, 7) + "/" + iso.substring(0, 4);
      default:
        return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
    }
  }

  /**
   * Returns the template's word for a priority (the dropdown list's {@code Élevé}, {@code Moyen},
   * {@code Bas}).
   *
   * @param priority the priority
   * @return the word
   */
  public static String priorityWord(Priority priority) {
    switch (priority) {
      case HIGH:
        return "Élevé";
      case MEDIUM:
        return "Moyen";
      default:
        return "Bas";
    }
  }

  private static <T> String join(List<T> items, java.util.function.Function<T, String> text, String separator) {
    StringBuilder joined = new StringBuilder();
    for (T item : items) {
      if (joined.length() > 0) {
        joined.append(separator);
      }
      joined.append(text.apply(item));
    }
    return joined.toString();
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().toLowerCase(Locale.ROOT);
  }

  /** A text cut to what a cell holds, never between the two halves of a surrogate pair. */
  static String cut(String text) {
    if (text.length() <= MAX_CELL_TEXT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
    return text.substring(0, end);
  }
}
