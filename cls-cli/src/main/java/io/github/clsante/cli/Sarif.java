package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.cli.Inputs.Notice;
import io.github.clsante.cli.Reports.Checked;
import io.github.clsante.cli.Reports.Skipped;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes SARIF 2.1.0 for code-scanning dashboards: artifact URIs relative to {@code %SRCROOT%} (the
 * base directory), absolute {@code file:} URIs for files outside it, stable fingerprints, rules with
 * their descriptions, explanation and catalogue link, and the files not read as notifications.
 */
final class Sarif {

  /** The property of {@code partialFingerprints}: a hash of code, pointer, file and occurrence. */
  static final String FINGERPRINT = "clsFinding/v1";

  /** The base directory's id in {@code originalUriBaseIds}. */
  static final String SRCROOT = "%SRCROOT%";

  /**
   * The directory relative URIs start from.
   *
   * @param directory an absolute, normalised directory
   */
  record Base(Path directory) {
    static Base of(Path directory) {
      return new Base(directory.toAbsolutePath().normalize());
    }

    /** The base as an absolute {@code file:} URI ending with {@code /}. */
    String uri() {
      String uri = fileUri(directory);
      return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The URI of a file relative to the base, when the file is inside it. */
    Optional<String> relative(Path file) {
      Path absolute = file.toAbsolutePath().normalize();
      if (!absolute.startsWith(directory) || absolute.equals(directory)) {
        return Optional.empty();
      }
      StringBuilder uri = new StringBuilder();
      for (Path segment : directory.relativize(absolute)) {
        uri.append(uri.length() == 0 ? "" : "/").append(encode(segment.toString()));
      }
      return Optional.of(uri.toString());
    }
  }

  private final Texts texts;
  private final Reports reports;
  private final Base base;

  Sarif(Texts texts, Reports.Places places, Base base) {
    this.texts = texts;
    this.reports = new Reports(texts, places);
    this.base = base;
  }

  /**
   * Percent-encodes a path segment: every byte of its UTF-8 form but the unreserved characters of RFC
   * 3986 (letters, digits, {@code - . _ ~}).
   */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** The absolute {@code file:} URI of a path, each segment percent-encoded (a drive letter kept). */
  static String fileUri(Path path) {
    String text = path.toAbsolutePath().normalize().toString().replace('\\', '/');
    boolean unc = text.startsWith("//");
    StringBuilder uri = new StringBuilder(unc ? "file:" : "file://");
    String[] segments = text.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (i == 0 && segment.isEmpty()) {
        continue; // the root of a Unix path
      }
      uri.append('/');
      uri.append(i == 0 && segment.matches("[A-Za-z]:") ? segment : encode(segment));
    }
    return uri.toString();
  }

  /** Where an input is, for its artifact location: relative to the base, absolute outside it, none for stdin. */
  private void artifactLocation(JsonWriter json, Input input) {
    Optional<String> relative = base.relative(input.path());
    json.member("artifactLocation").beginObject().member("uri", relative.orElseGet(() -> fileUri(input.path())));
    if (relative.isPresent()) {
      json.member("uriBaseId", SRCROOT);
    }
    json.endObject();
  }

  /** The key of an input in fingerprints: its relative or absolute URI, or {@code <stdin>}. */
  private String artifactKey(Input input) {
    return input.isStdin() ? Inputs.STDIN : base.relative(input.path()).orElseGet(() -> fileUri(input.path()));
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "note";
  }

  private static void text(JsonWriter json, String name, String text) {
    json.member(name).beginObject().member("text", text).endObject();
  }

  /** A stable hash of what identifies a finding across runs (never its line: lines move). */
  static String fingerprint(String code, String pointer, String artifact, int occurrence) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha256.digest((code + "\n" + pointer + "\n" + artifact + "\n" + occurrence)
          .getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  byte[] write(Reports.Run run) {
    Locale locale = texts.locale();
    Map<String, Integer> rules = new LinkedHashMap<>();
    Map<String, Severity> severities = new HashMap<>();
    for (Checked entry : run.checked()) {
      for (Finding finding : entry.plainFindings()) {
        rules.putIfAbsent(finding.code(), rules.size());
        severities.putIfAbsent(finding.code(), Catalogue.severity(finding.code()).orElse(finding.severity()));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      json.beginObject()
          .member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
          .member("runs").beginArray()
          .beginObject()
          .member("columnKind", "utf16CodeUnits");
      invocations(json, run);
      json.member("language", texts.french() ? "fr" : "en")
          .member("originalUriBaseIds").beginObject()
          .member(SRCROOT).beginObject().member("uri", base.uri()).endObject()
          .endObject()
          .member("results").beginArray();
      for (Checked entry : run.checked()) {
        Map<String, Integer> occurrences = new HashMap<>();
        for (Reports.Located located : entry.findings()) {
          result(json, entry, located, rules.get(located.finding().code()), occurrences);
        }
      }
      json.endArray()
          .member("tool").beginObject()
          .member("driver").beginObject()
          .member("informationUri", Catalogue.PROJECT)
          .member("name", "cls")
          .member("rules").beginArray();
      for (String code : rules.keySet()) {
        rule(json, code, severities.get(code), locale);
      }
      json.endArray()
          .member("semanticVersion", ValidationReport.sdkVersion())
          .member("version", ValidationReport.sdkVersion())
          .endObject()
          .endObject()
          .endObject()
          .endArray()
          .member("version", "2.1.0")
          .endObject();
    }
    return bytes.toByteArray();
  }

  /** The run's invocation: its exit code, the files not read and the usage problems as notifications. */
  private void invocations(JsonWriter json, Reports.Run run) {
    json.member("invocations").beginArray()
        .beginObject()
        .member("executionSuccessful", run.exitCode() != Cls.USAGE)
        .member("exitCode", run.exitCode())
        .member("toolExecutionNotifications").beginArray();
    for (Notice notice : run.notices()) {
      notification(json, "error", notice.input(), Reports.capitalized(notice.message()));
    }
    for (Skipped skipped : run.skipped()) {
      notification(json, "note", skipped.input(), Reports.capitalized(reports.skipReason(skipped)));
    }
    json.endArray().endObject().endArray();
  }

  private void notification(JsonWriter json, String level, Input input, String message) {
    json.beginObject().member("level", level);
    if (input != null && !input.isStdin()) {
      json.member("locations").beginArray().beginObject().member("physicalLocation").beginObject();
      artifactLocation(json, input);
      json.endObject().endObject().endArray();
    }
    text(json, "message", message);
    json.endObject();
  }

  private void result(JsonWriter json, Checked entry, Reports.Located located, int ruleIndex,
      Map<String, Integer> occurrences) {
    Finding finding = located.finding();
    Optional<String> place = located.place();
    json.beginObject()
        .member("level", level(finding.severity()))
        .member("locations").beginArray()
        .beginObject()
        .member("logicalLocations").beginArray()
        .beginObject().member("fullyQualifiedName", finding.pointer()).member("kind", "member").endObject();
    if (place.isPresent()) {
      json.beginObject().member("fullyQualifiedName", place.get()).member("kind", "object").endObject();
    }
    if (finding.cell().isPresent()) {
      // SARIF regions are for text: a spreadsheet's cell is a logical location, « Fichier dimport!Y12 ».
      json.beginObject().member("fullyQualifiedName", finding.cell().get().reference()).member("kind", "element")
          .endObject();
    }
    json.endArray();
    if (!entry.input().isStdin()) {
      json.member("physicalLocation").beginObject();
      artifactLocation(json, entry.input());
      if (finding.location().isPresent()) {
        // Only the start is known: the reader locates values by their first character.
        json.member("region").beginObject()
            .member("startColumn", finding.location().get().column())
            .member("startLine", finding.location().get().line())
            .endObject();
      }
      json.endObject();
    }
    json.endObject().endArray();
    String message = FindingMessages.message(finding, texts.locale());
    text(json, "message", place.map(p -> p + " — " + message).orElse(message));
    String key = finding.code() + "\n" + finding.pointer();
    int occurrence = occurrences.merge(key, 1, Integer::sum);
    json.member("partialFingerprints").beginObject()
        .member(FINGERPRINT, fingerprint(finding.code(), finding.pointer(), artifactKey(entry.input()), occurrence))
        .endObject()
        .member("ruleId", finding.code())
        .member("ruleIndex", ruleIndex)
        .endObject();
  }

  private void rule(JsonWriter json, String code, Severity severity, Locale locale) {
    json.beginObject()
        .member("defaultConfiguration").beginObject().member("level", level(severity)).endObject();
    Optional<String> explanation = Catalogue.explanation(code, locale);
    if (explanation.isPresent()) {
      text(json, "fullDescription", explanation.get());
      json.member("help").beginObject()
          .member("markdown", Catalogue.markdown(code, explanation.get(), texts))
          .member("text", explanation.get())
          .endObject();
    }
    json.member("helpUri", Catalogue.helpUri(code)).member("id", code);
    Optional<String> name = Catalogue.name(code);
    if (name.isPresent()) {
      json.member("name", name.get());
    }
    text(json, "shortDescription", Catalogue.description(code, locale));
    json.endObject();
  }
}
