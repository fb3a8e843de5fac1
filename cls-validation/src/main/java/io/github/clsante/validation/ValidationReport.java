package io.github.clsante.validation;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

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

  ValidationReport(Report report, String digest) {
    this.report = Objects.requireNonNull(report, "report");
    this.digest = digest;
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
   * @return the digest, or empty when no contract could be read
   */
  public Optional<String> digest() {
    return Optional.ofNullable(digest);
  }

  /**
   * Returns the format version the validator reads and writes.
   *
   * @return {@code "1.0"}
   */
  public String formatVersion() {
    return ContractJson.FORMAT_VERSION;
  }

  /**
   * Returns the message of a finding, in French or English.
   *
   * @param finding a finding of this report (a rule or a reader problem)
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the message; the code itself for a code this SDK does not know
   */
  public String message(Finding finding, Locale locale) {
    return RULE_MESSAGES.render(finding, locale)
        .or(() -> ContractJson.message(finding, locale))
        .orElse(finding.code());
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
