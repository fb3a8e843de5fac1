package io.github.clsante.examples;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.util.Locale;

/**
 * The quick start of the README, compiled and run by the tests: the code between the {@code
 * README-START} and {@code README-END} markers is the README's snippet, character for character.
 */
public final class ReadmeQuickStart {

  private ReadmeQuickStart() {}

  /**
   * Builds a one-sheet contract and a signed copy of it, validates the copy, writes it as canonical
   * JSON and reads it back, as the README shows.
   *
   * @return the contract read back, equal to the signed copy
   */
  public static Contract run() {
    // README-START
    Contract contract = Contract.builder()
        .id("cls-exemple")
        .title("Contrat local de santé du Pays d’Exemple")   // a fictitious contract
        .status(ContractStatus.IN_PREPARATION)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Pays d’Exemple").addDepartements("41").build())
        .period(Period.between(PartialDate.ofYear(2026), PartialDate.ofYear(2030)))
        .addParties(Party.builder().id("cc-exemple").name("Communauté de communes du Pays d’Exemple")
            .kind(PartyKind.COMMUNAUTE_DE_COMMUNES).build())
        .addAxes(Axis.builder().id("axe-1").number("1").title("Vieillir en bonne santé")
            .addActionSheets(ActionSheet.builder().id("fa-1").number("1")
                .title("Promouvoir l’aide au répit des aidants")
                .addPilots(PartyRef.to("cc-exemple")).build())
            .build())
        .build();
    Contract signed = contract                        // values are immutable: with… returns a copy
        .withStatus(ContractStatus.SIGNED)
        .withSignatureDate(PartialDate.of(2026, 3, 2));

    ValidationReport report = ContractValidator.standard().validate(signed);  // every rule at once
    report.findings().forEach(f -> System.out.println(f.code() + " " + f.pointer() + " "
        + FindingMessages.message(f, Locale.FRENCH)));  // CLS-CONTRACT-SIGNATORIES : signed, but by whom?

    byte[] json = ContractJson.toCanonicalBytes(signed);     // RFC 8785 bytes, format 1.1
    String digest = ContractJson.digest(signed);              // "sha256:…", the same for the same contract
    ReadResult read = ContractJson.reader().read(json);       // every problem found, with its location
    Contract back = read.contract().orElseThrow();            // equals signed
    // README-END
    if (!back.equals(signed) || !read.report().isValid() || !digest.startsWith("sha256:")
        || report.findings().isEmpty()) {
      throw new IllegalStateException("the quick start's round trip failed");
    }
    return back;
  }
}
