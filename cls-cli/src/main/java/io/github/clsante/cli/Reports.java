package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.cli.Inputs.Notice;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the reports of {@code cls validate} in its four formats, in the run's language. Everything
 * that comes from a file or a file name is escaped for where it goes: {@link Safe} in text and JUnit
 * XML, the JSON writer's escapes in JSON and SARIF.
 */
final class Reports {

  /**
   * Where a finding is, in words (« Axe 3 › Fiche 5 »), as text, SARIF and JUnit show it: {@link
   * ValidationReport#place}, or a test's. The JSON report of a file takes its places from the SDK only:
   * it is {@link ValidationReport#writeJson}'s.
   */
  interface Places {
    /**
     * Returns the place of a finding.
     *
     * @param report the report holding it
     * @param finding the finding
     * @param locale the language
     * @return the place, or empty
     */
    Optional<String> place(ValidationReport report, Finding finding, Locale locale);
  }

  /** One line of the result: a file validated, or a file of a directory not read. */
  sealed interface Entry permits Checked, Skipped {
    /** The input. */
    Input input();
  }

  /** A file validated and its report. */
  record Checked(Input input, ValidationReport report) implements Entry {}

  /** A file of a directory that is not a contract file, and is not read. */
  record Skipped(Input input, boolean spreadsheet) implements Entry {}

  /** Everything a report is written from. */
  record Run(List<Entry> entries, List<Notice> notices, boolean warningsFail, int exitCode) {
    List<Checked> checked() {
      List<Checked> checked = new ArrayList<>();
      for (Entry entry : entries) {
        if (entry instanceof Checked c) {
          checked.add(c);
        }
      }
      return checked;
    }

    List<Skipped> skipped() {
      List<Skipped> skipped = new ArrayList<>();
      for (Entry entry : entries) {
        if (entry instanceof Skipped s) {
          skipped.add(s);
        }
      }
      return skipped;
    }
  }

  private final Texts texts;
  private final Places places;

  Reports(Texts texts, Places places) {
    this.texts = texts;
    this.places = places;
  }

  /** The number of findings of each severity over all files, every severity present. */
  static Map<Severity, Integer> counts(List<Checked> entries) {
    Map<Severity, Integer> total = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      total.put(severity, 0);
    }
    for (Checked entry : entries) {
      entry.report().countsBySeverity().forEach((severity, n) -> total.merge(severity, n, Integer::sum));
    }
    return total;
  }

  /** Whether a report reaches the failure threshold. */
  static boolean failing(ValidationReport report, boolean warnings) {
    Map<Severity, Integer> counts = report.countsBySeverity();
    return counts.get(Severity.ERROR) > 0 || warnings && counts.get(Severity.WARNING) > 0;
  }

  byte[] write(Cls.Format format, Run run, Sarif.Base base) {
    switch (format) {
      case json:
        return json(run);
      case sarif:
        return new Sarif(texts, places, base).write(run);
      case junit:
        return junit(run);
      default:
        return text(run.entries(), true).getBytes(StandardCharsets.UTF_8);
    }
  }

  Optional<String> place(ValidationReport report, Finding finding) {
    return places.place(report, finding, texts.locale());
  }

  /** Why a file is not read, as a clause: « non lu : ce n’est pas un fichier .json. » */
  String skipReason(Skipped skipped) {
    return texts.get(skipped.spreadsheet() ? "skipped.spreadsheet" : "skipped.other");
  }

  // --- text: FILE:LINE:COLUMN: SEVERITY CODE POINTER [PLACE — ]MESSAGE, a line per file not read, a summary.

  /** The line of a finding, not yet made safe. */
  String line(Checked entry, Finding finding) {
    return line(texts, entry.input().name(), finding, place(entry.report(), finding),
        FindingMessages.message(finding, texts.locale()));
  }

  /**
   * The line of a finding of a file, not yet made safe: {@code FILE:LINE:COLUMN: SEVERITY CODE POINTER
   * [PLACE — ]MESSAGE}, as {@code validate} and {@code migrate} print it.
   */
  static String line(Texts texts, String file, Finding finding, Optional<String> place, String message) {
    StringBuilder line = new StringBuilder(file);
    finding.location().ifPresent(l -> line.append(':').append(l.line()).append(':').append(l.column()));
    line.append(": ").append(texts.severity(finding.severity())).append(' ').append(finding.code()).append(' ')
        .append(finding.pointer().isEmpty() ? "-" : finding.pointer()).append(' ');
    place.ifPresent(where -> line.append(where).append(" — "));
    return line.append(message).toString();
  }

  /**
   * The findings in the order a person reads the file: those on the whole file (no location) first,
   * then by line and column; findings at the same place keep the report's order. The JSON and SARIF
   * reports keep the report's own order.
   */
  static List<Finding> inReadingOrder(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparingLong(finding -> finding.location()
        .map(at -> ((long) at.line() << 32) | at.column()).orElse(-1L)));
    return sorted;
  }

  /** The lines of the findings and of the files not read, then (when asked) the summary. */
  String text(List<Entry> entries, boolean summary) {
    StringBuilder text = new StringBuilder();
    List<Checked> checked = new ArrayList<>();
    int skipped = 0;
    for (Entry entry : entries) {
      if (entry instanceof Checked c) {
        checked.add(c);
        for (Finding finding : inReadingOrder(c.report().findings())) {
          text.append(Safe.text(line(c, finding))).append('\n');
        }
      } else {
        skipped++;
        text.append(Safe.text(entry.input().name() + ": " + skipReason((Skipped) entry))).append('\n');
      }
    }
    if (summary) {
      text.append(summary(checked, skipped)).append('\n');
    }
    return text.toString();
  }

  /** « 5 fichiers, 3 erreurs, 22 avertissements ; 2 autres fichiers non lus ». */
  String summary(List<Checked> checked, int skipped) {
    Map<Severity, Integer> counts = counts(checked);
    List<String> parts = new ArrayList<>();
    parts.add(texts.count("file", checked.size()));
    parts.add(texts.count("error", counts.get(Severity.ERROR)));
    parts.add(texts.count("warning", counts.get(Severity.WARNING)));
    if (counts.get(Severity.INFO) > 0) {
      parts.add(texts.count("info", counts.get(Severity.INFO)));
    }
    String counted = String.join(", ", parts);
    return skipped == 0 ? counted : texts.get("summary.withSkipped", "counts", counted,
        "skipped", texts.count("skipped", skipped));
  }

  /** « 1 erreur, 2 avertissements »: the counts of one file. */
  String fileCounts(ValidationReport report) {
    Map<Severity, Integer> counts = report.countsBySeverity();
    return texts.count("error", counts.get(Severity.ERROR)) + ", " + texts.count("warning", counts.get(Severity.WARNING));
  }

  // --- json: {"files": [{"file": …, "report": …}], "outputVersion": "1.0", "skipped": [{"file": …, …}],
  //            "summary": …}

  byte[] json(Run run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (JsonWriter json = JsonWriter.pretty(bytes)) {
      json.beginObject().member("files").beginArray();
      for (Checked entry : run.checked()) {
        // Each report in its documented JSON form, places and messages in the run's language.
        json.beginObject().member("file", entry.input().name()).member("report");
        entry.report().writeJson(json, texts.locale());
        json.endObject();
      }
      json.endArray().member("outputVersion", Cls.Schema.VALIDATE_OUTPUT_VERSION).member("skipped").beginArray();
      for (Skipped skipped : run.skipped()) {
        json.beginObject()
            .member("file", skipped.input().name())
            .member("message", capitalized(skipReason(skipped)))
            .member("reason", skipped.spreadsheet() ? "spreadsheet" : "not-json")
            .endObject();
      }
      Map<Severity, Integer> counts = counts(run.checked());
      json.endArray().member("summary").beginObject()
          .member("error", counts.get(Severity.ERROR))
          .member("files", run.checked().size())
          .member("info", counts.get(Severity.INFO))
          .member("skipped", run.skipped().size())
          .member("warning", counts.get(Severity.WARNING))
          .endObject()
          .endObject();
    }
    return bytes.toByteArray();
  }

  /** A clause made a sentence: its first letter upper-case. */
  static String capitalized(String clause) {
    return clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
  }

  // --- junit: one test case per file, failed when the file reaches the threshold; files not read are skipped.

  byte[] junit(Run run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    List<Checked> checked = run.checked();
    long failures = checked.stream().filter(e -> failing(e.report(), run.warningsFail())).count();
    String tests = Integer.toString(run.entries().size());
    String skipped = Integer.toString(run.skipped().size());
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "cls validate");
      xml.writeAttribute("tests", tests);
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("skipped", skipped);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "cls validate");
      xml.writeAttribute("tests", tests);
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", skipped);
      for (Entry entry : run.entries()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "cls.validate");
        // Safe.text leaves nothing XML 1.0 cannot hold (controls, lone surrogates, U+FFFE, U+FFFF).
        xml.writeAttribute("name", Safe.text(entry.input().name()));
        if (entry instanceof Skipped s) {
          xml.writeCharacters("\n      ");
          xml.writeEmptyElement("skipped");
          xml.writeAttribute("message", capitalized(skipReason(s)));
          xml.writeCharacters("\n    ");
        } else {
          Checked c = (Checked) entry;
          boolean failing = failing(c.report(), run.warningsFail());
          if (failing || !c.report().findings().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement(failing ? "failure" : "system-out");
            if (failing) {
              xml.writeAttribute("type", "cls");
              xml.writeAttribute("message", fileCounts(c.report()));
            }
            xml.writeCharacters(text(List.of(entry), false));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
          }
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
