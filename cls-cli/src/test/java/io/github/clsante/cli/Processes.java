package io.github.clsante.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program in its own process, as a user would, for the tests of the packaged command. */
final class Processes {

  private Processes() {}

  /** What a process printed and returned. */
  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  /**
   * Runs {@code command}, its standard input empty, with {@code environment} added to (or, for a null
   * value, removed from) this JVM's environment.
   */
  static Result run(List<String> command, Map<String, String> environment) {
    try {
      Path out = Files.createTempFile("cls-out", ".txt");
      Path err = Files.createTempFile("cls-err", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
        environment.forEach((name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("still running after 60 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.delete(out);
        Files.delete(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The java launcher of the JVM running the tests (a full JDK). */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A system property the build sets for the *IT tests, required. */
  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new AssertionError("system property " + name + " is not set: run the *IT tests with mvn verify");
    }
    return value;
  }
}
