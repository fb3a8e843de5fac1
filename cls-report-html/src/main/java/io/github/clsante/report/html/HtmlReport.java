package io.github.clsante.report.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTML report of a validation run (rapport HTML): one self-contained page, in French or English, for
 * the officers and coordinators who check contracts without a terminal. For each file, the page gives
 * the contract's summary, its completeness, its findings grouped by severity and by where they are (each
 * with its code, message, explanation, suggestion, JSON Pointer, line and column or spreadsheet cell, and
 * the lines of the source around it, the spot marked), and links each finding to its rule in the
 * catalogue at the end of the page; a table of contents when there are several files.
 *
 * <p>The page loads nothing: its CSS is inline, it has no script, no image and no link out of itself,
 * and its Content-Security-Policy says so ({@code default-src 'none'}, the style allowed by its hash). It
 * prints on A4 (a finding is never cut across pages, each file starts a page) and reads on a 360 px
 * phone. Every text that comes from a file (names, titles, the source, the findings' values) is escaped,
 * the bidirectional controls and the characters HTML cannot hold shown as {@code ⟨U+202E⟩}.
 *
 * <p>A report is immutable and thread-safe: render it as many times as wanted, from any thread. It is
 * written file after file, each file's findings grouped when its turn comes; at most {@link
 * #maxFindingsPerFile()} findings are shown per file (errors first), the page saying how many more
 * there are, so that a page stays readable and its rendering takes bounded memory whatever the number
 * of findings.
 *
 * <pre>{@code
 * byte[] source = Files.readAllBytes(Path.of("cls-agglopolys.json"));
 * HtmlReport report = HtmlReport.builder()
 *     .locale(Locale.FRENCH)
 *     .title("Contrats reçus en mars")
 *     .addFile(ReportedFile.of("cls-agglopolys.json", ContractValidator.standard().validate(source))
 *         .withSource(source)
 *         .withContract(ContractJson.reader().read(source).contract().orElse(null)))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("rapport.html"))) {
 *   report.render(out);
 * }
 * }</pre>
 */
public final class HtmlReport {

  /**
   * How many findings a page shows per file unless told otherwise: {@value}. A file with more (a
   * spreadsheet of thousands of sheets without pilots) shows the first ones, errors first, and says how
   * many are left out; the JSON report has them all.
   */
  public static final int DEFAULT_MAX_FINDINGS_PER_FILE = 1000;

  private final Locale locale;
  private final String title;
  private final List<ReportedFile> files;
  private final int maxFindingsPerFile;

  private HtmlReport(Builder builder) {
    this.locale = builder.locale;
    this.title = builder.title;
    this.files = List.copyOf(builder.files);
    this.maxFindingsPerFile = builder.maxFindingsPerFile;
  }

  /**
   * Returns a new builder: French, no title of its own, no file, {@value #DEFAULT_MAX_FINDINGS_PER_FILE}
   * findings shown per file.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language of the page.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the title of the run, shown as the page's title.
   *
   * @return the title, or empty when the page has the default one (« Rapport de validation CLS »)
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the files, in the page's order.
   *
   * @return an unmodifiable list
   */
  public List<ReportedFile> files() {
    return files;
  }

  /**
   * Returns how many findings the page shows per file at most.
   *
   * @return the limit
   */
  public int maxFindingsPerFile() {
    return maxFindingsPerFile;
  }

  /**
   * Writes the page, UTF-8, to a stream, which is flushed and not closed. The page is written as it is
   * made, file after file.
   *
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public void render(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      new Page(this, Texts.of(locale)).write(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns the page as a text.
   *
   * @return the HTML document
   */
  public String toHtml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HtmlReport{" + locale.getLanguage() + ", " + files.size() + " files}";
  }

  /**
   * Builds an HTML report: its language, its title, then its files in the page's order; obtained from
   * {@link HtmlReport#builder()}. Not thread-safe; the report it builds is.
   */
  public static final class Builder {

    private Locale locale = Locale.FRENCH;
    private String title;
    private final List<ReportedFile> files = new ArrayList<>();
    private int maxFindingsPerFile = DEFAULT_MAX_FINDINGS_PER_FILE;

    private Builder() {}

    /**
     * Sets the language of the page and of the findings' messages.
     *
     * @param locale French when its language is {@code fr} (the default), English otherwise
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.FRENCH
          : Locale.ENGLISH;
      return this;
    }

    /**
     * Sets the title of the run (« Contrats reçus en mars »), shown as the page's title.
     *
     * @param title the title, shown as it is, escaped
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds a file, after those added before.
     *
     * @param file the file
     * @return this builder
     */
    public Builder addFile(ReportedFile file) {
      files.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Adds files, after those added before.
     *
     * @param files the files, in order
     * @return this builder
     */
    public Builder addFiles(Iterable<ReportedFile> files) {
      for (ReportedFile file : Objects.requireNonNull(files, "files")) {
        addFile(file);
      }
      return this;
    }

    /**
     * Sets how many findings the page shows per file at most, errors first.
     *
     * @param max the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder maxFindingsPerFile(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindingsPerFile must be at least 1: " + max);
      }
      this.maxFindingsPerFile = max;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
