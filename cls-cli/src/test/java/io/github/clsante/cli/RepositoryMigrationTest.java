package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.Migration;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.ContractValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every format 1.0 file of the repository — every {@code *.json} under a module's {@code src/} whose
 * {@code schemaVersion} is {@code "1.0"}: corpora, seeds, rule fixtures, command-line inputs, found by
 * walking the tree — migrates, or is refused with exactly its reading errors when it has some. A
 * migrated file reads with no finding the 1.0 file did not have, is what reading the 1.0 file and
 * writing it gives, and validates with no finding the 1.0 file did not have, except those the 1.1
 * rules add on purpose, listed in {@link #ADDED_ON_PURPOSE}.
 */
class RepositoryMigrationTest {

  /** The repository's root, from this module's directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A document of version 1.0, whatever its spacing; read on bytes, so that a broken file is found too. */
  private static final Pattern VERSION_1_0 = Pattern.compile("\"schemaVersion\"\\s*:\\s*\"1\\.0\"");

  /**
   * A finding that validating a migrated file may have although its 1.0 file does not: a rule of 1.1
   * that judges, on purpose, what 1.1 says differently.
   *
   * @param code the finding's code
   * @param files the 1.0 files it is added to, a glob relative to the repository's root
   *     ({@code "cls-validation/src/test/resources/**}{@code /CLS-SHEET-NO-PILOT/*.json"})
   * @param why why the rule adds it
   */
  record Added(String code, String files, String why) {
    boolean covers(Finding finding, Path file) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + files);
      return finding.code().equals(code) && matcher.matches(ROOT.relativize(file));
    }
  }

  /** The findings the 1.1 rules add on purpose to migrated files; none yet. */
  static final List<Added> ADDED_ON_PURPOSE = List.of(
      // new Added("CLS-…", "cls-validation/src/test/resources/**/*.json", "what 1.1 judges that 1.0 could not say"),
  );

  /** Every 1.0 file under the modules' {@code src/} directories, sorted. */
  static List<Path> files10() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path source : modules.map(module -> module.resolve("src")).filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> walk = Files.walk(source)) {
          walk.filter(Files::isRegularFile).filter(Inputs::isJson).sorted().forEach(file -> {
            if (VERSION_1_0.matcher(new String(bytes(file), StandardCharsets.ISO_8859_1)).find()) {
              files.add(file);
            }
          });
        }
      }
    }
    return files;
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A finding as two documents that mean the same share it: not its line and column. */
  private static String key(Finding finding) {
    return finding.code() + " " + finding.severity().code() + " " + finding.pointer() + " " + finding.params();
  }

  private static Set<String> keys(List<Finding> findings) {
    Set<String> keys = new HashSet<>();
    findings.forEach(finding -> keys.add(key(finding)));
    return keys;
  }

  @Test
  void the_walk_finds_the_1_0_files_of_every_kind() throws IOException {
    List<String> files = files10().stream().map(file -> ROOT.relativize(file).toString().replace('\\', '/')).toList();

    assertThat(files).hasSizeGreaterThan(150);
    for (String kind : List.of("cls-serialization/src/test/resources/io/github/clsante/serialization/migration/1.0/seeds/",
        "cls-serialization/src/test/resources/io/github/clsante/serialization/invalid/",
        "cls-serialization/src/test/resources/io/github/clsante/serialization/valid/",
        "cls-validation/src/test/resources/io/github/clsante/validation/rules/",
        "cls-validation/src/test/resources/io/github/clsante/validation/hand-edited/",
        "cls-cli/src/test/resources/io/github/clsante/cli/migrate/")) {
      assertThat(files).as(kind).anyMatch(file -> file.startsWith(kind));
    }
    assertThat(files).as("1.1 files are not 1.0 files")
        .doesNotContain("cls-serialization/src/test/resources/io/github/clsante/serialization/migration/1.1/"
            + "cents-and-defaults.json", "cls-cli/src/test/resources/io/github/clsante/cli/migrate/contrats/deja-en-1.1.json");
  }

  @Test
  void every_1_0_file_migrates_or_is_refused_with_exactly_its_reading_errors() throws IOException {
    Map<String, String> failures = new LinkedHashMap<>();
    int migrated = 0;
    for (Path file : files10()) {
      byte[] source = bytes(file);
      ReadResult read = ContractJson.reader().read(source);
      Migration migration = ContractJson.migrate(source);
      String name = ROOT.relativize(file).toString();
      if (!read.isValid()) {
        if (migration.isMigrated() || !migration.findings().equals(read.report().findings())) {
          failures.put(name, "refused with " + migration.findings() + " instead of " + read.report().findings());
        }
        continue;
      }
      if (!migration.isMigrated()) {
        failures.put(name, "read without error, not migrated: " + migration.findings());
        continue;
      }
      migrated++;
      byte[] written = migration.canonicalBytes().orElseThrow();
      if (!java.util.Arrays.equals(written, ContractJson.toCanonicalBytes(read.contract().orElseThrow()))) {
        failures.put(name, "the migrated bytes are not what reading and writing the 1.0 file gives");
      }
      Set<String> before = keys(read.report().findings());
      List<String> added = ContractJson.reader().read(written).report().findings().stream().map(RepositoryMigrationTest::key)
          .filter(key -> !before.contains(key)).toList();
      if (!added.isEmpty()) {
        failures.put(name, "reading the migrated file finds " + added);
      }
    }

    assertThat(failures).isEmpty();
    assertThat(migrated).as("1.0 files read without error").isGreaterThan(50);
  }

  @Test
  void validating_a_migrated_file_finds_nothing_its_1_0_file_did_not_except_what_1_1_rules_add_on_purpose()
      throws IOException {
    ContractValidator validator = ContractValidator.standard();
    Map<String, List<String>> unexpected = new LinkedHashMap<>();
    Set<Added> used = new HashSet<>();
    for (Path file : files10()) {
      byte[] source = bytes(file);
      Migration migration = ContractJson.migrate(source);
      if (!migration.isMigrated()) {
        continue; // refused: the test above checks why
      }
      // A finding on a 1.0 amount (…/amountCents) is the same finding as on its 1.1 member (…/amount).
      Map<String, String> renamed = new java.util.HashMap<>();
      for (Finding change : migration.findings()) {
        if (change.code().equals("CLS-MIGRATE-EUROS")) {
          String pointer = change.pointer();
          renamed.put(pointer, pointer.substring(0, pointer.lastIndexOf('/') + 1) + change.params().get("replacement"));
        }
      }
      Set<String> before = new HashSet<>();
      for (Finding finding : validator.validate(source).findings()) {
        String pointer = renamed.getOrDefault(finding.pointer(), finding.pointer());
        before.add(key(io.github.clsante.model.report.Finding.copyOf(finding).withPointer(pointer)));
      }
      List<String> added = new ArrayList<>();
      for (Finding finding : validator.validate(migration.canonicalBytes().orElseThrow()).findings()) {
        if (before.contains(key(finding))) {
          continue;
        }
        List<Added> covering = ADDED_ON_PURPOSE.stream().filter(entry -> entry.covers(finding, file)).toList();
        used.addAll(covering);
        if (covering.isEmpty()) {
          added.add(key(finding));
        }
      }
      if (!added.isEmpty()) {
        unexpected.put(ROOT.relativize(file).toString(), added);
      }
    }

    assertThat(unexpected).as("findings the migrated files have and their 1.0 files do not: a rule of 1.1 that "
        + "adds one on purpose goes in ADDED_ON_PURPOSE").isEmpty();
    assertThat(ADDED_ON_PURPOSE).as("entries of ADDED_ON_PURPOSE that no file needs any more").containsAll(used)
        .hasSameSizeAs(used);
  }
}
