package io.github.clsante.report.html;

import io.github.clsante.model.Contract;
import io.github.clsante.validation.ValidationReport;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of an HTML report (fichier du rapport): its name, its validation report and, when they are
 * known, its source bytes (for the excerpts around each finding) and the contract read from it (for the
 * summary and the completeness panel). Immutable: {@link #withSource(byte[])} and {@link
 * #withContract(Contract)} return a new file.
 *
 * <pre>{@code
 * byte[] source = Files.readAllBytes(path);
 * ReportedFile file = ReportedFile.of(path.getFileName().toString(), validator.validate(source))
 *     .withSource(source)
 *     .withContract(ContractJson.reader().read(source).contract().orElse(null));
 * }</pre>
 */
public final class ReportedFile {

  private final String name;
  private final ValidationReport report;
  private final byte[] source;
  private final Contract contract;

  private ReportedFile(String name, ValidationReport report, byte[] source, Contract contract) {
    this.name = name;
    this.report = report;
    this.source = source;
    this.contract = contract;
  }

  /**
   * Returns a file with its name and its report, without source nor contract.
   *
   * @param name the file's name as the reader knows it (a path, a name given to an upload); shown as it
   *     is, escaped
   * @param report the file's validation report
   * @return the file
   */
  public static ReportedFile of(String name, ValidationReport report) {
    return new ReportedFile(Objects.requireNonNull(name, "name"), Objects.requireNonNull(report, "report"),
        null, null);
  }

  /**
   * Returns this file with its source: the bytes the report's lines and columns count in (a JSON
   * document, UTF-8). The page shows the lines around each finding that has a line and column.
   *
   * @param source the bytes, not copied: do not change them afterwards
   * @return a new file
   */
  public ReportedFile withSource(byte[] source) {
    return new ReportedFile(name, report, Objects.requireNonNull(source, "source"), contract);
  }

  /**
   * Returns this file with the contract read from it, or without one.
   *
   * @param contract the contract, or {@code null} when none could be read
   * @return a new file
   */
  public ReportedFile withContract(Contract contract) {
    return new ReportedFile(name, report, source, contract);
  }

  /**
   * Returns the file's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the file's validation report.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns a copy of the file's source bytes.
   *
   * @return the bytes, or empty when the file was given without them
   */
  public Optional<byte[]> source() {
    return source == null ? Optional.empty() : Optional.of(Arrays.copyOf(source, source.length));
  }

  /** The source itself, for the page. */
  byte[] sourceBytes() {
    return source;
  }

  /**
   * Returns the contract read from the file.
   *
   * @return the contract, or empty when none was given
   */
  public Optional<Contract> contract() {
    return Optional.ofNullable(contract);
  }

  @Override
  public String toString() {
    return "ReportedFile{" + name + ", " + report.findings().size() + " findings"
        + (source == null ? "" : ", " + source.length + " bytes") + (contract == null ? "" : ", contract") + "}";
  }
}
