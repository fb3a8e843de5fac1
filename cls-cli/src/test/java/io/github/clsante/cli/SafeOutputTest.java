package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.NBSP;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What comes from a file or a file name (file names, member names, codes, ids, values) cannot act on
 * the terminal, forge a line, reorder text or break the XML: it is shown escaped in text and JUnit
 * XML, and escaped by the JSON writer in JSON and SARIF, which stay valid.
 */
class SafeOutputTest {

  static final String ESC = "\u001B";
  static final String BEL = "\u0007";
  static final String RLO = "\u202E";

  @Test
  void controls_bidi_controls_separators_and_lone_surrogates_are_shown_as_escapes() {
    assertThat(Safe.text("a" + ESC + "[2Jb" + BEL + "c" + RLO + "d\ne\r\tf\u0000\u007F\u009B\u0085"))
        .isEqualTo("a\\u001B[2Jb\\u0007c\\u202Ed\\u000Ae\\u000D\\u0009f\\u0000\\u007F\\u009B\\u0085");
    assertThat(Safe.text("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u2028\u2029"))
        .isEqualTo("\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029");
    assertThat(Safe.text("x\uD800y\uDC00z\uFFFE\uFFFF")).isEqualTo("x\\uD800y\\uDC00z\\uFFFE\\uFFFF");
    assertThat(Safe.lines("one" + ESC + "\ntwo\n")).isEqualTo("one\\u001B\ntwo\n");
  }

  @Test
  void letters_accents_symbols_emoji_and_french_spaces_are_kept() {
    String text = "Fiche « Santé mentale » : 1\u202F234,50\u00A0€ ; d’accord 😀 C:\\contrats\\été.json";

    assertThat(Safe.text(text)).isSameAs(text);
  }

  /** A directory whose file names and contents hold ESC, BEL, U+202E and newlines. */
  static Path hostileDirectory(Path directory) throws IOException {
    // A member name with ESC and a code with U+202E, in a file whose name clears the screen.
    Files.writeString(directory.resolve("a" + ESC + "[2J.json"), "{\"schemaVersion\":\"1.0\",\"id\":\"x\","
        + "\"status\":\"sig" + RLO + "ned\",\"leadArs\":\"24\",\"territory\":{},\"col\\u001b[31mour\":\"blue\"}");
    // An id with BEL and a SIREN with a newline, in a file whose name has a newline and U+202E.
    Contract contract = Contract.builder()
        .id("cls-" + BEL)
        .title("Contrat local de santé du Pays d’Exemple")
        .status(ContractStatus.IN_PREPARATION)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Pays d’Exemple").addDepartements("41").build())
        .addParties(Party.builder().id("cc-exemple").name("Communauté de communes")
            .kind(PartyKind.COMMUNAUTE_DE_COMMUNES)
            .addIdentifiers(Identifier.of(IdentifierScheme.SIREN, "244\n100798")).build())
        .addAxes(Axis.builder().id("axe-1").number("1").title("Vieillir en bonne santé")
            .addActionSheets(ActionSheet.builder().id("fa-1").number("1").title("Répit des aidants")
                .addPilots(PartyRef.to("cc-" + BEL + "exemple")).build())
            .build())
        .build();
    Files.write(directory.resolve("two\nlines" + RLO + ".json"), ContractJson.toCanonicalBytes(contract));
    return directory;
  }

  @Test
  void text_output_escapes_file_names_member_names_codes_ids_and_values(@TempDir Path directory) throws IOException {
    hostileDirectory(directory);
    String clear = directory.resolve("a" + ESC + "[2J.json").toString().replace(ESC, "\\u001B");
    String twoLines = directory.resolve("two\nlines" + RLO + ".json").toString()
        .replace("\n", "\\u000A").replace(RLO, "\\u202E");

    Run run = cls("validate", "--lang", "en", directory.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    // « sig\u202Ened » is read as signed (and reported): the rules of a signed contract apply to the first file.
    assertThat(run.lines()).containsExactly(
        clear + ":1:1: error CLS-CONTRACT-NO-SHEETS - This signed contract has no action sheet.",
        clear + ":1:1: error CLS-CONTRACT-SIGNATORIES - This signed contract does not count the ARS and a local "
            + "authority (or the carrying authority) among its signatories.",
        clear + ":1:42: error CLS-JSON-UNKNOWN-CODE /status status — \"sig\\u202Ened\" is not a code of the list of "
            + "contract statuses. Did you mean \"signed\" (Signé)? It is read as \"signed\". Allowed codes: in_preparation (En élaboration), "
            + "signed (Signé), in_force (En vigueur), under_evaluation (En évaluation), ended (Terminé), renewed "
            + "(Renouvelé), abandoned (Abandonné).",
        clear + ":1:42: warning CLS-CONTRACT-SIGNATURE-DATE-MISSING /status status — The contract is signed but its "
            + "signature date is not given.",
        clear + ":1:82: error CLS-JSON-UNKNOWN-MEMBER /col\\u001B[31mour The field \"col\\u001B[31mour\" does not "
            + "exist in the contract format.",
        twoLines + ":1:27: warning CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0 Axis 1 › Sheet 1 \"Répit des "
            + "aidants\" — No evaluation indicator is given for this action sheet.",
        twoLines + ":1:74: error CLS-REF-PARTY-UNKNOWN /axes/0/actionSheets/0/pilots/0/partyId Axis 1 › Sheet 1 "
            + "\"Répit des aidants\" › Pilot 1 \"cc-\\u0007exemple\" › party — No party of the contract has the id "
            + "\"cc-\\u0007exemple\". Did you mean \"cc-exemple\"? Every party named must be declared once in "
            + "\"parties\".",
        twoLines + ":1:313: error CLS-ID-SIREN /parties/0/identifiers/0/value Party 1 \"Communauté de communes\" › "
            + "Identifier 1 › value — The SIREN \"244\\u000A100798\" contains characters other than digits: "
            + "\"\\u000A\".",
        "2 files, 6 errors, 2 warnings");
    assertNoControls(run.out());
  }

  @Test
  void a_newline_in_a_name_on_the_standard_error_cannot_forge_a_line(@TempDir Path directory) {
    String name = directory.resolve("x\ncls: all files are valid" + ESC + "[0m.json").toString();

    Run run = cls("validate", "--lang", "en", name);

    assertThat(run.err()).isEqualTo("cls: no file or directory \"" + name.replace("\n", "\\u000A").replace(ESC, "\\u001B")
        + "\": check the path.\n");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.lines()).hasSize(2);
    assertNoControls(run.out() + run.err());
  }

  /** Every character below U+0020 but the newlines ending lines, DEL, C1 and bidi controls are absent. */
  static void assertNoControls(String output) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (c != '\n' && Safe.escaped(c)) {
        found.add(String.format("U+%04X", (int) c));
      }
    }
    assertThat(found).as("unescaped characters").isEmpty();
  }

  @Test
  void junit_xml_parses_and_shows_the_same_escapes(@TempDir Path directory) throws Exception {
    hostileDirectory(directory);
    // A character XML 1.0 cannot hold at all, in a member name and a file name.
    Files.writeString(directory.resolve("nul\u0001.json"), "{\"a\\u0001b\":1}");

    Run run = cls("validate", "--lang", "fr", "--format", "junit", directory.toString());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    List<String> names = new ArrayList<>();
    StringBuilder failures = new StringBuilder();
    for (int i = 0; i < xml.getElementsByTagName("testcase").getLength(); i++) {
      Element testcase = (Element) xml.getElementsByTagName("testcase").item(i);
      names.add(testcase.getAttribute("name"));
      failures.append(testcase.getTextContent());
    }
    assertThat(names).containsExactly(
        directory.resolve("a" + ESC + "[2J.json").toString().replace(ESC, "\\u001B"),
        directory.resolve("nul\u0001.json").toString().replace("\u0001", "\\u0001"),
        directory.resolve("two\nlines" + RLO + ".json").toString().replace("\n", "\\u000A").replace(RLO, "\\u202E"));
    // The SDK's French messages put a no-break space inside « ».
    assertThat(failures.toString()).contains("«" + NBSP + "col\\u001B[31mour" + NBSP + "»", "/a\\u0001b",
        "«" + NBSP + "cc-\\u0007exemple" + NBSP + "»", "«" + NBSP + "sig\\u202Ened" + NBSP + "»");
    assertNoControls(failures.toString().replace("\n", ""));
  }

  @Test
  void json_and_sarif_stay_valid_json_holding_the_exact_names(@TempDir Path directory) throws IOException {
    hostileDirectory(directory);
    JsonMapper mapper = JsonMapper.builder().build();

    JsonNode json = mapper.readTree(cls("validate", "--lang", "en", "--format", "json", directory.toString()).out());
    JsonNode sarif = mapper.readTree(cls("validate", "--lang", "en", "--format", "sarif", "--base-dir",
        directory.toString(), directory.toString()).out());

    assertThat(json.get("files").get(0).get("file").asString())
        .isEqualTo(directory.resolve("a" + ESC + "[2J.json").toString());
    JsonNode first = json.get("files").get(0).get("report").get("findings");
    JsonNode second = json.get("files").get(1).get("report").get("findings");
    assertThat(first.get(2).get("code").asString()).isEqualTo("CLS-JSON-UNKNOWN-MEMBER");
    assertThat(first.get(2).get("params").get("member").asString()).isEqualTo("col" + ESC + "[31mour");
    assertThat(first.get(3).get("params").get("code").asString()).isEqualTo("sig" + RLO + "ned");
    assertThat(second.get(1).get("place").asString())
        .isEqualTo("Axis 1 › Sheet 1 \"Répit des aidants\" › Pilot 1 \"cc-" + BEL + "exemple\" › party");
    assertThat(second.get(2).get("code").asString()).isEqualTo("CLS-ID-SIREN");
    assertThat(second.get(2).get("params").get("value").asString()).isEqualTo("244\n100798");
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results).hasSize(8);
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
        .asString()).isEqualTo("a%1B%5B2J.json");
    assertThat(results.get(5).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
        .asString()).isEqualTo("two%0Alines%E2%80%AE.json");
    assertThat(results.get(2).get("ruleId").asString()).isEqualTo("CLS-JSON-UNKNOWN-MEMBER");
    assertThat(results.get(2).get("message").get("text").asString()).contains("col" + ESC + "[31mour");
  }

  @Test
  void the_json_writer_escapes_what_rfc_8785_requires_and_nothing_else() {
    StringBuilder out = new StringBuilder();
    StringBuilder controls = new StringBuilder("\"\\");
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    controls.append("\u007F\u009B\u202E\u2028é");

    io.github.clsante.serialization.JsonWriter.canonical(out).value(controls.toString()).close();

    assertThat(out.toString()).isEqualTo("\"\\\"\\\\"
        + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
        + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d"
        + "\\u001e\\u001f\u007F\u009B\u202E\u2028é\"");
  }
}
