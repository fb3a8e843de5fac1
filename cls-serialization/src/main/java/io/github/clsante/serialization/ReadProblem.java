package io.github.clsante.serialization;

import io.github.clsante.model.report.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The problems the JSON reader reports (problèmes de lecture): each has a stable code, documented in
 * {@code FORMAT.md} and never renamed, and a default severity.
 *
 * <p>A finding carries the code, the JSON Pointer of the value in question, its line and column, and
 * the parameters named in each constant's description. Messages in French and English are given by
 * {@link io.github.clsante.model.report.FindingMessages#message(io.github.clsante.model.report.Finding,
 * java.util.Locale)}.
 */
public enum ReadProblem {
  /**
   * The input is not well-formed JSON. Reading stops here. Parameters: {@code problem}, what the
   * mistake most likely is ({@code missing-comma}, {@code missing-colon}, {@code trailing-comma},
   * {@code unquoted-name}, {@code single-quotes}, {@code curly-quotes}, {@code unquoted-text}, {@code
   * comment}, {@code unclosed}, {@code unclosed-string}, {@code control-character}, {@code bad-escape},
   * {@code leading-zero}, {@code not-a-number}, {@code mismatched-bracket} or {@code unexpected}; absent
   * when the mistake is of no known kind and no character can be shown); {@code
   * found}, the character or word found, where known; {@code expected}, the brackets missing at the end
   * ({@code unclosed}). A missing comma or colon is located just after the previous value.
   */
  SYNTAX("CLS-JSON-SYNTAX", Severity.ERROR),
  /** The input is not valid UTF-8 (or is UTF-16 or UTF-32). Reading stops here. */
  ENCODING("CLS-JSON-ENCODING", Severity.ERROR),
  /** The input holds no JSON value at all. */
  EMPTY("CLS-JSON-EMPTY", Severity.ERROR),
  /** Something follows the document's single root value. */
  TRAILING_CONTENT("CLS-JSON-TRAILING-CONTENT", Severity.ERROR),
  /** The document nests deeper than the limit. Parameters: {@code limit}. Reading stops here. */
  TOO_DEEP("CLS-JSON-TOO-DEEP", Severity.ERROR),
  /** A string is longer than the limit. Parameters: {@code limit}. Reading stops here. */
  STRING_TOO_LONG("CLS-JSON-STRING-TOO-LONG", Severity.ERROR),
  /**
   * A number is written with more characters than the limit (100): the value is not read. Beyond
   * 1,000 characters reading stops here. Parameters: {@code limit}.
   */
  NUMBER_TOO_LONG("CLS-JSON-NUMBER-TOO-LONG", Severity.ERROR),
  /** The document is larger than the limit, in bytes. Parameters: {@code limit}. Not read. */
  DOCUMENT_TOO_LARGE("CLS-JSON-DOCUMENT-TOO-LARGE", Severity.ERROR),
  /**
   * The document has more problems than the limit ({@link ContractReader#DEFAULT_MAX_PROBLEMS} by
   * default): the errors are kept first, then the warnings, the first found of each, and the others
   * counted; this finding, on the whole document, says how many were left out. Reading goes on to the end, but when an error was left out before a value that
   * could not be read, no contract is given. The problems that stop a read or say its version are always
   * kept. Its severity is that of the most severe problem left out. Parameters: {@code limit}, {@code
   * omitted}, the number left out, and {@code errors}, how many of them are errors, when some are.
   */
  TOO_MANY_PROBLEMS("CLS-JSON-TOO-MANY-PROBLEMS", Severity.ERROR),
  /**
   * The input could not be read. Parameters: {@code problem} ({@code not-found}, {@code not-readable},
   * {@code directory} or {@code other}) and {@code detail}, the system's description (in English).
   */
  IO_ERROR("CLS-JSON-IO-ERROR", Severity.ERROR),
  /**
   * An object has the same member twice; the first is kept. Parameters: {@code member}; and, when the
   * two are the same value under the names of two versions ({@code schemaVersion} and {@code
   * formatVersion}, {@code amountCents} and {@code amount}), {@code problem} {@code same-value} and
   * {@code first}, the name read.
   */
  DUPLICATE_MEMBER("CLS-JSON-DUPLICATE-MEMBER", Severity.ERROR),
  /**
   * An object has a member the format does not define, or that the document's version does not have.
   * An error when reading strictly (the default); a warning when reading leniently, or in a document of
   * a newer minor version. Parameters: {@code member}; {@code suggestion}, the member of the document's
   * version it likely stands for (« début » for {@code start}, « montant » for {@code amount} in a 1.1
   * document and {@code amountCents} in a 1.0 one, a name one or two letters away); and {@code readAs}
   * when the value is read for that member (the object lacking it, and the value meaning the same).
   * The parameter {@code problem} picks a variant:
   * <ul>
   *   <li>{@code ignored}: reading leniently, the member is ignored (its value is not read);
   *   <li>{@code version-removed}: a member of an older version that the document's version replaced
   *       (a 1.0 amount in cents, {@code budgetCents}, in a 1.1 document); its value is read all the
   *       same. Parameters: {@code version}, the version the document is read as ({@code 1.1}), and
   *       {@code suggestion}, the member that replaces it ({@code budget}, in euros);
   *   <li>{@code version-newer}: a member of a newer version than the document's ({@code kind} in a
   *       1.0 document); its value is read all the same. Parameters: {@code version}, the document's
   *       ({@code 1.0}), and {@code since}, the first version that has the member ({@code 1.1});
   *   <li>{@code version-renamed}: a member that the other version names differently, its value
   *       written the same: {@code schemaVersion} in a 1.1 document, {@code formatVersion} in a 1.0 one;
   *       its value is read all the same. Parameters: {@code version}, the version the document is read
   *       as, and {@code suggestion}, the member's name in that version.
   * </ul>
   */
  UNKNOWN_MEMBER("CLS-JSON-UNKNOWN-MEMBER", Severity.ERROR),
  /**
   * A required member is missing; the object is built with a placeholder there, and the rules that
   * depend on it are not applied. Parameters: {@code member}. A member that only an older version
   * required ({@code status}, required in 1.0, optional in 1.1) is reported in documents of that
   * version only. The finding's pointer is the object's, at the object's first line and column.
   */
  MISSING_MEMBER("CLS-JSON-MISSING-MEMBER", Severity.ERROR),
  /**
   * A value has the wrong JSON type ({@code null} included). Parameters: {@code expected} ({@code
   * string}, {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code array}, {@code
   * euros}, {@code cents} (1.0 documents), {@code date}, {@code code}, {@code indicator_value}), {@code
   * actual} ({@code string}, {@code number}, {@code boolean}, {@code object}, {@code array}, {@code
   * null}), {@code value} (a scalar as written, at most 80 characters), and {@code suggestion}, the JSON
   * to write instead, when the value means one thing only: « 12 000 € » in euros is {@code 12000} (in a
   * 1.0 member in cents, {@code 1200000}), a {@code formatVersion} written as the number {@code 1.1} is
   * {@code "1.1"}. The value is then read as meant. The parameter {@code problem} is {@code document} when
   * the whole document is not an object ({@code null}, an array, a text): it holds no contract at all.
   */
  WRONG_TYPE("CLS-JSON-WRONG-TYPE", Severity.ERROR),
  /**
   * A code is not in its closed code list. Parameters: {@code code}, {@code list}, {@code allowed} (the
   * list's codes with their French labels), and, when one is likely, {@code suggestion} and {@code
   * suggestionLabel}: a code written as its French label (« signé ») is read as that code.
   */
  UNKNOWN_CODE("CLS-JSON-UNKNOWN-CODE", Severity.ERROR),
  /**
   * A date is not {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or names no real day. Parameters:
   * {@code value}, and {@code suggestion} when it is a French date (« 25/01/2022 »), read as meant; the
   * parameter {@code problem} {@code not-in-calendar} when it has the right form but no such day or
   * month ({@code 2023-02-29}, {@code 2022-13}).
   */
  INVALID_DATE("CLS-JSON-INVALID-DATE", Severity.ERROR),
  /**
   * A number is not a whole number where one is required (years, counts, 1.0's amounts in cents):
   * {@code 12.5}, {@code 1e-400}; or an amount in euros has more than two decimals ({@code 1500.505}),
   * with the parameter {@code problem} {@code decimals}. Parameters: {@code number} (as written).
   */
  INVALID_NUMBER("CLS-JSON-INVALID-NUMBER", Severity.ERROR),
  /**
   * A number is beyond what its member holds: an integer outside its bounds, or any number beyond
   * the range of a double ({@code 1e400}, {@code 1e11111111111}). Parameters: {@code number} (as
   * written), {@code min}, {@code max}.
   */
  NUMBER_OUT_OF_RANGE("CLS-JSON-NUMBER-OUT-OF-RANGE", Severity.ERROR),
  /**
   * A number other than zero is too close to zero for a double ({@code 1e-400}) and is read as 0,
   * as every JSON implementation that uses doubles reads it. Parameters: {@code number} (as
   * written).
   */
  NUMBER_ROUNDED_TO_ZERO("CLS-JSON-NUMBER-ROUNDED-TO-ZERO", Severity.WARNING),
  /**
   * A string holds an unpaired UTF-16 surrogate, which is not Unicode text. In a member's name the
   * finding is the object's, and reading stops there.
   */
  INVALID_STRING("CLS-JSON-INVALID-STRING", Severity.ERROR),
  /**
   * The format version ({@code formatVersion}, 1.0's {@code schemaVersion}) is not of the form {@code
   * MAJOR.MINOR}. Parameters: {@code version}.
   */
  INVALID_VERSION("CLS-JSON-INVALID-VERSION", Severity.ERROR),
  /**
   * The document is of a newer minor version than this reader knows: members it does not know are
   * reported as unknown. Parameters: {@code version}, {@code supported}.
   */
  NEWER_VERSION("CLS-JSON-NEWER-VERSION", Severity.WARNING),
  /** The document is of another major version, which this reader cannot read. Parameters: {@code version}, {@code supported}. */
  UNSUPPORTED_VERSION("CLS-JSON-UNSUPPORTED-VERSION", Severity.ERROR);

  private final String code;
  private final Severity severity;

  ReadProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code.
   *
   * @return the code ({@code "CLS-JSON-SYNTAX"})
   */
  public String code() {
    return code;
  }

  /**
   * Returns the default severity.
   *
   * @return the severity; {@link #UNKNOWN_MEMBER} is downgraded to a warning when reading leniently
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message template of this problem, with its {@code {placeholders}} and its optional
   * {@code [[segments]]} (see {@link io.github.clsante.model.report.MessageCatalog}): the catalogue as
   * it can be listed from Java.
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template
   */
  public String messageTemplate(java.util.Locale locale) {
    return CodeTexts.template(code, locale);
  }

  /**
   * Returns why this problem matters and how to fix it, for the person who corrects the file: a few
   * plain sentences, in French or English, as {@code cls explain}, the rule catalogue and SARIF's
   * {@code help} show them.
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation
   */
  public String explanation(java.util.Locale locale) {
    return CodeTexts.explanation(code, locale);
  }

  /**
   * Returns the problem with the given code.
   *
   * @param code the code
   * @return the problem, or empty if no reader problem has that code
   */
  public static Optional<ReadProblem> fromCode(String code) {
    return CodeTexts.byCode(ReadProblem.class, ReadProblem::code, code);
  }

  /**
   * Returns every code, in declaration order.
   *
   * @return the codes
   */
  public static List<String> codes() {
    return CodeTexts.all(ReadProblem.class, ReadProblem::code);
  }
}
