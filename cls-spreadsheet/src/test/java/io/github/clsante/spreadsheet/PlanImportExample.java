package io.github.clsante.spreadsheet;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The README's example, compiled and run by {@link PlanImportExampleTest}: keep the two in step. */
final class PlanImportExample {

  private PlanImportExample() {}

  static List<String> run(Path file) {
    List<String> lines = new ArrayList<>();
    // README:start
    PlanImport planImport = PlanImport.builder()
        .contractId("cls-baronnies-2025-2030")
        .leadArs(Region.AUVERGNE_RHONE_ALPES)
        .territory(Territory.builder().name("Communauté de communes des Baronnies en Drôme Provençale").build())
        .build();
    PlanImportResult result = planImport.read(file);          // xlsx or ods
    for (Finding finding : result.report().findings()) {      // each in its cell: « Fichier dimport!C13 »
      lines.add(finding.cell().map(CellLocation::reference).orElse("") + " "
          + FindingMessages.message(finding, Locale.FRENCH));
    }
    if (result.contract().isPresent()) {
      Contract contract = result.contract().get();
      ValidationReport report = ContractValidator.standard()
          .validate(contract, result.report(), result::locate); // the rules' findings placed in cells too
      lines.add(contract.allActionSheets().size() + " fiches, " + report.findings().size() + " constats");
    }
    // README:end
    return lines;
  }
}
