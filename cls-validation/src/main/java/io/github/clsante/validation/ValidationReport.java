package io.github.clsante.validation;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.internal.CanonicalOutput;
import io.github.clsante.serialization.internal.JsonSink;
import io.github.clsante.validation.internal.Places;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The result of validating a contract (rapport de validation): every finding of the JSON reader and of
 * the rules, in a deterministic order, with the digest of the contract validated.
 *
 * <p>A report is <em>valid</em> when it holds no error. When the contract was read from a file, every
 * finding, rule findings included, carries the line and column of the value its pointer designates.
 *
 * <pre>{@code
 * ValidationReport report = ContractValidator.standard().validate(Path.of("cls.json"));
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.code() + " " + finding.pointer() + " " + report.message(finding, Locale.FRENCH));
 * }
 * }</pre>
 */
public final class ValidationReport {

  // The look-up runs here: resources are encapsulated in their module.
  private static final MessageCatalog RULE_MESSAGES =
      new MessageCatalog(name -> ValidationReport.class.getResourceAsStream(name), "rules");

  private final Report report;
  private final String digest;
  private final Contract contract;
  /** The messages of the codes of the validator's own rules ({@link ContractRule}). */
  private final List<MessageCatalog> userMessages;

  ValidationReport(Report report, String digest) {
    this(report, digest, null, List.of());
  }

  ValidationReport(Report report, String digest, Contract contract, List<MessageCatalog> userMessages) {
    this.report = Objects.requireNonNull(report, "report");
    this.digest = digest;
    this.contract = contract;
    this.userMessages = userMessages;
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
   * Returns the digest of the contract validated ({@code sha256:…} of its canonical form).
   *
   * @return the digest, or empty when no contract could be read as written (the file has reader
   *     errors: the contract read then holds placeholders, or values read as meant)
   */
  public Optional<String> digest() {
    return Optional.ofNullable(digest);
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
   * Returns the message of a finding, in French or English.
   *
   * @param finding a finding of this report (a rule, one of the validator's own rules, or a reader
   *     problem)
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the message; the code itself for a code this SDK does not know
   */
  public String message(Finding finding, Locale locale) {
    return RULE_MESSAGES.render(finding, locale)
        .or(() -> userMessage(finding, locale))
        .or(() -> ContractJson.message(finding, locale))
        .orElse(finding.code());
  }

  /** The message of a finding of one of the validator's own rules. */
  private Optional<String> userMessage(Finding finding, Locale locale) {
    for (MessageCatalog catalog : userMessages) {
      Optional<String> message = catalog.render(finding, locale);
      if (message.isPresent()) {
        return message;
      }
    }
    return Optional.empty();
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

  /** The explanations of the rules (and of {@link #INTERNAL_ERROR}): why each matters, how to fix it. */
  private static final class Explanations {
    static final MessageCatalog CATALOG =
        new MessageCatalog(name -> ValidationReport.class.getResourceAsStream(name), "explanations");
  }

  /**
   * Returns the explanation of any code the SDK reports: a rule, {@link #INTERNAL_ERROR}, a reader
   * problem, or a note of a migration ({@code ContractJson.migrate}).
   *
   * @param code the code
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation, or empty for a code this SDK does not know
   */
  public static Optional<String> explanation(String code, Locale locale) {
    Optional<String> own = Explanations.CATALOG.template(code, locale);
    if (own.isPresent()) {
      return own;
    }
    return io.github.clsante.serialization.ReadProblem.fromCode(code).map(problem -> problem.explanation(locale))
        .or(() -> io.github.clsante.serialization.MigrationNote.fromCode(code).map(note -> note.explanation(locale)));
  }

  /**
   * Returns the message template of a rule.
   *
   * @param rule the rule
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template, with its {@code {placeholders}}
   */
  static String template(Rule rule, Locale locale) {
    return RULE_MESSAGES.template(rule.code(), locale).orElseThrow();
  }

  /**
   * The code of the finding of {@link #internalError(Throwable)}: the input could not be validated
   * because the SDK itself failed (a bug), not because of what the input says.
   */
  public static final String INTERNAL_ERROR = "CLS-INTERNAL-ERROR";

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
        .build())), null);
  }

  /** The version of the report's JSON form. */
  public static final String JSON_VERSION = "1.0";

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
    String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
    CanonicalOutput out =
        new CanonicalOutput(1024);
    JsonSink json =
        new JsonSink(out, true);
    json.beginObject();
    if (digest != null) {
      member(json, "digest");
      out.string(digest);
    }
    member(json, "findings");
    json.beginArray();
    for (Finding finding : report.findings()) {
      json.element();
      json.beginObject();
      member(json, "code");
      out.string(finding.code());
      if (finding.location().isPresent()) {
        member(json, "column");
        out.number((long) finding.location().get().column());
      }
      if (finding.location().isPresent()) {
        member(json, "line");
        out.number((long) finding.location().get().line());
      }
      member(json, "message");
      out.string(message(finding, locale));
      member(json, "params");
      json.beginObject();
      for (String name : new TreeSet<>(finding.params().keySet())) {
        member(json, name);
        out.string(finding.params().get(name));
      }
      json.endObject();
      Optional<String> place = place(finding, locale);
      if (place.isPresent()) {
        member(json, "place");
        out.string(place.get());
      }
      member(json, "pointer");
      out.string(finding.pointer());
      member(json, "severity");
      out.string(finding.severity().code());
      json.endObject();
    }
    json.endArray();
    member(json, "formatVersion");
    out.string(formatVersion());
    member(json, "language");
    out.string(language);
    member(json, "reportVersion");
    out.string(JSON_VERSION);
    member(json, "sdkVersion");
    out.string(sdkVersion());
    member(json, "summary");
    json.beginObject();
    Map<Severity, Integer> counts = countsBySeverity();
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.INFO, Severity.WARNING}) {
      member(json, severity.code());
      out.number((long) counts.get(severity));
    }
    json.endObject();
    member(json, "valid");
    out.bool(isValid());
    json.endObject();
    out.raw((byte) '\n');
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static void member(JsonSink json, String name) {
    json.member(CanonicalOutput.memberName(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport && ((ValidationReport) other).report.equals(report)
        && Objects.equals(((ValidationReport) other).digest, digest);
  }

  @Override
  public int hashCode() {
    return report.hashCode() * 31 + Objects.hashCode(digest);
  }

  @Override
  public String toString() {
    return "ValidationReport{digest=" + digest + ", " + report + "}";
  }
}
