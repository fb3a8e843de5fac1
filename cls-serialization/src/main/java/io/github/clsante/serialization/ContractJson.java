package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.internal.CanonicalOutput;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.JsonCanonicalizer;
import io.github.clsante.serialization.internal.JsonSink;
import io.github.clsante.serialization.internal.SchemaGenerator;
import io.github.clsante.serialization.internal.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON interchange format of CLS contracts (format 1.1, see {@code FORMAT.md}): reading (1.0 and
 * 1.1), the canonical RFC 8785 form, its SHA-256 digest, a readable pretty form, the JSON Schema, and
 * the migration of 1.0 documents to 1.1.
 *
 * <p>The canonical form is what tools exchange and sign: the same contract always gives the same bytes,
 * whatever the order of members or the spacing of the file it was read from, and so the same digest.
 *
 * <pre>{@code
 * ReadResult read = ContractJson.reader().read(Path.of("cls.json"));
 * Contract contract = read.contract().orElseThrow();
 * byte[] canonical = ContractJson.toCanonicalBytes(contract);  // RFC 8785
 * String digest = ContractJson.digest(contract);                // "sha256:3f2a…"
 * String pretty = ContractJson.toPrettyString(contract);        // for people
 * Migration migration = ContractJson.migrate(Files.readAllBytes(Path.of("cls-1.0.json")));  // to 1.1
 * }</pre>
 */
public final class ContractJson {

  /**
   * The format version this SDK writes, and the newest it reads: {@value}, as a document says it in
   * its {@code formatVersion} member (a 1.0 document says {@code "schemaVersion": "1.0"}).
   */
  public static final String FORMAT_VERSION = Shapes.FORMAT_VERSION;

  private ContractJson() {}

  /**
   * Returns the default reader: strict (an unknown member is an error), with the default limits.
   *
   * @return the reader
   */
  public static ContractReader reader() {
    return ContractReader.DEFAULT;
  }

  /**
   * Returns the canonical form of a contract, a document of format {@value #FORMAT_VERSION}: RFC 8785
   * (members sorted by UTF-16 code units, ECMAScript number form, minimal string escaping, no
   * whitespace), UTF-8. Amounts are written in euros, and only what the contract states is written.
   *
   * @param contract the contract
   * @return the canonical bytes
   * @throws ClsJsonException if an extension value of the contract is not valid JSON
   */
  public static byte[] toCanonicalBytes(Contract contract) {
    return write(contract, false).toByteArray();
  }

  /**
   * Returns the canonical form of a contract as a string.
   *
   * @param contract the contract
   * @return the canonical text
   * @throws ClsJsonException if an extension value of the contract is not valid JSON
   */
  public static String toCanonicalString(Contract contract) {
    return write(contract, false).toText();
  }

  /**
   * Writes the canonical form of a contract to a stream, which is not closed.
   *
   * @param contract the contract
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws ClsJsonException if an extension value of the contract is not valid JSON
   */
  public static void writeCanonical(Contract contract, OutputStream out) throws IOException {
    write(contract, false).writeTo(out); // whole first: nothing is written for a contract that fails
  }

  /** The pieces in which a canonical form is hashed, instead of kept whole. */
  private static final int DRAIN_AT = 32 * 1024;

  /**
   * Returns a readable form of a contract: the canonical member order, indented by two spaces, ending
   * with a newline. Reading it back gives the same contract.
   *
   * @param contract the contract
   * @return the pretty text
   * @throws ClsJsonException if an extension value of the contract is not valid JSON
   */
  public static String toPrettyString(Contract contract) {
    CanonicalOutput out = write(contract, true);
    out.raw((byte) '\n');
    return out.toText();
  }

  private static CanonicalOutput write(Contract contract, boolean pretty) {
    Objects.requireNonNull(contract, "contract");
    CanonicalOutput out = new CanonicalOutput(8192);
    ContractFormat.CONTRACT.write(contract, new JsonSink(out, pretty));
    return out;
  }

  /**
   * Returns the digest of a contract: {@code "sha256:"} followed by the lower-case hex SHA-256 of its
   * canonical bytes.
   *
   * @param contract the contract
   * @return the digest
   * @throws ClsJsonException if an extension value of the contract is not valid JSON
   */
  public static String digest(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    // Hashed as it is written, in pieces: the canonical form is never kept whole.
    CanonicalOutput buffer = new CanonicalOutput(DRAIN_AT + 1024);
    buffer.drainTo((bytes, length) -> sha256.update(bytes, 0, length), DRAIN_AT);
    ContractFormat.CONTRACT.write(contract, new JsonSink(buffer, false));
    buffer.finishDrain();
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * Returns the RFC 8785 canonical form of any JSON text, contract or not.
   *
   * @param json a JSON text, UTF-8
   * @return its canonical bytes
   * @throws ClsJsonException if the text is not JSON, holds a duplicate member, nests deeper than
   *     {@value ContractReader#DEFAULT_MAX_NESTING_DEPTH} levels, or a number beyond the range of a
   *     double
   */
  public static byte[] canonicalize(byte[] json) {
    return JsonCanonicalizer.canonicalize(json, ContractReader.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Returns the RFC 8785 canonical form of any JSON text, contract or not.
   *
   * <p>The same text as {@link #canonicalize(byte[])} gives for the text's UTF-8 bytes, read from its
   * characters without encoding it first.
   *
   * @param json a JSON text
   * @return its canonical text
   * @throws ClsJsonException as {@link #canonicalize(byte[])} does for the text's UTF-8 bytes, with the
   *     same code; an unpaired surrogate in a string is {@code CLS-JSON-INVALID-STRING}, as its escape
   *     would be; columns count the text's characters
   */
  public static String canonicalize(String json) {
    return JsonCanonicalizer.canonicalizeToText(json, ContractReader.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Migrates a document to the current format version, {@value #FORMAT_VERSION}: a 1.0 document becomes
   * the 1.1 document that means the same. Its amounts in cents are written in euros under their 1.1
   * members ({@code budgetCents} → {@code budget}), and the defaults 1.0 read for absent members (a
   * signatory's {@code role} principal, {@code sheetNumbering} contract_wide, {@code transversal},
   * {@code recurring} and {@code planned} false) are written, since the file stated them; in 1.1 an
   * absent member means that the source does not say. Each change is a finding ({@link MigrationNote}),
   * an information located in the source. The migrated document is what reading the source and
   * writing it gives ({@link #toCanonicalBytes}).
   *
   * <p>A 1.1 document gives its canonical form, with the finding {@link MigrationNote#UP_TO_DATE}. A
   * document whose read has errors is not migrated, since migrating would lose what could not be read:
   * the result has no output, and the reader's findings. Neither is a document of a newer version, nor
   * one holding an amount 1.1 cannot write. Migrating never throws for a bad document.
   *
   * <pre>{@code
   * Migration migration = ContractJson.migrate(bytes);
   * migration.findings();           // CLS-MIGRATE-VERSION, CLS-MIGRATE-EUROS…, with line and column
   * migration.canonicalBytes();     // Optional[the 1.1 document], empty when not migrated
   * }</pre>
   *
   * @param document the source document, UTF-8
   * @return the migration
   */
  public static Migration migrate(byte[] document) {
    return Migrator.migrate(document);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the current format version, {@value #FORMAT_VERSION}, as
   * shipped in this jar.
   *
   * @return the schema text
   */
  public static String schema() {
    return schema(FORMAT_VERSION);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a version of the format: {@code "1.1"}, or {@code "1.0"}
   * for tools that still produce the older version.
   *
   * @param formatVersion the version, {@code MAJOR.MINOR}
   * @return the schema text
   * @throws IllegalArgumentException if this SDK has no such version
   */
  public static String schema(String formatVersion) {
    int minor = java.util.List.of("1.0", "1.1").indexOf(formatVersion);
    if (minor < 0) {
      throw new IllegalArgumentException("no format version " + formatVersion + "; versions: 1.0, 1.1");
    }
    try (InputStream in = ContractJson.class.getResourceAsStream(SchemaGenerator.resource(minor))) {
      if (in == null) {
        return SchemaGenerator.schema(minor); // running from sources without the build's generated file
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the value a JSON Pointer designates in a contract's canonical document: the model object
   * (an {@code ActionSheet}, a {@code Party}), list or value found there, so that a finding's pointer
   * can be turned back into what it is about.
   *
   * <pre>{@code
   * ContractJson.valueAt(contract, "/axes/2/actionSheets/1");   // Optional[ActionSheet{…}]
   * ContractJson.valueAt(contract, "/axes/2/actionSheets/1/title");   // Optional["Favoriser…"]
   * }</pre>
   *
   * @param contract the contract
   * @param pointer an RFC 6901 JSON Pointer ({@code ""}: the contract itself)
   * @return the value, or empty when the document has nothing there
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public static Optional<Object> valueAt(Contract contract, String pointer) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(pointer, "pointer");
    return ContractFormat.CONTRACT.valueAt(contract, pointer);
  }
}
