package io.github.clsante.serialization;

import io.github.clsante.model.report.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What migrating a document to the current format version reports (notes de migration), beside the
 * reader's own findings: each change made, as an information, and each reason not to migrate, as an
 * error. Each has a stable code, documented in {@code FORMAT.md} and never renamed, and a severity.
 *
 * <p>A finding carries the code, a JSON Pointer into the source document (for a member the migration
 * adds, where the migrated document has it), the line and column in the source (of the object that
 * gets the member, for an added one), and the parameters named in each constant's description.
 * Messages in French and English are given by {@link
 * io.github.clsante.model.report.FindingMessages#message(io.github.clsante.model.report.Finding, Locale)}.
 */
public enum MigrationNote {
  /**
   * The document moves from a version to another: its version is rewritten, and 1.0's {@code
   * schemaVersion} becomes 1.1's {@code formatVersion}. The finding's pointer is the member the source
   * writes its version in. Parameters: {@code from}, {@code to}; {@code member} and {@code
   * replacement}, the version member's name in each ({@code schemaVersion}, {@code formatVersion}).
   */
  VERSION("CLS-MIGRATE-VERSION", Severity.INFO),
  /**
   * An amount in euro cents of format 1.0 ({@code budgetCents}, {@code amountCents}, {@code
   * plannedAmountCents}, {@code actualAmountCents}) is written in euros under its 1.1 member. Parameters:
   * {@code member} (the 1.0 member), {@code replacement} (the 1.1 member), {@code cents} (the amount in
   * cents), {@code euros} (the same amount in euros, as the migrated document writes it: {@code 12000},
   * {@code 1500.5}).
   */
  EUROS("CLS-MIGRATE-EUROS", Severity.INFO),
  /**
   * A member the 1.0 document does not write, which format 1.0 read as a default (a signatory's role
   * is principal, sheets are numbered across the contract, an axis is not transversal, an action not
   * recurring, an amendment not only announced), is written with that default: in 1.1 an absent member
   * means that the source does not say. Parameters: {@code member}, {@code value} (as the migrated
   * document writes it: {@code principal}, {@code false}).
   */
  DEFAULT("CLS-MIGRATE-DEFAULT", Severity.INFO),
  /**
   * The document is already of the current version: there is nothing to migrate, and it is only written
   * in canonical form. Parameters: {@code version}.
   */
  UP_TO_DATE("CLS-MIGRATE-UP-TO-DATE", Severity.INFO),
  /**
   * The document is of a newer minor version than this SDK knows: it is not migrated, since writing it
   * in an older version would lose what its version adds. Parameters: {@code version}, {@code
   * supported}.
   */
  NEWER_VERSION("CLS-MIGRATE-NEWER-VERSION", Severity.ERROR),
  /**
   * An amount in cents of format 1.0 is larger than the largest amount format 1.1 holds (9 999 999 999
   * 999,99 €): the document is not migrated. Parameters: {@code member}, {@code cents}, {@code max} (in
   * euros).
   */
  AMOUNT_OUT_OF_RANGE("CLS-MIGRATE-AMOUNT-OUT-OF-RANGE", Severity.ERROR);

  private final String code;
  private final Severity severity;

  MigrationNote(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code.
   *
   * @return the code ({@code "CLS-MIGRATE-EUROS"})
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity: an information for a change, an error for a reason not to migrate.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message template of this note, with its {@code {placeholders}} and its optional
   * {@code [[segments]]} (see {@link io.github.clsante.model.report.MessageCatalog}).
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template
   */
  public String messageTemplate(Locale locale) {
    return CodeTexts.template(code, locale);
  }

  /**
   * Returns what this note means for the person who keeps the file, in a few plain sentences, in French
   * or English, as {@code cls explain} shows it.
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation
   */
  public String explanation(Locale locale) {
    return CodeTexts.explanation(code, locale);
  }

  /**
   * Returns the note with the given code.
   *
   * @param code the code
   * @return the note, or empty if no migration note has that code
   */
  public static Optional<MigrationNote> fromCode(String code) {
    return CodeTexts.byCode(MigrationNote.class, MigrationNote::code, code);
  }

  /**
   * Returns every code, in declaration order.
   *
   * @return the codes
   */
  public static List<String> codes() {
    return CodeTexts.all(MigrationNote.class, MigrationNote::code);
  }
}
