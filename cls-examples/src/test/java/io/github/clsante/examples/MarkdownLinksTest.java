package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the Markdown files at the repository's root and in each module's root
 * resolves: to a file or directory of the repository, and, with a {@code #fragment} into a Markdown
 * file, to one of its headings (as GitHub makes their anchors) or to an explicit {@code <a id>}.
 */
class MarkdownLinksTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern FENCE = Pattern.compile("(?m)^\\s*```.*?^\\s*```[^\\n]*$", Pattern.DOTALL);
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`\\n]*`+");
  private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
  private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
  private static final Pattern LINK_TEXT = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  /** The Markdown files checked: the root's, and those at the root of each module (a directory with a pom.xml). */
  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(ROOT)) {
      for (Path entry : top.sorted().toList()) {
        if (entry.toString().endsWith(".md") && Files.isRegularFile(entry)) {
          files.add(entry);
        } else if (Files.isRegularFile(entry.resolve("pom.xml"))) {
          try (Stream<Path> module = Files.list(entry)) {
            module.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
          }
        }
      }
    }
    return files;
  }

  /** The anchor GitHub gives a heading: its text in lower case, without punctuation, spaces as hyphens. */
  static String slug(String heading) {
    String text = LINK_TEXT.matcher(heading).replaceAll("$1").replace("`", "");
    return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  /** The anchors of a Markdown text: its headings' (the second of two equal ones gets -1), and explicit ones. */
  static Set<String> anchors(String markdown) {
    String text = FENCE.matcher(markdown).replaceAll("");
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(text);
    while (heading.find()) {
      String slug = slug(heading.group(2));
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    Matcher explicit = EXPLICIT_ANCHOR.matcher(text);
    while (explicit.find()) {
      anchors.add(explicit.group(1));
    }
    return anchors;
  }

  /** The link targets of a Markdown text outside code: inline links, images and reference definitions. */
  static List<String> links(String markdown) {
    String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    List<String> links = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE_LINK, REFERENCE)) {
      Matcher link = pattern.matcher(text);
      while (link.find()) {
        links.add(link.group(1));
      }
    }
    return links;
  }

  /** What is wrong with the relative links of {@code file}: "file: target (why)" for each. */
  static List<String> brokenLinks(Path file) {
    List<String> broken = new ArrayList<>();
    for (String link : links(read(file))) {
      if (link.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        continue;  // https:, mailto:…: not a file of the repository
      }
      int hash = link.indexOf('#');
      String path = hash < 0 ? link : link.substring(0, hash);
      Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
      String where = ROOT.relativize(file) + ": " + link;
      if (!target.startsWith(ROOT)) {
        broken.add(where + " (outside the repository)");
      } else if (!Files.exists(target)) {
        broken.add(where + " (no such file)");
      } else if (hash >= 0 && target.toString().endsWith(".md")
          && !anchors(read(target)).contains(link.substring(hash + 1))) {
        broken.add(where + " (no such heading in " + ROOT.relativize(target) + ")");
      }
    }
    return broken;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void every_relative_link_of_the_markdown_files_resolves() throws IOException {
    List<Path> files = markdownFiles();
    List<String> broken = new ArrayList<>();
    files.forEach(file -> broken.addAll(brokenLinks(file)));

    assertThat(files).extracting(file -> ROOT.relativize(file).toString().replace('\\', '/'))
        .contains("README.md", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", "cls-cli/README.md",
            "cls-serialization/FORMAT.md", "cls-validation/RULES.md");
    assertThat(broken).isEmpty();
  }

  @Test
  void headings_get_githubs_anchors() {
    assertThat(slug("Migrating 1.0 files to 1.1 (`cls migrate`)")).isEqualTo("migrating-10-files-to-11-cls-migrate");
    assertThat(slug("6. Versions and compatibility")).isEqualTo("6-versions-and-compatibility");
    assertThat(slug("The report’s JSON form")).isEqualTo("the-reports-json-form");
    assertThat(slug("`CLS-SHEET-NO-PILOT`")).isEqualTo("cls-sheet-no-pilot");
    assertThat(slug("Glossary (English ↔ French)")).isEqualTo("glossary-english--french");
    assertThat(slug("Fiche « [Axe 2](#x) » déjà_vue")).isEqualTo("fiche--axe-2--déjà_vue");
    assertThat(anchors("# Title\n## Same\n```\n# not a heading\n```\n## Same\n<a id=\"kept\"></a>\n"))
        .containsExactly("title", "same", "same-1", "kept");
  }

  @Test
  void a_link_to_a_missing_file_or_heading_is_reported_and_code_is_not_read_as_links() throws IOException {
    Path inRepository = Files.createTempFile(ROOT.resolve("cls-examples/target"), "links", ".md");
    try {
      Files.writeString(inRepository, "# Here\n[ok](#here) [ok](../../README.md#quick-start) [web](https://x.org/y)\n"
          + "[gone](nothing.md) [no heading](../../README.md#nowhere) `[code](not-a-link.md)`\n"
          + "```\n[fenced](not-a-link-either.md)\n```\n[ref]: missing/dir/\n");
      String name = ROOT.relativize(inRepository).toString();

      assertThat(brokenLinks(inRepository)).containsExactly(
          name + ": nothing.md (no such file)",
          name + ": ../../README.md#nowhere (no such heading in README.md)",
          name + ": missing/dir/ (no such file)");
    } finally {
      Files.delete(inRepository);
    }
  }
}
