package io.github.clsante.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the standard error is a terminal, where a run's progress may be drawn, and whether the
 * standard output is one, where a document written ends with a line break: never a file, a pipe or a CI
 * log. On Linux the answer is what file descriptor 2 (or 1) is ({@code /proc/self/fd/2}: a terminal
 * device, whatever the other streams are); elsewhere, the JVM's console (which needs the standard input
 * and output to be a terminal too, so a redirected output shows no progress).
 */
final class Terminal {

  private static final Path STDOUT = Path.of("/proc/self/fd/1");
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /** Whether this process's standard error is a terminal. */
  static boolean stderr() {
    return decide(device(STDERR), console());
  }

  /** Whether this process's standard output is a terminal. */
  static boolean stdout() {
    return decide(device(STDOUT), console());
  }

  /**
   * The decision, from what is known of the process.
   *
   * @param device what the stream's file descriptor links to, when the system says it ({@code
   *     /dev/pts/0}, {@code pipe:[123]}, a file's path)
   * @param console whether the JVM has a console that is a terminal
   */
  static boolean decide(Optional<String> device, boolean console) {
    if (device.isPresent()) {
      String name = device.get();
      return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
    }
    return console;
  }

  private static Optional<String> device(Path descriptor) {
    try {
      return Files.exists(descriptor, LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(Files.readSymbolicLink(descriptor).toString()) : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Whether the JVM has a console on a terminal: from Java 22 a console may exist for a redirected run. */
  // Handled: from Java 22, Console.isTerminal (called by reflection, as Java 17 lacks it) decides.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean console() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22, a console exists only on a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
