package io.github.clsante.server;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes the validator can report (catalogue des codes), as {@code GET /api/rules} lists them: the rules,
 * the reader's problems, the migration's notes, the spreadsheet import's problems and the internal error;
 * each with its default severity, its message template and its explanation in French and English.
 */
final class Rules {

  /** The project's page. */
  static final String PROJECT = "https://github.com/clsante/cls-sdk";

  private static final Map<String, Severity> CODES = codes();

  private Rules() {}

  private static Map<String, Severity> codes() {
    Map<String, Severity> codes = new LinkedHashMap<>();
    for (Rule rule : Rule.values()) {
      codes.put(rule.code(), rule.severity());
    }
    for (String code : ReadProblem.codes()) {
      codes.put(code, ReadProblem.fromCode(code).orElseThrow().severity());
    }
    for (String code : MigrationNote.codes()) {
      codes.put(code, MigrationNote.fromCode(code).orElseThrow().severity());
    }
    for (SpreadsheetProblem problem : SpreadsheetProblem.values()) {
      codes.put(problem.code(), problem.severity());
    }
    codes.put(ValidationReport.INTERNAL_ERROR, Severity.ERROR);
    codes.put(ValidationReport.TRUNCATED, Severity.ERROR);
    return Collections.unmodifiableMap(codes);
  }

  /** Every code, in catalogue order. */
  static List<String> all() {
    return new ArrayList<>(CODES.keySet());
  }

  /** A code's message template, its {@code {placeholders}} as written. */
  static String template(String code, Locale locale) {
    Optional<String> template = Rule.fromCode(code).map(rule -> rule.messageTemplate(locale))
        .or(() -> ReadProblem.fromCode(code).map(problem -> problem.messageTemplate(locale)))
        .or(() -> MigrationNote.fromCode(code).map(note -> note.messageTemplate(locale)));
    if (template.isPresent()) {
      return template.get();
    }
    Severity severity = CODES.getOrDefault(code, Severity.ERROR);
    return FindingMessages.message(Finding.builder().code(code).severity(severity).pointer("").build(), locale);
  }

  /** What a code reports, for people: its template with each placeholder shown as « … ». */
  static String description(String code, Locale locale) {
    return template(code, locale).replaceAll("\\[\\[.*?]]", "").replaceAll("\\{[A-Za-z0-9_]+(,[a-z]+)?\\}", "…")
        .strip();
  }

  /** The catalogue entry of a code in the project's documentation. */
  static String helpUri(String code) {
    String anchor = "#" + code.toLowerCase(Locale.ROOT);
    if (ReadProblem.fromCode(code).isPresent() || MigrationNote.fromCode(code).isPresent()) {
      return PROJECT + "/blob/main/cls-serialization/FORMAT.md" + anchor;
    }
    if (code.startsWith("CLS-SPREADSHEET-")) {
      return PROJECT + "/blob/main/cls-spreadsheet/README.md#findings";
    }
    return PROJECT + "/blob/main/cls-validation/RULES.md" + anchor;
  }

  /** The catalogue as {@code GET /api/rules} answers it. */
  static byte[] json() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
    // The writer takes members in RFC 8785 order: code, en, fr, helpUri, severity.
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      json.beginObject().member("rules").beginArray();
      for (Map.Entry<String, Severity> entry : CODES.entrySet()) {
        String code = entry.getKey();
        json.beginObject().member("code", code);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
          json.member(locale.getLanguage()).beginObject();
          Optional<String> explanation = FindingMessages.explanation(code, locale);
          if (explanation.isPresent()) {
            json.member("explanation", explanation.get());
          }
          json.member("message", template(code, locale)).endObject();
        }
        json.member("helpUri", helpUri(code)).member("severity", entry.getValue().code()).endObject();
      }
      json.endArray().member("version", ValidationReport.sdkVersion()).endObject();
    }
    return bytes.toByteArray();
  }
}
