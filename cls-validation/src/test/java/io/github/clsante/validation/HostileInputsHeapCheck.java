package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.HostileCorpus.Expected;
import io.github.clsante.validation.HostileCorpus.Outcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (test resources {@code hostile/}, described in its README): every input, small ones
 * committed and large ones written here as a stream, is read and validated from its file, its bytes and a
 * stream, and gives exactly the findings of its {@code .expected} file, in a bounded time.
 *
 * <p>Runs in a JVM of its own with a 128 MB heap (the Surefire execution {@code small-heap} of this
 * module's pom; its name does not end in {@code Test}, so the default execution leaves it out): a file of
 * 50 MB, a million elements or a hundred thousand findings must be read and validated in it.
 */
class HostileInputsHeapCheck {

  private static final Path FILES = HostileCorpus.DIR.resolve("files");
  private static final Path GENERATED = HostileCorpus.DIR.resolve("generated");

  @TempDir
  static Path temporary;

  @Test
  void the_heap_is_small() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(130L << 20);
  }

  static Stream<Path> committed() throws IOException {
    try (Stream<Path> list = Files.list(FILES)) {
      List<Path> inputs = list.filter(p -> !p.toString().endsWith(".expected")).sorted().collect(Collectors.toList());
      assertThat(inputs).hasSizeGreaterThan(30);
      return inputs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committed")
  void each_committed_input_gives_exactly_its_expected_findings(Path input) {
    Path expected = FILES.resolve(input.getFileName().toString().replaceAll("\\.[a-z0-9]+$", "") + ".expected");
    Outcome outcome = assertTimeoutPreemptively(HostileCorpus.HANG_GUARD, () -> HostileCorpus.run(input));

    assertThat(HostileCorpus.regenerated(expected, HostileCorpus.render(List.of(), outcome))).as(expected + " exists")
        .isTrue();
    HostileCorpus.assertMatches(input.getFileName().toString(), HostileCorpus.parse(expected), outcome);
  }

  /** Writes a large input as a stream. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** A large input: its name, what it is, how it is written, and what else its outcome must show. */
  record Large(String name, String description, Writer writer, Consumer<Outcome> more) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"Contrat\","
      + "\"leadArs\":\"24\",\"territory\":{\"name\":\"Commune Test\"}";

  private static void ascii(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void repeat(OutputStream out, String text, int times) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < times; i++) {
      out.write(bytes);
    }
  }

  /** For an input whose expected file says all. */
  private static void nothingMore(Outcome outcome) {
    assertThat(outcome).isNotNull();
  }

  static Stream<Large> large() {
    return Stream.of(
        new Large("nested-arrays-100000", "100,000 arrays nested in one another, as the whole document",
            out -> {
              repeat(out, "[", 100_000);
              repeat(out, "]", 100_000);
            }, HostileInputsHeapCheck::nothingMore),
        new Large("nested-arrays-in-extension-100000", "100,000 arrays nested in one another, in an extension",
            out -> {
              ascii(out, START + ",\"extensions\":{\"org.example\":");
              repeat(out, "[", 100_000);
              repeat(out, "]", 100_000);
              ascii(out, "}}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("nested-objects-100000", "100,000 objects nested in one another, {\"a\":{\"a\":…1…}}",
            out -> {
              repeat(out, "{\"a\":", 100_000);
              ascii(out, "1");
              repeat(out, "}", 100_000);
            }, HostileInputsHeapCheck::nothingMore),
        new Large("nested-objects-in-extension-100000", "100,000 objects nested in one another, in an extension",
            out -> {
              ascii(out, START + ",\"extensions\":{\"org.example\":");
              repeat(out, "{\"a\":", 100_000);
              ascii(out, "1");
              repeat(out, "}", 100_000);
              ascii(out, "}}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("string-50mb", "a title of 50,000,000 characters (« é » and letters), 55 MB of UTF-8",
            out -> {
              ascii(out, "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"");
              repeat(out, "Santé pour tous ", 50_000_000 / 16);
              ascii(out, "\",\"leadArs\":\"24\",\"territory\":{}}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("member-name-50mb", "a member name of 50,000,000 characters",
            out -> {
              ascii(out, START + ",\"");
              repeat(out, "abcdefghij", 5_000_000);
              ascii(out, "\":1}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("number-10mb", "a population written with 10,000,000 digits",
            out -> {
              ascii(out, "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{\"population\":");
              repeat(out, "1234567890", 1_000_000);
              ascii(out, "}}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("document-65mb", "a contract followed by 65 MiB of spaces: beyond the reader's 64 MiB",
            out -> {
              ascii(out, START + "}");
              byte[] spaces = new byte[1 << 20];
              java.util.Arrays.fill(spaces, (byte) ' ');
              for (int i = 0; i < 65; i++) {
                out.write(spaces);
              }
            }, HostileInputsHeapCheck::nothingMore),
        new Large("array-1000000", "an array of 1,000,000 numbers as the whole document",
            out -> {
              ascii(out, "[");
              repeat(out, "1,", 999_999);
              ascii(out, "1]");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("array-1000000-sheets", "1,000,000 numbers where the action sheets (objects) are due",
            out -> {
              ascii(out, START + ",\"actionSheets\":[");
              repeat(out, "1,", 999_999);
              ascii(out, "1]}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("array-200000-departements", "200,000 départements, all « 41 »: a list read whole, each value "
            + "located (a million take more than this heap: see ROBUSTNESS.md)",
            out -> {
              ascii(out, "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{\"departements\":[");
              repeat(out, "\"41\",", 199_999);
              ascii(out, "\"41\"]}}");
            }, outcome -> assertThat(outcome.read().contract().orElseThrow().territory().departements()).hasSize(200_000)),
        new Large("array-1000000-extension", "an extension holding an array of 1,000,000 numbers",
            out -> {
              ascii(out, START + ",\"extensions\":{\"org.example\":[");
              repeat(out, "0.5,", 999_999);
              ascii(out, "0.5]}}");
            }, HostileInputsHeapCheck::nothingMore),
        new Large("unknown-members-100000", "100,000 members the format does not have, one a line (\"u0\": 0 …)",
            out -> {
              ascii(out, START);
              for (int i = 0; i < 100_000; i++) {
                ascii(out, ",\n\"u" + i + "\": " + i);
              }
              ascii(out, "}");
            }, outcome -> {
              // Line i + 2 holds u<i>: every finding listed is where its member is.
              for (Finding finding : outcome.validation().findings()) {
                if (finding.code().equals("CLS-JSON-UNKNOWN-MEMBER")) {
                  int i = Integer.parseInt(finding.pointer().substring("/u".length()));
                  assertThat(finding.location().orElseThrow().line()).isEqualTo(i + 2);
                  assertThat(finding.location().orElseThrow().column()).isEqualTo(1);
                  assertThat(i).isLessThan(10_000); // the first found are kept
                }
              }
            }),
        new Large("sheets-20000", "a valid contract of 20,000 action sheets, each with its pilot and indicator",
            HostileInputsHeapCheck::sheets, outcome -> {
              Contract contract = outcome.read().contract().orElseThrow();
              assertThat(contract.allActionSheets()).hasSize(20_000);
              assertThat(outcome.validation().digest()).contains(ContractJson.digest(contract));
            }),
        new Large("findings-100000", "100,000 départements that are none (« 7A »): 100,000 errors of the rules",
            out -> {
              ascii(out, "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{\"departements\":[");
              repeat(out, "\"7A\",", 99_999);
              ascii(out, "\"7A\"]}}");
            }, outcome -> {
              assertThat(outcome.validation().findings()).hasSize(ContractValidator.DEFAULT_MAX_FINDINGS + 1);
              assertThat(outcome.validation().findings()).filteredOn(f -> f.code().equals(ValidationReport.TRUNCATED))
                  .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
            }));
  }

  /** A valid contract of 20,000 sheets in 20 axes, as a stream. */
  private static void sheets(OutputStream out) throws IOException {
    ascii(out, "{\"formatVersion\":\"1.1\",\"id\":\"cls-grand\",\"title\":\"Contrat local de santé du Grand Test\","
        + "\"status\":\"in_preparation\",\"leadArs\":\"24\",\"territory\":{\"name\":\"Grand Test\",\"kind\":\"commune\","
        + "\"departements\":[\"41\"],\"regions\":[\"24\"]},"
        + "\"parties\":[{\"id\":\"commune\",\"name\":\"Commune du Grand Test\",\"kind\":\"commune\"}],\"axes\":[");
    for (int axis = 1; axis <= 20; axis++) {
      ascii(out, (axis > 1 ? "," : "") + "{\"id\":\"axe-" + axis + "\",\"number\":\"" + axis + "\",\"title\":\"Axe "
          + axis + "\",\"actionSheets\":[");
      for (int sheet = 1; sheet <= 1000; sheet++) {
        int n = (axis - 1) * 1000 + sheet;
        ascii(out, (sheet > 1 ? "," : "") + "{\"id\":\"fa-" + n + "\",\"number\":\"" + n + "\",\"title\":\"Fiche action "
            + n + " : prévention\",\"pilots\":[{\"partyId\":\"commune\"}],\"indicators\":[{\"id\":\"ind-" + n
            + "\",\"name\":\"Personnes touchées\"}]}");
      }
      ascii(out, "]}");
    }
    ascii(out, "]}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("large")
  void each_large_input_gives_exactly_its_expected_findings(Large input) throws IOException {
    Path file = temporary.resolve(input.name() + ".json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      input.writer().write(out);
    }
    Path expected = GENERATED.resolve(input.name() + ".expected");

    Outcome outcome = assertTimeoutPreemptively(HostileCorpus.HANG_GUARD, () -> HostileCorpus.run(file));

    Files.delete(file);
    assertThat(HostileCorpus.regenerated(expected, HostileCorpus.render(List.of(input.description()), outcome)))
        .as(expected + " exists").isTrue();
    HostileCorpus.assertMatches(input.name(), HostileCorpus.parse(expected), outcome);
    input.more().accept(outcome);
  }

  @Test
  void every_expected_file_has_its_input() throws IOException {
    List<String> names = large().map(Large::name).sorted().collect(Collectors.toList());
    try (Stream<Path> list = Files.list(GENERATED)) {
      assertThat(list.map(p -> p.getFileName().toString().replace(".expected", "")).sorted())
          .containsExactlyElementsOf(names);
    }
    try (Stream<Path> list = Files.list(FILES)) {
      List<String> files = list.map(p -> p.getFileName().toString()).collect(Collectors.toList());
      for (String file : files) {
        String base = file.replaceAll("\\.[a-z0-9]+$", "");
        assertThat(files.stream().filter(f -> f.replaceAll("\\.[a-z0-9]+$", "").equals(base))).as(base).hasSize(2);
      }
    }
  }
}
