package io.github.clsante.cli;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.serialization.internal.CanonicalOutput;
import io.github.clsante.serialization.internal.JsonSink;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the reports of {@code cls validate} in its four formats. */
final class Reports {

  /** A file and its report. */
  record Entry(Path file, ValidationReport report) {}

  private Reports() {}

  /** The number of findings of each severity over all files, every severity present. */
  static Map<Severity, Integer> counts(List<Entry> entries) {
    Map<Severity, Integer> total = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      total.put(severity, 0);
    }
    for (Entry entry : entries) {
      entry.report().countsBySeverity().forEach((severity, n) -> total.merge(severity, n, Integer::sum));
    }
    return total;
  }

  /** Whether a report reaches the failure threshold. */
  static boolean failing(ValidationReport report, boolean warnings) {
    Map<Severity, Integer> counts = report.countsBySeverity();
    return counts.get(Severity.ERROR) > 0 || warnings && counts.get(Severity.WARNING) > 0;
  }

  static byte[] write(Cls.Format format, List<Entry> entries, Locale locale, boolean warnings) {
    switch (format) {
      case json:
        return json(entries, locale);
      case sarif:
        return sarif(entries, locale);
      case junit:
        return junit(entries, locale, warnings);
      default:
        return text(entries, locale);
    }
  }

  // --- text: FILE:LINE:COLUMN: SEVERITY CODE POINTER message, grouped by file, then a summary line.

  static byte[] text(List<Entry> entries, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (Entry entry : entries) {
      for (Finding finding : entry.report().findings()) {
        text.append(entry.file());
        finding.location().ifPresent(l -> text.append(':').append(l.line()).append(':').append(l.column()));
        text.append(": ").append(finding.severity().code()).append(' ').append(finding.code()).append(' ')
            .append(finding.pointer().isEmpty() ? "-" : finding.pointer()).append(' ')
            .append(entry.report().message(finding, locale)).append('\n');
      }
    }
    Map<Severity, Integer> counts = counts(entries);
    boolean french = locale.getLanguage().equals("fr");
    text.append(entries.size()).append(french ? " fichier(s), " : " file(s), ")
        .append(counts.get(Severity.ERROR)).append(french ? " erreur(s), " : " error(s), ")
        .append(counts.get(Severity.WARNING)).append(french ? " avertissement(s)" : " warning(s)").append('\n');
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  // --- json: {"files": [{"file": …, "report": <the report's documented JSON form>}], "summary": …}

  private static void member(JsonSink json, String name) {
    json.member(CanonicalOutput.memberName(name));
  }

  static byte[] json(List<Entry> entries, Locale locale) {
    CanonicalOutput out = new CanonicalOutput(8192);
    JsonSink json = new JsonSink(out, true);
    json.beginObject();
    member(json, "files");
    json.beginArray();
    for (Entry entry : entries) {
      json.element();
      json.beginObject();
      member(json, "file");
      out.string(entry.file().toString());
      member(json, "report");
      out.raw(ContractJson.canonicalize(entry.report().toJson(locale).getBytes(StandardCharsets.UTF_8)));
      json.endObject();
    }
    json.endArray();
    member(json, "summary");
    json.beginObject();
    Map<Severity, Integer> counts = counts(entries);
    member(json, "error");
    out.number((long) counts.get(Severity.ERROR));
    member(json, "files");
    out.number((long) entries.size());
    member(json, "info");
    out.number((long) counts.get(Severity.INFO));
    member(json, "warning");
    out.number((long) counts.get(Severity.WARNING));
    json.endObject();
    json.endObject();
    out.raw((byte) '\n');
    return out.toByteArray();
  }

  // --- sarif: SARIF 2.1.0, one run, a rule per code met, a result per finding.

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "note";
  }

  private static String uri(Path file) {
    String path = file.toString().replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static String description(String code, Locale locale) {
    return Rule.fromCode(code).map(rule -> rule.messageTemplate(locale))
        .or(() -> ReadProblem.fromCode(code).flatMap(problem -> ContractJson.message(
            Finding.builder().code(code).severity(problem.severity()).pointer("").build(), locale)))
        .orElse(code);
  }

  static byte[] sarif(List<Entry> entries, Locale locale) {
    Map<String, Integer> rules = new LinkedHashMap<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    for (Entry entry : entries) {
      for (Finding finding : entry.report().findings()) {
        rules.putIfAbsent(finding.code(), rules.size());
        severities.putIfAbsent(finding.code(), finding.severity());
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
    member(json, "results");
    json.beginArray();
    for (Entry entry : entries) {
      for (Finding finding : entry.report().findings()) {
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
        json.endArray();
        member(json, "physicalLocation");
        json.beginObject();
        member(json, "artifactLocation");
        json.beginObject();
        member(json, "uri");
        out.string(uri(entry.file()));
        json.endObject();
        if (finding.location().isPresent()) {
          member(json, "region");
          json.beginObject();
          member(json, "startColumn");
          out.number((long) finding.location().get().column());
          member(json, "startLine");
          out.number((long) finding.location().get().line());
          json.endObject();
        }
        json.endObject();
        json.endObject();
        json.endArray();
        member(json, "message");
        json.beginObject();
        member(json, "text");
        out.string(entry.report().message(finding, locale));
        json.endObject();
        member(json, "ruleId");
        out.string(finding.code());
        member(json, "ruleIndex");
        out.number((long) rules.get(finding.code()));
        json.endObject();
      }
    }
    json.endArray();
    member(json, "tool");
    json.beginObject();
    member(json, "driver");
    json.beginObject();
    member(json, "informationUri");
    out.string("https://github.com/clsante/cls-sdk/blob/main/cls-validation/RULES.md");
    member(json, "name");
    out.string("cls");
    member(json, "rules");
    json.beginArray();
    for (String code : rules.keySet()) {
      json.element();
      json.beginObject();
      member(json, "defaultConfiguration");
      json.beginObject();
      member(json, "level");
      out.string(level(severities.get(code)));
      json.endObject();
      member(json, "id");
      out.string(code);
      member(json, "shortDescription");
      json.beginObject();
      member(json, "text");
      out.string(description(code, locale));
      json.endObject();
      json.endObject();
    }
    json.endArray();
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

  // --- junit: one test case per file, failed when the file reaches the threshold.

  static byte[] junit(List<Entry> entries, Locale locale, boolean warnings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    long failures = entries.stream().filter(e -> failing(e.report(), warnings)).count();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "cls validate");
      xml.writeAttribute("tests", Integer.toString(entries.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "cls validate");
      xml.writeAttribute("tests", Integer.toString(entries.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (Entry entry : entries) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "cls.validate");
        xml.writeAttribute("name", entry.file().toString());
        if (failing(entry.report(), warnings)) {
          Map<Severity, Integer> counts = entry.report().countsBySeverity();
          xml.writeCharacters("\n      ");
          xml.writeStartElement("failure");
          xml.writeAttribute("type", "cls");
          xml.writeAttribute("message", counts.get(Severity.ERROR) + " error(s), "
              + counts.get(Severity.WARNING) + " warning(s)");
          xml.writeCharacters(new String(text(List.of(entry), locale), StandardCharsets.UTF_8));
          xml.writeEndElement();
          xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return bytes.toByteArray();
  }
}
