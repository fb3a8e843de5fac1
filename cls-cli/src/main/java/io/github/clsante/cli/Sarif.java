package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.cli.Inputs.Notice;
import io.github.clsante.cli.Reports.Checked;
import io.github.clsante.cli.Reports.Skipped;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.internal.CanonicalOutput;
import io.github.clsante.serialization.internal.JsonSink;
import io.github.clsante.validation.ValidationReport;
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
  private void artifactLocation(JsonSink json, Input input) {
    CanonicalOutput out = json.out();
    member(json, "artifactLocation");
    json.beginObject();
    Optional<String> relative = base.relative(input.path());
    member(json, "uri");
    out.string(relative.orElseGet(() -> fileUri(input.path())));
    if (relative.isPresent()) {
      member(json, "uriBaseId");
      out.string(SRCROOT);
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

  private static void member(JsonSink json, String name) {
    json.member(CanonicalOutput.memberName(name));
  }

  private static void text(JsonSink json, String name, String text) {
    member(json, name);
    json.beginObject();
    member(json, "text");
    json.out().string(text);
    json.endObject();
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
      for (Finding finding : entry.report().findings()) {
        rules.putIfAbsent(finding.code(), rules.size());
        severities.putIfAbsent(finding.code(), Catalogue.severity(finding.code()).orElse(finding.severity()));
      }
    }
    CanonicalOutput out = new CanonicalOutput(8192);
    JsonSink json = new JsonSink(out, true);
    json.beginObject();
    member(json, "$schema");
    out.string("https://json.schemastore.org/sarif-2.1.0.json");
    member(json, "runs");
    json.beginArray();
    json.element();
    json.beginObject();
    member(json, "columnKind");
    out.string("utf16CodeUnits");
    invocations(json, run);
    member(json, "language");
    out.string(texts.french() ? "fr" : "en");
    member(json, "originalUriBaseIds");
    json.beginObject();
    member(json, SRCROOT);
    json.beginObject();
    member(json, "uri");
    out.string(base.uri());
    json.endObject();
    json.endObject();
    member(json, "results");
    json.beginArray();
    for (Checked entry : run.checked()) {
      Map<String, Integer> occurrences = new HashMap<>();
      for (Finding finding : entry.report().findings()) {
        result(json, entry, finding, rules.get(finding.code()), occurrences);
      }
    }
    json.endArray();
    member(json, "tool");
    json.beginObject();
    member(json, "driver");
    json.beginObject();
    member(json, "informationUri");
    out.string(Catalogue.PROJECT);
    member(json, "name");
    out.string("cls");
    member(json, "rules");
    json.beginArray();
    for (String code : rules.keySet()) {
      rule(json, code, severities.get(code), locale);
    }
    json.endArray();
    member(json, "semanticVersion");
    out.string(ValidationReport.sdkVersion());
    member(json, "version");
    out.string(ValidationReport.sdkVersion());
    json.endObject();
    json.endObject();
    json.endObject();
    json.endArray();
    member(json, "version");
    out.string("2.1.0");
    json.endObject();
    out.raw((byte) '\n');
    return out.toByteArray();
  }

  /** The run's invocation: its exit code, the files not read and the usage problems as notifications. */
  private void invocations(JsonSink json, Reports.Run run) {
    CanonicalOutput out = json.out();
    member(json, "invocations");
    json.beginArray();
    json.element();
    json.beginObject();
    member(json, "executionSuccessful");
    out.bool(run.exitCode() != Cls.USAGE);
    member(json, "exitCode");
    out.number((long) run.exitCode());
    member(json, "toolExecutionNotifications");
    json.beginArray();
    for (Notice notice : run.notices()) {
      notification(json, "error", notice.input(), Reports.capitalized(notice.message()));
    }
    for (Skipped skipped : run.skipped()) {
      notification(json, "note", skipped.input(), Reports.capitalized(reports.skipReason(skipped)));
    }
    json.endArray();
    json.endObject();
    json.endArray();
  }

  private void notification(JsonSink json, String level, Input input, String message) {
    json.element();
    json.beginObject();
    member(json, "level");
    json.out().string(level);
    if (input != null && !input.isStdin()) {
      member(json, "locations");
      json.beginArray();
      json.element();
      json.beginObject();
      member(json, "physicalLocation");
      json.beginObject();
      artifactLocation(json, input);
      json.endObject();
      json.endObject();
      json.endArray();
    }
    text(json, "message", message);
    json.endObject();
  }

  private void result(JsonSink json, Checked entry, Finding finding, int ruleIndex, Map<String, Integer> occurrences) {
    CanonicalOutput out = json.out();
    Optional<String> place = reports.place(entry.report(), finding);
    json.element();
    json.beginObject();
    member(json, "level");
    out.string(level(finding.severity()));
    member(json, "locations");
    json.beginArray();
    json.element();
    json.beginObject();
    member(json, "logicalLocations");
    json.beginArray();
    json.element();
    json.beginObject();
    member(json, "fullyQualifiedName");
    out.string(finding.pointer());
    member(json, "kind");
    out.string("member");
    json.endObject();
    if (place.isPresent()) {
      json.element();
      json.beginObject();
      member(json, "fullyQualifiedName");
      out.string(place.get());
      member(json, "kind");
      out.string("object");
      json.endObject();
    }
    json.endArray();
    if (!entry.input().isStdin()) {
      member(json, "physicalLocation");
      json.beginObject();
      artifactLocation(json, entry.input());
      if (finding.location().isPresent()) {
        // Only the start is known: the reader locates values by their first character.
        member(json, "region");
        json.beginObject();
        member(json, "startColumn");
        out.number((long) finding.location().get().column());
        member(json, "startLine");
        out.number((long) finding.location().get().line());
        json.endObject();
      }
      json.endObject();
    }
    json.endObject();
    json.endArray();
    String message = entry.report().message(finding, texts.locale());
    text(json, "message", place.map(p -> p + " — " + message).orElse(message));
    String key = finding.code() + "\n" + finding.pointer();
    int occurrence = occurrences.merge(key, 1, Integer::sum);
    member(json, "partialFingerprints");
    json.beginObject();
    member(json, FINGERPRINT);
    out.string(fingerprint(finding.code(), finding.pointer(), artifactKey(entry.input()), occurrence));
    json.endObject();
    member(json, "ruleId");
    out.string(finding.code());
    member(json, "ruleIndex");
    out.number((long) ruleIndex);
    json.endObject();
  }

  private void rule(JsonSink json, String code, Severity severity, Locale locale) {
    CanonicalOutput out = json.out();
    json.element();
    json.beginObject();
    member(json, "defaultConfiguration");
    json.beginObject();
    member(json, "level");
    out.string(level(severity));
    json.endObject();
    Optional<String> explanation = Catalogue.explanation(code, locale);
    if (explanation.isPresent()) {
      text(json, "fullDescription", explanation.get());
      member(json, "help");
      json.beginObject();
      member(json, "markdown");
      out.string(Catalogue.markdown(code, explanation.get(), texts));
      member(json, "text");
      out.string(explanation.get());
      json.endObject();
    }
    member(json, "helpUri");
    out.string(Catalogue.helpUri(code));
    member(json, "id");
    out.string(code);
    Optional<String> name = Catalogue.name(code);
    if (name.isPresent()) {
      member(json, "name");
      out.string(name.get());
    }
    text(json, "shortDescription", Catalogue.description(code, locale));
    json.endObject();
  }
}
