package io.github.clsante.serialization;

import io.github.clsante.model.Coded;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Report;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.serialization.internal.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Migrates a document to the current format version, for {@link ContractJson#migrate(byte[])}: one read
 * (with locations), then, for a 1.0 document, one walk of the contract as the document writes it to
 * name each change. The migrated document is the contract read, written: what reading a 1.0 file and
 * writing it gives.
 */
final class Migrator {

  private static final ContractReader READER = ContractReader.DEFAULT.with(ReadFeature.RECORD_LOCATIONS);

  private Migrator() {}

  static Migration migrate(byte[] document) {
    Objects.requireNonNull(document, "document");
    int[] minor = {-1};
    Contract[] asWritten = new Contract[1];
    ReadResult read = READER.read(document, (version, contract) -> {
      minor[0] = version;
      asWritten[0] = contract;
    });
    String source = minor[0] >= 0 ? "1." + minor[0] : otherMajor(read.report());
    // Where the source says its version: formatVersion, or schemaVersion in a 1.0 document.
    String version = read.documentPointer(JsonPointer.append("", Shapes.FORMAT_VERSION_MEMBER));
    if (!read.isValid()) {
      return new Migration(null, source, read.report()); // migrating would lose what could not be read
    }
    List<Finding> findings = new ArrayList<>(read.report().findings());
    if (minor[0] > Shapes.CURRENT_MINOR) {
      findings.add(note(MigrationNote.NEWER_VERSION, version, read, "version", source,
          "supported", ContractJson.FORMAT_VERSION));
      return new Migration(null, source, Report.of(findings));
    }
    if (minor[0] == Shapes.CURRENT_MINOR) {
      findings.add(note(MigrationNote.UP_TO_DATE, version, read, "version", source));
      return new Migration(read.contract().get(), source, Report.of(findings));
    }
    findings.add(note(MigrationNote.VERSION, version, read, "from", source, "to", ContractJson.FORMAT_VERSION,
        "member", Shapes.SCHEMA_VERSION_MEMBER, "replacement", Shapes.FORMAT_VERSION_MEMBER));
    boolean[] refused = {false};
    ContractFormat.CONTRACT.changesFrom10(asWritten[0], "", new ObjectShape.Changes10() {
      @Override
      public void replaced(String pointer, Field<?, ?> field, Object value) {
        EuroAmount amount = (EuroAmount) value; // the members 1.1 replaced are the amounts in cents
        String cents = Long.toString(amount.cents());
        if (amount.toEuros().abs().compareTo(Shapes.MAX_EUROS) > 0) {
          refused[0] = true;
          findings.add(note(MigrationNote.AMOUNT_OUT_OF_RANGE, pointer, read, "member", field.name(), "cents", cents,
              "max", Shapes.MAX_EUROS.toPlainString()));
        } else {
          findings.add(note(MigrationNote.EUROS, pointer, read, "member", field.name(),
              "replacement", field.replacement().orElseThrow(), "cents", cents, "euros", Shapes.euros(amount)));
        }
      }

      @Override
      public void defaulted(String pointer, Field<?, ?> field, Object value) {
        String written = value instanceof Coded ? ((Coded) value).code() : String.valueOf(value);
        findings.add(note(MigrationNote.DEFAULT, pointer, read, "member", field.name(), "value", written));
      }
    });
    return new Migration(refused[0] ? null : read.contract().get(), source, Report.of(findings));
  }

  /** The version a document of another major version says, as its finding quotes it. */
  private static String otherMajor(Report report) {
    return report.findings().stream()
        .filter(finding -> finding.code().equals(ReadProblem.UNSUPPORTED_VERSION.code()))
        .map(finding -> finding.params().get("version"))
        .findFirst().orElse(null);
  }

  /** A note at a pointer, located where the source has that value (or the object that lacks it). */
  private static Finding note(MigrationNote note, String pointer, ReadResult read, String... params) {
    Finding.Builder finding = Finding.builder().code(note.code()).severity(note.severity()).pointer(pointer);
    read.locationOf(pointer).ifPresent(finding::location);
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    return finding.build();
  }
}
