package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK's module descriptors, read from the built modules this module runs with: no module exports
 * or opens an {@code .internal} package to another SDK module (what another module needs is API, and
 * is published small and documented), nor to everyone. Opening one to a library that reflects on it
 * (Hibernate Validator, picocli) is what {@code opens … to} is for.
 */
class ModuleDescriptorsTest {

  private static final String SDK = "io.github.clsante";

  /** The SDK's descriptors, by module name, as the module path has them (the jars or classes built). */
  private static SortedMap<String, ModuleDescriptor> sdkModules() {
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("Surefire runs this module's tests on the module path").isNotBlank();
    Path[] entries = Arrays.stream(modulePath.split(java.io.File.pathSeparator, -1)).map(Path::of).toArray(Path[]::new);
    TreeMap<String, ModuleDescriptor> modules = new TreeMap<>();
    for (ModuleReference module : ModuleFinder.of(entries).findAll()) {
      if (isSdk(module.descriptor().name())) {
        modules.put(module.descriptor().name(), module.descriptor());
      }
    }
    return modules;
  }

  private static boolean isSdk(String module) {
    return module.equals(SDK) || module.startsWith(SDK + ".");
  }

  private static boolean isInternal(String pkg) {
    return pkg.endsWith(".internal") || pkg.contains(".internal.");
  }

  /** What a descriptor exports or opens of its internal packages, other than opens to a library. */
  static List<String> internalLeaks(ModuleDescriptor module) {
    List<String> leaks = new ArrayList<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      if (isInternal(export.source())) {
        leaks.add(module.name() + " exports " + export.source()
            + (export.isQualified() ? " to " + export.targets().stream().sorted().collect(Collectors.joining(", ")) : ""));
      }
    }
    for (ModuleDescriptor.Opens open : module.opens()) {
      if (isInternal(open.source()) && (!open.isQualified() || open.targets().stream().anyMatch(ModuleDescriptorsTest::isSdk))) {
        leaks.add(module.name() + " opens " + open.source()
            + (open.isQualified() ? " to " + open.targets().stream().sorted().collect(Collectors.joining(", ")) : ""));
      }
    }
    if (module.isOpen()) {
      leaks.add(module.name() + " is an open module");
    }
    return leaks;
  }

  @Test
  void every_sdk_module_is_on_the_module_path() {
    assertThat(sdkModules().keySet()).containsExactly("io.github.clsante.cli", "io.github.clsante.examples",
        "io.github.clsante.model", "io.github.clsante.report.html", "io.github.clsante.serialization",
        "io.github.clsante.server", "io.github.clsante.spreadsheet", "io.github.clsante.validation");
  }

  @Test
  void no_sdk_module_exports_or_opens_an_internal_package_to_another() {
    List<String> leaks = new ArrayList<>();
    sdkModules().values().forEach(module -> leaks.addAll(internalLeaks(module)));
    assertThat(leaks).isEmpty();
  }

  @Test
  void the_check_finds_a_qualified_export_of_an_internal_package() {
    ModuleDescriptor leaking = ModuleDescriptor.newModule("io.github.clsante.serialization")
        .packages(Set.of("io.github.clsante.serialization", "io.github.clsante.serialization.internal"))
        .exports("io.github.clsante.serialization")
        .exports(Set.of(), "io.github.clsante.serialization.internal",
            Set.of("io.github.clsante.validation", "io.github.clsante.cli"))
        .opens(Set.of(), "io.github.clsante.serialization.internal", Set.of("tools.jackson.databind"))
        .build();
    ModuleDescriptor opening = ModuleDescriptor.newModule("io.github.clsante.validation")
        .packages(Set.of("io.github.clsante.validation.internal.rules"))
        .opens(Set.of(), "io.github.clsante.validation.internal.rules", Set.of("io.github.clsante.cli"))
        .build();

    assertThat(internalLeaks(leaking)).containsExactly("io.github.clsante.serialization exports "
        + "io.github.clsante.serialization.internal to io.github.clsante.cli, io.github.clsante.validation");
    assertThat(internalLeaks(opening)).containsExactly(
        "io.github.clsante.validation opens io.github.clsante.validation.internal.rules to io.github.clsante.cli");
  }
}
