package io.github.clsante.validation;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.internal.Places;
import io.github.clsante.validation.internal.RuleMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The result of validating a contract (rapport de validation): every finding of the JSON reader and of
 * the rules, in a deterministic order, with the digest of the contract validated.
 *
 * <p>A report is <em>valid</em> when it holds no error. When the contract was read from a file, every
 * finding, rule findings included, carries the line and column of the value its pointer designates.
 *
 * <p>A finding's message is rendered by {@link FindingMessages}, which knows the codes of every module;
 * {@link #place(Finding, Locale)} says where the finding is in the contract's words.
 *
 * <pre>{@code
 * ValidationReport report = ContractValidator.standard().validate(Path.of("cls.json"));
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.code() + " " + finding.pointer() + " "
 *       + FindingMessages.message(finding, Locale.FRENCH));
 * }
 * }</pre>
 */
public final class ValidationReport {

  private final Report report;
  private final Contract contract;
  /**
   * Whether the report has a digest: the contract was validated in memory, or read without error. The
   * digest itself is computed from the contract on first demand ({@link #digest()}), once.
   */
  private final boolean digested;
  /** What computes the digest of the contract: {@link ContractJson#digest(Contract)}. */
  private final Function<Contract, String> digester;
  /** The digest once computed; guarded by {@link #lock} for its writing, read without it. */
  private volatile String digest;
  private final Object lock = new Object();

  /** A report without contract, hence without digest nor places. */
  ValidationReport(Report report) {
    this(report, null, false);
  }

  /**
   * A report of a contract; its digest, when it has one, is computed only when asked.
   *
   * @param report the findings
   * @param contract the contract validated, or null when none could be read
   * @param digested whether the report has the contract's digest (a contract read with errors has none)
   */
  ValidationReport(Report report, Contract contract, boolean digested) {
    this(report, contract, digested, ContractJson::digest);
  }

  /** As above, with what computes the digest (a test counts its calls). */
  ValidationReport(Report report, Contract contract, boolean digested, Function<Contract, String> digester) {
    this.report = Objects.requireNonNull(report, "report");
    this.contract = contract;
    this.digested = digested && contract != null;
    this.digester = Objects.requireNonNull(digester, "digester");
  }

  /**
   * Returns the findings, in the report's deterministic order.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return report.findings();
  }

  /**
   * Returns the findings as a report of the model's vocabulary.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Tells whether the contract holds no error.
   *
   * @return {@code true} when no finding is an error
   */
  public boolean isValid() {
    return report.isValid();
  }

  /**
   * Returns the number of findings of each severity.
   *
   * @return the counts, every severity present
   */
  public Map<Severity, Integer> countsBySeverity() {
    return report.countsBySeverity();
  }

  /**
   * Returns the number of findings of each code that occurs.
   *
   * @return the counts, sorted by code
   */
  public SortedMap<String, Integer> countsByCode() {
    return report.countsByCode();
  }

  /**
   * Returns the contract validated: as built in memory, or as read from its file or spreadsheet. A
   * contract read with errors holds placeholders where its values could not be read (the findings say
   * where); {@link #digest()} is then empty.
   *
   * @return the contract, or empty when none could be read
   */
  public Optional<Contract> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Returns the digest of the contract validated ({@code sha256:…} of its canonical form).
   *
   * <p>It is computed from the contract the first time it is asked (here, by {@link #toJson(Locale)} or
   * by {@link #writeJson(JsonWriter, Locale)}), once, whichever thread asks: a validation whose digest
   * nobody reads does not pay for writing the canonical form.
   *
   * @return the digest, or empty when no contract could be read as written (the file has reader
   *     errors: the contract read then holds placeholders, or values read as meant)
   */
  public Optional<String> digest() {
    if (!digested) {
      return Optional.empty();
    }
    String computed = digest;
    if (computed == null) {
      synchronized (lock) {
        computed = digest;
        if (computed == null) {
          computed = Objects.requireNonNull(digester.apply(contract), "digest");
          digest = computed;
        }
      }
    }
    return Optional.of(computed);
  }

  /**
   * Returns the format version the validator writes (the newest it reads; it reads 1.0 documents too).
   *
   * @return {@code "1.1"}, {@link ContractJson#FORMAT_VERSION}
   */
  public String formatVersion() {
    return ContractJson.FORMAT_VERSION;
  }

  /**
   * Returns where a finding is, in the words of the contract's readers: « Axe 3 › Fiche 5 « Favoriser
   * l’activité physique… » › Financement 1 », numbers as the contract prints them, positions from 1
   * otherwise.
   *
   * @param finding a finding of this report
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the place, or empty for a finding on the whole document or when no contract was read
   */
  public Optional<String> place(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    return contract == null ? Optional.empty() : Places.of(contract, finding.pointer(), locale);
  }

  /**
   * Returns where a JSON Pointer is in a contract, in the words of the contract's readers, as {@link
   * #place(Finding, Locale)} says it: for the findings of something else than a validation, such as the
   * notes of a migration ({@code ContractJson.migrate}).
   *
   * <pre>{@code
   * ValidationReport.place(contract, "/axes/2/actionSheets/4/budgetCents", Locale.FRENCH);
   * // Optional[« Axe 3 › Fiche 5 « Favoriser l’activité physique… » › budget »]
   * }</pre>
   *
   * @param contract the contract the pointer is into
   * @param pointer an RFC 6901 JSON Pointer
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the place, or empty for the whole document or a pointer that is not one
   */
  public static Optional<String> place(Contract contract, String pointer, Locale locale) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(locale, "locale");
    return Places.of(contract, pointer, locale);
  }

  /** The explanation of a rule or of {@link #INTERNAL_ERROR}, for {@link Rule#explanation}. */
  static Optional<String> explanation(String code, Locale locale) {
    return RuleMessages.explanationOf(code, locale);
  }

  /**
   * Returns the message template of a rule.
   *
   * @param rule the rule
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template, with its {@code {placeholders}}
   */
  static String template(Rule rule, Locale locale) {
    return RuleMessages.template(rule.code(), locale).orElseThrow();
  }

  /**
   * The code of the finding of {@link #internalError(Throwable)}: the input could not be validated
   * because the SDK itself failed (a bug), not because of what the input says.
   */
  public static final String INTERNAL_ERROR = "CLS-INTERNAL-ERROR";

  /**
   * The code of the finding that says how many findings a report leaves out: past the validator's
   * limit ({@link ContractValidator.Builder#maxFindings(int)}, {@value
   * ContractValidator#DEFAULT_MAX_FINDINGS} by default), the most severe are listed, and this finding, on
   * the whole document, gives the number of the others. Its severity is that of the most severe left
   * out, so that a report is not valid when errors were left out. Parameters: {@code limit}, the most
   * findings listed; {@code omitted}, how many were left out (the reader's problems left out
   * included); {@code errors}, how many of those are errors, when some are.
   */
  public static final String TRUNCATED = "CLS-REPORT-TRUNCATED";

  /**
   * Returns the report of an input whose validation failed unexpectedly: one error finding {@value
   * #INTERNAL_ERROR} on the whole document, whose parameter {@code exception} names the failure's
   * class. An application that validates many inputs (a directory, uploads) gives this report for the
   * one that failed and goes on with the others.
   *
   * <pre>{@code
   * ValidationReport report;
   * try {
   *   report = validator.validate(path);
   * } catch (RuntimeException | StackOverflowError e) {
   *   report = ValidationReport.internalError(e);
   *   log.error("validation of " + path + " failed", e);
   * }
   * }</pre>
   *
   * @param failure what was thrown
   * @return the report; it has no digest
   */
  public static ValidationReport internalError(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    return new ValidationReport(Report.of(List.of(Finding.builder()
        .code(INTERNAL_ERROR)
        .severity(Severity.ERROR)
        .pointer("")
        .putParam("exception", failure.getClass().getName())
        .build())));
  }

  /**
   * Returns the report of a source that gave no contract (a spreadsheet that is not one, a plan sheet
   * not found): its reading's findings alone, no rule run, no digest. A source that gave a contract is
   * validated with {@link ContractValidator#validate(Contract, Report, java.util.function.UnaryOperator)}.
   *
   * @param sourceFindings the findings of the reading
   * @return the report
   */
  public static ValidationReport unread(Report sourceFindings) {
    return new ValidationReport(Objects.requireNonNull(sourceFindings, "sourceFindings"));
  }

  /** The version of the report's JSON form. */
  public static final String JSON_VERSION = "1.0";

  /** The resource of the JSON Schema of the report's JSON form, beside this class. */
  static final String SCHEMA_RESOURCE = "report-" + JSON_VERSION + ".schema.json";

  /**
   * Returns the JSON Schema (draft 2020-12) of the report's JSON form, {@link #toJson(Locale)} of version
   * {@value #JSON_VERSION}, as shipped in this jar: its {@code $id} is {@code
   * https://clsante.github.io/cls-sdk/schema/report-1.0.schema.json}, and {@code cls schema --report}
   * prints it.
   *
   * <pre>{@code
   * Files.writeString(Path.of("report-1.0.schema.json"), ValidationReport.schema());
   * }</pre>
   *
   * @return the schema text, ending with a newline
   */
  public static String schema() {
    try (InputStream in = ValidationReport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the version of this SDK, as built.
   *
   * @return the version ({@code "0.1.0"})
   */
  public static String sdkVersion() {
    return SdkVersion.VERSION;
  }

  /** Reads the version the build wrote into sdk.properties, once. */
  private static final class SdkVersion {
    static final String VERSION = load();

    private static String load() {
      Properties properties = new Properties();
      try (InputStream in = ValidationReport.class.getResourceAsStream("sdk.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        return "unknown";
      }
      return properties.getProperty("version", "unknown");
    }
  }

  /**
   * Returns the report's JSON form, as documented in {@code RULES.md}: pretty-printed, members in
   * RFC 8785 order, messages in the given language.
   *
   * <pre>{@code
   * {
   *   "digest": "sha256:…",
   *   "findings": [
   *     {"code": "CLS-SHEET-NO-PILOT", "column": 5, "line": 12, "message": "…", "params": {},
   *      "place": "Axe 1 › Fiche 2 « … »", "pointer": "/axes/0/actionSheets/1", "severity": "error"}
   *   ],
   *   "formatVersion": "1.1", "language": "fr", "reportVersion": "1.0", "sdkVersion": "0.1.0",
   *   "summary": {"error": 1, "info": 0, "warning": 0}, "valid": false
   * }
   * }</pre>
   *
   * @param locale the language of the messages: French when {@code fr}, English otherwise
   * @return the JSON text, ending with a newline
   */
  public String toJson(Locale locale) {
    StringBuilder text = new StringBuilder(1024);
    try (JsonWriter json = JsonWriter.pretty(text)) {
      writeJson(json, locale);
    }
    return text.toString();
  }

  /**
   * Writes the report's JSON form ({@link #toJson(Locale)}) as the next value of a JSON writer, so that
   * a report can be part of a larger document, such as the result of validating several files.
   *
   * <pre>{@code
   * JsonWriter json = JsonWriter.pretty(System.out);
   * json.beginObject().member("file", "cls.json").member("report");
   * report.writeJson(json, Locale.FRENCH);
   * json.endObject().close();
   * }</pre>
   *
   * @param json the writer, where a value is due
   * @param locale the language of the messages and places: French when {@code fr}, English otherwise
   * @throws IllegalStateException if no value is due in the writer
   */
  public void writeJson(JsonWriter json, Locale locale) {
    Objects.requireNonNull(json, "json");
    String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
    json.beginObject();
    Optional<String> digest = digest();
    if (digest.isPresent()) {
      json.member("digest", digest.get());
    }
    json.member("findings").beginArray();
    for (Finding finding : report.findings()) {
      json.beginObject();
      if (finding.cell().isPresent()) {
        CellLocation cell = finding.cell().get();
        json.member("cell").beginObject()
            .member("column", cell.columnName())
            .member("reference", cell.reference())
            .member("row", cell.row())
            .member("sheet", cell.sheet())
            .endObject();
      }
      json.member("code", finding.code());
      if (finding.location().isPresent()) {
        json.member("column", finding.location().get().column()).member("line", finding.location().get().line());
      }
      json.member("message", FindingMessages.message(finding, locale)).member("params").beginObject();
      for (String name : new TreeSet<>(finding.params().keySet())) {
        json.member(name, finding.params().get(name));
      }
      json.endObject();
      Optional<String> place = place(finding, locale);
      if (place.isPresent()) {
        json.member("place", place.get());
      }
      json.member("pointer", finding.pointer()).member("severity", finding.severity().code()).endObject();
    }
    json.endArray()
        .member("formatVersion", formatVersion())
        .member("language", language)
        .member("reportVersion", JSON_VERSION)
        .member("sdkVersion", sdkVersion())
        .member("summary").beginObject();
    Map<Severity, Integer> counts = countsBySeverity();
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.INFO, Severity.WARNING}) {
      json.member(severity.code(), counts.get(severity));
    }
    json.endObject().member("valid", isValid()).endObject();
  }

  /**
   * Tells whether another report holds the same findings and the same digest (or none, as this one).
   * Two reports of the same contract are compared without computing their digests.
   *
   * @param other an object
   * @return whether it is an equal report
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ValidationReport)) {
      return false;
    }
    ValidationReport that = (ValidationReport) other;
    return that.report.equals(report) && that.digested == digested
        && (!digested || that.contract == contract || that.digest().equals(digest()));
  }

  /**
   * Returns a hash of the findings and of whether the report has a digest (not of the digest itself,
   * which would have to be computed).
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return report.hashCode() * 31 + Boolean.hashCode(digested);
  }

  @Override
  public String toString() {
    return "ValidationReport{digest=" + digest().orElse(null) + ", " + report + "}";
  }
}
