package io.github.clsante.cli;

import io.github.clsante.examples.SeedContracts;
import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code cls} command: validates contract files (the ARS team's main job) and gives the format's
 * tools. Output is UTF-8. Exit codes: 0 when no file reaches {@code --fail-on}, 1 when one does (or the
 * input of another command is not valid), 2 for a usage error or a path that cannot be read.
 *
 * <pre>{@code
 * java -jar cls.jar validate --lang fr contrats/
 * java -jar cls.jar validate --format sarif -o report.sarif contrats/
 * }</pre>
 */
@Command(
    name = "cls",
    mixinStandardHelpOptions = true,
    versionProvider = Cls.Version.class,
    description = "Validates Contrats Locaux de Santé files and handles their canonical JSON format.",
    subcommands = {Cls.Validate.class, Cls.Canonicalize.class, Cls.Digest.class, Cls.Schema.class,
        Cls.Rules.class, Cls.Example.class, CommandLine.HelpCommand.class})
public final class Cls implements Runnable {

  /** Exit code: no file reaches the failure threshold. */
  public static final int OK = 0;

  /** Exit code: a file reaches the failure threshold, or an input is not valid. */
  public static final int FINDINGS = 1;

  /** Exit code: a usage error, or a path that cannot be read. */
  public static final int USAGE = 2;

  /** Held here: java.util.logging keeps loggers weakly, and would forget the level set on them. */
  private static final Logger LIBRARY_LOGGER = Logger.getLogger("org.hibernate.validator");

  /** How one file is validated; tests replace it to make a file fail. */
  BiFunction<ContractValidator, Path, ValidationReport> fileValidation = ContractValidator::validate;

  private InputStream stdin;
  private OutputStream stdout;
  private PrintWriter out;
  private PrintWriter err;

  @Option(names = "--debug", description = "Show stack traces of unexpected errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @picocli.CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; {@link #run(InputStream, OutputStream, OutputStream, String...)} runs it. */
  public Cls() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /**
   * Runs the command on the given streams, without exiting: the entry point for tests and embedding.
   *
   * @param stdin the standard input
   * @param stdout the standard output (UTF-8 is written to it)
   * @param stderr the standard error (UTF-8 is written to it)
   * @param args the arguments
   * @return the exit code
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    return run(new Cls(), stdin, stdout, stderr, args);
  }

  /** Runs the given command object: tests set its {@link #fileValidation} first. */
  static int run(Cls cls, InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    // Libraries log to java.util.logging: silence them (Hibernate Validator prints its version).
    LIBRARY_LOGGER.setLevel(Level.WARNING);
    cls.stdin = stdin;
    cls.stdout = stdout;
    cls.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    cls.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(cls);
    commandLine.setOut(cls.out);
    commandLine.setErr(cls.err);
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      cls.err.println("cls: " + exception.getClass().getSimpleName()
          + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
      if (cls.debug) {
        exception.printStackTrace(cls.err);
      }
      return USAGE;
    });
    commandLine.setParameterExceptionHandler((exception, parsedArgs) -> {
      cls.err.println("cls: " + exception.getMessage());
      exception.getCommandLine().usage(cls.err);
      return USAGE;
    });
    int code = commandLine.execute(args);
    cls.out.flush();
    cls.err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** French when the system's language is French, English otherwise. */
  static Locale locale(String lang) {
    String language = lang != null ? lang : Locale.getDefault().getLanguage();
    return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
  }

  /** The version: the SDK's and the format's. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cls " + ValidationReport.sdkVersion() + " (format " + ContractJson.FORMAT_VERSION + ")"};
    }
  }

  /** The output formats of {@code validate}. */
  enum Format {
    text, json, sarif, junit
  }

  /** The severities {@code --fail-on} accepts. */
  enum FailOn {
    error, warning
  }

  // ----------------------------------------------------------------------------------------------

  /** {@code cls validate}: validates contract files and directories of them. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Validates contract files, and the *.json files of directories (recursively), "
          + "and reports every problem: rule, place, severity, message.",
          "Exit code 0 when no file reaches --fail-on, 1 when one does, 2 for a usage error or a "
          + "path that cannot be read."})
  static final class Validate implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif (SARIF 2.1.0) or junit (JUnit XML). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", description = "Language of the messages: fr or en. Default: French when the system's language is French, English otherwise.")
    String lang;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit with 1 when a file has a finding of this severity or worse: error or warning. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @CommandLine.ArgGroup(exclusive = true)
    Strictness strictness;

    static final class Strictness {
      @Option(names = "--strict", description = "Unknown members are errors (the default).")
      boolean strict;

      @Option(names = "--lenient", description = "Unknown members are warnings, and ignored.")
      boolean lenient;
    }

    @Option(names = {"-o", "--output"}, description = "Write the report to this file instead of the standard output.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Contract files or directories.")
    List<Path> paths;

    /**
     * Validates one file, whatever happens: a failure of the SDK on this file (a bug) becomes its
     * report, {@code CLS-INTERNAL-ERROR}, and the next file is validated. Errors are caught too: a
     * stack overflow or an exhausted heap on one file leaves nothing behind for the next.
     */
    private ValidationReport validateOne(ContractValidator validator, Path file) {
      try {
        return cls.fileValidation.apply(validator, file);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        cls.err.println("cls: " + file + ": internal error (" + e.getClass().getName() + ")"
            + (cls.debug ? ":" : "; run with --debug to see where"));
        if (cls.debug) {
          e.printStackTrace(cls.err);
        }
        return ValidationReport.internalError(e);
      }
    }

    @Override
    public Integer call() throws IOException {
      if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
        cls.err.println("cls: --lang takes fr or en, not " + lang);
        return USAGE;
      }
      Locale locale = locale(lang);
      boolean unreadable = false;
      List<Path> files = new ArrayList<>();
      for (Path path : paths) {
        // A path that cannot be read is still reported, and counted, as a file with a finding.
        if (!Files.exists(path)) {
          cls.err.println("cls: no such file or directory: " + path);
          unreadable = true;
          files.add(path);
        } else if (!Files.isReadable(path)) {
          cls.err.println("cls: cannot read: " + path);
          unreadable = true;
          files.add(path);
        } else if (Files.isDirectory(path)) {
          try (Stream<Path> walk = Files.walk(path)) {
            files.addAll(walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                .sorted().collect(Collectors.toList()));
          } catch (IOException | java.io.UncheckedIOException e) {
            cls.err.println("cls: cannot read directory: " + path);
            unreadable = true;
            files.add(path);
          }
        } else {
          files.add(path);
        }
      }
      ContractValidator validator = strictness != null && strictness.lenient
          ? ContractValidator.withReader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS))
          : ContractValidator.standard();
      List<Reports.Entry> entries = new ArrayList<>();
      for (Path file : files) {
        entries.add(new Reports.Entry(file, validateOne(validator, file)));
      }
      byte[] report = Reports.write(format, entries, locale, failOn == FailOn.warning);
      if (output != null) {
        Files.write(output, report);
      } else {
        cls.out.flush();
        cls.stdout.write(report);
        cls.stdout.flush();
      }
      if (unreadable) {
        return USAGE;
      }
      boolean failing = entries.stream().anyMatch(e -> Reports.failing(e.report(), failOn == FailOn.warning));
      return failing ? FINDINGS : OK;
    }
  }

  /** {@code cls canonicalize}: the RFC 8785 form of any JSON text. */
  @Command(name = "canonicalize", mixinStandardHelpOptions = true,
      description = "Writes the RFC 8785 canonical form of a JSON text (a contract or any other); - reads the standard input.")
  static final class Canonicalize implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file, or - for the standard input.")
    String file;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
      byte[] input;
      if (file.equals("-")) {
        input = cls.stdin.readAllBytes();
      } else {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
          cls.err.println("cls: cannot read: " + file);
          return USAGE;
        }
        input = Files.readAllBytes(path);
      }
      try {
        byte[] canonical = ContractJson.canonicalize(input);
        if (output != null) {
          Files.write(output, canonical);
        } else {
          cls.stdout.write(canonical);
          cls.stdout.flush();
        }
        return OK;
      } catch (ClsJsonException e) {
        cls.err.println("cls: " + file + ":" + e.line() + ":" + e.column() + ": " + e.code() + " " + e.getMessage());
        return FINDINGS;
      }
    }
  }

  /** {@code cls digest}: the digest of contract files. */
  @Command(name = "digest", mixinStandardHelpOptions = true,
      description = "Prints the digest (sha256 of the canonical form) of each contract file: sha256:<hex>  FILE.")
  static final class Digest implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files.")
    List<Path> files;

    @Override
    public Integer call() {
      int code = OK;
      for (Path file : files) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
          cls.err.println("cls: cannot read: " + file);
          code = USAGE;
          continue;
        }
        ReadResult read = ContractJson.reader().read(file);
        if (read.contract().isEmpty()) {
          cls.err.println("cls: " + file + ": not a readable contract (run cls validate)");
          code = Math.max(code, FINDINGS);
        } else {
          cls.out.println(ContractJson.digest(read.contract().get()) + "  " + file);
        }
      }
      return code;
    }
  }

  /** {@code cls schema}: the JSON Schema of the format. */
  @Command(name = "schema", mixinStandardHelpOptions = true,
      description = "Prints the JSON Schema (draft 2020-12) of the contract format.")
  static final class Schema implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Override
    public Integer call() {
      cls.out.print(ContractJson.schema());
      cls.out.flush();
      return OK;
    }
  }

  /** {@code cls rules}: the catalogue of codes. */
  @Command(name = "rules", mixinStandardHelpOptions = true,
      description = "Lists every code a report can hold: the rules, then the reader's problems.")
  static final class Rules implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Option(names = "--lang", description = "Language of the messages: fr or en.")
    String lang;

    @Override
    public Integer call() {
      Locale locale = locale(lang);
      for (Rule rule : Rule.values()) {
        cls.out.println(rule.code() + "\t" + rule.severity().code() + "\t" + rule.messageTemplate(locale));
      }
      for (ReadProblem problem : ReadProblem.values()) {
        Finding finding = Finding.builder().code(problem.code()).severity(problem.severity()).pointer("").build();
        cls.out.println(problem.code() + "\t" + problem.severity().code() + "\t"
            + ContractJson.message(finding, locale).orElse(""));
      }
      return OK;
    }
  }

  /** {@code cls example}: a bundled seed contract. */
  @Command(name = "example", mixinStandardHelpOptions = true,
      description = "Prints the canonical JSON of a bundled seed contract: agglopolys, villes-soeurs, le-havre, chartres, lens-lievin.")
  static final class Example implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "NAME", description = "agglopolys, villes-soeurs, le-havre, chartres or lens-lievin.")
    String name;

    @Override
    public Integer call() throws IOException {
      if (!SeedContracts.all().containsKey(name)) {
        cls.err.println("cls: no example named " + name + "; known: " + String.join(", ", SeedContracts.all().keySet()));
        return USAGE;
      }
      cls.stdout.write(SeedContracts.canonicalJson(name));
      cls.stdout.flush();
      return OK;
    }
  }
}
