package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message the SDK can render in French, for every code and every variant, with representative
 * parameters (each value a {term} placeholder can take among them), reads as French: no English type
 * word, no Java class or list name, no placeholder left, no JSON jargon such as « membre ».
 */
class FrenchWordingTest {

  private static final Path SERIALIZATION = Path.of("../cls-serialization/src/main/resources/io/github/clsante/serialization");
  private static final Path VALIDATION = Path.of("src/main/resources/io/github/clsante/validation");

  /** Words that are not French in a French sentence: type names, Java, JSON's own vocabulary. */
  private static final Pattern FORBIDDEN = Pattern.compile(
      "\\b(integer|string|boolean|object|array|double|long|int|expected|found|null pointer|membre|member)\\b"
          + "|\\b(?!NaN\\b)[A-Z][a-z]+[A-Z][A-Za-z]*\\b" // CamelCase: ContractStatus, IOException (NaN is JSON's)
          + "|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]"              // java.lang.X
          + "|\\{[A-Za-z]+(,[a-z]+)?}");                  // a placeholder left

  /** The values each placeholder with a {@code term} or {@code terms} format can take. */
  private static final Map<String, List<String>> DOMAINS = Map.of(
      "expected", List.of("string", "integer", "number", "boolean", "object", "array", "cents", "euros", "date", "code",
          "indicator_value"),
      "actual", List.of("string", "number", "boolean", "object", "array", "null"),
      "list", List.of("ContractStatus", "Region", "SheetStatus", "Priority", "ParticipationLevel", "SignatoryRole",
          "BudgetNature", "SheetNumbering", "ObjectiveLevel", "CollectionFrequency", "Direction", "MeasureKind",
          "ContractKind", "FormerRegion", "PartyCategory"),
      "member", List.of("formatVersion", "id", "status", "leadArs", "territory", "title", "name", "partyId", "party",
          "scheme", "value", "kind", "language", "text", "level", "nature", "description"),
      "missing", List.of("ars", "local_authority", "ars, local_authority", "baseline", "target", "baseline, target"));

  static Properties load(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static MessageCatalog catalog(Path folder, String base) {
    return new MessageCatalog(name -> {
      try {
        return Files.newInputStream(folder.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, base);
  }

  /**
   * Each template rendered with each value its term placeholders can take (the same value for every
   * placeholder of that name), other values neutral.
   */
  private static Map<String, String> rendered(Path folder, String base) {
    MessageCatalog catalog = catalog(folder, base);
    Properties french = load(folder.resolve(base + "_fr.properties"));
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : new TreeSet<>(french.stringPropertyNames())) {
      if (key.startsWith("term.")) {
        continue;
      }
      String template = french.getProperty(key);
      Matcher placeholder = Pattern.compile("\\{([A-Za-z]+)(?:,([a-z]+))?}").matcher(template);
      Map<String, String> params = new HashMap<>();
      List<String> varying = new ArrayList<>();
      while (placeholder.find()) {
        params.put(placeholder.group(1), "2022-01-25");
        if ("term".equals(placeholder.group(2)) || "terms".equals(placeholder.group(2))) {
          assertThat(DOMAINS).as("the values of {%s} in %s", placeholder.group(1), key).containsKey(placeholder.group(1));
          if (!varying.contains(placeholder.group(1))) {
            varying.add(placeholder.group(1));
          }
        }
      }
      combine(key, template, params, varying, 0, catalog, texts);
    }
    return texts;
  }

  /** Every combination of the values of the varying placeholders. */
  private static void combine(String key, String template, Map<String, String> params, List<String> varying, int at,
      MessageCatalog catalog, Map<String, String> texts) {
    if (at == varying.size()) {
      texts.put(key + params.entrySet().stream().filter(e -> varying.contains(e.getKey())).map(Object::toString)
          .sorted().toList(), catalog.format(template, params, Locale.FRENCH));
      return;
    }
    for (String value : DOMAINS.get(varying.get(at))) {
      params.put(varying.get(at), value);
      combine(key, template, params, varying, at + 1, catalog, texts);
    }
  }

  @Test
  void every_french_message_of_the_reader_reads_as_french() {
    assertNoForbiddenWord(rendered(SERIALIZATION, "messages"));
  }

  @Test
  void every_french_message_of_the_rules_reads_as_french() {
    assertNoForbiddenWord(rendered(VALIDATION, "rules"));
  }

  @Test
  void every_place_word_reads_as_french() {
    Properties places = load(VALIDATION.resolve("internal/places_fr.properties"));
    Map<String, String> texts = new LinkedHashMap<>();
    places.stringPropertyNames().forEach(key -> texts.put(key,
        places.getProperty(key).replace("{n}", "3").replace("{title}", "Titre").replace("[[", "").replace("]]", "")));
    assertNoForbiddenWord(texts);
  }

  @Test
  void the_scan_catches_what_it_is_for() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("type", "Type attendu : integer");
    bad.put("list", "ne fait pas partie de la liste ContractStatus");
    bad.put("java", "erreur java.io.IOException");
    bad.put("left", "le champ {member}");
    bad.put("jargon", "Le membre « x »");
    bad.put("quoted", "Le champ « partyId » est absent");
    List<String> caught = new ArrayList<>();
    bad.forEach((key, text) -> {
      if (FORBIDDEN.matcher(ownWords(text)).find()) {
        caught.add(key);
      }
    });
    assertThat(caught).containsExactly("type", "list", "java", "left", "jargon");
  }

  /** What a file holds is quoted « like this »: the scan reads the SDK's own words only. */
  private static String ownWords(String text) {
    return text.replaceAll("«[^»]*»", "«»");
  }

  private static void assertNoForbiddenWord(Map<String, String> texts) {
    assertThat(texts).isNotEmpty();
    Map<String, String> offending = new LinkedHashMap<>();
    texts.forEach((key, text) -> {
      Matcher matcher = FORBIDDEN.matcher(ownWords(text));
      if (matcher.find()) {
        offending.put(key, matcher.group() + " in: " + text);
      }
    });
    assertThat(offending).isEmpty();
  }
}
