package io.github.clsante.cli;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.spreadsheet.PlanExport;
import io.github.clsante.spreadsheet.PlanImport;
import io.github.clsante.spreadsheet.PlanImportResult;
import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Action plans in spreadsheets on the command line: {@code cls import} (a plan into a contract file),
 * {@code cls export} (a contract file into the Territoires en Transitions template) and what {@code cls
 * validate} needs to read a plan: the options giving the contract values a plan does not hold.
 */
final class Plans {

  private Plans() {}

  /**
   * The contract values a plan does not hold: {@code --header FILE.json} (a contract document whose
   * values the plan's axes and fiches are put into), {@code --contract-id}, {@code --lead-ars},
   * {@code --territory}; the options win over the header file.
   */
  static final class HeaderOptions {
    @Option(names = "--header", paramLabel = "${bundle:label.file}", descriptionKey = "option.header")
    String header;

    @Option(names = "--contract-id", paramLabel = "${bundle:label.id}", descriptionKey = "option.contractId")
    String contractId;

    @Option(names = "--lead-ars", paramLabel = "${bundle:label.region}", descriptionKey = "option.leadArs")
    String leadArs;

    @Option(names = "--territory", paramLabel = "${bundle:label.name}", descriptionKey = "option.territory")
    String territory;

    /**
     * The import these options ask for, or every mistake in them.
     *
     * @param texts the run's language
     * @param errors where each mistake goes, in the order of the options
     * @return the import, or empty when {@code errors} got one
     */
    Optional<PlanImport> planImport(Texts texts, List<String> errors) {
      PlanImport.Builder builder = PlanImport.builder();
      int before = errors.size();
      if (header != null) {
        headerContract(header, texts, errors).ifPresent(builder::header);
      }
      if (contractId != null) {
        if (contractId.isBlank()) {
          errors.add(texts.get("error.badContractId", "value", texts.quote(contractId)));
        } else {
          builder.contractId(contractId);
        }
      }
      if (leadArs != null) {
        Optional<Region> region = region(leadArs);
        if (region.isPresent()) {
          builder.leadArs(region.get());
        } else {
          List<String> regions = new ArrayList<>();
          for (Region each : Region.values()) {
            regions.add(each.code() + " " + each.frenchLabel());
          }
          errors.add(texts.get("error.badRegion", "value", texts.quote(leadArs), "regions", String.join(", ", regions)));
        }
      }
      if (territory != null) {
        if (territory.isBlank()) {
          errors.add(texts.get("error.badTerritory", "value", texts.quote(territory)));
        } else {
          builder.territory(Territory.builder().name(territory).build());
        }
      }
      return errors.size() == before ? Optional.of(builder.build()) : Optional.empty();
    }
  }

  /** The header file's contract, or its mistakes in {@code errors}, each located. */
  private static Optional<Contract> headerContract(String file, Texts texts, List<String> errors) {
    Optional<Path> path = Cls.readableFile(file);
    if (path.isEmpty()) {
      errors.add(texts.get("error.cannotReadFile", "path", texts.quote(file)));
      return Optional.empty();
    }
    ReadResult read = ContractJson.reader().read(path.get());
    List<Finding> wrong = new ArrayList<>();
    for (Finding finding : read.report().findings()) {
      if (finding.severity() == Severity.ERROR) {
        wrong.add(finding);
      }
    }
    if (read.contract().isEmpty() || !wrong.isEmpty()) {
      for (Finding finding : wrong) {
        errors.add(texts.get("error.badHeader", "where", file + finding.location()
                .map(at -> ":" + at.line() + ":" + at.column()).orElse(""),
            "code", finding.code(), "message", FindingMessages.message(finding, texts.locale())));
      }
      return Optional.empty();
    }
    return read.contract();
  }

  /**
   * A region as people write it: its INSEE code ({@code 24}), its ISO code ({@code FR-CVL}), or its name
   * in any case, with or without accents, spaces or hyphens ({@code centre val de loire}).
   */
  static Optional<Region> region(String text) {
    String wanted = fold(text);
    for (Region region : Region.values()) {
      if (region.code().equals(text.trim()) || fold(region.isoCode()).equals(wanted)
          || fold(region.frenchLabel()).equals(wanted) || fold(region.name()).equals(wanted)) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
      }
    }
    return folded.toString();
  }

  /**
   * Validates a plan: its import's findings, then the rules' on the contract it gave, each placed in its
   * cell; a plan that gave no contract has its import's findings alone.
   */
  static ValidationReport validate(PlanImport plans, ContractValidator validator, Path file) {
    PlanImportResult imported = plans.read(file);
    if (imported.contract().isEmpty()) {
      return ValidationReport.unread(imported.report());
    }
    return validator.validate(imported.contract().get(), imported.report(), imported::locate);
  }

  /** The lines of a plan's findings on the standard error, as {@code cls validate} writes them. */
  private static void sayFindings(Cls cls, String name, PlanImportResult imported) {
    for (Finding finding : Reports.inReadingOrder(imported.report().findings())) {
      cls.errLine(Reports.line(cls.texts(), name, finding, Optional.empty(),
          FindingMessages.message(finding, cls.texts().locale())));
    }
  }

  /** {@code cls import}: a plan in the Territoires en Transitions template into a contract file. */
  @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Import implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "${bundle:label.file}", descriptionKey = "import.file")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file}", descriptionKey = "option.importOutput")
    String output;

    @Option(names = "--pretty", descriptionKey = "option.pretty")
    boolean pretty;

    @Mixin
    HeaderOptions header = new HeaderOptions();

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts();
      List<String> errors = new ArrayList<>();
      Optional<Path> path = Cls.readableFile(file);
      if (path.isEmpty()) {
        errors.add(texts.get("error.cannotReadFile", "path", texts.quote(file)));
      }
      Optional<PlanImport> plans = header.planImport(texts, errors);
      if (!errors.isEmpty()) {
        cls.usageErrors(" import", errors);
        return Cls.USAGE;
      }
      PlanImportResult imported = plans.orElseThrow().read(path.orElseThrow());
      sayFindings(cls, file, imported);
      if (!imported.isValid() || imported.contract().isEmpty()) {
        // Placeholders stand in for what is missing: such a contract is not written.
        cls.errLine(texts.get("import.notWritten", "path", texts.quote(file)));
        return Cls.FINDINGS;
      }
      Contract contract = imported.contract().get();
      // The import writes extension values as JSON strings: an imported contract always has a form.
      byte[] bytes = pretty ? ContractJson.toPrettyString(contract).getBytes(StandardCharsets.UTF_8)
          : ContractJson.toCanonicalBytes(contract);
      if (output == null) {
        cls.writeDocument(bytes);
        return Cls.OK;
      }
      return cls.writeWhole(output, bytes) ? Cls.OK : Cls.USAGE;
    }
  }

  /** {@code cls export}: a contract file into the Territoires en Transitions template, xlsx or ods. */
  @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Export implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "${bundle:label.file}", descriptionKey = "export.file")
    String file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:label.file}",
        descriptionKey = "option.exportOutput")
    String output;

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts();
      List<String> errors = new ArrayList<>();
      Optional<Path> path = Cls.readableFile(file);
      if (path.isEmpty()) {
        errors.add(texts.get("error.cannotReadFile", "path", texts.quote(file)));
      }
      Optional<SpreadsheetFormat> format = SpreadsheetFormat.ofFileName(output);
      if (format.isEmpty()) {
        errors.add(texts.get("error.exportExtension", "path", texts.quote(output)));
      }
      if (!errors.isEmpty()) {
        cls.usageErrors(" export", errors);
        return Cls.USAGE;
      }
      ReadResult read = ContractJson.reader().read(path.get());
      for (Finding finding : Reports.inReadingOrder(read.report().findings())) {
        cls.errLine(Reports.line(texts, file, finding, Optional.empty(), FindingMessages.message(finding, texts.locale())));
      }
      if (read.contract().isEmpty() || !read.report().isValid()) {
        cls.errLine(texts.get("export.notWritten", "path", texts.quote(output)));
        return Cls.FINDINGS;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PlanExport.standard().write(read.contract().get(), format.get(), bytes);
      return cls.writeWhole(output, bytes.toByteArray()) ? Cls.OK : Cls.USAGE;
    }
  }
}
