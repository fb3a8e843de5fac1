package io.github.clsante.spreadsheet;

import io.github.clsante.model.report.Severity;

/**
 * The problems the spreadsheet import reports (problèmes d’import d’un tableur): each has a stable code,
 * documented here and in the module's README, never renamed, and a severity.
 *
 * <p>A finding carries the code, the JSON Pointer of the value in question in the contract built (the
 * empty pointer for the file as a whole), the cell it comes from ({@link
 * io.github.clsante.model.report.Finding#cell()}: the sheet's name exactly as in the file, the row and
 * the column) when there is one, and the parameters named in each constant's description. Messages in
 * French and English are given by {@link io.github.clsante.model.report.FindingMessages}.
 */
public enum SpreadsheetProblem {
  /**
   * The file could not be read. Parameters: {@code problem} ({@code not-found}, {@code not-readable},
   * {@code directory} or {@code other}) and {@code detail}, the system's description (in English).
   */
  IO_ERROR("CLS-SPREADSHEET-IO-ERROR", Severity.ERROR),
  /** The file is empty (zero bytes). */
  EMPTY_FILE("CLS-SPREADSHEET-EMPTY-FILE", Severity.ERROR),
  /**
   * The file is not a spreadsheet. Parameters: {@code found}, what it looks like ({@code json}, {@code
   * text}, {@code xml}, {@code html}, {@code pdf}, {@code image}, {@code word}, {@code zip} or {@code
   * unknown}).
   */
  NOT_A_SPREADSHEET("CLS-SPREADSHEET-NOT-A-SPREADSHEET", Severity.ERROR),
  /** The file is an Excel 97–2003 workbook ({@code .xls}), which is not read: save it as xlsx. */
  OLD_EXCEL("CLS-SPREADSHEET-OLD-EXCEL", Severity.ERROR),
  /** The workbook is protected by a password (encrypted): it cannot be read. */
  ENCRYPTED("CLS-SPREADSHEET-ENCRYPTED", Severity.ERROR),
  /**
   * The file is a damaged workbook (a broken zip archive, a missing or malformed part). Parameters:
   * {@code detail}, the library's description (in English).
   */
  CORRUPT("CLS-SPREADSHEET-CORRUPT", Severity.ERROR),
  /**
   * The file is beyond a limit and is not read. Parameters: {@code problem}: {@code file} (its size;
   * {@code limit} in bytes), {@code expanded} (a part expands far beyond its compressed size or beyond
   * {@code limit} bytes: a zip bomb), or {@code cells} (more than {@code limit} non-empty cells).
   */
  TOO_LARGE("CLS-SPREADSHEET-TOO-LARGE", Severity.ERROR),
  /**
   * A sheet has more rows than the limit: the rows from the cell's row on are not read. Parameters:
   * {@code limit}.
   */
  TOO_MANY_ROWS("CLS-SPREADSHEET-TOO-MANY-ROWS", Severity.ERROR),
  /**
   * The file's content is of another format than its name or the caller says; it is read as what it
   * is. Parameters: {@code named} and {@code actual} ({@code xlsx} or {@code ods}).
   */
  FORMAT_MISMATCH("CLS-SPREADSHEET-FORMAT-MISMATCH", Severity.INFO),
  /** The workbook holds macros (VBA): they are ignored, never run. */
  MACROS_IGNORED("CLS-SPREADSHEET-MACROS-IGNORED", Severity.INFO),
  /**
   * No sheet of the workbook holds an action plan: none has the header « Axe (x) » or « Titre de la
   * fiche action ». No contract is built. Parameters: {@code sheets}, the sheets' names.
   */
  NO_PLAN_SHEET("CLS-SPREADSHEET-NO-PLAN-SHEET", Severity.ERROR),
  /**
   * The plan's header row is not where the template puts it (« Axe (x) » in A2): the columns are read by
   * their headers all the same. Parameters: {@code expected} ({@code A2}), {@code found}.
   */
  HEADER_SHIFTED("CLS-SPREADSHEET-HEADER-SHIFTED", Severity.WARNING),
  /** The header row has no column « Titre de la fiche action »: no fiche can be read. */
  NO_TITLE_COLUMN("CLS-SPREADSHEET-NO-TITLE-COLUMN", Severity.ERROR),
  /**
   * A column of the template is missing from the header row: its values are not read. Parameters:
   * {@code column}, the template's header.
   */
  COLUMN_MISSING("CLS-SPREADSHEET-COLUMN-MISSING", Severity.INFO),
  /**
   * A header is not one of the template's: the column's values are kept, as written, in the fiches'
   * extensions. Parameters: {@code header} (as written), {@code extension}, the extension's name.
   */
  UNKNOWN_COLUMN("CLS-SPREADSHEET-UNKNOWN-COLUMN", Severity.INFO),
  /**
   * A column holds values below an empty header: they are kept in the fiches' extensions. Parameters:
   * {@code column} (its letters), {@code extension}.
   */
  UNNAMED_COLUMN("CLS-SPREADSHEET-UNNAMED-COLUMN", Severity.WARNING),
  /**
   * A header appears twice: the first column is read, the second kept in the fiches' extensions.
   * Parameters: {@code header}, {@code first} (the first column's letters), {@code extension}.
   */
  DUPLICATE_COLUMN("CLS-SPREADSHEET-DUPLICATE-COLUMN", Severity.WARNING),
  /** A row holds a fiche without a title: the fiche is imported with an empty title. */
  EMPTY_TITLE("CLS-SPREADSHEET-EMPTY-TITLE", Severity.ERROR),
  /**
   * A sub-action row has no fiche: {@code problem} {@code no-title} (the fiche's title is empty: the
   * sub-action is imported as a fiche of its own) or {@code no-fiche-row} (no earlier row holds the
   * fiche itself: the fiche is made from the sub-action row's columns A to D). Parameters: {@code
   * subAction}, its title.
   */
  SUB_ACTION_WITHOUT_FICHE("CLS-SPREADSHEET-SUB-ACTION-WITHOUT-FICHE", Severity.WARNING),
  /**
   * A row gives a sub-sub-axis (column C) without a sub-axis (column B): the objective is placed directly
   * under the axis. Parameters: {@code title}.
   */
  SUB_AXIS_MISSING("CLS-SPREADSHEET-SUB-AXIS-MISSING", Severity.INFO),
  /**
   * A row gives a sub-axis or sub-sub-axis without an axis (column A): the fiche is placed outside the
   * axes and the texts of B and C are kept in its extensions. Parameters: {@code title}.
   */
  AXIS_MISSING("CLS-SPREADSHEET-AXIS-MISSING", Severity.WARNING),
  /**
   * A value of a list (status, priority, citizen participation, continuous improvement) is written
   * differently from the template's list and is read as the value it names. Parameters: {@code value}
   * (as written), {@code readAs} (the template's word), {@code column} (the header).
   */
  VALUE_NORMALISED("CLS-SPREADSHEET-VALUE-NORMALISED", Severity.INFO),
  /**
   * A value of a list is not one of the template's: it is not imported. Parameters: {@code value},
   * {@code column}, {@code allowed} (the template's words).
   */
  UNKNOWN_VALUE("CLS-SPREADSHEET-UNKNOWN-VALUE", Severity.WARNING),
  /**
   * An amount is written as text, and read as the number it writes. Parameters: {@code value}, {@code
   * amount} (in euros, {@code 12000.5}).
   */
  AMOUNT_AS_TEXT("CLS-SPREADSHEET-AMOUNT-AS-TEXT", Severity.INFO),
  /**
   * An amount cannot be read: it is not imported. Parameters: {@code value}; {@code problem} {@code
   * decimals} when it has more than two decimals (it is then read rounded to the cent, {@code amount}).
   */
  INVALID_AMOUNT("CLS-SPREADSHEET-INVALID-AMOUNT", Severity.WARNING),
  /**
   * One amount is given for several financers: it is put on the first, as the file does not say how it
   * is shared. Parameters: {@code financers}, {@code amount}.
   */
  AMOUNT_SHARED("CLS-SPREADSHEET-AMOUNT-SHARED", Severity.WARNING),
  /**
   * A date cannot be read: it is not imported. Parameters: {@code value}; {@code problem} {@code
   * not-in-calendar} for a day that does not exist (31/02/2025).
   */
  INVALID_DATE("CLS-SPREADSHEET-INVALID-DATE", Severity.WARNING),
  /**
   * A cell holds a formula: the value it had when the file was last saved is read, the formula is never
   * computed. Parameters: {@code formula}, {@code value} (empty when the file kept none).
   */
  FORMULA("CLS-SPREADSHEET-FORMULA", Severity.INFO),
  /** A cell holds an error value ({@code #N/A}, {@code #DIV/0!}): it is not imported. Parameters: {@code value}. */
  ERROR_VALUE("CLS-SPREADSHEET-ERROR-VALUE", Severity.WARNING),
  /**
   * A value the contract requires and the plan does not hold (its identifier, lead ARS or territory) was
   * not given: the contract holds a placeholder. Parameters: {@code member} ({@code id}, {@code
   * leadArs} or {@code territory}).
   */
  MISSING_CONTRACT_VALUE("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", Severity.ERROR);

  private final String code;
  private final Severity severity;

  SpreadsheetProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code.
   *
   * @return the code ({@code "CLS-SPREADSHEET-UNKNOWN-VALUE"})
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }
}
