package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The jlink image of {@code mvn verify -Pjlink} (target/cls-image): a Java runtime holding only the
 * modules the command's module descriptors require. Its bin/cls must validate the seed contracts
 * exactly as {@code java -jar cls.jar} does on a full JDK: a module missing from a descriptor (such as
 * java.logging, which Hibernate Validator's logging needs) shows here as a crash on standard error.
 */
class ClsImageIT {

  private static final Path IMAGE = Path.of(Processes.property("cls.image"));
  private static final String CONTRACTS = Runs.CONTRACTS.toAbsolutePath().normalize().toString();

  @Test
  void the_image_validates_the_seed_contracts_as_the_jar_does_on_a_full_jdk() {
    List<String> arguments = List.of("validate", "--lang", "fr", CONTRACTS);
    Map<String, String> env = Map.of("LANG", "C.UTF-8");

    Processes.Result image = Processes.run(
        concat(List.of(IMAGE.resolve("bin/cls").toString()), arguments), env);
    Processes.Result jar = Processes.run(
        concat(List.of(Processes.java(), "-jar", "target/cls.jar"), arguments), env);

    assertThat(image.err()).isEmpty();
    assertThat(image.code()).isEqualTo(1);
    assertThat(image.lines()).last().isEqualTo("5 fichiers, 1 erreur, 19 avertissements");
    assertThat(image.out()).isEqualTo(jar.out());
    assertThat(jar.code()).isEqualTo(1);
  }

  @Test
  void the_image_writes_the_json_report_and_explains_a_code() {
    Processes.Result json = Processes.run(List.of(IMAGE.resolve("bin/cls").toString(), "validate",
        "--format", "json", "--lang", "en", CONTRACTS + "/lens-lievin.json"), Map.of());
    Processes.Result explain = Processes.run(
        List.of(IMAGE.resolve("bin/cls").toString(), "explain", "--lang", "en", "CLS-SHEET-NO-PILOT"), Map.of());

    assertThat(json.err()).isEmpty();
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.out()).contains("\"code\": \"CLS-CONTRACT-NO-SHEETS\"", "\"error\": 1");
    assertThat(explain.err()).isEmpty();
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).startsWith("CLS-SHEET-NO-PILOT");
  }

  @Test
  void the_image_holds_java_logging_the_spreadsheet_modules_and_none_the_command_does_not_need() {
    Processes.Result modules = Processes.run(
        List.of(IMAGE.resolve("bin/java").toString(), "--list-modules"), Map.of());

    // Apache POI requires java.desktop (AWT's colours and dimensions) for the spreadsheets: it is in.
    assertThat(modules.lines()).map(line -> line.replaceFirst("@.*", ""))
        .contains("java.logging", "org.hibernate.validator", "org.jboss.logging", "io.github.clsante.cli",
            "io.github.clsante.validation", "io.github.clsante.spreadsheet", "org.apache.poi.ooxml",
            "org.eclipse.jetty.logging")
        .doesNotContain("java.sql", "jdk.compiler", "jdk.jshell");
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
