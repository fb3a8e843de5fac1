package io.github.clsante.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Runs the cls command in-process, on a system whose language is English unless a test says otherwise. */
final class Runs {

  static final Path CONTRACTS = Path.of("../cls-examples/src/main/resources/contracts");
  /**
   * Chartres as format 1.0 said it: 1.0 could not say that its signatories and sheets are not all
   * listed, so the file gets an error and a warning (the 1.1 seed gets none).
   */
  static final Path CHARTRES_1_0 = Path.of("src/test/resources/io/github/clsante/cli/inputs/chartres-1.0.json");
  static final Path BROKEN = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization/invalid");

  /** No-break space, inside « ». */
  static final String NBSP = "\u00A0";

  /** Narrow no-break space, before ; : ! ? and between groups of digits. */
  static final String NNBSP = "\u202F";

  private Runs() {}

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  /** A command on a system whose language is English: tests do not depend on the machine's language. */
  static Cls command() {
    Cls command = new Cls();
    command.systemLocale = Locale.ENGLISH;
    return command;
  }

  static Run cls(String... args) {
    return cls(command(), new byte[0], args);
  }

  static Run cls(byte[] stdin, String... args) {
    return cls(command(), stdin, args);
  }

  static Run cls(Cls command, String... args) {
    return cls(command, new byte[0], args);
  }

  static Run cls(Cls command, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cls.run(command, new ByteArrayInputStream(stdin), out, err, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A run on a system whose language is the given one. */
  static Run onSystem(Locale system, String... args) {
    Cls command = new Cls();
    command.systemLocale = system;
    return cls(command, new byte[0], args);
  }

  /** French typography on a text written with plain spaces, as the French bundle gets it. */
  static String fr(String text) {
    return Texts.typography(text);
  }
}
