package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves the module descriptors on a real module path, and the classpath's service files. Surefire
 * patches tests into the module and opens everything, which would hide a missing {@code requires},
 * {@code exports}, {@code uses} or {@code provides}; these tests launch a separate JVM with only {@code
 * --module-path} and {@code --module}, or only {@code -cp}, and compare its output with the quick
 * start's own. The messages in that output come from the catalogues that the serialization and
 * validation modules provide to {@code FindingMessages} ({@code provides} on the module path, {@code
 * META-INF/services} on the classpath): without them a message would be its bare code.
 */
class ModulePathTest {

  /** A message the quick start prints, from the validation module's catalogue. */
  private static final String RULE_MESSAGE = "    CLS-CONTRACT-NO-SHEETS : This signed contract has no action sheet.\n";

  @Test
  void quick_start_runs_as_a_named_module_on_the_module_path() throws Exception {
    String output = launch("--module-path", modulePath(), "--module",
        "io.github.clsante.examples/io.github.clsante.examples.QuickStart");

    assertThat(output).isEqualTo(inProcessOutput()).contains(RULE_MESSAGE);
  }

  @Test
  void quick_start_runs_on_the_classpath() throws Exception {
    String output = launch("-cp", modulePath(), "io.github.clsante.examples.QuickStart");

    assertThat(output).isEqualTo(inProcessOutput()).contains(RULE_MESSAGE);
  }

  private static String modulePath() {
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("Surefire runs this module's tests on the module path").isNotBlank();
    return modulePath;
  }

  /** Runs a JVM with the given options; returns its standard output, having checked it exits cleanly. */
  private static String launch(String... options) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path errors = Files.createTempFile("quick-start", ".stderr");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Dstdout.encoding=UTF-8",
        "-Dfile.encoding=UTF-8"));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    // A library user gets no log line from the SDK's dependencies (Hibernate Validator's version).
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).isEmpty();
    Files.delete(errors);
    return output;
  }

  private static String inProcessOutput() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
