package io.github.clsante.consumer;

import static io.github.clsante.consumer.ConsumerProject.CONSUMER;
import static io.github.clsante.consumer.ConsumerProject.LENS;
import static io.github.clsante.consumer.ConsumerProject.MISUSE;
import static io.github.clsante.consumer.ConsumerProject.java;
import static io.github.clsante.consumer.ConsumerProject.join;
import static io.github.clsante.consumer.ConsumerProject.sdk;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another team's application (src/consumer) compiled with javac -Werror against the SDK's built jars
 * and run in its own JVM, once on the module path and once on the class path, with the same output;
 * and an application that uses an internal class (src/misuse), refused on both.
 */
class ConsumerProjectTest {

  @TempDir static Path work;
  private static Path asModule;
  private static Path onClassPath;
  private static ConsumerProject.Run moduleJavac;
  private static ConsumerProject.Run classPathJavac;
  private static ConsumerProject.Launched moduleRun;
  private static ConsumerProject.Launched classPathRun;

  /** Builds and runs the application both ways once: each javac and java is a process of its own. */
  @BeforeAll
  static void build_and_run_the_application() {
    asModule = work.resolve("module");
    onClassPath = work.resolve("classpath");
    moduleJavac = ConsumerProject.compileModule(CONSUMER, asModule);
    classPathJavac = ConsumerProject.compileClassPath(CONSUMER, onClassPath);
    List<Path> modulePath = new ArrayList<>(sdk());
    modulePath.add(asModule);
    moduleRun = ConsumerProject.run(List.of(java(), "--module-path", join(modulePath),
        "--module", "org.example.consumer/org.example.consumer.Consumer", LENS.toString()));
    List<Path> classPath = new ArrayList<>(sdk());
    classPath.add(onClassPath);
    classPathRun = ConsumerProject.run(List.of(java(), "--class-path", join(classPath),
        "org.example.consumer.Consumer", LENS.toString()));
  }

  @Test
  void the_application_compiles_as_a_module_and_runs_on_the_module_path() {
    assertThat(moduleJavac.out()).isEmpty();
    assertThat(moduleJavac.code()).isZero();
    assertThat(moduleRun.err()).as("nothing on standard error: no log line, no exception").isEmpty();
    assertThat(moduleRun.code()).isZero();
    assertPrintsWhatTheSdkFound(moduleRun.out());
  }

  @Test
  void the_application_compiles_and_runs_on_the_class_path_with_the_same_output() {
    assertThat(classPathJavac.out()).isEmpty();
    assertThat(classPathJavac.code()).isZero();
    assertThat(classPathRun.err()).isEmpty();
    assertThat(classPathRun.code()).isZero();
    assertPrintsWhatTheSdkFound(classPathRun.out());
    assertThat(classPathRun.out()).isEqualTo(moduleRun.out());
  }

  @Test
  void the_application_refers_to_the_sdks_exported_packages_only() {
    assertThat(ConsumerProject.exportedPackages())
        .contains("io.github.clsante.model", "io.github.clsante.serialization", "io.github.clsante.validation")
        .noneMatch(pkg -> pkg.endsWith(".internal"));
    assertThat(ConsumerProject.nonApiReferences(onClassPath)).isEmpty();
  }

  @Test
  void an_application_using_an_internal_class_does_not_compile_as_a_module() {
    ConsumerProject.Run javac = ConsumerProject.compileModule(MISUSE, work.resolve("misuse-module"));

    assertThat(javac.code()).isNotZero();
    assertThat(javac.out()).contains("Misuse.java:3:",
        "package io.github.clsante.serialization.internal is not visible",
        "(package io.github.clsante.serialization.internal is declared in module"
            + " io.github.clsante.serialization, which does not export it");
  }

  @Test
  void an_application_using_an_internal_class_on_the_class_path_is_caught_by_the_reference_check() {
    Path classes = work.resolve("misuse-classpath");

    ConsumerProject.Run javac = ConsumerProject.compileClassPath(MISUSE, classes);

    assertThat(javac.code()).as("the class path has no module boundaries: javac accepts it").isZero();
    assertThat(ConsumerProject.nonApiReferences(classes))
        .containsExactly("org.example.misuse.Misuse -> io.github.clsante.serialization.internal.ContractFormat");
  }

  /**
   * The application's lines: the copy, the signed copy's findings with their messages in both
   * languages, the round trip, the digest, and the findings of the Lens-Liévin file with their places.
   */
  private static void assertPrintsWhatTheSdkFound(String out) {
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("copy leaves the original: IN_PREPARATION SIGNED");
    assertThat(lines).filteredOn(line -> !line.startsWith("  "))
        .containsExactly(
            "copy leaves the original: IN_PREPARATION SIGNED",
            "error CLS-CONTRACT-SIGNATORIES ",
            "warning CLS-CONTRACT-MENTAL-HEALTH ",
            "warning CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0",
            "read back equal: true, problems: 0",
            lines.get(lines.size() - 3),
            "lens-lievin.json valid: false",
            "error CLS-CONTRACT-NO-SHEETS  1:1");
    assertThat(lines.get(lines.size() - 3)).matches("digest: sha256:[0-9a-f]{64}");
    List<String> messages = lines.stream().filter(line -> line.startsWith("  ")).toList();
    assertThat(messages).hasSize(6);
    assertThat(messages).filteredOn(line -> line.startsWith("  fr: ")).hasSize(3)
        .allMatch(line -> line.matches("  fr: \\p{Lu}.*[.!?]"), "a French sentence")
        .noneMatch(line -> line.contains("CLS-") || line.contains("{"));
    assertThat(messages).filteredOn(line -> line.startsWith("  en: ")).hasSize(3)
        .noneMatch(line -> line.contains("CLS-") || line.contains("{"));
    assertThat(messages.get(0)).isNotEqualTo(messages.get(1).replace("  en: ", "  fr: "));
  }
}
