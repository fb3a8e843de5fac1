package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.cli.Inputs.Notice;
import io.github.clsante.cli.Inputs.Slot;
import io.github.clsante.examples.SeedContracts;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.Migration;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.spreadsheet.PlanImport;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code cls} command: validates contract files (the ARS team's main job) and gives the format's
 * tools, in French or English ({@code --lang}; French by default on a French system): help, messages,
 * usage errors and reports. Output is UTF-8, and whatever comes from a file or a file name is escaped
 * for where it is printed. Exit codes: 0 when no file reaches {@code --fail-on}, 1 when one does (or the
 * input of another command is not valid), 2 for a usage error, a path that cannot be read or a
 * directory without a contract file ({@code migrate} documents its own).
 *
 * <pre>{@code
 * java -jar cls.jar validate --lang fr contrats/
 * java -jar cls.jar migrate contrats/ -o contrats-1.1/
 * java -jar cls.jar validate --format sarif --base-dir . -o report.sarif contrats/
 * java -jar cls.jar explain CLS-SHEET-NO-PILOT
 * }</pre>
 */
@Command(
    name = "cls",
    mixinStandardHelpOptions = true,
    versionProvider = Cls.Version.class,
    subcommands = {Cls.Validate.class, Plans.Import.class, Plans.Export.class, Cls.Migrate.class, Cls.Explain.class,
        Cls.Rules.class, Serve.class, Cls.Canonicalize.class,
        Cls.Digest.class, Cls.Schema.class, Cls.Example.class, Cls.Help.class})
public final class Cls implements Runnable {

  /** Exit code: no file reaches the failure threshold. */
  public static final int OK = 0;

  /** Exit code: a file reaches the failure threshold, or an input is not valid. */
  public static final int FINDINGS = 1;

  /** Exit code: a usage error, a path that cannot be read, or a directory without a contract file. */
  public static final int USAGE = 2;

  /** The languages of {@code --lang}. */
  static final List<String> LANGUAGES = List.of("fr", "en");

  /** Names people give for a language, and the code they mean. */
  private static final Map<String, String> LANGUAGE_NAMES = Map.of(
      "français", "fr", "francais", "fr", "french", "fr", "fra", "fr", "fre", "fr",
      "anglais", "en", "english", "en", "eng", "en");

  /** Held here: java.util.logging keeps loggers weakly, and would forget the level set on them. */
  private static final Logger LIBRARY_LOGGER = Logger.getLogger("org.hibernate.validator");

  /** How one file is validated; tests replace it to make a file fail. */
  BiFunction<ContractValidator, Path, ValidationReport> fileValidation = ContractValidator::validate;

  /**
   * Where a finding is in words, in text, SARIF and JUnit; tests replace it to check how places are
   * shown there (escaped). The JSON report of a file always has the SDK's places, as its documented form.
   */
  Reports.Places places = (report, finding, locale) -> report.place(finding, locale);

  /**
   * Whether the standard error is a terminal, where {@code validate} draws its progress: only for the
   * process's own standard error ({@link #main}); tests set it.
   */
  java.util.function.BooleanSupplier stderrTerminal = () -> false;

  /**
   * Whether the standard output is a terminal, where a JSON document written ends with a line break
   * (the prompt then starts on a line of its own; redirected, the bytes are exactly the document's):
   * only for the process's own standard output ({@link #main}); tests set it.
   */
  java.util.function.BooleanSupplier stdoutTerminal = () -> false;

  /** The clock of the progress line, in nanoseconds; tests set it. */
  java.util.function.LongSupplier clock = System::nanoTime;

  /** The system's language, which decides when {@code --lang} is not given; tests set it. */
  Locale systemLocale = Locale.getDefault();

  private Texts texts;
  private InputStream stdin;
  private OutputStream stdout;
  private PrintWriter out;
  private PrintWriter err;

  @Option(names = "--lang", paramLabel = "${bundle:label.lang}", descriptionKey = "option.lang",
      scope = CommandLine.ScopeType.INHERIT)
  String lang;

  @Option(names = "--debug", descriptionKey = "option.debug", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @picocli.CommandLine.Spec
  CommandSpec spec;

  /** Creates the command; {@link #run(InputStream, OutputStream, OutputStream, String...)} runs it. */
  public Cls() {}

  /**
   * Returns the text of a resource of this package, shipped in the jar (the schemas it prints).
   *
   * @param name the resource's name, beside this class
   * @return its UTF-8 text
   */
  static String resource(String name) {
    try (InputStream in = Cls.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      quietLibraries(); // before the warm-up starts Hibernate Validator
      WarmUp.start();
    }
    Cls cls = new Cls();
    cls.stderrTerminal = Terminal::stderr;
    cls.stdoutTerminal = Terminal::stdout;
    cls.systemLocale = systemLocale(System.getenv(), Locale.getDefault());
    System.exit(run(cls, System.in, System.out, System.err, args));
  }

  /**
   * The system's language: French when the environment names it (the first of {@code LC_ALL},
   * {@code LC_MESSAGES} and {@code LANG} that is set and not empty, as POSIX orders them: {@code
   * fr_FR.UTF-8}, {@code fr}, {@code fr_CA}…), the JVM's default otherwise. The JVM takes its default
   * from the C library, which falls back to English when the locale named is not installed, as in many
   * containers and servers: an ARS officer whose {@code LANG} says French then got English.
   *
   * @param env the environment
   * @param jvmDefault the JVM's default locale
   * @return the locale whose language decides when {@code --lang} is not given
   */
  static Locale systemLocale(Map<String, String> env, Locale jvmDefault) {
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        String language = value.split("[_.@]", 2)[0];
        return language.equalsIgnoreCase("fr") ? Locale.FRENCH : jvmDefault;
      }
    }
    return jvmDefault;
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
    quietLibraries();
    cls.stdin = stdin;
    cls.stdout = stdout;
    cls.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    cls.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    try {
      return cls.execute(args);
    } finally {
      cls.out.flush();
      cls.err.flush();
    }
  }

  /**
   * Libraries log to java.util.logging: silence them (Hibernate Validator prints its version). JBoss
   * Logging, Hibernate Validator's, would pick the Log4j API that Apache POI brings, which has no
   * provider here and says so on stderr: the command keeps it on java.util.logging.
   */
  private static void quietLibraries() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    LIBRARY_LOGGER.setLevel(Level.WARNING);
  }

  private int execute(String[] args) {
    // The help is printed in the language asked, so the language is known before picocli parses.
    Optional<String> asked = langArgument(args);
    texts = Texts.of(systemLocale);
    if (asked.isPresent() && !LANGUAGES.contains(asked.get())) {
      String value = asked.get();
      Optional<String> suggestion = Optional.ofNullable(LANGUAGE_NAMES.get(value.toLowerCase(Locale.ROOT)))
          .or(() -> Suggest.closest(value, LANGUAGES));
      usageError(command(args), badValue("--lang", LANGUAGES, value, suggestion));
      return USAGE;
    }
    if (asked.isPresent()) {
      texts = Texts.of(Locale.forLanguageTag(asked.get()));
    }
    CommandLine commandLine = new CommandLine(this);
    commandLine.setResourceBundle(texts.bundle());
    commandLine.setOut(Texts.helpWriter(out));
    commandLine.setErr(Texts.helpWriter(err));
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      err.println("cls: " + texts.get(debug ? "error.unexpected.debug" : "error.unexpected"));
      if (debug) {
        exception.printStackTrace(err);
      }
      return USAGE;
    });
    commandLine.setParameterExceptionHandler((exception, parsedArgs) -> {
      usageError(exception.getCommandLine().getCommandSpec(), ParameterErrors.message(exception, texts));
      return USAGE;
    });
    return commandLine.execute(args);
  }

  /**
   * The value of {@code --lang} among the arguments (before {@code --}), the last one when given more
   * than once: empty when not given, or when {@code --lang} ends the arguments (picocli then says that
   * it needs a value).
   */
  static Optional<String> langArgument(String[] args) {
    Optional<String> value = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      } else if (arg.equals("--lang") && i + 1 < args.length) {
        value = Optional.of(args[++i]);
      } else if (arg.startsWith("--lang=")) {
        value = Optional.of(arg.substring("--lang=".length()));
      }
    }
    return value;
  }

  /** The subcommand named in the arguments, for the help hint of an error found before parsing. */
  private static String command(String[] args) {
    for (String arg : args) {
      if (List.of("validate", "import", "export", "migrate", "explain", "rules", "canonicalize", "digest", "schema",
          "example")
          .contains(arg)) {
        return " " + arg;
      }
    }
    return "";
  }

  /** Prints a usage error, then where the help is. */
  void usageError(CommandSpec command, String message) {
    String name = command.qualifiedName(" ");
    usageError(name.equals("cls") ? "" : name.substring("cls".length()), message);
  }

  private void usageError(String command, String message) {
    usageErrors(command, List.of(message));
  }

  /** Says every usage error of one input (a configuration file's mistakes), then the help hint once. */
  void usageErrors(String command, List<String> messages) {
    for (String message : messages) {
      err.println("cls: " + Safe.text(message));
    }
    err.println(texts.get("error.helpHint", "command", command));
  }

  /** « --format accepte text, json, sarif ou junit, pas « pdf » ; vouliez-vous dire … ? » */
  String badValue(String option, List<String> allowed, String value, Optional<String> suggestion) {
    return suggestion.isPresent()
        ? texts.get("error.badValue.suggest", "option", option, "allowed", texts.or(allowed),
            "value", texts.quote(value), "suggestion", texts.quote(suggestion.get()))
        : texts.get("error.badValue", "option", option, "allowed", texts.or(allowed), "value", texts.quote(value));
  }

  /** Prints a message about the command's input on the standard error, escaped. */
  void error(String message) {
    err.println("cls: " + Safe.text(message));
  }

  /** Prints a line of a command's findings on the standard error, escaped, without the {@code cls:} prefix. */
  void errLine(String line) {
    err.println(Safe.text(line));
    err.flush();
  }

  /** The run's language. */
  Texts texts() {
    return texts;
  }

  /** Writes bytes to the standard output, after what was printed before. */
  void writeStdout(byte[] bytes) throws IOException {
    out.flush();
    stdout.write(bytes);
    stdout.flush();
  }

  /**
   * Writes a document (JSON, canonical or pretty) to the standard output, after what was printed before:
   * its exact bytes, and a line break after them when the standard output is a terminal and the document
   * does not end with one.
   */
  void writeDocument(byte[] bytes) throws IOException {
    out.flush();
    stdout.write(bytes);
    if (stdoutTerminal.getAsBoolean() && (bytes.length == 0 || bytes[bytes.length - 1] != '\n')) {
      stdout.write('\n');
    }
    stdout.flush();
  }

  /** Writes a file the user named whole or not at all; says so and returns false when it cannot. */
  boolean writeWhole(String file, byte[] bytes) {
    try {
      Migrations.writeWhole(Path.of(file), bytes);
      return true;
    } catch (IOException | InvalidPathException | SecurityException | UnsupportedOperationException e) {
      error(texts.get("error.cannotWrite", "path", texts.quote(file)));
      return false;
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
    text, json, sarif, junit, html
  }

  // ----------------------------------------------------------------------------------------------

  /** {@code cls validate}: validates contract files and directories of them. */
  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Validate implements Callable<Integer> {

    /** The values of {@code --fail-on}, each with the word of the other language it may be given as. */
    private static final Map<String, Severity> FAIL_ON = new LinkedHashMap<>();

    static {
      FAIL_ON.put("error", Severity.ERROR);
      FAIL_ON.put("warning", Severity.WARNING);
      FAIL_ON.put("erreur", Severity.ERROR);
      FAIL_ON.put("avertissement", Severity.WARNING);
    }

    @ParentCommand
    Cls cls;

    @Option(names = "--format", defaultValue = "text", paramLabel = "${bundle:label.format}",
        descriptionKey = "option.format")
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "${bundle:label.level}",
        descriptionKey = "option.failOn")
    String failOn;

    @CommandLine.ArgGroup(exclusive = true)
    Strictness strictness;

    static final class Strictness {
      @Option(names = "--strict", descriptionKey = "option.strict")
      boolean strict;

      @Option(names = "--lenient", descriptionKey = "option.lenient")
      boolean lenient;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file}", descriptionKey = "option.output")
    String output;

    @Option(names = "--base-dir", paramLabel = "${bundle:label.directory}", descriptionKey = "option.baseDir")
    String baseDir;

    @Option(names = "--config", paramLabel = "${bundle:label.file}", descriptionKey = "option.config")
    String config;

    @Option(names = "--jobs", paramLabel = "${bundle:label.count}", descriptionKey = "option.jobs")
    String jobsOption;

    @CommandLine.Mixin
    Plans.HeaderOptions header = new Plans.HeaderOptions();

    /** How plans (xlsx, ods) are read: with the contract values the header options give. */
    private PlanImport plans;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.path}", descriptionKey = "validate.paths")
    List<String> paths;

    /** How many files are validated at once: {@code --jobs}, else one per processor. */
    private int jobs;

    /** The value of {@code --jobs}: a whole number from 1, else empty. */
    static Optional<Integer> jobs(String value) {
      if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(value));
    }

    private Optional<String> choice(String option, String value, List<String> allowed, List<String> accepted) {
      if (accepted.contains(value)) {
        return Optional.empty();
      }
      return Optional.of(cls.badValue(option, allowed, value, Suggest.closest(value, accepted)));
    }

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts;
      List<String> formats = List.of("text", "json", "sarif", "junit", "html");
      List<String> levels = texts.french() ? List.of("erreur", "avertissement") : List.of("error", "warning");
      Optional<String> wrong = choice("--format", format, formats, formats)
          .or(() -> choice("--fail-on", failOn, levels, List.copyOf(FAIL_ON.keySet())));
      jobs = Runtime.getRuntime().availableProcessors();
      if (wrong.isEmpty() && jobsOption != null) {
        Optional<Integer> asked = jobs(jobsOption);
        if (asked.isPresent()) {
          jobs = asked.get();
        } else {
          wrong = Optional.of(texts.get("error.badJobs", "value", texts.quote(jobsOption)));
        }
      }
      Sarif.Base base = Sarif.Base.of(Path.of(""));
      if (wrong.isEmpty() && baseDir != null) {
        try {
          Path directory = Path.of(baseDir);
          if (Files.isDirectory(directory)) {
            base = Sarif.Base.of(directory);
          } else {
            wrong = Optional.of(texts.get("error.badBaseDir", "path", texts.quote(baseDir)));
          }
        } catch (InvalidPathException e) {
          wrong = Optional.of(texts.get("error.badBaseDir", "path", texts.quote(baseDir)));
        }
      }
      if (wrong.isPresent()) {
        cls.usageError(" validate", wrong.get());
        return USAGE;
      }
      List<String> headerErrors = new ArrayList<>();
      Optional<PlanImport> planImport = header.planImport(texts, headerErrors);
      if (planImport.isEmpty()) {
        cls.usageErrors(" validate", headerErrors);
        return USAGE;
      }
      plans = planImport.get();
      boolean lenient = strictness != null && strictness.lenient;
      ContractValidator validator;
      if (config == null) {
        validator = lenient
            ? ContractValidator.withReader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS))
            : ContractValidator.standard();
      } else {
        ContractValidator.Builder builder = ContractValidator.builder();
        if (lenient) {
          builder.reader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS));
        }
        Config.Result configured = Config.read(config, builder, texts);
        if (!configured.errors().isEmpty()) {
          cls.usageErrors(" validate", configured.errors());
          return USAGE;
        }
        validator = configured.builder().orElseThrow().build();
      }
      boolean warningsFail = FAIL_ON.get(failOn) == Severity.WARNING;
      Inputs inputs = Inputs.collect(paths, texts);
      for (Notice notice : inputs.notices) {
        cls.error(notice.message());
      }
      byte[] stdinBytes = null;
      int toValidate = 0;
      for (Slot slot : inputs.slots) {
        if (slot.input().isStdin() && stdinBytes == null) {
          stdinBytes = cls.stdin.readAllBytes();
        }
        toValidate += slot.skipped() ? 0 : 1;
      }
      byte[] stdinInput = stdinBytes;
      Reports reports = new Reports(texts, cls.places);
      ReportFile destination = ReportFile.of(output, cls);
      Reports.Output out = reports.output(Format.valueOf(format), destination.stream(), base,
          input -> source(input, stdinInput));
      Progress progress = Progress.of(cls.stderrTerminal.getAsBoolean(), texts, cls.err, toValidate, cls.clock,
          Long.getLong(PROGRESS_DELAY_PROPERTY, Progress.DEFAULT_DELAY_MILLIS));
      boolean[] failing = {false};
      int[] done = {0};
      // Files are validated in parallel, and their outputs written one by one in the order of the
      // inputs: what a run prints never depends on the threads.
      Bulk.run(inputs.slots, jobs, slot -> slot.skipped() ? Validated.skipped(slot)
          : validateOne(validator, slot, stdinInput), validated -> {
            progress.clear();
            validated.failure().ifPresent(this::sayInternalError);
            Slot slot = validated.slot();
            Reports.Entry entry = slot.skipped() ? new Reports.Skipped(slot.input(), slot.spreadsheet())
                : reports.checked(slot.input(), validated.report(), out.showsPlaces());
            failing[0] |= entry instanceof Reports.Checked c && Reports.failing(c.counts(), warningsFail);
            out.add(entry, validated.report());
            if (!slot.skipped()) {
              progress.update(++done[0]);
            }
          });
      progress.clear();
      int code = inputs.usageError() ? USAGE : failing[0] ? FINDINGS : OK;
      out.finish(inputs.notices, warningsFail, code);
      return destination.close() ? code : USAGE;
    }

    /**
     * The text of an input, for the HTML report's excerpts: the standard input's bytes, a JSON file's
     * (up to {@value #MAX_SOURCE_BYTES} bytes), nothing for a plan (its findings show their cells).
     */
    private static Optional<byte[]> source(Input input, byte[] stdinBytes) {
      if (input.isStdin()) {
        return Optional.ofNullable(stdinBytes);
      }
      try {
        if (Inputs.isSpreadsheet(input.path()) || !Files.isRegularFile(input.path())
            || Files.size(input.path()) > MAX_SOURCE_BYTES) {
          return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(input.path()));
      } catch (IOException | SecurityException e) {
        return Optional.empty(); // the report says the file could not be read
      }
    }

    /** The largest file whose excerpts the HTML report shows. */
    static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;

    /**
     * Validates one file, whatever happens: a failure of the SDK on this file (a bug) becomes its
     * report, {@code CLS-INTERNAL-ERROR}, and the next file is validated. Errors are caught too: a
     * stack overflow or an exhausted heap on one file leaves nothing behind for the next. Runs on any
     * thread: the failure is said when the file's output is written, in order.
     */
    private Validated validateOne(ContractValidator validator, Slot slot, byte[] stdinBytes) {
      Input input = slot.input();
      try {
        return new Validated(slot, input.isStdin() ? validator.validate(stdinBytes)
            : slot.spreadsheet() ? Plans.validate(plans, validator, input.path())
            : cls.fileValidation.apply(validator, input.path()), Optional.empty());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return new Validated(slot, ValidationReport.internalError(e), Optional.of(new Failure(input, e)));
      }
    }

    private void sayInternalError(Failure failure) {
      String path = cls.texts.quote(failure.input().name());
      cls.error(cls.texts.get(cls.debug ? "error.internal.debug" : "error.internal", "path", path));
      if (cls.debug) {
        failure.error().printStackTrace(cls.err);
      }
    }
  }

  /** The system property giving, in milliseconds, how long a run goes before its progress shows. */
  static final String PROGRESS_DELAY_PROPERTY = "cls.progress.delay";

  /** A failure of the SDK on one file: said on the standard error when the file's output is written. */
  record Failure(Input input, Throwable error) {}

  /**
   * What one file gave.
   *
   * @param slot the input
   * @param report its report, or {@code null} for a file not read
   * @param failure the failure of the SDK on it, if any
   */
  record Validated(Slot slot, ValidationReport report, Optional<Failure> failure) {
    static Validated skipped(Slot slot) {
      return new Validated(slot, null, Optional.empty());
    }
  }

  /**
   * Where {@code validate}'s output goes as it is written: the standard output, or a file given with
   * {@code -o}, written at the end from a temporary file (so an input named as the output is read
   * before it is replaced, and a run's output is never kept in memory whole).
   */
  static final class ReportFile {
    private final Cls cls;
    private final String file;
    private final Path temporary;
    private final OutputStream stream;

    private ReportFile(Cls cls, String file, Path temporary, OutputStream stream) {
      this.cls = cls;
      this.file = file;
      this.temporary = temporary;
      this.stream = stream;
    }

    static ReportFile of(String file, Cls cls) throws IOException {
      if (file == null) {
        cls.out.flush();
        return new ReportFile(cls, null, null, cls.stdout);
      }
      Path temporary;
      try {
        temporary = Files.createTempFile("cls-validate-", ".out");
      } catch (IOException | SecurityException e) {
        // No temporary directory to write in: the output is kept in memory instead.
        return new ReportFile(cls, file, null, new java.io.ByteArrayOutputStream(8192));
      }
      return new ReportFile(cls, file, temporary,
          new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
    }

    OutputStream stream() {
      return stream;
    }

    /** Flushes the output, or writes the file given; says so and returns false when it cannot be written. */
    boolean close() throws IOException {
      if (file == null) {
        stream.flush();
        return true;
      }
      try {
        stream.close();
        try (OutputStream target = Files.newOutputStream(Path.of(file))) {
          if (temporary == null) {
            ((java.io.ByteArrayOutputStream) stream).writeTo(target);
          } else {
            Files.copy(temporary, target);
          }
        } catch (IOException | InvalidPathException e) {
          cls.error(cls.texts.get("error.cannotWrite", "path", cls.texts.quote(file)));
          return false;
        }
        return true;
      } finally {
        if (temporary != null) {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }

  /**
   * {@code cls migrate}: migrates contract files of format 1.0 to 1.1, a file to a file or the standard
   * output, a directory to another directory with the same tree of {@code .json} files; says each change
   * and each refusal on the file and place the user knows, then a summary. A file is replaced only with
   * {@code --in-place}, and every file is written whole or not at all. Exit codes: 0 when every file is
   * migrated (or already 1.1), 1 when one is not, 2 for a usage error, a path that cannot be read, a
   * directory without a contract file or a file that cannot be written.
   */
  @Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Migrate implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @CommandLine.ArgGroup(exclusive = true)
    Destination destination;

    static final class Destination {
      @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.output}", descriptionKey = "option.migrateOutput")
      String output;

      @Option(names = "--in-place", descriptionKey = "option.inPlace")
      boolean inPlace;
    }

    @Option(names = "--pretty", descriptionKey = "option.pretty")
    boolean pretty;

    @Parameters(index = "0", paramLabel = "${bundle:label.path}", descriptionKey = "migrate.path")
    String path;

    /** Where the migrated files go: a file, a directory, the inputs themselves, or the standard output. */
    private String output() {
      return destination == null ? null : destination.output;
    }

    private boolean inPlace() {
      return destination != null && destination.inPlace;
    }

    /** A usage problem of the arguments, worded; empty when they can be used. */
    private Optional<String> wrongArguments(Texts texts) throws IOException {
      if (path.equals("-")) {
        return inPlace() ? Optional.of(texts.get("error.inPlaceStdin")) : Optional.empty();
      }
      Path source;
      try {
        source = Path.of(path);
      } catch (InvalidPathException e) {
        return Optional.empty(); // said as validate says it, by Inputs
      }
      if (!Files.exists(source)) {
        return Optional.empty();
      }
      boolean directory = Files.isDirectory(source);
      if (directory && output() == null && !inPlace()) {
        return Optional.of(texts.get("error.migrateDirectory", "path", texts.quote(path)));
      }
      if (output() == null) {
        return Optional.empty();
      }
      Path target;
      try {
        target = Path.of(output());
      } catch (InvalidPathException e) {
        return Optional.of(texts.get("error.invalidPath", "path", texts.quote(output())));
      }
      String quoted = texts.quote(output());
      if (!directory && Files.isDirectory(target)) {
        return Optional.of(texts.get("error.outputIsDirectory", "output", quoted));
      }
      if (directory && Files.exists(target) && !Files.isDirectory(target)) {
        return Optional.of(texts.get("error.outputNotDirectory", "output", quoted));
      }
      Path in = source.toRealPath();
      Path out = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
      if (out.equals(in)) {
        return Optional.of(texts.get("error.outputIsInput", "output", quoted, "path", texts.quote(path)));
      }
      if (directory && out.startsWith(in)) {
        return Optional.of(texts.get("error.outputInsideInput", "output", quoted, "path", texts.quote(path)));
      }
      if (directory && in.startsWith(out)) { // a migrated file could land on a file still to migrate
        return Optional.of(texts.get("error.inputInsideOutput", "output", quoted, "path", texts.quote(path)));
      }
      return Optional.empty();
    }

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts;
      Optional<String> wrong = wrongArguments(texts);
      if (wrong.isPresent()) {
        cls.usageError(" migrate", wrong.get());
        return USAGE;
      }
      Inputs inputs = Inputs.collect(List.of(path), texts);
      for (Notice notice : inputs.notices) {
        cls.error(notice.message());
      }
      boolean directory = !path.equals("-") && Files.isDirectory(Path.of(path));
      // The report goes where the migrated document does not.
      boolean documentToStdout = !directory && output() == null && !inPlace();
      PrintWriter report = documentToStdout ? cls.err : cls.out;
      byte[] stdinBytes = path.equals("-") ? cls.stdin.readAllBytes() : null;
      Migrations migrations = new Migrations(texts);
      Map<Migrations.Outcome, Integer> outcomes = new java.util.EnumMap<>(Migrations.Outcome.class);
      long changes = 0;
      int skipped = 0;
      for (Slot slot : inputs.slots) {
        Input input = slot.input();
        if (slot.skipped()) {
          skipped++;
          report.println(Safe.text(input.name() + ": "
              + texts.get(slot.spreadsheet() ? "skipped.spreadsheet" : "skipped.other")));
          continue;
        }
        Migrations.Done done = Migrations.migrate(input, stdinBytes);
        report.print(migrations.lines(input.name(), done));
        Migrations.Outcome outcome = done.outcome();
        if (outcome == Migrations.Outcome.REFUSED) {
          report.println(migrations.refused(input.name(), done.findings()));
        } else {
          Migration migration = done.migration().orElseThrow();
          byte[] bytes = pretty ? migration.prettyString().orElseThrow().getBytes(StandardCharsets.UTF_8)
              : migration.canonicalBytes().orElseThrow();
          if (!write(input, bytes, documentToStdout, directory)) {
            outcome = Migrations.Outcome.NOT_WRITTEN;
          } else {
            changes += Migrations.changes(done.findings());
          }
        }
        outcomes.merge(outcome, 1, Integer::sum);
      }
      String counts = texts.get("migrate.summary", "files", texts.count("file", inputs.slots.size() - skipped),
          "outcomes", Migrations.outcomes(texts, outcomes), "changes", texts.count("change", changes));
      report.println(skipped == 0 ? counts
          : texts.get("summary.withSkipped", "counts", counts, "skipped", texts.count("skipped", skipped)));
      report.flush();
      if (inputs.usageError() || outcomes.containsKey(Migrations.Outcome.NOT_WRITTEN)) {
        return USAGE;
      }
      return outcomes.containsKey(Migrations.Outcome.REFUSED) ? FINDINGS : OK;
    }

    /** Writes one migrated file where it goes; says so and returns false when it cannot be written. */
    private boolean write(Input input, byte[] bytes, boolean toStdout, boolean directory) throws IOException {
      if (toStdout) {
        cls.writeDocument(bytes);
        return true;
      }
      Path target = inPlace() ? input.path()
          : directory ? Path.of(output()).resolve(Path.of(path).relativize(input.path())) : Path.of(output());
      try {
        Migrations.writeWhole(target, bytes);
        return true;
      } catch (IOException | SecurityException | UnsupportedOperationException e) {
        cls.error(cls.texts.get("error.cannotWrite", "path", cls.texts.quote(target.toString())));
        return false;
      }
    }
  }

  /** Writes a file the user named; says so and returns false when it cannot be written. */
  boolean write(String file, byte[] bytes) {
    try {
      Files.write(Path.of(file), bytes);
      return true;
    } catch (IOException | InvalidPathException e) {
      error(texts.get("error.cannotWrite", "path", texts.quote(file)));
      return false;
    }
  }

  /** {@code cls explain}: what a code means, why it matters and how to fix it. */
  @Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Explain implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "${bundle:label.code}", descriptionKey = "explain.code")
    String code;

    @Override
    public Integer call() {
      Texts texts = cls.texts;
      String wanted = code.toUpperCase(Locale.ROOT);
      if (!Catalogue.known(wanted)) {
        Optional<String> suggestion = Suggest.closest(code, Catalogue.codes());
        cls.usageError(" explain", suggestion.isPresent()
            ? texts.get("error.unknownCode.suggest", "code", texts.quote(code), "suggestion",
                texts.quote(suggestion.get()))
            : texts.get("error.unknownCode", "code", texts.quote(code)));
        return USAGE;
      }
      cls.out.print(explanation(texts, wanted, ""));
      cls.out.flush();
      return OK;
    }
  }

  /**
   * A code as {@code explain} and {@code rules} show it: its code and severity, its message (each
   * placeholder as « … »), its explanation and its catalogue entry, each line after the first indented.
   */
  static String explanation(Texts texts, String code, String indent) {
    Locale locale = texts.locale();
    StringBuilder text = new StringBuilder();
    text.append(texts.get("explain.heading", "code", code,
        "severity", texts.severity(Catalogue.severity(code).orElseThrow()))).append('\n');
    text.append(indent).append(texts.get("explain.message", "message", Catalogue.description(code, locale)))
        .append('\n');
    Catalogue.explanation(code, locale).ifPresent(explanation -> {
      for (String line : explanation.split("\n", -1)) {
        text.append(indent).append(line).append('\n');
      }
    });
    text.append(indent).append(texts.get("explain.catalogue", "uri", Catalogue.helpUri(code))).append('\n');
    return text.toString();
  }

  /** {@code cls rules}: the catalogue of codes. */
  @Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Rules implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Override
    public Integer call() {
      Texts texts = cls.texts;
      String section = null;
      for (String code : Catalogue.codes()) {
        String heading = io.github.clsante.validation.Rule.fromCode(code).isPresent() ? "rules.heading.rules"
            : io.github.clsante.serialization.ReadProblem.fromCode(code).isPresent() ? "rules.heading.read"
            : io.github.clsante.serialization.MigrationNote.fromCode(code).isPresent() ? "rules.heading.migrate"
            : "rules.heading.other";
        if (!heading.equals(section)) {
          cls.out.print((section == null ? "" : "\n") + texts.get(heading) + "\n\n");
          section = heading;
        } else {
          cls.out.print("\n");
        }
        cls.out.print(explanation(texts, code, "  "));
      }
      cls.out.flush();
      return OK;
    }
  }

  /** {@code cls canonicalize}: the RFC 8785 form of any JSON text. */
  @Command(name = "canonicalize", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Canonicalize implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "${bundle:label.file}", descriptionKey = "canonicalize.file")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file}", descriptionKey = "option.canonicalOutput")
    String output;

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts;
      byte[] input;
      String name = file.equals("-") ? Inputs.STDIN : file;
      if (file.equals("-")) {
        input = cls.stdin.readAllBytes();
      } else {
        Optional<Path> path = readableFile(file);
        if (path.isEmpty()) {
          cls.error(texts.get("error.cannotReadFile", "path", texts.quote(file)));
          return USAGE;
        }
        input = Files.readAllBytes(path.get());
      }
      byte[] canonical;
      try {
        canonical = ContractJson.canonicalize(input);
      } catch (ClsJsonException e) {
        // The exception's message is the parser's English: the position and the code say enough.
        cls.error(texts.get("error.notJson", "where", name + ":" + e.line() + ":" + e.column(), "code", e.code()));
        return FINDINGS;
      }
      if (output != null) {
        return cls.write(output, canonical) ? OK : USAGE;
      }
      cls.writeDocument(canonical);
      return OK;
    }
  }

  /** The path of a file that exists and can be read, or empty. */
  static Optional<Path> readableFile(String file) {
    try {
      Path path = Path.of(file);
      return Files.isRegularFile(path) && Files.isReadable(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** {@code cls digest}: the digest of contract files. */
  @Command(name = "digest", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Digest implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.file}", descriptionKey = "digest.files")
    List<String> files;

    @Override
    public Integer call() {
      Texts texts = cls.texts;
      int code = OK;
      for (String file : files) {
        Optional<Path> path = readableFile(file);
        if (path.isEmpty()) {
          cls.error(texts.get("error.cannotReadFile", "path", texts.quote(file)));
          code = USAGE;
          continue;
        }
        ReadResult read = ContractJson.reader().read(path.get());
        // A file read with errors still gives a contract, the reader's best reading with placeholders:
        // its digest would not be the file's contract.
        if (!read.isValid()) {
          cls.error(texts.get("error.notAContract", "path", texts.quote(file)));
          code = Math.max(code, FINDINGS);
        } else {
          cls.out.println(Safe.text(ContractJson.digest(read.contract().get()) + "  " + file));
        }
      }
      return code;
    }
  }

  /**
   * {@code cls schema}: a JSON Schema (draft 2020-12): of the contract format (a version of it), of the
   * validation report's JSON form ({@code --report}), of the output of {@code cls validate --format
   * json} ({@code --validate-output}), or of the file of {@code cls validate --config} ({@code
   * --config}). The version argument is the version of the schema asked for.
   */
  @Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Schema implements Callable<Integer> {

    /**
     * The version of the output of {@code cls validate --format json}, written as its {@code
     * outputVersion}, which names its schema; it holds reports of {@link ValidationReport#JSON_VERSION}.
     */
    static final String VALIDATE_OUTPUT_VERSION = "1.0";

    /** The resource of the schema of {@code cls validate --format json}'s output, beside this class. */
    static final String VALIDATE_OUTPUT_RESOURCE = "validate-output-" + VALIDATE_OUTPUT_VERSION + ".schema.json";

    @ParentCommand
    Cls cls;

    @CommandLine.ArgGroup(exclusive = true)
    Kind kind;

    /** Which schema, when not the contract format's. */
    static final class Kind {
      @Option(names = "--report", descriptionKey = "option.schemaReport")
      boolean report;

      @Option(names = "--validate-output", descriptionKey = "option.schemaValidateOutput")
      boolean validateOutput;

      @Option(names = "--config", descriptionKey = "option.schemaConfig")
      boolean config;
    }

    @Parameters(arity = "0..1", paramLabel = "${bundle:label.formatVersion}", descriptionKey = "schema.version")
    String version;

    /**
     * Returns the JSON Schema of the output of {@code cls validate --format json}, as shipped in this jar;
     * it refers to the report's schema, {@link ValidationReport#schema()}, by its {@code $id}.
     */
    static String validateOutput() {
      return resource(VALIDATE_OUTPUT_RESOURCE);
    }

    /** The schemas this command prints: the versions of each, and the usage error for another. */
    private enum Which {
      FORMAT("error.unknownFormatVersion"),
      REPORT("error.unknownReportVersion"),
      VALIDATE_OUTPUT("error.unknownValidateOutputVersion"),
      CONFIG("error.unknownConfigVersion");

      final String unknownVersion;

      Which(String unknownVersion) {
        this.unknownVersion = unknownVersion;
      }

      /** The versions of the schema this tool knows, the default first. */
      List<String> versions() {
        switch (this) {
          case REPORT:
            return List.of(ValidationReport.JSON_VERSION);
          case VALIDATE_OUTPUT:
            return List.of(VALIDATE_OUTPUT_VERSION);
          case CONFIG:
            return List.of(Config.VERSION);
          default:
            return List.of("1.1", "1.0");
        }
      }

      /** The schema's text, of a version it has ({@code null}: the default). */
      String text(String version) {
        switch (this) {
          case REPORT:
            return ValidationReport.schema();
          case VALIDATE_OUTPUT:
            return validateOutput();
          case CONFIG:
            return Config.schema();
          default:
            return version == null ? ContractJson.schema() : ContractJson.schema(version);
        }
      }
    }

    private Which which() {
      return kind == null ? Which.FORMAT : kind.report ? Which.REPORT : kind.validateOutput ? Which.VALIDATE_OUTPUT
          : kind.config ? Which.CONFIG : Which.FORMAT;
    }

    @Override
    public Integer call() {
      Texts texts = cls.texts;
      Which which = which();
      if (version != null && !which.versions().contains(version)) {
        cls.usageError(" schema", texts.get(which.unknownVersion, "version", texts.quote(version),
            "versions", texts.or(which.versions())));
        return USAGE;
      }
      cls.out.print(which.text(version));
      cls.out.flush();
      return OK;
    }
  }

  /** {@code cls example}: a bundled seed contract. */
  @Command(name = "example", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
  static final class Example implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Parameters(index = "0", paramLabel = "${bundle:label.name}", descriptionKey = "example.name")
    String name;

    @Override
    public Integer call() throws IOException {
      Texts texts = cls.texts;
      List<String> names = List.copyOf(SeedContracts.all().keySet());
      if (!names.contains(name)) {
        Optional<String> suggestion = Suggest.closest(name, names);
        String examples = texts.and(names);
        cls.usageError(" example", suggestion.isPresent()
            ? texts.get("error.unknownExample.suggest", "name", texts.quote(name), "suggestion",
                texts.quote(suggestion.get()), "examples", examples)
            : texts.get("error.unknownExample", "name", texts.quote(name), "examples", examples));
        return USAGE;
      }
      cls.writeDocument(SeedContracts.canonicalJson(name));
      return OK;
    }
  }

  /** {@code cls help}: the help of a command, in the run's language. */
  @Command(name = "help", helpCommand = true, mixinStandardHelpOptions = false)
  static final class Help implements Callable<Integer> {

    @ParentCommand
    Cls cls;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "${bundle:label.command}", descriptionKey = "helpCommand.command")
    String command;

    @Override
    public Integer call() {
      CommandLine root = cls.spec.commandLine();
      if (command == null) {
        root.usage(root.getOut());
        return OK;
      }
      CommandLine sub = root.getSubcommands().get(command);
      if (sub == null) {
        Optional<String> suggestion = Suggest.closest(command, root.getSubcommands().keySet());
        cls.usageError("", ParameterErrors.unknownCommand(cls.texts, command, suggestion));
        return USAGE;
      }
      sub.usage(root.getOut());
      return OK;
    }
  }
}
