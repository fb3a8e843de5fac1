package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void the_json_form_holds_versions_digest_summary_and_located_findings_with_messages() {
    // Chartres as format 1.0 could say it: without « the lists are incomplete », its missing signatories
    // and sheets are an error and a warning.
    io.github.clsante.model.Contract chartres = io.github.clsante.model.Contract.copyOf(
        Seeds.contract("chartres")).withSignatoriesComplete(java.util.Optional.empty())
        .withActionSheetsComplete(java.util.Optional.empty());
    ValidationReport report = ContractValidator.standard().validate(ContractJson.toCanonicalBytes(chartres));
    String digest = ContractJson.digest(chartres);

    assertThat(report.toJson(Locale.FRENCH)).isEqualTo("{\n"
        + "  \"digest\": \"" + digest + "\",\n"
        + "  \"findings\": [\n"
        + "    {\n"
        + "      \"code\": \"CLS-CONTRACT-SIGNATORIES\",\n"
        + "      \"column\": 1,\n"
        + "      \"line\": 1,\n"
        + "      \"message\": \"Ce contrat signé ne compte pas parmi ses signataires l’ARS et une collectivité "
        + "territoriale (ou la collectivité porteuse).\",\n"
        + "      \"params\": {\n"
        + "        \"missing\": \"ars, local_authority\"\n"
        + "      },\n"
        + "      \"pointer\": \"\",\n"
        + "      \"severity\": \"error\"\n"
        + "    },\n"
        + "    {\n"
        + "      \"code\": \"CLS-CONTRACT-SHEETS-NOT-LISTED\",\n"
        + "      \"column\": 30,\n"
        + "      \"line\": 1,\n"
        + "      \"message\": \"Le contrat annonce 56 fiches actions mais en détaille 0.\",\n"
        + "      \"params\": {\n"
        + "        \"announced\": \"56\",\n"
        + "        \"listed\": \"0\"\n"
        + "      },\n"
        + "      \"place\": \"nombre de fiches annoncé\",\n"
        + "      \"pointer\": \"/announcedActionSheetCount\",\n"
        + "      \"severity\": \"warning\"\n"
        + "    }\n"
        + "  ],\n"
        + "  \"formatVersion\": \"1.1\",\n"
        + "  \"language\": \"fr\",\n"
        + "  \"reportVersion\": \"1.0\",\n"
        + "  \"sdkVersion\": \"0.1.0-SNAPSHOT\",\n"
        + "  \"summary\": {\n"
        + "    \"error\": 1,\n"
        + "    \"info\": 0,\n"
        + "    \"warning\": 1\n"
        + "  },\n"
        + "  \"valid\": false\n"
        + "}\n");
  }

  @Test
  void write_json_embeds_the_report_in_a_larger_document_with_the_same_members() {
    ValidationReport report = ContractValidator.standard().validate(ContractJson.toCanonicalBytes(Seeds.contract("chartres")));
    StringBuilder text = new StringBuilder();
    try (JsonWriter json = JsonWriter.pretty(text)) {
      json.beginObject().member("file", "chartres.json").member("report");
      report.writeJson(json, Locale.ENGLISH);
      json.endObject();
    }

    assertThat(ContractJson.canonicalize(text.toString())).isEqualTo("{\"file\":\"chartres.json\",\"report\":"
        + ContractJson.canonicalize(report.toJson(Locale.ENGLISH)) + "}");
    assertThat(text.toString()).contains("\n  \"report\": {\n    \"digest\": \"sha256:");
  }

  @Test
  void write_json_needs_a_place_for_a_value() {
    ValidationReport report = ValidationReport.internalError(new IllegalStateException());
    JsonWriter json = JsonWriter.canonical(new StringBuilder()).beginObject();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.writeJson(json, Locale.FRENCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("JSON writer: a value in an object needs a member name first");
  }

  @Test
  void the_json_form_is_json_and_in_english_for_any_other_language() {
    ValidationReport report = ContractValidator.standard().validate("{".getBytes(StandardCharsets.UTF_8));
    String json = report.toJson(Locale.GERMAN);

    assertThat(ContractJson.canonicalize(json)).startsWith("{\"findings\":[{\"code\":\"CLS-JSON-SYNTAX\"");
    assertThat(json).contains("\"language\": \"en\"").contains("The file ends too early")
        .doesNotContain("digest");
    assertThat(report.digest()).isEmpty();
  }

  @Test
  void a_bad_file_gives_a_report_not_an_exception() {
    ValidationReport report = ContractValidator.standard().validate(java.nio.file.Path.of("no/such/file.json"));

    assertThat(report.isValid()).isFalse();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("CLS-JSON-IO-ERROR");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(FindingMessages.message(report.findings().get(0), Locale.FRENCH))
        .isEqualTo("Le fichier est introuvable\u202f: vérifiez son nom et son dossier.");
  }

  @Test
  void an_internal_error_report_names_the_failure_in_both_languages_and_is_not_valid() {
    ValidationReport report = ValidationReport.internalError(new IllegalStateException("bug"));

    assertThat(report.isValid()).isFalse();
    assertThat(report.digest()).isEmpty();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ValidationReport.INTERNAL_ERROR).isEqualTo("CLS-INTERNAL-ERROR");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEmpty();
      assertThat(f.params()).containsExactly(java.util.Map.entry("exception", "java.lang.IllegalStateException"));
    });
    assertThat(FindingMessages.message(report.findings().get(0), Locale.FRENCH)).isEqualTo(
        "Une erreur interne du logiciel a empêché de valider ce fichier\u202f: "
            + "ce n’est pas un problème du fichier. Signalez-la en joignant le fichier.");
    assertThat(FindingMessages.message(report.findings().get(0), Locale.ENGLISH)).isEqualTo(
        "An internal error of the software prevented validating this file: "
            + "the problem is not in the file. Please report it with the file attached.");
  }

  @Test
  void a_contract_read_with_errors_has_no_digest_one_read_cleanly_has() {
    String clean = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{}}";

    assertThat(ContractValidator.standard().validate(clean.getBytes(StandardCharsets.UTF_8)).digest()).isPresent();
    assertThat(ContractValidator.standard().validate(clean.replace("\"24\"", "\"Centre-Val de Loire\"")
        .getBytes(StandardCharsets.UTF_8)).digest()).isEmpty();
  }

  @Test
  void the_sdk_version_comes_from_the_build() {
    assertThat(ValidationReport.sdkVersion()).isEqualTo("0.1.0-SNAPSHOT");
  }

  private static final String TWO_CODES = """
      {"formatVersion": "1.1", "id": "cls-ind", "status": "in_preparation", "leadArs": "24", "territory": {},
       "indicators": [{"id": "i-0", "name": "Outil", "measure": "yes_no", "targets": [{"value": 1}]},
        {"id": "i-1", "name": "Part", "measure": "percentage", "baseline": {"value": 0},
         "targets": [{"value": 100.5}], "measurements": [{"value": 101}]}]}
      """;

  private static ValidationReport validate(String document) {
    return ContractValidator.standard().validate(document.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void counts_by_code_give_each_code_that_occurs_sorted_and_no_other() {
    assertThat(validate(TWO_CODES).countsByCode()).containsExactly(
        java.util.Map.entry("CLS-INDICATOR-PERCENTAGE-RANGE", 2), java.util.Map.entry("CLS-INDICATOR-VALUE-KIND", 1));
    assertThat(validate(TWO_CODES.replace("\"value\": 1}", "\"value\": true}")).countsByCode())
        .containsExactly(java.util.Map.entry("CLS-INDICATOR-PERCENTAGE-RANGE", 2));
  }

  @Test
  void reports_are_equal_when_their_findings_and_digests_are() {
    ValidationReport report = validate(TWO_CODES);
    ValidationReport again = validate(new String(TWO_CODES.toCharArray()));

    assertThat(again).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(report).isNotEqualTo(null).isNotEqualTo(report.findings());
    // Other findings: not equal.
    assertThat(validate(TWO_CODES.replace("\"value\": 101", "\"value\": 99"))).isNotEqualTo(report);
    // Laid out otherwise, the same findings have other locations: not equal.
    assertThat(validate(TWO_CODES.replace(", ", ",\n  "))).isNotEqualTo(report);
    // The same findings, at the same places, of another contract (another name): the digests tell them apart.
    ValidationReport renamed = validate(TWO_CODES.replace("\"Part\"", "\"Part des habitants\""));
    assertThat(renamed.findings()).isEqualTo(report.findings());
    assertThat(renamed).isNotEqualTo(report);
  }

  @Test
  void reports_without_digest_are_equal_by_their_findings_and_unequal_reports_hash_apart() {
    ValidationReport unreadable = ContractValidator.standard().validate(java.nio.file.Path.of("no/such/file.json"));
    ValidationReport internal = ValidationReport.internalError(new IllegalStateException("bug"));

    assertThat(ContractValidator.standard().validate(java.nio.file.Path.of("no/such/file.json")))
        .isEqualTo(unreadable).hasSameHashCodeAs(unreadable);
    assertThat(internal).isNotEqualTo(unreadable).isEqualTo(ValidationReport.internalError(new IllegalStateException()));
    // Not the hash's contract, but what keeps a set of reports fast: unequal reports hash apart.
    java.util.Set<Integer> hashes = java.util.Set.of(unreadable.hashCode(), internal.hashCode(),
        validate(TWO_CODES).hashCode(), validate("{}").hashCode());
    assertThat(hashes).hasSize(4);
  }

  @Test
  void the_place_of_a_pointer_is_in_the_words_of_the_contract_s_readers() {
    io.github.clsante.model.Contract agglopolys = Seeds.contract("agglopolys");

    assertThat(ValidationReport.place(agglopolys, "/axes/2/actionSheets/0/budget", Locale.FRENCH)).contains(
        "Axe 3 › Fiche 8 «\u00a0Favoriser l’activité physique et l’accès…\u00a0» › budget");
    assertThat(ValidationReport.place(agglopolys, "/axes/2/actionSheets/0/budgetCents", Locale.ENGLISH)).contains(
        "Axis 3 › Sheet 8 \"Favoriser l’activité physique et l’accès…\" › budget");
    assertThat(ValidationReport.place(agglopolys, "", Locale.FRENCH)).isEmpty();
    assertThatThrownBy(() -> ValidationReport.place(null, "", Locale.FRENCH)).hasMessage("contract");
    assertThatThrownBy(() -> ValidationReport.place(agglopolys, null, Locale.FRENCH)).hasMessage("pointer");
    assertThatThrownBy(() -> ValidationReport.place(agglopolys, "", null)).hasMessage("locale");
  }
}
