package io.github.clsante.examples;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A configured validator, as {@code cls-validation/RULES.md} shows it, compiled and run by the tests:
 * the code between the {@code RULES-START} and {@code RULES-END} markers is that page's snippet,
 * character for character. It adds the ARS Centre-Val de Loire's rules ({@link CentreValDeLoireRules}),
 * treats a sheet without indicator as an error, and disables the rule on signatures dated late.
 */
public final class RegionalValidation {

  private RegionalValidation() {}

  /**
   * Validates a contract file with the regional validator and returns its findings, one line each:
   * code, severity, pointer, line:column and the French message.
   *
   * @param file the contract file
   * @return the lines, in the report's order
   */
  public static List<String> run(Path file) {
    List<String> lines = new ArrayList<>();
    // RULES-START
    ContractValidator validator = ContractValidator.builder()
        .addRule(new CentreValDeLoireRules())                // ARS-CVL-… codes, messages in French and English
        .severity(Rule.SHEET_NO_INDICATOR, Severity.ERROR)   // a warning treated as an error
        .disable(Rule.CONTRACT_SIGNED_LATE)                  // a rule this ARS does not apply
        .build();                                            // every code checked here

    ValidationReport report = validator.validate(file);     // standard and regional findings, located
    for (Finding f : report.findings()) {
      lines.add(f.code() + " " + f.severity().code() + " " + f.pointer() + " "
          + f.location().map(l -> l.line() + ":" + l.column()).orElse("") + " "
          + FindingMessages.message(f, Locale.FRENCH));
    }
    // RULES-END
    return lines;
  }
}
