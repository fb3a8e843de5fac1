package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.NBSP;
import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.clsante.cli.Runs.Run;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readable place of a finding (« Axe 1 › Fiche 2 « … » ») is shown in every format when the report
 * gives one. In text, SARIF and JUnit a stand-in gives places here, to check how they are shown
 * (escaped); the JSON report of a file is the SDK's documented report ({@link
 * ValidationReport#toJson}), places included, whatever the stand-in says.
 */
class PlacesTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final Path AGGLOPOLYS = CONTRACTS.resolve("agglopolys.json");

  /** A command whose places are « Axe 1 › Fiche N » for sheets, none elsewhere; a title holds ESC. */
  static Cls withPlaces() {
    Cls command = Runs.command();
    command.places = (report, finding, locale) -> {
      if (!finding.pointer().startsWith("/axes/0/actionSheets/")) {
        return Optional.empty();
      }
      int sheet = Integer.parseInt(finding.pointer().substring("/axes/0/actionSheets/".length())) + 1;
      boolean french = locale.getLanguage().equals("fr");
      return Optional.of((french ? "Axe 1 › Fiche " : "Axis 1 › Sheet ") + sheet + " « Aidants\u001B[31m »");
    };
    return command;
  }

  @Test
  void text_shows_the_place_between_the_location_and_the_message_escaped() {
    Run run = cls(withPlaces(), "validate", "--lang", "fr", AGGLOPOLYS.toString());

    assertThat(run.lines()).startsWith(AGGLOPOLYS + ":1:81: avertissement CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0 "
        + "Axe 1 › Fiche 1 « Aidants\\u001B[31m » — Aucun indicateur d’évaluation n’est indiqué pour cette fiche "
        + "action.");
    // The stand-in gives no place outside axis 1: the line has none.
    assertThat(run.lines()).contains(fr(AGGLOPOLYS + ":1:823: avertissement CLS-SHEET-NO-INDICATOR /axes/1/actionSheets/0 "
        + "Aucun indicateur d’évaluation n’est indiqué pour cette fiche action."));
  }

  @Test
  void json_gives_the_sdks_place_as_a_member_of_the_finding_not_the_stand_ins() {
    Path lensLievin = CONTRACTS.resolve("lens-lievin.json");
    JsonNode en = MAPPER.readTree(cls(withPlaces(), "validate", "--lang", "en", "--format", "json",
        AGGLOPOLYS.toString(), lensLievin.toString()).out());
    JsonNode fr = MAPPER.readTree(cls(withPlaces(), "validate", "--lang", "fr", "--format", "json",
        AGGLOPOLYS.toString()).out());

    JsonNode findings = en.get("files").get(0).get("report").get("findings");
    assertThat(findings.get(0).get("place").asString())
        .isEqualTo("Axis 1 › Sheet 1 \"Promouvoir l’aide au répit des aidants\"");
    assertThat(fr.get("files").get(0).get("report").get("findings").get(0).get("place").asString())
        .isEqualTo("Axe 1 › Fiche 1 «" + NBSP + "Promouvoir l’aide au répit des aidants" + NBSP + "»");
    // CLS-CONTRACT-NO-SHEETS is on the whole contract: no place.
    JsonNode noSheets = en.get("files").get(1).get("report").get("findings").get(0);
    assertThat(noSheets.get("code").asString()).isEqualTo("CLS-CONTRACT-NO-SHEETS");
    assertThat(noSheets.has("place")).isFalse();
  }

  @Test
  void sarif_gives_the_place_in_the_message_and_as_a_logical_location() {
    Run run = cls(withPlaces(), "validate", "--lang", "fr", "--format", "sarif", AGGLOPOLYS.toString());

    assertThat(SarifTest.SARIF.validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode result = MAPPER.readTree(run.out()).get("runs").get(0).get("results").get(0);
    assertThat(result.get("message").get("text").asString())
        .isEqualTo("Axe 1 › Fiche 1 « Aidants\u001B[31m » — Aucun indicateur d’évaluation n’est indiqué pour cette "
            + "fiche action.");
    assertThat(result.get("locations").get(0).get("logicalLocations").toString()).isEqualTo(
        "[{\"fullyQualifiedName\":\"/axes/0/actionSheets/0\",\"kind\":\"member\"},"
            + "{\"fullyQualifiedName\":\"Axe 1 › Fiche 1 « Aidants\\u001B[31m »\",\"kind\":\"object\"}]");
  }

  @Test
  void junit_gives_the_place_in_the_failure_text() throws Exception {
    Run run = cls(withPlaces(), "validate", "--lang", "en", "--fail-on", "warning", "--format", "junit",
        AGGLOPOLYS.toString());

    String failure = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))
        .getElementsByTagName("failure").item(0).getTextContent();
    assertThat(failure).startsWith(AGGLOPOLYS + ":1:81: warning CLS-SHEET-NO-INDICATOR /axes/0/actionSheets/0 "
        + "Axis 1 › Sheet 1 « Aidants\\u001B[31m » — No evaluation indicator is given for this action sheet.\n");
  }

  @Test
  void the_json_report_of_a_file_is_the_sdks_documented_report_exactly() {
    for (Path file : List.of(AGGLOPOLYS, CONTRACTS.resolve("chartres.json"),
        BROKEN.resolve("multiple/ten-independent-problems.json"), BROKEN.resolve("CLS-JSON-SYNTAX/bad-literal.json"))) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String sdk = ContractValidator.standard().validate(file).toJson(locale);
        for (Cls command : List.of(Runs.command(), withPlaces())) {
          String out = cls(command, "validate", "--lang", locale.getLanguage(), "--format", "json", file.toString())
              .out();
          String ours = MAPPER.writeValueAsString(MAPPER.readTree(out).get("files").get(0).get("report"));
          assertThat(ContractJson.canonicalize(ours)).as(file + " " + locale)
              .isEqualTo(ContractJson.canonicalize(sdk));
          // Pretty-printed alike too: the SDK's text, each line after the first indented into the envelope.
          String indented = sdk.strip().replace("\n", "\n      ");
          assertThat(out).as(file + " " + locale).contains("\"report\": " + indented + "\n");
        }
      }
    }
  }

  @Test
  void the_json_places_are_the_sdks_places_of_each_finding() {
    Path file = BROKEN.resolve("multiple/ten-independent-problems.json");
    JsonNode json = MAPPER.readTree(cls(withPlaces(), "validate", "--lang", "fr", "--format", "json",
        file.toString()).out());
    ValidationReport report = ContractValidator.standard().validate(file);

    JsonNode findings = json.get("files").get(0).get("report").get("findings");
    assertThat(findings).hasSize(report.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      Optional<String> place = report.place(report.findings().get(i), Locale.FRENCH);
      assertThat(Optional.ofNullable(findings.get(i).get("place")).map(JsonNode::asString)).as("finding " + i)
          .isEqualTo(place);
    }
    assertThat(findings.get(3).get("place").asString())
        .isEqualTo("Axe 1 › Fiche 1 «" + NBSP + "Fiche" + NBSP + "» › budget");
  }
}
