package io.github.clsante.consumer;

import static io.github.clsante.consumer.ConsumerProject.CONSUMER;
import static io.github.clsante.consumer.ConsumerProject.LENS;
import static io.github.clsante.consumer.ConsumerProject.java;
import static io.github.clsante.consumer.ConsumerProject.join;
import static io.github.clsante.consumer.ConsumerProject.sdk;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mvn verify -Pjlink: a jlink image of the consumer application, which holds only the modules that the
 * module descriptors require from {@code requires io.github.clsante.validation}. Hibernate Validator's
 * logging (jboss-logging) requires java.logging only statically, so without cls-validation's own
 * {@code requires java.logging} such an image crashes with NoClassDefFoundError:
 * java/util/logging/LogRecord; this image must run the application as the full JDK does.
 */
class ConsumerImageIT {

  @TempDir Path work;

  @Test
  void a_jlink_image_of_the_application_runs_it_as_the_full_jdk_does() {
    Path classes = work.resolve("module");
    assertThat(ConsumerProject.compileModule(CONSUMER, classes).code()).isZero();
    List<Path> modulePath = new ArrayList<>(sdk());
    modulePath.add(classes);
    Path image = work.resolve("image");

    ConsumerProject.Run jlink = ConsumerProject.tool("jlink", List.of("--module-path", join(modulePath),
        "--add-modules", "org.example.consumer", "--strip-debug", "--no-header-files", "--no-man-pages",
        "--output", image.toString()));
    ConsumerProject.Launched fromImage = ConsumerProject.run(List.of(image.resolve("bin/java").toString(),
        "--module", "org.example.consumer/org.example.consumer.Consumer", LENS.toString()));
    ConsumerProject.Launched fromJdk = ConsumerProject.run(List.of(java(), "--module-path", join(modulePath),
        "--module", "org.example.consumer/org.example.consumer.Consumer", LENS.toString()));
    ConsumerProject.Launched modules = ConsumerProject.run(
        List.of(image.resolve("bin/java").toString(), "--list-modules"));

    assertThat(jlink.code()).as(jlink.out()).isZero();
    assertThat(fromImage.err()).isEmpty();
    assertThat(fromImage.code()).isZero();
    assertThat(fromImage.out()).isEqualTo(fromJdk.out()).contains("error CLS-CONTRACT-NO-SHEETS  1:1");
    assertThat(modules.out().lines().map(line -> line.replaceFirst("@.*", "")))
        .contains("java.logging", "org.jboss.logging", "org.hibernate.validator", "io.github.clsante.validation")
        .doesNotContain("io.github.clsante.cli", "io.github.clsante.examples", "java.desktop");
  }
}
