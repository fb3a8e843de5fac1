package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.Migration;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The work of {@code cls migrate} on each file: reading it, migrating it, saying each change and each
 * refusal on the file and place the user knows, and writing the migrated file whole or not at all.
 */
final class Migrations {

  /** What migrating one input gave. */
  enum Outcome {
    /** Migrated from 1.0 and written. */
    MIGRATED,
    /** Already 1.1: written in canonical form. */
    CURRENT,
    /** Not migrated: nothing written for it. */
    REFUSED,
    /** Migrated, but the file could not be written. */
    NOT_WRITTEN
  }

  private final Texts texts;

  Migrations(Texts texts) {
    this.texts = texts;
  }

  /**
   * What migrating one input gave: the migration, when the input could be read, and its findings, or
   * the reader's finding saying why it could not be (missing, a directory, too large).
   *
   * @param migration the migration, or empty when the input could not be read
   * @param findings the findings to print
   * @param source the input's bytes, or {@code null} when it could not be read
   */
  // Never compared nor hashed: it only carries the bytes read to the code that writes the result.
  @SuppressWarnings("ArrayRecordComponent")
  record Done(Optional<Migration> migration, List<Finding> findings, byte[] source) {
    /** What the migration was. */
    Outcome outcome() {
      if (migration.isEmpty() || !migration.get().isMigrated()) {
        return Outcome.REFUSED;
      }
      return findings.stream().anyMatch(f -> f.code().equals(MigrationNote.UP_TO_DATE.code()))
          ? Outcome.CURRENT : Outcome.MIGRATED;
    }
  }

  /** Reads and migrates an input. */
  static Done migrate(Input input, byte[] stdinBytes) {
    byte[] bytes = stdinBytes;
    if (!input.isStdin()) {
      bytes = null;
      try {
        if (Files.isRegularFile(input.path()) && Files.size(input.path()) <= ContractReader.DEFAULT_MAX_DOCUMENT_BYTES) {
          bytes = Files.readAllBytes(input.path());
        }
      } catch (IOException e) {
        // Said as the reader says it: CLS-JSON-IO-ERROR.
      }
    }
    if (bytes == null) {
      return new Done(Optional.empty(), ContractJson.reader().read(input.path()).report().findings(), null);
    }
    Migration migration = ContractJson.migrate(bytes);
    return new Done(Optional.of(migration), migration.findings(), bytes);
  }

  /**
   * The lines of one input's findings, made safe, each ending with a newline; places come from the
   * migrated contract, or from the reader's best reading of a refused file.
   */
  String lines(String name, Done done) {
    Contract contract = done.migration().flatMap(Migration::contract).orElseGet(() ->
        done.source() == null ? null : ContractJson.reader().read(done.source()).contract().orElse(null));
    StringBuilder text = new StringBuilder();
    for (Finding finding : Reports.inReadingOrder(done.findings())) {
      Optional<String> place = contract == null ? Optional.empty()
          : ValidationReport.place(contract, finding.pointer(), texts.locale());
      String message = FindingMessages.message(finding, texts.locale());
      text.append(Safe.text(Reports.line(texts, name, finding, place, message))).append('\n');
    }
    return text.toString();
  }

  /** The line saying that an input was not migrated, and, for reader errors, what to do first. */
  String refused(String name, List<Finding> findings) {
    boolean noteError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR
        && MigrationNote.fromCode(f.code()).isPresent());
    long readErrors = findings.stream().filter(f -> f.severity() == Severity.ERROR
        && ReadProblem.fromCode(f.code()).isPresent()).count();
    return Safe.text(name + ": " + (noteError || readErrors == 0 ? texts.get("migrate.refused")
        : texts.get("migrate.refused.errors", "errors", texts.count("error", readErrors))));
  }

  /** « 3 migrés, 1 déjà en version 1.1, 1 non migré »: the outcomes that occur, files not written counted as not migrated. */
  static String outcomes(Texts texts, java.util.Map<Outcome, Integer> outcomes) {
    int migrated = outcomes.getOrDefault(Outcome.MIGRATED, 0);
    int current = outcomes.getOrDefault(Outcome.CURRENT, 0);
    int refused = outcomes.getOrDefault(Outcome.REFUSED, 0) + outcomes.getOrDefault(Outcome.NOT_WRITTEN, 0);
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (migrated > 0 || current == 0 && refused == 0) {
      parts.add(texts.count("migrated", migrated));
    }
    if (current > 0) {
      parts.add(texts.count("current", current));
    }
    if (refused > 0) {
      parts.add(texts.count("refused", refused));
    }
    return String.join(", ", parts);
  }

  /** The number of changes a migration made: its version, amounts and defaults. */
  static long changes(List<Finding> findings) {
    return findings.stream().map(Finding::code).filter(code -> code.equals(MigrationNote.VERSION.code())
        || code.equals(MigrationNote.EUROS.code()) || code.equals(MigrationNote.DEFAULT.code())).count();
  }

  /**
   * Writes a file whole or not at all: into a new file beside it, then moved over it in one step, so
   * that the file is either as it was or complete, even when the writing is interrupted. A file that
   * already has these bytes is left as it is; a replaced file keeps its permissions.
   *
   * @param target the file to write
   * @param bytes its new content
   * @throws IOException if it cannot be written; the target is then as it was
   */
  static void writeWhole(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isRegularFile(absolute) && java.util.Arrays.equals(Files.readAllBytes(absolute), bytes)) {
      return;
    }
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    Path temporary = null;
    try {
      // Created as a new file, so with the permissions the system gives new files (umask).
      while (temporary == null) {
        Path candidate = directory.resolve("." + absolute.getFileName() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try (OutputStream out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          temporary = candidate;
          out.write(bytes);
        } catch (FileAlreadyExistsException taken) {
          // another name
        }
      }
      if (Files.exists(absolute) && Files.getFileStore(directory).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
