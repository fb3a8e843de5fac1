package io.github.clsante.cli;

import io.github.clsante.cli.Inputs.Input;
import io.github.clsante.cli.Inputs.Notice;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.report.html.HtmlReport;
import io.github.clsante.report.html.ReportedFile;
import io.github.clsante.serialization.JsonWriter;
import io.github.clsante.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

  /** A finding and its place in words, as text, SARIF and JUnit show it. */
  record Located(Finding finding, Optional<String> place) {}

  /**
   * A file validated: what the outputs need of its report (its findings, their places, its counts), not
   * the report itself, which holds the whole contract: a run of many files keeps only this.
   */
  record Checked(Input input, List<Located> findings, Map<Severity, Integer> counts) implements Entry {

    /** The findings without their places, in the report's order. */
    List<Finding> plainFindings() {
      List<Finding> plain = new ArrayList<>(findings.size());
      for (Located located : findings) {
        plain.add(located.finding());
      }
      return plain;
    }
  }

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
    Map<Severity, Integer> total = zeroCounts();
    for (Checked entry : entries) {
      addCounts(total, entry.counts());
    }
    return total;
  }

  private static Map<Severity, Integer> zeroCounts() {
    Map<Severity, Integer> total = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      total.put(severity, 0);
    }
    return total;
  }

  private static void addCounts(Map<Severity, Integer> total, Map<Severity, Integer> counts) {
    counts.forEach((severity, n) -> total.merge(severity, n, Integer::sum));
  }

  /** Whether a report reaches the failure threshold. */
  static boolean failing(ValidationReport report, boolean warnings) {
    return failing(report.countsBySeverity(), warnings);
  }

  /** Whether counts of findings reach the failure threshold. */
  static boolean failing(Map<Severity, Integer> counts, boolean warnings) {
    return counts.getOrDefault(Severity.ERROR, 0) > 0 || warnings && counts.getOrDefault(Severity.WARNING, 0) > 0;
  }

  /**
   * What a run's output keeps of a file's report: its findings with their places (when the format shows
   * them: not JSON, whose reports carry their own), and its counts.
   */
  Checked checked(Input input, ValidationReport report, boolean withPlaces) {
    List<Located> located = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      located.add(new Located(finding, withPlaces ? places.place(report, finding, texts.locale()) : Optional.empty()));
    }
    return new Checked(input, List.copyOf(located), new EnumMap<>(report.countsBySeverity()));
  }

  /**
   * The output of a run in a format, written as the files come (in their order): text and JSON are
   * streamed, one file at a time; SARIF and JUnit XML start with counts of the whole run, so they keep
   * each file's findings (never its contract) and are written at the end.
   *
   * @param format the format
   * @param out where the output goes; not closed
   * @param base the base directory of SARIF's relative URIs
   */
  Output output(Cls.Format format, OutputStream out, Sarif.Base base) {
    return output(format, out, base, input -> Optional.empty());
  }

  /**
   * The output of a run in a format, the HTML report showing excerpts of the files {@code sources}
   * gives the bytes of.
   *
   * @param format the format
   * @param out where the output goes; not closed
   * @param base the base directory of SARIF's relative URIs
   * @param sources the text of an input, for the HTML report's excerpts; empty for none
   */
  Output output(Cls.Format format, OutputStream out, Sarif.Base base,
      java.util.function.Function<Input, Optional<byte[]>> sources) {
    switch (format) {
      case html:
        return new HtmlOutput(out, sources);
      case json:
        return new JsonOutput(out);
      case sarif:
        return new Collected(out, run -> new Sarif(texts, places, base).write(run));
      case junit:
        return new Collected(out, this::junit);
      default:
        return new TextOutput(out);
    }
  }

  /** A run's output, given its files in order, then finished. */
  abstract static class Output {
    private final Map<Severity, Integer> counts = zeroCounts();
    private int files;
    private int skipped;

    /** Whether this output shows the places of findings (else the reports' JSON form has its own). */
    boolean showsPlaces() {
      return true;
    }

    /** Adds a file validated or one not read. */
    void add(Entry entry, ValidationReport report) {
      if (entry instanceof Checked c) {
        files++;
        addCounts(counts, c.counts());
      } else {
        skipped++;
      }
      write(entry, report);
    }

    /** Writes a file's part of the output. */
    abstract void write(Entry entry, ValidationReport report);

    /** Writes the end of the output: what needs the whole run. */
    abstract void finish(List<Notice> notices, boolean warningsFail, int exitCode);

    Map<Severity, Integer> counts() {
      return counts;
    }

    int files() {
      return files;
    }

    int skipped() {
      return skipped;
    }
  }

  private static void write(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text: each file's lines as it comes, the summary at the end. */
  private final class TextOutput extends Output {
    private final OutputStream out;

    TextOutput(OutputStream out) {
      this.out = out;
    }

    @Override
    void write(Entry entry, ValidationReport report) {
      Reports.write(out, text(entry).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    void finish(List<Notice> notices, boolean warningsFail, int exitCode) {
      Reports.write(out, (summary(counts(), files(), skipped()) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * HTML: one self-contained page for the whole run (cls-report-html), written at the end: each file
   * with its contract's summary, its findings grouped by place with excerpts of its source, and the
   * completeness of its fiches. Files not read are not in it (the command says them on the standard error).
   */
  private final class HtmlOutput extends Output {
    private final OutputStream out;
    private final java.util.function.Function<Input, Optional<byte[]>> sources;
    private final List<ReportedFile> files = new ArrayList<>();

    HtmlOutput(OutputStream out, java.util.function.Function<Input, Optional<byte[]>> sources) {
      this.out = out;
      this.sources = sources;
    }

    @Override
    void write(Entry entry, ValidationReport report) {
      if (entry instanceof Checked c) {
        ReportedFile file = ReportedFile.of(c.input().name(), report).withContract(report.contract().orElse(null));
        Optional<byte[]> source = sources.apply(c.input());
        files.add(source.isPresent() ? file.withSource(source.get()) : file);
      }
    }

    @Override
    void finish(List<Notice> notices, boolean warningsFail, int exitCode) {
      try {
        HtmlReport.builder().locale(texts.locale()).addFiles(files).build().render(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** SARIF and JUnit: the light entries kept, the whole written at the end. */
  private static final class Collected extends Output {
    private final OutputStream out;
    private final java.util.function.Function<Run, byte[]> writer;
    private final List<Entry> entries = new ArrayList<>();

    Collected(OutputStream out, java.util.function.Function<Run, byte[]> writer) {
      this.out = out;
      this.writer = writer;
    }

    @Override
    void write(Entry entry, ValidationReport report) {
      entries.add(entry);
    }

    @Override
    void finish(List<Notice> notices, boolean warningsFail, int exitCode) {
      Reports.write(out, writer.apply(new Run(entries, notices, warningsFail, exitCode)));
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
  String line(Checked entry, Located located) {
    return line(texts, entry.input().name(), located.finding(), located.place(),
        FindingMessages.message(located.finding(), texts.locale()));
  }

  /**
   * The line of a finding of a file, not yet made safe: {@code FILE:LINE:COLUMN: SEVERITY CODE POINTER
   * [PLACE — ]MESSAGE}, as {@code validate} and {@code migrate} print it; {@code FILE!SHEET!CELL: …} for
   * a finding in a spreadsheet's cell ({@code plan.xlsx!Fichier dimport!Y12}).
   */
  static String line(Texts texts, String file, Finding finding, Optional<String> place, String message) {
    StringBuilder line = new StringBuilder(file);
    finding.location().ifPresent(l -> line.append(':').append(l.line()).append(':').append(l.column()));
    finding.cell().ifPresent(cell -> line.append('!').append(cell.reference()));
    line.append(": ").append(texts.severity(finding.severity())).append(' ').append(finding.code()).append(' ')
        .append(finding.pointer().isEmpty() ? "-" : finding.pointer()).append(' ');
    place.ifPresent(where -> line.append(where).append(" — "));
    return line.append(message).toString();
  }

  /**
   * The findings in the order a person reads the file: those on the whole file (no location) first,
   * then by line and column (by row and column for a spreadsheet's cells); findings at the same place keep the report's order. The JSON and SARIF
   * reports keep the report's own order.
   */
  static List<Finding> inReadingOrder(List<Finding> findings) {
    return inReadingOrder(findings, finding -> finding);
  }

  private static <T> List<T> inReadingOrder(List<T> items, java.util.function.Function<T, Finding> finding) {
    List<T> sorted = new ArrayList<>(items);
    // A file's findings are located in text (line, column) or in cells (row, column of a sheet), not both.
    sorted.sort(java.util.Comparator.comparingLong(item -> {
      Finding f = finding.apply(item);
      return f.location().map(at -> ((long) at.line() << 32) | at.column())
          .or(() -> f.cell().map(cell -> ((long) cell.row() << 32) | cell.column())).orElse(-1L);
    }));
    return sorted;
  }

  /** The lines of a file's findings, or the line of a file not read. */
  String text(Entry entry) {
    StringBuilder text = new StringBuilder();
    if (entry instanceof Checked c) {
      for (Located located : inReadingOrder(c.findings(), Located::finding)) {
        text.append(Safe.text(line(c, located))).append('\n');
      }
    } else {
      text.append(Safe.text(entry.input().name() + ": " + skipReason((Skipped) entry))).append('\n');
    }
    return text.toString();
  }

  /** « 5 fichiers, 3 erreurs, 22 avertissements ; 2 autres fichiers non lus ». */
  String summary(Map<Severity, Integer> counts, int files, int skipped) {
    List<String> parts = new ArrayList<>();
    parts.add(texts.count("file", files));
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
  String fileCounts(Map<Severity, Integer> counts) {
    return texts.count("error", counts.getOrDefault(Severity.ERROR, 0)) + ", "
        + texts.count("warning", counts.getOrDefault(Severity.WARNING, 0));
  }

  // --- json: {"files": [{"file": …, "report": …}], "outputVersion": "1.0", "skipped": [{"file": …, …}],
  //            "summary": …}

  /** JSON: each file's report written as it comes; the files not read (names only) and the summary at the end. */
  private final class JsonOutput extends Output {
    private final JsonWriter json;
    private final List<Skipped> skippedFiles = new ArrayList<>();

    JsonOutput(OutputStream out) {
      json = JsonWriter.pretty(out);
      json.beginObject().member("files").beginArray();
    }

    @Override
    boolean showsPlaces() {
      return false;
    }

    @Override
    void write(Entry entry, ValidationReport report) {
      if (entry instanceof Skipped s) {
        skippedFiles.add(s);
        return;
      }
      // Each report in its documented JSON form, places and messages in the run's language.
      json.beginObject().member("file", entry.input().name()).member("report");
      report.writeJson(json, texts.locale());
      json.endObject();
      json.flush();
    }

    @Override
    void finish(List<Notice> notices, boolean warningsFail, int exitCode) {
      json.endArray().member("outputVersion", Cls.Schema.VALIDATE_OUTPUT_VERSION).member("skipped").beginArray();
      for (Skipped skipped : skippedFiles) {
        json.beginObject()
            .member("file", skipped.input().name())
            .member("message", capitalized(skipReason(skipped)))
            .member("reason", skipped.spreadsheet() ? "spreadsheet" : "not-json")
            .endObject();
      }
      Map<Severity, Integer> counts = counts();
      json.endArray().member("summary").beginObject()
          .member("error", counts.get(Severity.ERROR))
          .member("files", files())
          .member("info", counts.get(Severity.INFO))
          .member("skipped", skipped())
          .member("warning", counts.get(Severity.WARNING))
          .endObject()
          .endObject();
      json.close();
    }
  }

  /** A clause made a sentence: its first letter upper-case. */
  static String capitalized(String clause) {
    return clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
  }

  // --- junit: one test case per file, failed when the file reaches the threshold; files not read are skipped.

  byte[] junit(Run run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    List<Checked> checked = run.checked();
    long failures = checked.stream().filter(e -> failing(e.counts(), run.warningsFail())).count();
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
          boolean failing = failing(c.counts(), run.warningsFail());
          if (failing || !c.findings().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement(failing ? "failure" : "system-out");
            if (failing) {
              xml.writeAttribute("type", "cls");
              xml.writeAttribute("message", fileCounts(c.counts()));
            }
            xml.writeCharacters(text(entry));
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
