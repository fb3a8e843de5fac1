package org.example.consumer;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An application using the SDK's documented API only: builders, copies, the validator, messages, the
 * canonical writer and the reader. It prints what it finds; the consumer test compares it.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Builds, copies, validates, writes and reads a contract, then validates the file named first.
   *
   * @param args a contract file
   */
  public static void main(String[] args) {
    Contract contract = Contract.builder()
        .id("cls-consumer")
        .title("Contrat local de santé du Pays d’Exemple")
        .status(ContractStatus.IN_PREPARATION)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Pays d’Exemple").addDepartements("41").build())
        .period(Period.between(PartialDate.ofYear(2026), PartialDate.ofYear(2030)))
        .addParties(Party.builder().id("cc").name("Communauté de communes du Pays d’Exemple")
            .kind(PartyKind.COMMUNAUTE_DE_COMMUNES).build())
        .addAxes(Axis.builder().id("axe-1").number("1").title("Vieillir en bonne santé")
            .addActionSheets(ActionSheet.builder().id("fa-1").number("1")
                .title("Promouvoir l’aide au répit des aidants")
                .addPilots(PartyRef.to("cc")).build())
            .build())
        .build();
    Contract signed = contract.withStatus(ContractStatus.SIGNED).withSignatureDate(PartialDate.of(2026, 3, 2));
    System.out.println("copy leaves the original: " + contract.status().orElseThrow() + " "
        + signed.status().orElseThrow());

    ValidationReport report = ContractValidator.standard().validate(signed);
    for (Finding finding : report.findings()) {
      System.out.println(finding.severity().code() + " " + finding.code() + " " + finding.pointer());
      System.out.println("  fr: " + FindingMessages.message(finding, Locale.FRENCH));
      System.out.println("  en: " + FindingMessages.message(finding, Locale.ENGLISH));
    }

    byte[] json = ContractJson.toCanonicalBytes(signed);
    ReadResult read = ContractJson.reader().read(json);
    System.out.println("read back equal: " + read.contract().orElseThrow().equals(signed)
        + ", problems: " + read.report().findings().size());
    System.out.println("digest: " + ContractJson.digest(signed));

    Path file = Path.of(args[0]);
    ValidationReport fileReport = ContractValidator.standard().validate(file);
    System.out.println(file.getFileName() + " valid: " + fileReport.isValid());
    for (Finding finding : fileReport.findings()) {
      System.out.println(finding.severity().code() + " " + finding.code() + " " + finding.pointer()
          + finding.location().map(at -> " " + at.line() + ":" + at.column()).orElse(""));
    }
  }
}
