package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Coded;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
            .append(field.description().replace("|", "\\|")).append(versionNote(field)).append(" |\n");
      }
      text.append('\n');
    }
    assertRegion("objects", text.toString());
  }

  /** What a member's row says of the versions that have it. */
  private static String versionNote(Field<?, ?> field) {
    if (field.replacement().isPresent()) {
      return " *1.0 only: read, never written; 1.1 writes `" + field.replacement().get() + "`.*";
    }
    return field.since() > 0 ? " *Since 1." + field.since() + ".*" : "";
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

  /** A code as FORMAT.md documents it: in the table of its section, then under its own heading. */
  record Code(String code, Severity severity, String note, Function<Locale, String> template,
      Function<Locale, String> explanation) {}

  /** The reader's problems, in declaration order. */
  static List<Code> problems() {
    return Arrays.stream(ReadProblem.values()).map(problem -> new Code(problem.code(), problem.severity(),
        problem == ReadProblem.UNKNOWN_MEMBER ? "; a warning when reading leniently" : "", problem::messageTemplate,
        problem::explanation)).toList();
  }

  /** The migration's notes, in declaration order. */
  static List<Code> notes() {
    return Arrays.stream(MigrationNote.values()).map(note -> new Code(note.code(), note.severity(), "",
        note::messageTemplate, note::explanation)).toList();
  }

  /** A table of codes, then one section per code: GitHub gives each heading the anchor #<code in lower case>. */
  private static String sections(List<Code> codes) {
    StringBuilder text = new StringBuilder("| code | severity | message (English) |\n|---|---|---|\n");
    for (Code code : codes) {
      text.append("| [`").append(code.code()).append("`](#").append(anchor(code.code())).append(") | ")
          .append(code.severity().code()).append(" | ").append(code.template().apply(Locale.ENGLISH).replace("|", "\\|"))
          .append(" |\n");
    }
    for (Code code : codes) {
      text.append("\n#### ").append(code.code()).append("\n\n")
          .append("Severity: **").append(code.severity().code()).append("** (")
          .append(code.severity().frenchLabel().toLowerCase(Locale.ROOT)).append(")").append(code.note()).append(".\n\n")
          .append("**Français**\n\n> ").append(code.template().apply(Locale.FRENCH)).append("\n\n")
          .append(code.explanation().apply(Locale.FRENCH)).append("\n\n")
          .append("**English**\n\n> ").append(code.template().apply(Locale.ENGLISH)).append("\n\n")
          .append(code.explanation().apply(Locale.ENGLISH)).append("\n");
    }
    return text.append('\n').toString();
  }

  @Test
  void documents_every_problem_code_the_reader_can_emit_with_its_explanation() throws IOException {
    assertRegion("problems", sections(problems()));
  }

  @Test
  void documents_every_note_the_migration_can_emit_with_its_explanation() throws IOException {
    assertRegion("migration", sections(notes()));
  }

  @Test
  void every_problem_and_note_code_has_one_heading_in_format_md_so_its_anchor_exists() throws IOException {
    // GitHub's anchors: lower case, spaces as hyphens, punctuation dropped; a repeated one is numbered.
    List<String> anchors = Files.readString(FORMAT, StandardCharsets.UTF_8).lines()
        .filter(line -> line.matches("#{1,6} .*"))
        .map(line -> line.replaceFirst("#{1,6} ", "").toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList();
    List<Code> codes = new ArrayList<>(problems());
    codes.addAll(notes());
    for (Code code : codes) {
      assertThat(anchors.stream().filter(anchor(code.code())::equals)).as("#" + anchor(code.code())).hasSize(1);
    }
    assertThat(anchors).as("the section RULES.md links to").contains("5-reading-problems-and-their-codes");
  }

  /**
   * The changelog names every member format 1.1 added, replaced, or whose absence 1.0 read otherwise
   * (a default, a required member), and every closed list a new member uses: the format's declaration
   * is the list, and a member declared for 1.1 and left out of the changelog fails here.
   */
  @Test
  void the_changelog_names_every_member_and_code_list_that_changed_in_1_1() throws IOException {
    String document = Files.readString(FORMAT, StandardCharsets.UTF_8);
    int start = document.indexOf("### Changelog");
    assertThat(start).as("FORMAT.md has a changelog").isPositive();
    int end = document.indexOf("\n## ", start);
    String changelog = document.substring(start, end < 0 ? document.length() : end);
    List<String> missing = new ArrayList<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      for (Field<?, ?> field : shape.fieldList()) {
        String member = "`" + shape.name() + "." + field.name() + "`";
        List<String> wanted = new ArrayList<>();
        if (field.replacement().isPresent()) {
          wanted.add(member + " → `" + field.replacement().get() + "`");
        } else if (field.since() == 1 && !replaces(shape, field) || field.defaultValueIn10().isPresent()
            || field.isRequiredIn10()) {
          wanted.add(member);
        }
        if (field.since() == 1) {
          Matcher list = Pattern.compile("\\[(\\w+)]\\(#\\w+\\), closed").matcher(field.shape().documentedType());
          while (list.find()) {
            wanted.add("`" + list.group(1) + "`");
          }
        }
        field.defaultValueIn10().ifPresent(value -> wanted.add(member + " (`"
            + (value instanceof Coded ? ((Coded) value).code() : value) + "`)"));
        wanted.stream().filter(text -> !changelog.contains(text)).forEach(missing::add);
      }
    }
    assertThat(missing).as("in FORMAT.md's changelog").isEmpty();
  }

  /** Whether a member is the one that replaces a 1.0 member, which the changelog names with it. */
  private static boolean replaces(ObjectShape<?, ?> shape, Field<?, ?> field) {
    return shape.fieldList().stream().anyMatch(other -> other.replacement().filter(field.name()::equals).isPresent());
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
