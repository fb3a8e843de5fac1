package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user installs it: cls-cli-VERSION-dist.tar.gz unpacked, then bin/cls run on the
 * seed contracts, directly, through a symbolic link, and without a Java.
 */
class ClsLaunchersIT {

  private static final String SUMMARY_EN = "5 files, 1 error, 19 warnings";
  private static final String SUMMARY_FR = "5 fichiers, 1 erreur, 19 avertissements";
  /** JVM options for two processors, where the JVM's own collector is G1 whatever this machine has. */
  private static final String TWO_PROCESSORS = "-XX:ActiveProcessorCount=2";

  @TempDir static Path unpacked;
  private static Path home;
  private static final String CONTRACTS = Runs.CONTRACTS.toAbsolutePath().normalize().toString();

  @BeforeAll
  static void unpack_the_tar_gz() {
    Path dist = Path.of(Processes.property("cls.dist"));
    Processes.Result tar = Processes.run(
        List.of("tar", "-xzf", dist.toString(), "-C", unpacked.toString()), Map.of());
    assertThat(tar.code()).as(tar.err()).isZero();
    home = unpacked.resolve("cls-" + Processes.property("cls.version"));
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS", null);
    env.put("JDK_JAVA_OPTIONS", null);
    env.put("JAVA_TOOL_OPTIONS", null);
    env.put("LC_ALL", null);
    env.put("LC_MESSAGES", null);
    env.put("LANG", "C.UTF-8");
    env.put("CLS_CDS", "off");
    env.put("CLS_CDS_DIR", null);
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void the_archive_holds_the_launchers_the_jar_the_licence_and_the_readme() throws IOException {
    assertThat(Files.isExecutable(home.resolve("bin/cls"))).isTrue();
    assertThat(home.resolve("lib/cls.jar")).isRegularFile();
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(Files.readString(home.resolve("README.md"))).startsWith("# The `cls` command");
    assertThat(Files.readAllBytes(home.resolve("lib/cls.jar")))
        .isEqualTo(Files.readAllBytes(Path.of("target/cls.jar")));
  }

  @Test
  void the_windows_launcher_has_crlf_lines_and_runs_the_jar_with_java_home() throws IOException {
    String cmd = Files.readString(home.resolve("bin/cls.cmd"), StandardCharsets.UTF_8);

    assertThat(cmd).startsWith("@echo off\r\n").endsWith("\r\n").doesNotContainPattern("[^\r]\n");
    assertThat(cmd).contains("set \"JAVA_CMD=%JAVA_HOME%\\bin\\java.exe\"", "-jar \"%CLS_HOME%\\lib\\cls.jar\" %*",
        "exit /b %ERRORLEVEL%");
  }

  @Test
  void the_zip_holds_the_same_files_as_the_tar_gz() throws IOException {
    Path zip = Path.of(Processes.property("cls.dist").replaceFirst("\\.tar\\.gz$", ".zip"));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = Collections.list(file.entries()).stream()
          .filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).sorted().toList();
      String root = home.getFileName() + "/";
      assertThat(names).containsExactly(root + "LICENSE", root + "README.md", root + "bin/cls",
          root + "bin/cls.cmd", root + "lib/cls.jar");
    }
  }

  @Test
  void bin_cls_validates_the_seed_contracts_and_exits_with_the_commands_code() {
    Processes.Result run = Processes.run(
        List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "en", CONTRACTS), env());

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.lines()).last().isEqualTo(SUMMARY_EN);
    assertThat(run.out()).contains("CLS-CONTRACT-NO-SHEETS", "CLS-SHEET-NO-INDICATOR");
  }

  @Test
  void a_damaged_workbook_gets_its_finding_and_nothing_on_the_standard_error() {
    // A workbook whose [Content_Types].xml is cut short: Apache POI logs it, with a stack trace, through
    // the Log4j API; the command's logging configuration keeps that off the user's terminal.
    String damaged = Path.of("src/test/resources/io/github/clsante/cli/inputs/damaged-content-types.xlsx")
        .toAbsolutePath().toString();
    Processes.Result run = Processes.run(
        List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "fr", damaged), env());

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("erreur CLS-SPREADSHEET-CORRUPT").endsWith("1 fichier, 1 erreur, 0 avertissement\n");
  }

  @Test
  void bin_cls_works_through_a_symbolic_link_and_passes_java_opts() throws IOException {
    Path onPath = Files.createDirectories(unpacked.resolve("path"));
    Path link = Files.createSymbolicLink(onPath.resolve("cls"), home.resolve("bin/cls"));

    Processes.Result run = Processes.run(List.of(link.toString(), "validate", CONTRACTS),
        env("JAVA_OPTS", "-Duser.language=fr -Duser.country=FR"));

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.lines()).last().isEqualTo(SUMMARY_FR);
  }

  @Test
  void lang_naming_french_gives_french_even_without_the_locale_installed() {
    // The C library (and so the JVM) falls back to English for a locale it does not have installed.
    Processes.Result run = Processes.run(List.of(home.resolve("bin/cls").toString(), "validate", CONTRACTS),
        env("LANG", "fr_FR.UTF-8"));

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.lines()).last().isEqualTo(SUMMARY_FR);
  }

  @Test
  void a_redirected_run_prints_no_progress_even_when_it_would_show_at_once() {
    // The progress would show from the first file (no delay): the standard error is a pipe here, so
    // nothing but the command's messages may reach it.
    Processes.Result run = Processes.run(List.of(home.resolve("bin/cls").toString(), "validate", "--jobs", "2",
        CONTRACTS), env("JAVA_OPTS", "-D" + Cls.PROGRESS_DELAY_PROPERTY + "=0"));

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.lines()).last().isEqualTo(SUMMARY_EN);
  }

  /** The JVM's command-line flags as bin/cls passes them: the line {@code -XX:+PrintCommandLineFlags} prints. */
  private static String jvmFlags(String javaOpts, String... arguments) {
    return jvmFlags(env("JAVA_OPTS", "-XX:+PrintCommandLineFlags " + javaOpts), arguments);
  }

  /** The JVM's command-line flags as bin/cls passes them in an environment that asks for them. */
  private static String jvmFlags(Map<String, String> env, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/cls").toString()));
    command.addAll(List.of(arguments));
    Processes.Result run = Processes.run(command, env);
    assertThat(run.lines()).as(run.err()).isNotEmpty();
    return run.lines().get(0);
  }

  @Test
  void short_runs_use_the_quick_compiler_only() {
    assertThat(jvmFlags("", "validate", CONTRACTS)).contains(" -XX:TieredStopAtLevel=1 ");
    assertThat(jvmFlags("", "rules")).contains(" -XX:TieredStopAtLevel=1 ");
    assertThat(jvmFlags("", "--version")).contains(" -XX:TieredStopAtLevel=1 ");
  }

  @Test
  void the_server_and_inputs_of_256_mib_or_more_keep_full_compilation_and_the_jvms_collector() throws IOException {
    Path large = directoryOfMib("large-input", 256);
    Path small = directoryOfMib("small-input", 255);

    try {
      assertThat(jvmFlags(TWO_PROCESSORS, "serve", "--help")).doesNotContain("TieredStopAtLevel")
          .contains(" -XX:+UseG1GC ").doesNotContain("UseSerialGC");
      assertThat(jvmFlags(TWO_PROCESSORS, "validate", large.toString())).doesNotContain("TieredStopAtLevel")
          .contains(" -XX:+UseG1GC ").doesNotContain("UseSerialGC");
      assertThat(jvmFlags(TWO_PROCESSORS, "validate", small.toString())).contains(" -XX:TieredStopAtLevel=1 ")
          .contains(" -XX:+UseSerialGC ");
    } finally {
      Files.delete(large.resolve("a.bin"));
      Files.delete(small.resolve("a.bin"));
    }
  }

  /** A directory holding one file {@code a.bin} of {@code mib} MiB, written, not sparse: du counts the blocks a file takes. */
  private static Path directoryOfMib(String name, int mib) throws IOException {
    Path directory = Files.createDirectories(unpacked.resolve(name));
    byte[] block = new byte[1 << 20];
    try (java.io.OutputStream out = Files.newOutputStream(directory.resolve("a.bin"))) {
      for (int i = 0; i < mib; i++) {
        out.write(block);
      }
    }
    return directory;
  }

  @Test
  void short_runs_use_the_serial_collector() {
    assertThat(jvmFlags(TWO_PROCESSORS, "validate", CONTRACTS)).contains(" -XX:+UseSerialGC ")
        .doesNotContain("UseG1GC");
    assertThat(jvmFlags(TWO_PROCESSORS, "rules")).contains(" -XX:+UseSerialGC ");
  }

  @Test
  void a_collector_chosen_in_the_jvms_options_wins_over_the_launcher() {
    // The JVM refuses two collectors: the launcher must not add its own next to one chosen.
    assertThat(jvmFlags("-XX:+UseParallelGC", "validate", CONTRACTS)).contains(" -XX:+UseParallelGC ")
        .doesNotContain("UseSerialGC");
    assertThat(jvmFlags(env("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC", "JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
        "validate", CONTRACTS)).contains(" -XX:+UseParallelGC ").doesNotContain("UseSerialGC");
    assertThat(jvmFlags(env("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC", "JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
        "validate", CONTRACTS)).contains(" -XX:+UseParallelGC ").doesNotContain("UseSerialGC");
  }

  @Test
  void java_opts_choose_the_compiler_over_the_launcher() {
    assertThat(jvmFlags("-XX:TieredStopAtLevel=4", "validate", CONTRACTS))
        .contains(" -XX:TieredStopAtLevel=4 ").doesNotContain("TieredStopAtLevel=1");
  }

  /** The seed contracts validated through bin/cls with class-data sharing on, archives in {@code archives}. */
  private static Processes.Result withCds(Path archives, String... more) {
    List<String> pairs = new java.util.ArrayList<>(List.of("CLS_CDS", "on", "CLS_CDS_DIR", archives.toString()));
    pairs.addAll(List.of(more));
    return Processes.run(List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "en", CONTRACTS),
        env(pairs.toArray(String[]::new)));
  }

  private static List<Path> archives(Path directory) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  @Test
  void the_first_validation_writes_a_class_data_archive_that_the_next_runs_use() throws IOException {
    Path archives = unpacked.resolve("cds-first");
    Processes.Result plain = Processes.run(
        List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "en", CONTRACTS), env());

    Processes.Result first = withCds(archives);
    List<Path> written = archives(archives);
    Processes.Result second = withCds(archives, "JAVA_OPTS", "-Xlog:class+load=info");

    assertThat(first.code()).isEqualTo(1);
    assertThat(first.out()).isEqualTo(plain.out());
    assertThat(first.err()).isEmpty();
    assertThat(written).singleElement().satisfies(archive -> {
      assertThat(archive.getFileName().toString()).matches("cls-java" + Runtime.version().feature() + "[0-9.]*-[0-9]+\\.jsa");
      assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    });
    assertThat(second.code()).isEqualTo(1);
    // Classes of the command and of Hibernate Validator come from the archive, not from the jar.
    assertThat(second.lines()).anyMatch(line -> line.contains("io.github.clsante.cli.Cls ")
        && line.contains("shared objects file"));
    assertThat(second.lines()).anyMatch(line -> line.contains("org.hibernate.validator")
        && line.contains("shared objects file"));
    assertThat(archives(archives)).isEqualTo(written);
  }

  @Test
  void an_archive_the_jvm_refuses_is_ignored_silently() throws IOException {
    Path archives = unpacked.resolve("cds-refused");
    Processes.Result plain = Processes.run(
        List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "en", CONTRACTS), env());
    withCds(archives);
    Path archive = archives(archives).get(0);
    // Another JVM's archive, or a damaged one, under the name this JVM looks for.
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive of this JVM");

    Processes.Result run = withCds(archives);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(plain.out());
  }

  @Test
  void without_a_writable_directory_for_archives_or_with_cls_cds_off_it_runs_without_one() throws IOException {
    Path file = Files.writeString(unpacked.resolve("not-a-directory"), "");
    Path off = unpacked.resolve("cds-off");

    Processes.Result unwritable = withCds(file.resolve("cds"));
    Processes.Result disabled = Processes.run(List.of(home.resolve("bin/cls").toString(), "validate", "--lang", "en",
        CONTRACTS), env("CLS_CDS", "off", "CLS_CDS_DIR", off.toString()));

    assertThat(unwritable.code()).isEqualTo(1);
    assertThat(unwritable.err()).isEmpty();
    assertThat(unwritable.lines()).last().isEqualTo(SUMMARY_EN);
    assertThat(disabled.code()).isEqualTo(1);
    assertThat(Files.exists(off)).isFalse();
  }

  @Test
  void other_commands_do_not_write_an_archive() {
    Path archives = unpacked.resolve("cds-explain");
    Processes.Result run = Processes.run(List.of(home.resolve("bin/cls").toString(), "--version"),
        env("CLS_CDS", "on", "CLS_CDS_DIR", archives.toString()));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("cls ");
    assertThat(archives.toFile().list()).isEmpty();
  }

  @Test
  void without_a_java_bin_cls_says_what_is_needed_in_the_users_language() {
    Map<String, String> noJava = env("JAVA_HOME", unpacked.resolve("no-java").toString());

    Processes.Result english = Processes.run(List.of(home.resolve("bin/cls").toString(), "--version"), noJava);
    noJava.put("LANG", "fr_FR.UTF-8");
    Processes.Result french = Processes.run(List.of(home.resolve("bin/cls").toString(), "--version"), noJava);

    assertThat(english.code()).isEqualTo(2);
    assertThat(english.out()).isEmpty();
    assertThat(english.err()).isEqualTo(
        "cls: Java 17 or later is needed: set JAVA_HOME to its directory, or put java on the PATH.\n");
    assertThat(french.code()).isEqualTo(2);
    assertThat(french.err()).isEqualTo("cls : Java 17 (ou plus récent) est nécessaire : indiquez son dossier"
        + " dans JAVA_HOME, ou mettez java dans le PATH.\n");
  }
}
