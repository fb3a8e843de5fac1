package io.github.clsante.report.html;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.validation.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the page of an {@link HtmlReport}: the head (CSP, inline style), the table of contents, one
 * article per file, the catalogue of the codes found. One page per call: not shared between threads.
 */
final class Page {

  /** The page's style sheet, inline in its {@code <style>} element. */
  static final String CSS = resource("report.css");

  /** The page's Content-Security-Policy: nothing may load, only the page's own style applies. */
  static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; base-uri 'none'; form-action 'none'";

  /** The severities, in the page's order. */
  private static final Severity[] ORDER = {Severity.ERROR, Severity.WARNING, Severity.INFO};

  private final HtmlReport report;
  private final Texts texts;
  private Writer out;
  /** The codes found in every file, with a severity they were seen with, for the catalogue. */
  private final Map<String, Severity> codes = new TreeMap<>();

  Page(HtmlReport report, Texts texts) {
    this.report = report;
    this.texts = texts;
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  void write(OutputStream stream) throws IOException {
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 32 * 1024);
    String title = report.title().orElse(texts.get("page.title"));
    raw("<!DOCTYPE html>\n<html lang=\"").raw(texts.language()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(CSP).raw("\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .raw("<meta name=\"generator\" content=\"CLS SDK ").text(ValidationReport.sdkVersion()).raw("\">\n")
        .raw("<title>").text(title).raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#content\">").text(texts.get("page.skip")).raw("</a>\n")
        .raw("<header class=\"page\">\n<h1>").text(title).raw("</h1>\n");
    List<ReportedFile> files = report.files();
    int valid = 0;
    for (ReportedFile file : files) {
      valid += file.report().isValid() ? 1 : 0;
    }
    raw("<p class=\"intro\">").text(texts.get("page.intro", "files", texts.count("file", files.size()),
        "valid", texts.number(valid), "invalid", texts.number(files.size() - valid))).raw("</p>\n</header>\n");
    if (files.size() > 1) {
      contents(files);
    }
    raw("<main id=\"content\">\n");
    for (int i = 0; i < files.size(); i++) {
      new FileArticle(files.get(i), i + 1).write();
      out.flush();
    }
    catalogue();
    raw("</main>\n<footer class=\"page\">\n<p>").text(texts.get("page.generator", "version", ValidationReport.sdkVersion()))
        .raw("</p>\n</footer>\n</body>\n</html>\n");
    out.flush();
  }

  private void contents(List<ReportedFile> files) throws IOException {
    raw("<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\">").text(texts.get("toc.heading"))
        .raw("</h2>\n<ol>\n");
    for (int i = 0; i < files.size(); i++) {
      ReportedFile file = files.get(i);
      raw("<li>").withData("toc.entry", "file", "<a href=\"#file-" + (i + 1) + "\">", file.name(), "</a>",
          "verdict", verdict(file.report())).raw("</li>\n");
    }
    raw("</ol>\n</nav>\n");
  }

  /** « aucune erreur » or « non valide : 2 erreurs, 1 avertissement et 0 info ». */
  private String verdict(ValidationReport validation) {
    String summary = counts(validation.countsBySeverity());
    return (validation.isValid() ? texts.get("verdict.valid") : texts.get("verdict.invalid")) + " (" + summary + ")";
  }

  /** « 2 erreurs, 1 avertissement et 0 info ». */
  private String counts(Map<Severity, Integer> counts) {
    return texts.get("verdict.counts", "errors", texts.count("error", counts.get(Severity.ERROR)),
        "warnings", texts.count("warning", counts.get(Severity.WARNING)),
        "infos", texts.count("info", counts.get(Severity.INFO)));
  }

  private void catalogue() throws IOException {
    if (codes.isEmpty()) {
      return;
    }
    raw("<section class=\"catalogue\" aria-labelledby=\"catalogue\">\n<h2 id=\"catalogue\">")
        .text(texts.get("catalogue.heading")).raw("</h2>\n<p>").text(texts.get("catalogue.intro")).raw("</p>\n");
    for (Map.Entry<String, Severity> entry : codes.entrySet()) {
      String code = entry.getKey();
      Severity severity = Catalogue.severity(code, entry.getValue());
      String anchor = Catalogue.anchor(code);
      raw("<section class=\"rule\" aria-labelledby=\"").raw(anchor).raw("\">\n<h3 id=\"").raw(anchor).raw("\"><code>")
          .text(code).raw("</code></h3>\n<p class=\"severity ").raw(severity.code()).raw("\">")
          .text(texts.get("catalogue.severity", "severity", texts.severity(severity))).raw("</p>\n");
      Optional<String> description = Catalogue.description(code, entry.getValue(), texts.locale());
      if (description.isPresent()) {
        raw("<p>").text(texts.get("catalogue.message", "message", description.get())).raw("</p>\n");
      }
      Optional<String> explanation = Catalogue.explanation(code, texts.locale());
      raw("<div class=\"explanation\">");
      paragraphs(explanation.orElse(texts.get("catalogue.noExplanation")));
      raw("</div>\n</section>\n");
    }
    raw("</section>\n");
  }

  /** Writes a text as one paragraph, escaped. */
  private void paragraphs(String text) throws IOException {
    raw("<p>").text(text).raw("</p>");
  }

  private Page raw(String html) throws IOException {
    out.write(html);
    return this;
  }

  private Page text(String text) {
    Html.escape(text, out);
    return this;
  }

  /** What stands for a file's text in a template, to split the template around it. */
  private static final String MARK = "\uE000";

  /**
   * Writes a text of the page whose one placeholder {@code name} is a text from a file: the template's
   * words escaped, the file's text isolated ({@link #data}) and put between {@code before} and {@code
   * after} (markup, or nothing).
   */
  private Page withData(String key, String name, String before, String value, String after, Object... others)
      throws IOException {
    Object[] params = java.util.Arrays.copyOf(others, others.length + 2);
    params[others.length] = name;
    params[others.length + 1] = MARK;
    String filled = texts.get(key, params);
    int at = filled.indexOf(MARK);
    text(filled.substring(0, at)).raw(before).data(value).raw(after).text(filled.substring(at + MARK.length()));
    return this;
  }

  /** A text from a file, isolated from the page's direction and escaped. */
  private Page data(String text) throws IOException {
    return raw("<bdi>").text(text).raw("</bdi>");
  }

  /**
   * A contract's own words (its title, its territory, an axis's title), French whatever the page's language:
   * marked {@code lang="fr"} on a page in another language, so that a screen reader says them in French.
   */
  private Page contractText(String text) throws IOException {
    return texts.locale().getLanguage().equals("fr") ? data(text) : raw("<bdi lang=\"fr\">").text(text).raw("</bdi>");
  }

  /** One file's article: heading, verdict, summary, completeness, findings. */
  private final class FileArticle {
    private final ReportedFile file;
    private final ValidationReport validation;
    private final String id;
    private final Contract contract;
    private SourceText source;
    private final Set<String> explained = new HashSet<>();
    private int findingNumber;

    FileArticle(ReportedFile file, int number) {
      this.file = file;
      this.validation = file.report();
      this.id = "file-" + number;
      this.contract = file.contract().orElse(null);
    }

    void write() throws IOException {
      String number = id.substring("file-".length());
      raw("<article class=\"file\" id=\"").raw(id).raw("\" aria-labelledby=\"").raw(id).raw("-h\">\n<h2 id=\"")
          .raw(id).raw("-h\">").withData("file.heading", "name", "", file.name(), "", "n", number).raw("</h2>\n");
      Map<Severity, Integer> counts = validation.countsBySeverity();
      raw("<p class=\"verdict").raw(validation.isValid() ? "" : " invalid").raw("\">")
          .text(texts.get(validation.isValid() ? "verdict.validSentence" : "verdict.invalidSentence"))
          .raw("</p>\n<p class=\"counts\">").text(texts.get("verdict.findings", "counts", counts(counts)))
          .raw("</p>\n");
      summary();
      if (contract != null) {
        completeness();
      }
      findings();
      raw("</article>\n");
    }

    private void summary() throws IOException {
      raw("<section aria-labelledby=\"").raw(id).raw("-summary\">\n<h3 id=\"").raw(id).raw("-summary\">")
          .text(texts.get("summary.heading")).raw("</h3>\n");
      if (contract == null) {
        raw("<p>").text(texts.get("summary.none")).raw("</p>\n");
        digest();
        raw("</section>\n");
        return;
      }
      raw("<dl class=\"facts\">\n");
      fact("summary.title", contract.title().orElse(null), true);
      fact("summary.id", contract.id());
      StringBuilder territory = new StringBuilder(contract.territory().name().orElse(""));
      if (!contract.territory().departements().isEmpty()) {
        territory.append(territory.length() == 0 ? "" : " ").append('(')
            .append(String.join(", ", contract.territory().departements())).append(')');
      }
      fact("summary.territory", territory.length() == 0 ? null : territory.toString(), true);
      fact("summary.leadArs", contract.leadArs().arsName());
      fact("summary.period", contract.period().flatMap(this::period).orElse(null));
      fact("summary.status", contract.status().map(status -> texts.template("status." + status.code())
          .orElse(status.code())).orElse(null));
      digestFact();
      raw("</dl>\n");
      axes();
      raw("</section>\n");
    }

    private void digest() throws IOException {
      raw("<dl class=\"facts\">\n");
      digestFact();
      raw("</dl>\n");
    }

    private void digestFact() throws IOException {
      raw("<dt>").text(texts.get("summary.digest")).raw("</dt><dd>");
      Optional<String> digest = validation.digest();
      if (digest.isPresent()) {
        raw("<code>").text(digest.get()).raw("</code>");
      } else {
        text(texts.get("summary.digestNone"));
      }
      raw("</dd>\n");
    }

    private void fact(String key, String value) throws IOException {
      fact(key, value, false);
    }

    /** A fact of the summary; {@code contractWords} when the value is the contract's own text. */
    private void fact(String key, String value, boolean contractWords) throws IOException {
      raw("<dt>").text(texts.get(key)).raw("</dt><dd>");
      if (value == null || value.isEmpty()) {
        raw("<em>").text(texts.get("summary.notGiven")).raw("</em>");
      } else if (contractWords) {
        contractText(value);
      } else {
        data(value);
      }
      raw("</dd>\n");
    }

    private Optional<String> period(Period period) {
      Optional<String> start = period.start().map(this::date);
      Optional<String> end = period.end().map(this::date);
      String text;
      if (start.isPresent() && end.isPresent()) {
        text = texts.get("period.range", "start", start.get(), "end", end.get());
      } else if (start.isPresent()) {
        text = texts.get("period.from", "start", start.get());
      } else if (end.isPresent()) {
        text = texts.get("period.until", "end", end.get());
      } else if (period.durationMonths().isPresent()) {
        text = texts.get("period.months", "n", period.durationMonths().get());
      } else {
        return period.asWritten();
      }
      return Optional.of(text);
    }

    private String date(PartialDate date) {
      switch (date.precision()) {
        case DAY:
          return MessageCatalog.fill("{d,date}", Map.of("d", date.toString()), texts.locale());
        case MONTH:
          return DateTimeFormatter.ofPattern("MMMM uuuu", texts.locale())
              .format(YearMonth.of(date.year(), date.month().orElse(1)));
        default:
          return Integer.toString(date.year());
      }
    }

    private void axes() throws IOException {
      if (contract.axes().isEmpty() && contract.actionSheets().isEmpty()) {
        raw("<p>").text(texts.get("axes.none")).raw("</p>\n");
        return;
      }
      raw("<table>\n<caption>").text(texts.get("axes.caption")).raw("</caption>\n<thead><tr><th scope=\"col\">")
          .text(texts.get("axes.axis")).raw("</th><th scope=\"col\">").text(texts.get("axes.sheets"))
          .raw("</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < contract.axes().size(); i++) {
        Axis axis = contract.axes().get(i);
        raw("<tr><th scope=\"row\">").withData("axes.name", "n", "", axis.number().orElse(Integer.toString(i + 1)), "")
            .raw(" — ").contractText(axis.title()).raw("</th><td class=\"num\">")
            .text(texts.number(axis.allActionSheets().size())).raw("</td></tr>\n");
      }
      if (!contract.actionSheets().isEmpty()) {
        raw("<tr><th scope=\"row\">").text(texts.get("axes.outside")).raw("</th><td class=\"num\">")
            .text(texts.number(contract.actionSheets().size())).raw("</td></tr>\n");
      }
      raw("</tbody>\n<tfoot><tr><th scope=\"row\">").text(texts.get("summary.sheets")).raw("</th><td class=\"num\">")
          .text(texts.get("summary.sheetsTotal", "n", contract.allActionSheets().size()))
          .raw("</td></tr></tfoot>\n</table>\n");
    }

    private void completeness() throws IOException {
      Completeness completeness = Completeness.of(contract);
      raw("<section aria-labelledby=\"").raw(id).raw("-completeness\">\n<h3 id=\"").raw(id).raw("-completeness\">")
          .text(texts.get("completeness.heading")).raw("</h3>\n");
      int sheets = completeness.sheets();
      if (sheets == 0) {
        raw("<p>").text(texts.get("completeness.none")).raw("</p>\n</section>\n");
        return;
      }
      raw("<p>").text(texts.get("completeness.intro", "sheets", texts.count("sheet", sheets))).raw("</p>\n")
          .raw("<table class=\"completeness\">\n<caption>").text(texts.get("completeness.caption"))
          .raw("</caption>\n<thead><tr><th scope=\"col\">").text(texts.get("completeness.item"))
          .raw("</th><th scope=\"col\">").text(texts.get("completeness.share")).raw("</th><th scope=\"col\">")
          .text(texts.get("completeness.count")).raw("</th></tr></thead>\n<tbody>\n");
      for (Completeness.Item item : Completeness.Item.values()) {
        int having = completeness.having(item);
        String percent = texts.get("completeness.percent", "p", completeness.percent(item));
        raw("<tr class=\"").raw(item.key).raw("\"><th scope=\"row\">").text(texts.get("item." + item.key))
            .raw("</th><td class=\"num\"><meter min=\"0\" max=\"").raw(Integer.toString(sheets)).raw("\" value=\"")
            .raw(Integer.toString(having)).raw("\" aria-hidden=\"true\"></meter> <span class=\"percent\">")
            .text(percent).raw("</span></td><td class=\"num count\">")
            .text(texts.get("completeness.ratio", "k", having, "n", sheets)).raw("</td></tr>\n");
      }
      raw("</tbody>\n</table>\n<h4>").text(texts.get("completeness.next")).raw("</h4>\n");
      List<Completeness.Incomplete> incomplete = completeness.incomplete();
      if (incomplete.isEmpty()) {
        raw("<p>").text(texts.get("completeness.all")).raw("</p>\n</section>\n");
        return;
      }
      raw("<p>").text(texts.get("completeness.nextIntro")).raw("</p>\n<ol class=\"next\">\n");
      for (Completeness.Incomplete sheet : incomplete.subList(0, Math.min(Completeness.NAMED, incomplete.size()))) {
        List<String> missing = new ArrayList<>();
        for (Completeness.Item item : sheet.missing()) {
          missing.add(texts.get("missing." + item.key));
        }
        String name = ValidationReport.place(contract, sheet.pointer(), texts.locale()).orElse(sheet.pointer());
        raw("<li>").data(name).raw(" — ").text(texts.get("completeness.missing", "items",
            texts.and(missing))).raw("</li>\n");
      }
      raw("</ol>\n");
      if (incomplete.size() > Completeness.NAMED) {
        raw("<p>").text(texts.get("completeness.more", "n", incomplete.size() - Completeness.NAMED)).raw("</p>\n");
      }
      raw("</section>\n");
    }

    private void findings() throws IOException {
      raw("<section aria-labelledby=\"").raw(id).raw("-findings\">\n<h3 id=\"").raw(id).raw("-findings\">")
          .text(texts.get("findings.heading")).raw("</h3>\n");
      List<Finding> all = validation.findings();
      for (Finding finding : all) {
        codes.putIfAbsent(finding.code(), finding.severity());
      }
      if (all.isEmpty()) {
        raw("<p>").text(texts.get("findings.none")).raw("</p>\n</section>\n");
        return;
      }
      int room = report.maxFindingsPerFile();
      Map<Severity, Integer> counts = validation.countsBySeverity();
      Map<Severity, Map<String, List<Finding>>> shown = new EnumMap<>(Severity.class);
      for (Severity severity : ORDER) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size() && room > 0; i++) {
          Finding finding = all.get(i);
          if (finding.severity() == severity) {
            groups.computeIfAbsent(group(finding.pointer()), key -> new ArrayList<>()).add(finding);
            room--;
          }
        }
        shown.put(severity, groups);
      }
      int total = all.size();
      int cut = total - (report.maxFindingsPerFile() - room);
      for (Severity severity : ORDER) {
        Map<String, List<Finding>> groups = shown.get(severity);
        if (groups.isEmpty()) {
          continue;
        }
        int inSeverity = 0;
        for (List<Finding> group : groups.values()) {
          inSeverity += group.size();
        }
        String sectionId = id + "-" + severity.code();
        raw("<section aria-labelledby=\"").raw(sectionId).raw("\">\n<h4 id=\"").raw(sectionId).raw("\">")
            .text(texts.severityHeading(severity)).raw(" (");
        int count = counts.get(severity);
        text(inSeverity == count ? texts.number(count)
            : texts.get("findings.shown", "shown", texts.number(inSeverity), "total", texts.number(count)));
        raw(")</h4>\n");
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
          Finding first = group.getValue().get(0);
          String heading = validation.place(first.withPointer(group.getKey()), texts.locale())
              .orElse(texts.get("group.document"));
          raw("<section class=\"group\">\n<h5>").data(heading).raw("</h5>\n");
          for (Finding finding : group.getValue()) {
            finding(finding);
          }
          raw("</section>\n");
        }
        raw("</section>\n");
      }
      if (cut > 0) {
        // A report the validator cut already lists only some of the findings: its JSON gives those, not all.
        boolean listed = all.stream().anyMatch(finding -> finding.code().equals(ValidationReport.TRUNCATED));
        raw("<p class=\"cutnote\">").text(listed
            ? texts.get("findings.cut.listed", "n", cut, "max", report.maxFindingsPerFile(), "listed", total - 1)
            : texts.get("findings.cut", "n", cut, "max", report.maxFindingsPerFile())).raw("</p>\n");
      }
      raw("</section>\n");
    }

    /**
     * The pointer of the group of a finding: its action sheet (the first {@code actionSheets/N} on its
     * path), else the first element of a list on its path (an axis, a party), else the whole document.
     */
    private String group(String pointer) {
      int sheet = pointer.indexOf("/actionSheets/");
      if (sheet >= 0) {
        int end = indexEnd(pointer, sheet + "/actionSheets/".length());
        if (end > 0) {
          return pointer.substring(0, end);
        }
      }
      int first = pointer.indexOf('/', 1);
      if (first > 0) {
        int end = indexEnd(pointer, first + 1);
        if (end > 0) {
          return pointer.substring(0, end);
        }
      }
      return "";
    }

    /** The end of an array index starting at {@code from}, or -1 when there is none there. */
    private int indexEnd(String pointer, int from) {
      int i = from;
      while (i < pointer.length() && pointer.charAt(i) >= '0' && pointer.charAt(i) <= '9') {
        i++;
      }
      return i > from && (i == pointer.length() || pointer.charAt(i) == '/') ? i : -1;
    }

    private void finding(Finding finding) throws IOException {
      String severity = finding.severity().code();
      String anchor = Catalogue.anchor(finding.code());
      findingNumber++;
      raw("<div class=\"finding ").raw(severity).raw("\" id=\"").raw(id).raw("-n").raw(Integer.toString(findingNumber))
          .raw("\">\n<p class=\"head\"><span class=\"badge ").raw(severity).raw("\">").text(texts.severity(finding.severity()))
          .raw("</span><a href=\"#").raw(anchor).raw("\" title=\"").text(texts.get("finding.rule", "code", finding.code()))
          .raw("\"><code class=\"code\">").text(finding.code()).raw("</code></a></p>\n<p class=\"message\">")
          .text(FindingMessages.message(finding, texts.locale())).raw("</p>\n<dl class=\"where\">\n");
      Optional<String> place = validation.place(finding, texts.locale());
      if (place.isPresent()) {
        raw("<dt>").text(texts.get("finding.place")).raw("</dt><dd>").data(place.get()).raw("</dd>\n");
      }
      raw("<dt>").text(texts.get("finding.pointer")).raw("</dt><dd><code class=\"pointer\">")
          .text(finding.pointer().isEmpty() ? "\"\"" : finding.pointer()).raw("</code></dd>\n");
      if (finding.location().isPresent()) {
        SourceLocation location = finding.location().get();
        raw("<dt>").text(texts.get("finding.location")).raw("</dt><dd class=\"location\">")
            .text(texts.get("finding.locationValue", "line", location.line(), "column", location.column()))
            .raw("</dd>\n");
      }
      if (finding.cell().isPresent()) {
        CellLocation cell = finding.cell().get();
        raw("<dt>").text(texts.get("finding.cell")).raw("</dt><dd class=\"cell\">").data(cell.reference())
            .raw("</dd>\n");
      }
      raw("</dl>\n");
      String suggestion = finding.params().get("suggestion");
      if (suggestion != null && !suggestion.isEmpty()) {
        raw("<p class=\"suggestion\">").withData("finding.suggestion", "value", "", suggestion, "").raw("</p>\n");
      }
      if (explained.add(finding.code())) {
        Optional<String> explanation = Catalogue.explanation(finding.code(), texts.locale());
        if (explanation.isPresent()) {
          raw("<div class=\"explanation\"><p><strong>").text(texts.get("finding.explanation")).raw("</strong></p>");
          paragraphs(explanation.get());
          raw("</div>\n");
        }
      } else {
        raw("<p class=\"explanation\"><a href=\"#").raw(anchor).raw("\">").text(texts.get("finding.seeCatalogue"))
            .raw("</a></p>\n");
      }
      if (finding.location().isPresent() && finding.cell().isEmpty() && file.sourceBytes() != null) {
        excerpt(finding.location().get());
      }
      raw("</div>\n");
    }

    private void excerpt(SourceLocation location) throws IOException {
      if (source == null) {
        source = new SourceText(file.sourceBytes());
      }
      List<SourceText.Line> lines = source.excerpt(location.line(), location.column());
      if (lines.isEmpty()) {
        return;
      }
      int width = Integer.toString(lines.get(lines.size() - 1).number()).length();
      raw("<figure class=\"excerpt\">\n<figcaption>").text(texts.get("excerpt.caption", "line", location.line()))
          .raw("</figcaption>\n<pre><code>");
      for (SourceText.Line line : lines) {
        String number = Integer.toString(line.number());
        raw("<span class=\"ln\">").raw(" ".repeat(width - number.length())).raw(number).raw("</span>");
        if (line.cutBefore()) {
          raw("<span class=\"cut\">").text(texts.get("excerpt.cut")).raw("</span>");
        }
        text(line.before());
        if (line.number() == location.line()) {
          raw("<mark>").text(line.spot().isEmpty() ? " " : line.spot()).raw("</mark>").text(line.after());
        }
        if (line.cutAfter()) {
          raw("<span class=\"cut\">").text(texts.get("excerpt.cut")).raw("</span>");
        }
        raw("\n");
      }
      raw("</code></pre>\n</figure>\n");
    }
  }
}
