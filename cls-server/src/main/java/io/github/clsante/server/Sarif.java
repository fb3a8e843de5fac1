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
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      json.beginObject()
          .member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
          .member("version", "2.1.0")
          .member("runs").beginArray().beginObject()
          .member("tool").beginObject().member("driver").beginObject()
          .member("name", "cls")
          .member("informationUri", Rules.PROJECT)
          .member("version", ValidationReport.sdkVersion())
          .member("rules").beginArray();
      for (String code : rules.keySet()) {
        json.beginObject().member("id", code);
        json.member("shortDescription").beginObject().member("text", Rules.description(code, locale)).endObject();
        Optional<String> explanation = FindingMessages.explanation(code, locale);
        if (explanation.isPresent()) {
          json.member("fullDescription").beginObject().member("text", explanation.get()).endObject();
        }
        json.member("helpUri", Rules.helpUri(code)).endObject();
      }
      json.endArray().endObject().endObject()
          .member("language", locale.getLanguage())
          .member("columnKind", "utf16CodeUnits")
          .member("results").beginArray();
      String artifact = upload.name().isEmpty() ? "contrat.json" : upload.name();
      for (Finding finding : report.findings()) {
        result(json, report, finding, artifact, rules.get(finding.code()), locale);
      }
      json.endArray().endObject().endArray().endObject();
    }
    return bytes.toByteArray();
  }

  private static void result(JsonWriter json, ValidationReport report, Finding finding, String artifact, int rule,
      Locale locale) {
    Optional<String> place = report.place(finding, locale);
    String message = FindingMessages.message(finding, locale);
    json.beginObject()
        .member("ruleId", finding.code())
        .member("ruleIndex", rule)
        .member("level", level(finding.severity()))
        .member("message").beginObject().member("text", place.map(p -> p + " — " + message).orElse(message))
        .endObject()
        .member("locations").beginArray().beginObject()
        .member("physicalLocation").beginObject()
        .member("artifactLocation").beginObject().member("uri", artifact).endObject();
    if (finding.location().isPresent()) {
      json.member("region").beginObject()
          .member("startLine", finding.location().get().line())
          .member("startColumn", finding.location().get().column())
          .endObject();
    }
    json.endObject().member("logicalLocations").beginArray()
        .beginObject().member("fullyQualifiedName", finding.pointer()).member("kind", "member").endObject();
    if (place.isPresent()) {
      json.beginObject().member("fullyQualifiedName", place.get()).member("kind", "object").endObject();
    }
    if (finding.cell().isPresent()) {
      json.beginObject().member("fullyQualifiedName", finding.cell().get().reference()).member("kind", "element")
          .endObject();
    }
    json.endArray().endObject().endArray().endObject();
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
