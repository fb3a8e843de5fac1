package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What migrating a document to the current format version gave (migration), as {@link
 * ContractJson#migrate(byte[])} returns it: the migrated document, when there is one, the version the
 * source said, and the findings.
 *
 * <p>A document is migrated when it was read without error and this SDK can write everything it says:
 * a 1.0 document gives the 1.1 document that means the same, a 1.1 document its canonical form. The
 * findings are the reader's (a warning stays a warning) and the migration's {@link MigrationNote notes}:
 * one per change, as an information. A document that is not migrated has no output and its findings
 * say why: the reader's errors, exactly as {@link ContractReader#read(byte[])} reports them, or a
 * {@link MigrationNote} error. Instances are immutable.
 *
 * <pre>{@code
 * Migration migration = ContractJson.migrate(Files.readAllBytes(Path.of("cls-1.0.json")));
 * for (Finding finding : migration.findings()) {
 *   System.out.println(finding.pointer() + " " + FindingMessages.message(finding, Locale.FRENCH));
 * }
 * if (migration.isMigrated()) {
 *   Files.write(Path.of("cls-1.1.json"), migration.canonicalBytes().orElseThrow());
 * }
 * }</pre>
 */
public final class Migration {

  private final Contract contract;
  private final byte[] canonical;
  private final String sourceVersion;
  private final Report report;

  /** A migrated document, of this contract, or a refused one when {@code contract} is {@code null}. */
  Migration(Contract contract, String sourceVersion, Report report) {
    this.contract = contract;
    this.canonical = contract == null ? null : ContractJson.toCanonicalBytes(contract);
    this.sourceVersion = sourceVersion;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Tells whether the document was migrated: the result has the document in the current version.
   *
   * @return {@code true} for a document read without error that this SDK can write, {@code false} when
   *     the findings hold an error
   */
  public boolean isMigrated() {
    return contract != null;
  }

  /**
   * Returns the migrated document in canonical form (RFC 8785, UTF-8), as {@link
   * ContractJson#toCanonicalBytes} writes it.
   *
   * @return a fresh copy of the bytes, or empty when the document was not migrated
   */
  public Optional<byte[]> canonicalBytes() {
    return Optional.ofNullable(canonical).map(byte[]::clone);
  }

  /**
   * Returns the migrated document in canonical form, as text.
   *
   * @return the canonical text, or empty when the document was not migrated
   */
  public Optional<String> canonicalString() {
    return Optional.ofNullable(canonical).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Returns the migrated document in its readable form, as {@link ContractJson#toPrettyString} writes
   * it: the canonical members, indented, ending with a newline.
   *
   * @return the pretty text, or empty when the document was not migrated
   */
  public Optional<String> prettyString() {
    return contract().map(ContractJson::toPrettyString);
  }

  /**
   * Returns the contract that the source and the migrated document both mean.
   *
   * @return the contract, or empty when the document was not migrated
   */
  public Optional<Contract> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Returns the format version the source says in its {@code formatVersion} (1.0: {@code
   * schemaVersion}).
   *
   * @return the version as written ({@code "1.0"}), or empty when the source does not say it readably
   *     (not JSON, no version member, not of the form {@code MAJOR.MINOR})
   */
  public Optional<String> sourceVersion() {
    return Optional.ofNullable(sourceVersion);
  }

  /**
   * Returns the findings: the reader's and the migration's, in the report's order.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Returns the findings: the reader's and the migration's, in the report's order.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return report.findings();
  }

  @Override
  public String toString() {
    return "Migration{from=" + (sourceVersion == null ? "unknown" : sourceVersion) + ", "
        + (contract == null ? "not migrated" : "migrated, " + canonical.length + " bytes") + ", " + report + "}";
  }
}
