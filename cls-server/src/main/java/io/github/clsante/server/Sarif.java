package io.github.clsante.server;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SARIF 2.1.0 log of one uploaded file (journal SARIF), for code-scanning dashboards: one result per
 * finding, on the file's name as its artifact, with its JSON Pointer and readable place as logical
 * locations, its line and column or its cell; the codes found as the driver's rules.
 */
final class Sarif {

  private Sarif() {}

  static byte[] write(Upload upload, Locale locale) {
    ValidationReport report = upload.report();
    Map<String, Integer> rules = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      rules.putIfAbsent(finding.code(), rules.size());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    // The writer takes members in RFC 8785 order (sorted by name).
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      json.beginObject()
          .member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
          .member("runs").beginArray().beginObject()
          .member("columnKind", "utf16CodeUnits")
          .member("language", locale.getLanguage())
          .member("results").beginArray();
      String artifact = upload.name().isEmpty() ? "contrat.json" : upload.name();
      for (Finding finding : report.findings()) {
        result(json, report, finding, artifact, rules.get(finding.code()), locale);
      }
      json.endArray()
          .member("tool").beginObject().member("driver").beginObject()
          .member("informationUri", Rules.PROJECT)
          .member("name", "cls")
          .member("rules").beginArray();
      for (String code : rules.keySet()) {
        json.beginObject();
        Optional<String> explanation = FindingMessages.explanation(code, locale);
        if (explanation.isPresent()) {
          json.member("fullDescription").beginObject().member("text", explanation.get()).endObject();
        }
        json.member("helpUri", Rules.helpUri(code)).member("id", code)
            .member("shortDescription").beginObject().member("text", Rules.description(code, locale)).endObject()
            .endObject();
      }
      json.endArray()
          .member("version", ValidationReport.sdkVersion())
          .endObject().endObject()
          .endObject().endArray()
          .member("version", "2.1.0")
          .endObject();
    }
    return bytes.toByteArray();
  }

  private static void result(JsonWriter json, ValidationReport report, Finding finding, String artifact, int rule,
      Locale locale) {
    Optional<String> place = report.place(finding, locale);
    String message = FindingMessages.message(finding, locale);
    json.beginObject()
        .member("level", level(finding.severity()))
        .member("locations").beginArray().beginObject()
        .member("logicalLocations").beginArray()
        .beginObject().member("fullyQualifiedName", finding.pointer()).member("kind", "member").endObject();
    if (place.isPresent()) {
      json.beginObject().member("fullyQualifiedName", place.get()).member("kind", "object").endObject();
    }
    if (finding.cell().isPresent()) {
      // A spreadsheet's cell is a logical location: SARIF's regions are for text.
      json.beginObject().member("fullyQualifiedName", finding.cell().get().reference()).member("kind", "element")
          .endObject();
    }
    json.endArray()
        .member("physicalLocation").beginObject()
        .member("artifactLocation").beginObject().member("uri", artifact).endObject();
    if (finding.location().isPresent()) {
      json.member("region").beginObject()
          .member("startColumn", finding.location().get().column())
          .member("startLine", finding.location().get().line())
          .endObject();
    }
    json.endObject().endObject().endArray()
        .member("message").beginObject().member("text", place.map(p -> p + " — " + message).orElse(message))
        .endObject()
        .member("ruleId", finding.code())
        .member("ruleIndex", rule)
        .endObject();
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
