package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps ROBUSTNESS.md (at the repository's root) true: its table of the finding a user gets for each kind
 * of bad input is made here, by validating such an input; its limits are the code's. Run with {@code
 * -Dcls.regenerate=true} to rewrite the table.
 */
class RobustnessDocumentationTest {

  static final Path ROBUSTNESS = Path.of("../ROBUSTNESS.md");

  private static final String BASE = "{\n  \"formatVersion\": \"1.1\",\n  \"id\": \"cls-test\",\n"
      + "  \"title\": \"Contrat local de santé de la Commune Test\",\n  \"leadArs\": \"24\",\n"
      + "  \"territory\": {\"name\": \"Commune Test\", \"population\": 1200}\n}\n";

  @TempDir
  Path directory;

  /** A kind of bad input: what it is, how to make one, and the code of the finding shown (null: none). */
  private record Kind(String input, Supplier<ValidationReport> report, String code) {}

  private static ValidationReport validate(String json) {
    return ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8));
  }

  private static ValidationReport validate(byte[] json) {
    return ContractValidator.standard().validate(json);
  }

  private static String members(String name, int count) {
    StringBuilder json = new StringBuilder(BASE.substring(0, BASE.lastIndexOf('}')).stripTrailing());
    for (int i = 0; i < count; i++) {
      json.append(",\n  \"").append(name).append(i).append("\": ").append(i);
    }
    return json.append("\n}\n").toString();
  }

  private List<Kind> kinds() throws IOException {
    Path large = directory.resolve("grand.json");
    try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(ContractReader.DEFAULT_MAX_DOCUMENT_BYTES + 1); // sparse: nothing is written
    }
    StringBuilder sheets = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\","
        + "\"territory\":{},\"actionSheets\":[");
    sheets.append("1,".repeat(999_999)).append("1]}");
    StringBuilder departements = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\","
        + "\"territory\":{\"departements\":[");
    departements.append("\"7A\",".repeat(99_999)).append("\"7A\"]}}");
    StringBuilder valid = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-grand\",\"title\":\"Grand Test\","
        + "\"status\":\"in_preparation\",\"leadArs\":\"24\",\"territory\":{\"name\":\"Grand Test\",\"kind\":\"commune\","
        + "\"departements\":[\"41\"],\"regions\":[\"24\"]},\"parties\":[{\"id\":\"commune\",\"name\":\"Commune\","
        + "\"kind\":\"commune\"}],\"axes\":[{\"id\":\"axe-1\",\"number\":\"1\",\"title\":\"Axe\",\"actionSheets\":[");
    for (int n = 1; n <= 20_000; n++) {
      valid.append(n > 1 ? "," : "").append("{\"id\":\"fa-").append(n).append("\",\"number\":\"").append(n)
          .append("\",\"title\":\"Fiche ").append(n).append("\",\"pilots\":[{\"partyId\":\"commune\"}],")
          .append("\"indicators\":[{\"id\":\"ind-").append(n).append("\",\"name\":\"Personnes touchées\"}]}");
    }
    valid.append("]}]}");
    byte[] latin1 = BASE.getBytes(StandardCharsets.ISO_8859_1);
    String cut = BASE.substring(0, BASE.indexOf("\"Commune Test\"") + "\"Commune Test\"".length());
    return List.of(
        new Kind("an empty file, or whitespace only", () -> validate(""), "CLS-JSON-EMPTY"),
        new Kind("`null`, a text, a number or an array instead of the contract", () -> validate("[" + BASE + "]"),
            "CLS-JSON-WRONG-TYPE"),
        new Kind("a file cut short", () -> validate(cut), "CLS-JSON-SYNTAX"),
        new Kind("a file cut in the middle of a text", () -> validate(BASE.substring(0, BASE.indexOf("santé"))),
            "CLS-JSON-SYNTAX"),
        new Kind("a byte that is not UTF-8 (a Latin-1 « é »)", () -> validate(latin1), "CLS-JSON-ENCODING"),
        new Kind("UTF-16 or UTF-32, with or without byte order mark",
            () -> validate(BASE.getBytes(Charset.forName("UTF-16"))), "CLS-JSON-ENCODING"),
        new Kind("an unpaired surrogate in a text (`\\uD800`)", () -> validate(BASE.replace("santé", "sant\\uD800")),
            "CLS-JSON-INVALID-STRING"),
        new Kind("an unpaired surrogate in a member name", () -> validate(BASE.replace("\"leadArs\"", "\"lead\\uDC00\"")),
            "CLS-JSON-INVALID-STRING"),
        new Kind("the UTF-8 bytes of a surrogate (CESU-8)", () -> validate(cesu()), "CLS-JSON-ENCODING"),
        new Kind("arrays or objects nested more than 64 levels deep (100,000 in the corpus)",
            () -> validate(BASE.replace("1200", "[".repeat(100) + "]".repeat(100))), "CLS-JSON-TOO-DEEP"),
        new Kind("a text or a member name of more than 1,000,000 characters (50,000,000 in the corpus)",
            () -> validate(BASE.replace("Commune Test\", \"p", "x".repeat(1_000_001) + "\", \"p")),
            "CLS-JSON-STRING-TOO-LONG"),
        new Kind("a number written with more than 100 characters", () -> validate(BASE.replace("1200", "9".repeat(400))),
            "CLS-JSON-NUMBER-TOO-LONG"),
        new Kind("a number of more than 1,000 characters (10,000,000 in the corpus)",
            () -> validate(BASE.replace("1200", "9".repeat(2_000_000))), "CLS-JSON-NUMBER-TOO-LONG"),
        new Kind("a number beyond a member's range (`1e400`, `1e11111111111`, `9223372036854775808`)",
            () -> validate(BASE.replace("1200", "1e11111111111")), "CLS-JSON-NUMBER-OUT-OF-RANGE"),
        new Kind("a number too close to zero (`1e-400`) in a whole-number member",
            () -> validate(BASE.replace("1200", "1e-400")), "CLS-JSON-INVALID-NUMBER"),
        new Kind("a number too close to zero in a number member (full-time equivalents)",
            () -> validate(BASE.replace("\n}\n", ",\n  \"actionSheets\": [{\"id\": \"fa-1\", \"title\": \"Fiche\", "
                + "\"budgetLines\": [{\"nature\": \"operating\", \"plannedFullTimeEquivalents\": 1e-400}]}]\n}\n")),
            "CLS-JSON-NUMBER-ROUNDED-TO-ZERO"),
        new Kind("`NaN`, `Infinity`, `-Infinity`", () -> validate(BASE.replace("1200", "NaN")), "CLS-JSON-SYNTAX"),
        new Kind("a comment (`//`, `/* */`, `#`)", () -> validate("// exporté le 3 mars\n" + BASE), "CLS-JSON-SYNTAX"),
        new Kind("text, a second object or a comma after the contract", () -> validate(BASE + "fin"),
            "CLS-JSON-TRAILING-CONTENT"),
        new Kind("a member written twice (at any level)", () -> validate(BASE.replace("\"leadArs\": \"24\",",
            "\"leadArs\": \"24\",\n  \"leadArs\": \"28\",")), "CLS-JSON-DUPLICATE-MEMBER"),
        new Kind("`@class`, `@type` or `$ref` (no type is ever taken from a document)",
            () -> validate(BASE.replace("\"id\"", "\"@class\": \"java.lang.Runtime\",\n  \"id\"")), "CLS-JSON-UNKNOWN-MEMBER"),
        new Kind("a file larger than 64 MiB", () -> ContractValidator.standard().validate(large),
            "CLS-JSON-DOCUMENT-TOO-LARGE"),
        new Kind("a directory instead of a file", () -> ContractValidator.standard().validate(directory), "CLS-JSON-IO-ERROR"),
        new Kind("more than 10,000 problems (100,000 unknown members)", () -> validate(members("inconnu", 100_000)),
            ValidationReport.TRUNCATED),
        new Kind("the same, read by `ContractJson.reader()` (a program reading files rather than validating them)",
            () -> ValidationReport.unread(ContractJson.reader().read(members("inconnu", 100_000)).report()),
            "CLS-JSON-TOO-MANY-PROBLEMS"),
        new Kind("a million numbers where the action sheets are due", () -> validate(sheets.toString()),
            "CLS-JSON-WRONG-TYPE"),
        new Kind("100,000 findings of the rules (100,000 départements that are none)",
            () -> validate(departements.toString()), ValidationReport.TRUNCATED),
        new Kind("a valid contract of 20,000 action sheets", () -> validate(valid.toString()), null));
  }

  /** A contract whose title holds an emoji written as two surrogates in UTF-8 bytes (CESU-8). */
  private static byte[] cesu() {
    byte[] json = BASE.replace("santé", "santé@@").getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("@@");
    byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80};
    byte[] out = new byte[json.length - 2 + cesu.length];
    System.arraycopy(json, 0, out, 0, at);
    System.arraycopy(cesu, 0, out, at, cesu.length);
    System.arraycopy(json, at + 2, out, at + cesu.length, json.length - at - 2);
    return out;
  }

  @Test
  void the_table_of_bad_inputs_gives_the_finding_each_gets() throws IOException {
    StringBuilder table = new StringBuilder("| bad input | code | where | message (French) |\n|---|---|---|---|\n");
    for (Kind kind : kinds()) {
      ValidationReport report = kind.report().get();
      if (kind.code() == null) {
        assertThat(report.findings()).as(kind.input()).isEmpty();
        table.append("| ").append(kind.input()).append(" | — | — | no finding: the contract is valid |\n");
        continue;
      }
      List<Finding> found = report.report().findingsWithCode(kind.code());
      assertThat(found).as(kind.input() + ": " + report.findings()).isNotEmpty();
      Finding finding = found.get(0);
      String where = (finding.pointer().isEmpty() ? "the document" : "`" + finding.pointer() + "`")
          + finding.location().map(l -> ", " + l.line() + ":" + l.column()).orElse("");
      table.append("| ").append(kind.input()).append(" | `").append(finding.code()).append("` ")
          .append(finding.severity().code()).append(" | ").append(where).append(" | ")
          .append(cell(FindingMessages.message(finding, Locale.FRENCH))).append(" |\n");
    }
    RulesCatalogueTest.assertRegion(ROBUSTNESS, "findings", table.toString());
  }

  @Test
  void the_limits_given_are_the_codes() throws IOException {
    String page = Files.readString(ROBUSTNESS, StandardCharsets.UTF_8);

    assertThat(page).contains("| nesting of arrays and objects | " + ContractReader.DEFAULT_MAX_NESTING_DEPTH + " levels")
        .contains("| length of a text or a member name | 1,000,000 characters")
        .contains(String.format(Locale.ROOT, "64 MiB (%,d bytes)", ContractReader.DEFAULT_MAX_DOCUMENT_BYTES))
        .contains(String.format(Locale.ROOT, "| problems kept | %,d |", ContractReader.DEFAULT_MAX_PROBLEMS))
        .contains(String.format(Locale.ROOT, "| findings in a report | %,d |", ContractValidator.DEFAULT_MAX_FINDINGS));
    assertThat(ContractReader.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_000_000);
    assertThat(ContractReader.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(64L << 20);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
