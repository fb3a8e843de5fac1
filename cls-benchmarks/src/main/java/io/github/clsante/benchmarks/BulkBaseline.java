package io.github.clsante.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bulk baseline (référence en masse): what a user would write without the SDK, every {@code .json}
 * file of a directory parsed by Jackson and checked against the published schema by networknt, in one
 * JVM, one file after the other. {@code bulk.sh} runs it next to {@code cls validate DIR}.
 */
public final class BulkBaseline {

  private BulkBaseline() {}

  /**
   * Checks every file of a directory and prints the count of files, of files with errors, and the
   * files per second (the JVM's start excluded).
   *
   * @param args the directory
   * @throws IOException when the directory cannot be listed or a file read
   */
  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    long start = System.nanoTime();
    int invalid = 0;
    for (Path file : files) {
      List<Error> errors = ValidateBenchmark.SCHEMA.validate(
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8), InputFormat.JSON);
      if (!errors.isEmpty()) {
        invalid++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "%d files, %d invalid, %.1f files/s%n",
        files.size(), invalid, files.size() / seconds);
  }
}
