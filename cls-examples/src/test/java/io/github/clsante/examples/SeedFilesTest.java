package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The seed contracts as canonical JSON files, checked in under {@code src/main/resources/contracts}.
 * Run with {@code -Dcls.regenerate=true} to rewrite them (and FORMAT.md's example) after a change.
 */
class SeedFilesTest {

  static final Path FILES = Path.of("src/main/resources/contracts");

  @ParameterizedTest
  @ValueSource(strings = {"agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin"})
  void each_file_is_the_canonical_form_of_its_java_built_contract(String name) throws IOException {
    Contract contract = SeedContracts.all().get(name);
    byte[] canonical = ContractJson.toCanonicalBytes(contract);
    Path file = FILES.resolve(name + ".json");
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.write(file, canonical);
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(canonical);
    assertThat(SeedContracts.canonicalJson(name)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin"})
  void reading_each_file_gives_the_java_built_contract_without_findings(String name) {
    ReadResult result = ContractJson.reader().read(SeedContracts.canonicalJson(name));

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.contract()).contains(SeedContracts.all().get(name));
    assertThat(ContractJson.toCanonicalBytes(result.contract().orElseThrow()))
        .isEqualTo(SeedContracts.canonicalJson(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin"})
  void a_pretty_printed_key_shuffled_copy_has_the_canonical_digest(String name) {
    Contract contract = SeedContracts.all().get(name);
    String shuffled = Shuffler.shuffle(ContractJson.toPrettyString(contract), new Random(name.hashCode()));
    assertThat(shuffled).isNotEqualTo(ContractJson.toPrettyString(contract));

    ReadResult result = ContractJson.reader().read(shuffled);

    assertThat(result.report().findings()).isEmpty();
    assertThat(ContractJson.digest(result.contract().orElseThrow())).isEqualTo(ContractJson.digest(contract));
    assertThat(ContractJson.canonicalize(shuffled))
        .isEqualTo(new String(SeedContracts.canonicalJson(name), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin"})
  void each_file_is_format_1_1_and_writes_no_default_its_page_does_not_state(String name) {
    String file = new String(SeedContracts.canonicalJson(name), StandardCharsets.UTF_8);

    assertThat(file).startsWith("{").contains("\"formatVersion\":\"1.1\"");
    // No page says who is principal or associated; only Agglopolys shows its numbering (1 to 19
    // across the axes); no axis is said not to be transversal, no amendment not to be planned.
    assertThat(file).doesNotContain("\"role\":", "\"transversal\":false", "\"planned\":false",
        "\"recurring\":false");
    assertThat(file.contains("\"sheetNumbering\":\"contract_wide\"")).isEqualTo(name.equals("agglopolys"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "agglopolys    | \"kind\":\"pluriannual\"",
      "agglopolys    | {\"id\":\"agglopolys\",\"kind\":\"epci\",\"name\":\"Agglopolys\"}",
      "agglopolys    | \"signatoriesComplete\":false,\"signatureDateAsWritten\":\"25 janvier\"",
      "villes-soeurs | {\"actionSheetsComplete\":false,",
      "villes-soeurs | \"kind\":\"pluriannual\"",
      "villes-soeurs | \"signatureDateAsWritten\":\"Le 8 décembre 2017\"",
      "le-havre      | \"kind\":\"pluriannual\"",
      "chartres      | {\"actionSheetsComplete\":false,",
      "chartres      | \"kind\":\"pluriannual\"",
      "chartres      | \"signatoriesComplete\":false,",
      "chartres      | \"signatureDateAsWritten\":\"le 17 février 2020\"",
      "lens-lievin   | \"signatoriesComplete\":false,",
      "lens-lievin   | \"signatureDateAsWritten\":\"septembre 2019\"",
  })
  void each_file_holds_the_format_1_1_facts_of_its_page(String name, String member) {
    assertThat(new String(SeedContracts.canonicalJson(name), StandardCharsets.UTF_8)).contains(member);
  }

  @Test
  void only_the_four_seeds_that_give_a_length_say_they_are_pluriannual() {
    assertThat(SeedContracts.all().keySet().stream()
            .filter(name -> new String(SeedContracts.canonicalJson(name), StandardCharsets.UTF_8)
                .contains("\"kind\":\"pluriannual\"")))
        .containsExactly("agglopolys", "villes-soeurs", "le-havre", "chartres");
  }

  @Test
  void an_unknown_seed_name_is_refused_with_the_known_names() {
    assertThatThrownBy(() -> SeedContracts.canonicalJson("paris"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("no seed contract named paris; known: "
            + "[agglopolys, villes-soeurs, le-havre, chartres, lens-lievin]");
  }

  @Test
  void format_documentation_shows_agglopolys_in_pretty_form() throws IOException {
    Path format = Path.of("../cls-serialization/FORMAT.md");
    String expected = "```json\n" + ContractJson.toPrettyString(SeedContracts.agglopolys()) + "```\n";
    String document = Files.readString(format, StandardCharsets.UTF_8);
    Matcher matcher = Pattern.compile("(<!-- BEGIN GENERATED: example [^>]*-->\n)(.*?)(<!-- END GENERATED: example -->)",
        Pattern.DOTALL).matcher(document);
    assertThat(matcher.find()).isTrue();
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.writeString(format,
          document.substring(0, matcher.start(2)) + expected + document.substring(matcher.end(2)),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(matcher.group(2)).isEqualTo(expected);
  }

  /** Re-serialises JSON text with every object's members in a random order and random spacing. */
  static final class Shuffler {
    private final String text;
    private final Random random;
    private int at;

    private Shuffler(String text, Random random) {
      this.text = text;
      this.random = random;
    }

    static String shuffle(String json, Random random) {
      Shuffler shuffler = new Shuffler(json, random);
      StringBuilder out = new StringBuilder();
      shuffler.value(out);
      return out.toString();
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private String space() {
      return List.of("", " ", "\n", "\t ", "\r\n  ").get(random.nextInt(5));
    }

    private void value(StringBuilder out) {
      skipSpace();
      char c = text.charAt(at);
      if (c == '{') {
        at++;
        List<String> members = new ArrayList<>();
        skipSpace();
        while (text.charAt(at) != '}') {
          StringBuilder member = new StringBuilder(space());
          member.append(string()).append(space());
          skipSpace();
          at++; // ':'
          member.append(':').append(space());
          value(member);
          members.add(member.toString());
          skipSpace();
          if (text.charAt(at) == ',') {
            at++;
            skipSpace();
          }
        }
        at++;
        Collections.shuffle(members, random);
        out.append('{').append(String.join(",", members)).append(space()).append('}');
      } else if (c == '[') {
        at++;
        out.append('[');
        skipSpace();
        boolean first = true;
        while (text.charAt(at) != ']') {
          out.append(first ? "" : ",").append(space());
          first = false;
          value(out);
          skipSpace();
          if (text.charAt(at) == ',') {
            at++;
            skipSpace();
          }
        }
        at++;
        out.append(space()).append(']');
      } else if (c == '"') {
        out.append(string());
      } else {
        int start = at;
        while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
          at++;
        }
        out.append(text, start, at);
      }
    }

    private String string() {
      skipSpace();
      int start = at++;
      while (text.charAt(at) != '"') {
        at += text.charAt(at) == '\\' ? 2 : 1;
      }
      at++;
      return text.substring(start, at);
    }
  }
}
