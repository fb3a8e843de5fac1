package io.github.clsante.benchmarks;

import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.file.Path;

/**
 * Reads and validates one file in a JVM of a given heap ({@code -Xmx}), for {@code heap.sh}, which looks
 * for the smallest heap that does it (tas nécessaire). Exits with 0 when the validation completed, 3
 * when the heap was too small.
 */
public final class HeapProbe {

  private HeapProbe() {}

  /**
   * Validates the file named.
   *
   * @param args the file
   */
  @SuppressWarnings("SystemExitOutsideMain") // a probe of its own JVM, run by heap.sh
  public static void main(String[] args) {
    try {
      ValidationReport report = ContractValidator.standard().validate(Path.of(args[0]));
      System.out.println(report.findings().size() + " findings");
    } catch (OutOfMemoryError e) {
      System.exit(3);
    }
  }
}
