package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Coded;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps FORMAT.md's tables equal to what the format declares. Run with {@code -Dcls.regenerate=true}
 * to rewrite the generated regions after a change to the format.
 */
class FormatDocumentationTest {

  static final Path FORMAT = Path.of("FORMAT.md");

  @Test
  void documents_every_object_and_member_of_the_format() throws IOException {
    StringBuilder text = new StringBuilder();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      text.append("### ").append(shape.name()).append("\n\n").append(shape.description()).append("\n\n");
      text.append("| member | type | req. | description |\n|---|---|---|---|\n");
      for (Field<?, ?> field : shape.fieldList()) {
        String type = field.shape().documentedType();
        if (field.kind() == Field.Kind.LIST) {
          type = "list of " + type;
        }
        text.append("| `").append(field.name()).append("` | ").append(type).append(" | ")
            .append(field.kind() == Field.Kind.REQUIRED ? "req." : "").append(" | ")
            .append(field.description().replace("|", "\\|")).append(" |\n");
      }
      text.append('\n');
    }
    assertRegion("objects", text.toString());
  }

  @Test
  void documents_every_code_of_every_code_list() throws IOException {
    StringBuilder text = new StringBuilder();
    appendLists(text, ContractFormat.CLOSED_LISTS, "closed");
    appendLists(text, ContractFormat.OPEN_LISTS, "open");
    assertRegion("codes", text.toString());
  }

  private static void appendLists(StringBuilder text, Map<String, List<? extends Coded>> lists, String kind) {
    lists.forEach((name, codes) -> {
      text.append("### ").append(name).append("\n\n").append("A ").append(kind).append(" list.\n\n");
      text.append("| code | libellé |\n|---|---|\n");
      for (Coded code : codes) {
        text.append("| `").append(code.code()).append("` | ").append(code.frenchLabel()).append(" |\n");
      }
      text.append('\n');
    });
  }

  @Test
  void documents_every_problem_code_the_reader_can_emit_with_its_explanation() throws IOException {
    StringBuilder text = new StringBuilder("| code | severity | message (English) |\n|---|---|---|\n");
    for (ReadProblem problem : ReadProblem.values()) {
      text.append("| [`").append(problem.code()).append("`](#").append(anchor(problem.code())).append(") | ")
          .append(problem.severity().code()).append(" | ").append(message(problem, Locale.ENGLISH).replace("|", "\\|"))
          .append(" |\n");
    }
    // One section per code: GitHub gives each heading the anchor #<code in lower case>, SARIF's helpUri.
    for (ReadProblem problem : ReadProblem.values()) {
      text.append("\n#### ").append(problem.code()).append("\n\n")
          .append("Severity: **").append(problem.severity().code()).append("** (")
          .append(problem.severity().frenchLabel().toLowerCase(Locale.ROOT)).append(")")
          .append(problem == ReadProblem.UNKNOWN_MEMBER ? "; a warning when reading leniently" : "").append(".\n\n")
          .append("**Français**\n\n> ").append(message(problem, Locale.FRENCH)).append("\n\n")
          .append(problem.explanation(Locale.FRENCH)).append("\n\n")
          .append("**English**\n\n> ").append(message(problem, Locale.ENGLISH)).append("\n\n")
          .append(problem.explanation(Locale.ENGLISH)).append("\n");
    }
    assertRegion("problems", text.append('\n').toString());
  }

  @Test
  void every_problem_code_has_one_heading_in_format_md_so_its_anchor_exists() throws IOException {
    // GitHub's anchors: lower case, spaces as hyphens, punctuation dropped; a repeated one is numbered.
    List<String> anchors = Files.readString(FORMAT, StandardCharsets.UTF_8).lines()
        .filter(line -> line.matches("#{1,6} .*"))
        .map(line -> line.replaceFirst("#{1,6} ", "").toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList();
    for (ReadProblem problem : ReadProblem.values()) {
      assertThat(anchors.stream().filter(anchor(problem.code())::equals)).as("#" + anchor(problem.code())).hasSize(1);
    }
    assertThat(anchors).as("the section RULES.md links to").contains("5-reading-problems-and-their-codes");
  }

  /** A problem's message template, placeholders left in braces. */
  private static String message(ReadProblem problem, Locale locale) {
    return problem.messageTemplate(locale);
  }

  /** The anchor GitHub gives a heading made of a code: the code in lower case. */
  static String anchor(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  @Test
  void the_published_schema_files_and_the_jar_resources_are_the_generated_schemas() throws IOException {
    for (String version : List.of("1.0", "1.1")) {
      int minor = Integer.parseInt(version.substring(2));
      String generated = io.github.clsante.serialization.internal.SchemaGenerator.schema(minor);
      Path published = Path.of("schema/contract-" + version + ".schema.json");
      if (Boolean.getBoolean("cls.regenerate")) {
        Files.createDirectories(published.getParent());
        Files.writeString(published, generated, StandardCharsets.UTF_8);
      }

      assertThat(Files.readString(published, StandardCharsets.UTF_8)).as(version).isEqualTo(generated);
      assertThat(ContractJson.schema(version)).as(version).isEqualTo(generated);
      try (java.io.InputStream resource = ContractJson.class.getResourceAsStream(
          io.github.clsante.serialization.internal.SchemaGenerator.resource(minor))) {
        assertThat(resource).as("the build writes the %s schema into the classes directory", version).isNotNull();
      }
    }
    assertThat(ContractJson.schema()).isEqualTo(ContractJson.schema("1.1"));
  }

  /** Asserts (or, with -Dcls.regenerate=true, rewrites) a generated region of FORMAT.md. */
  static void assertRegion(String region, String expected) throws IOException {
    String document = Files.readString(FORMAT, StandardCharsets.UTF_8);
    Pattern pattern = Pattern.compile(
        "(<!-- BEGIN GENERATED: " + region + " [^>]*-->\n)(.*?)(<!-- END GENERATED: " + region + " -->)",
        Pattern.DOTALL);
    Matcher matcher = pattern.matcher(document);
    assertThat(matcher.find()).as("FORMAT.md has a generated region '%s'", region).isTrue();
    if (Boolean.getBoolean("cls.regenerate")) {
      String updated = document.substring(0, matcher.start(2)) + expected + document.substring(matcher.end(2));
      Files.writeString(FORMAT, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(matcher.group(2))
        .as("FORMAT.md region '%s' is out of date: run mvn test -Dcls.regenerate=true", region)
        .isEqualTo(expected);
  }
}
