package io.github.clsante.examples;

import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A runnable quick start: prints a short summary of each seed contract ({@link
 * SeedContracts#all()}).
 *
 * <p>For each contract, the summary gives its title (or, when the source states none, its
 * territory's name) and identifier, its lead ARS, its status, its period and signature date, each
 * axis with the number of action sheets it lists, and the sheets listed against those announced:
 *
 * <pre>
 * Agglopolys [cls-agglopolys-2022-2027]
 *   Lead ARS: ARS Centre-Val de Loire
 *   Status: Signé
 *   Period: 2022–2027
 *   - AXE 1: VIEILLIR EN BONNE SANTE (3 sheets)
 *   …
 *   Sheets: 19 listed / 19 announced
 * </pre>
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the summary of every seed contract to standard output, each under its key.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Contract> entry : SeedContracts.all().entrySet()) {
      out.append("== ").append(entry.getKey()).append(" ==\n");
      out.append(summary(entry.getValue()));
      byte[] canonical = ContractJson.toCanonicalBytes(entry.getValue());
      out.append("  Canonical JSON: ").append(canonical.length).append(" bytes, ")
          .append(ContractJson.digest(entry.getValue())).append('\n');
      ValidationReport report = ContractValidator.standard().validate(canonical);
      Map<Severity, Integer> counts = report.countsBySeverity();
      out.append("  Validation: ").append(report.isValid() ? "valid" : "not valid").append(", ")
          .append(counts.get(Severity.ERROR)).append(" error(s), ")
          .append(counts.get(Severity.WARNING)).append(" warning(s)\n");
      for (Finding finding : report.findings()) {
        if (finding.severity() == Severity.ERROR) {
          out.append("    ").append(finding.code()).append(' ').append(finding.pointer()).append(": ")
              .append(FindingMessages.message(finding, Locale.ENGLISH)).append('\n');
        }
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  /**
   * Returns a short human-readable summary of a contract, one fact a line, each line ending with
   * {@code \n}.
   *
   * <p>The lines are: the title (or the territory's name, or the identifier) followed by the
   * identifier in brackets; {@code Lead ARS: } and the ARS name; {@code Status: } and the status's
   * French label; {@code Period: } and the start and end joined by an en dash, or the period as
   * written, or its duration; {@code Signed: } and the signature date, when known; one line per
   * axis, {@code - }, its label (or {@code Axis} and its number), a colon, its title and its number
   * of sheets in brackets; and {@code Sheets: } with the sheets listed and those announced.
   *
   * @param contract the contract to summarise
   * @return the summary, several lines
   */
  public static String summary(Contract contract) {
    StringBuilder text = new StringBuilder();
    String heading = contract.title()
        .or(() -> contract.territory().name())
        .orElse(contract.id());
    text.append(heading).append(" [").append(contract.id()).append("]\n");
    text.append("  Lead ARS: ").append(contract.leadArs().arsName()).append('\n');
    text.append("  Status: ").append(contract.status().map(ContractStatus::frenchLabel).orElse("(not stated)")).append('\n');
    text.append("  Period: ").append(period(contract.period())).append('\n');
    contract.signatureDate()
        .ifPresent(date -> text.append("  Signed: ").append(date).append('\n'));
    for (Axis axis : contract.axes()) {
      text.append("  - ");
      Optional<String> prefix =
          axis.label().or(() -> axis.number().map(number -> "Axis " + number));
      prefix.ifPresent(label -> text.append(label).append(": "));
      text.append(axis.title())
          .append(" (")
          .append(sheets(axis.allActionSheets().size()))
          .append(")\n");
    }
    text.append("  Sheets: ")
        .append(contract.allActionSheets().size())
        .append(" listed / ")
        .append(contract.announcedActionSheetCount()
            .map(count -> count + " announced")
            .orElse("none announced"))
        .append('\n');
    return text.toString();
  }

  private static String period(Optional<Period> period) {
    if (period.isEmpty()) {
      return "not stated";
    }
    Period value = period.get();
    Optional<PartialDate> start = value.start();
    Optional<PartialDate> end = value.end();
    if (start.isPresent() && end.isPresent()) {
      return start.get() + "–" + end.get();
    }
    if (value.asWritten().isPresent()) {
      return "« " + value.asWritten().get() + " »";
    }
    if (start.isPresent()) {
      return "from " + start.get();
    }
    if (end.isPresent()) {
      return "until " + end.get();
    }
    return value.durationMonths().map(months -> months + " months").orElse("not stated");
  }

  private static String sheets(int count) {
    return count == 1 ? "1 sheet" : count + " sheets";
  }
}
