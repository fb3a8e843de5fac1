package io.github.clsante.consumer;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small application of another team, compiled and run against the SDK's built jars (the paths
 * Maven resolved, in target/sdk.path) with the JDK's own tools: javac, java, jdeps and jlink.
 */
final class ConsumerProject {

  /** The application: module-info.java and org/example/consumer/Consumer.java. */
  static final Path CONSUMER = Path.of("src/consumer");
  /** An application that uses a class of a package the SDK does not export. */
  static final Path MISUSE = Path.of("src/misuse");
  /** The contract the application validates from a file. */
  static final Path LENS = Path.of("../cls-examples/src/main/resources/contracts/lens-lievin.json")
      .toAbsolutePath().normalize();

  private static final Pattern JDEPS_EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s.*$");

  private ConsumerProject() {}

  /** The SDK's jars and their dependencies, in Maven's order. */
  static List<Path> sdk() {
    try {
      String path = Files.readString(Path.of("target/sdk.path"), StandardCharsets.UTF_8).strip();
      return Stream.of(path.split(File.pathSeparator, -1)).map(Path::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("target/sdk.path is written by mvn generate-test-resources", e);
    }
  }

  /** {@code paths} joined for a --module-path or --class-path option. */
  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The packages the SDK's modules export to everyone: its API. */
  static Set<String> exportedPackages() {
    Set<String> exported = new TreeSet<>();
    for (ModuleReference module : ModuleFinder.of(sdk().toArray(Path[]::new)).findAll()) {
      if (module.descriptor().name().startsWith("io.github.clsante.")) {
        module.descriptor().exports().stream().filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source).forEach(exported::add);
      }
    }
    return exported;
  }

  /** What a tool printed and returned. */
  record Run(int code, String out) {}

  /** Runs a JDK tool (javac, jdeps, jlink) in this JVM. */
  static Run tool(String name, List<String> args) {
    ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new AssertionError("no " + name));
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      int code = tool.run(writer, writer, args.toArray(String[]::new));
      writer.flush();
      return new Run(code, out.toString());
    }
  }

  /** The .java files under {@code root}, module-info.java included when {@code withModuleInfo}. */
  static List<String> sources(Path root, boolean withModuleInfo) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> withModuleInfo || !file.getFileName().toString().equals("module-info.java"))
          .map(Path::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code root} as a module, against the SDK on the module path. javac runs in this JVM with
   * every path given (its default class path would be the test JVM's).
   */
  static Run compileModule(Path root, Path classes) {
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "--module-path", join(sdk()), "--class-path", emptyDirectory().toString(), "-d", classes.toString()));
    args.addAll(sources(root, true));
    return tool("javac", args);
  }

  /** Compiles {@code root} without its module-info, against the SDK on the class path. */
  static Run compileClassPath(Path root, Path classes) {
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "--class-path", join(sdk()), "-d", classes.toString()));
    args.addAll(sources(root, false));
    return tool("javac", args);
  }

  private static Path emptyDirectory() {
    try {
      return Files.createDirectories(Path.of("target/empty-class-path"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SDK's classes that compiled {@code classes} refer to in a package the SDK does not export
   * (read by jdeps from the class files, as {@code from -> to}): none for an application of the API.
   */
  static List<String> nonApiReferences(Path classes) {
    Run jdeps = tool("jdeps", List.of("-verbose:class", "--multi-release", "17", "--class-path",
        join(sdk()), classes.toString()));
    if (jdeps.code() != 0) {
      throw new AssertionError("jdeps failed:\n" + jdeps.out());
    }
    Set<String> api = exportedPackages();
    List<String> found = new ArrayList<>();
    for (String line : jdeps.out().lines().toList()) {
      Matcher edge = JDEPS_EDGE.matcher(line);
      if (edge.matches() && edge.group(2).startsWith("io.github.clsante.")) {
        String target = edge.group(2);
        String pkg = target.substring(0, target.lastIndexOf('.'));
        if (!api.contains(pkg)) {
          found.add(edge.group(1) + " -> " + target);
        }
      }
    }
    return found;
  }

  /** What a process printed and returned. */
  record Launched(int code, String out, String err) {}

  /** Runs {@code command} in its own process, its standard input empty. */
  static Launched run(List<String> command) {
    try {
      Path out = Files.createTempFile("consumer-out", ".txt");
      Path err = Files.createTempFile("consumer-err", ".txt");
      try {
        java.lang.Process process = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("still running after 60 s: " + command);
        }
        return new Launched(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
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

  /** The java launcher of the JDK running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

}
