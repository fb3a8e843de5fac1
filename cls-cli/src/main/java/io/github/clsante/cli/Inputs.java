package io.github.clsante.cli;

import io.github.clsante.spreadsheet.SpreadsheetFormat;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code cls validate} was given, made into a list of inputs: files as named, the {@code *.json}
 * files and the plans ({@code *.xlsx}, {@code *.ods}) of directories (any case: {@code CONTRAT.JSON}),
 * and the other files of directories, which are listed as not read. Hidden directories ({@code .git}) and links to directories are not entered. Problems
 * that make the run a
 * usage error (a missing path, a directory without a contract file) are collected as notices.
 */
final class Inputs {

  /** The extensions of spreadsheets: plans in xlsx and ods are read, the others get a hint. */
  static final Set<String> SPREADSHEETS = Set.of("xlsx", "xls", "ods", "csv");

  /** The extensions of plans read in the Territoires en Transitions template. */
  static final Set<String> PLANS = Set.of("xlsx", "ods");

  /** The name shown for the standard input. */
  static final String STDIN = "<stdin>";

  /** One input: a file (as named on the command line or found in a directory) or the standard input. */
  record Input(String name, Path path) {
    static Input of(Path path) {
      return new Input(path.toString(), path);
    }

    static Input stdin() {
      return new Input(STDIN, null);
    }

    boolean isStdin() {
      return path == null;
    }
  }

  /**
   * An input to validate or one listed as not read; a problem found on the way is a notice too.
   *
   * @param input the input
   * @param skipped whether it is not read (a file of a directory that is not a contract file or a plan)
   * @param spreadsheet whether it is a spreadsheet: a plan read as one when not skipped (xlsx, ods), one
   *     this command cannot read when skipped (xls, csv)
   */
  record Slot(Input input, boolean skipped, boolean spreadsheet) {}

  /**
   * A usage problem, said on the standard error and, in SARIF, as a notification.
   *
   * @param input the path it is about, or {@code null}
   * @param message the message, in the run's language, unescaped
   */
  record Notice(Input input, String message) {}

  final List<Slot> slots = new ArrayList<>();
  final List<Notice> notices = new ArrayList<>();

  /** The files already listed, so that a file named twice (itself and its directory) is read once. */
  private final Set<Path> seen = new HashSet<>();

  private final Texts texts;

  private Inputs(Texts texts) {
    this.texts = texts;
  }

  /**
   * Collects the inputs named by the arguments.
   *
   * @param args the PATH arguments: files, directories, {@code -}
   * @param texts the run's language
   * @return the inputs and the notices
   */
  static Inputs collect(List<String> args, Texts texts) {
    Inputs inputs = new Inputs(texts);
    for (String arg : args) {
      inputs.add(arg);
    }
    return inputs;
  }

  /** Whether the run is a usage error: something named could not be used. */
  boolean usageError() {
    return !notices.isEmpty();
  }

  /** Whether a file name ends with {@code .json}, in any case. */
  static boolean isJson(Path file) {
    return extension(file).equals("json");
  }

  /** Whether a file is a spreadsheet, by its extension in any case. */
  static boolean isSpreadsheet(Path file) {
    return SPREADSHEETS.contains(extension(file));
  }

  /** Whether a file is a plan this command reads, xlsx or ods, by its extension in any case. */
  static boolean isPlan(Path file) {
    return PLANS.contains(extension(file));
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Lists a slot unless its file is listed already. */
  private void slot(Slot slot) {
    Path key = slot.input().isStdin() ? Path.of(STDIN) : slot.input().path().toAbsolutePath().normalize();
    if (seen.add(key)) {
      slots.add(slot);
    }
  }

  private void notice(Input input, String key) {
    notices.add(new Notice(input, texts.get(key, "path", texts.quote(input.name()))));
  }

  private void add(String arg) {
    if (arg.equals("-")) {
      slot(new Slot(Input.stdin(), false, false));
      return;
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      notices.add(new Notice(null, texts.get("error.invalidPath", "path", texts.quote(arg))));
      return;
    }
    Input input = Input.of(path);
    if (!Files.exists(path)) {
      // Still reported, and counted, as a file with a finding (CLS-JSON-IO-ERROR).
      notice(input, "error.notFound");
      slot(new Slot(input, false, false));
    } else if (!Files.isReadable(path)) {
      notice(input, "error.unreadable");
      slot(new Slot(input, false, false));
    } else if (Files.isDirectory(path)) {
      directory(input);
    } else if (isPlan(path)) {
      slot(new Slot(input, false, true));
    } else if (isSpreadsheet(path)) {
      notice(input, "error.spreadsheetGiven");
      slot(new Slot(input, true, true));
    } else {
      // A file named is read whatever its name: as a plan when its content is a workbook.
      slot(new Slot(input, false, isWorkbook(path)));
    }
  }

  /**
   * Whether a file's first bytes are a workbook's: a zip archive (xlsx, ods) or an OLE2 compound file
   * (xls, which the plan reader names and says how to save); a file that cannot be read is not.
   */
  static boolean isWorkbook(Path file) {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(38);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return SpreadsheetFormat.ofContent(head).isPresent() || (head.length >= 4 && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0);
  }

  private void directory(Input root) {
    List<Path> contracts = new ArrayList<>();
    List<Path> others = new ArrayList<>();
    List<Path> failed = new ArrayList<>();
    try {
      Files.walkFileTree(root.path(), new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          boolean hidden = !dir.equals(root.path()) && dir.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          // A link to a directory is not followed (no loops); any other entry is listed: a link to a
          // file counts as the file, and a broken link named *.json is validated, to say it is missing.
          if (!(attributes.isSymbolicLink() && Files.isDirectory(file))) {
            (isJson(file) || isPlan(file) ? contracts : others).add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          failed.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      failed.add(root.path());
    }
    List<Slot> found = new ArrayList<>();
    for (Path file : contracts) {
      found.add(new Slot(Input.of(file), false, isPlan(file)));
    }
    for (Path file : others) {
      found.add(new Slot(Input.of(file), true, isSpreadsheet(file)));
    }
    for (Path file : failed) {
      notice(Input.of(file), Files.isDirectory(file) ? "error.unreadableDirectory" : "error.unreadable");
      found.add(new Slot(Input.of(file), false, false));
    }
    found.sort(Comparator.comparing(slot -> slot.input().path()));
    found.forEach(this::slot);
    if (contracts.isEmpty() && failed.isEmpty()) {
      if (others.isEmpty()) {
        notice(root, "error.emptyDirectory");
      } else {
        notices.add(new Notice(root, texts.get("error.noContractFile", "path", texts.quote(root.name()),
            "skipped", texts.count("skipped", others.size()))));
      }
    }
  }
}
