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
 * Proves the module descriptors on a real module path. Surefire patches tests into the module and
 * opens everything, which would hide a missing {@code requires} or {@code exports}; this test launches
 * a separate JVM with only {@code --module-path} and {@code --module}.
 */
class ModulePathTest {

  @Test
  void quick_start_runs_as_a_named_module_on_the_module_path() throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("Surefire runs this module's tests on the module path").isNotBlank();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path errors = Files.createTempFile("quick-start", ".stderr");

    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Dstdout.encoding=UTF-8",
                    "-Dfile.encoding=UTF-8",
                    "--module-path",
                    modulePath,
                    "--module",
                    "io.github.clsante.examples/io.github.clsante.examples.QuickStart"))
            .redirectError(errors.toFile())
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo(inProcessOutput());
    // A library user gets no log line from the SDK's dependencies (Hibernate Validator's version).
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).isEmpty();
    Files.delete(errors);
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
