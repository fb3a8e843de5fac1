package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every reader problem and every migration note has its explanation, in French and English, and the
 * explanation files hold nothing else. The wording of the French texts (no English, French typography)
 * is checked with every other code's by {@code RuleExplanationsTest} in the validation module, which
 * sees the whole catalogue.
 */
class ReadProblemExplanationsTest {

  private static final Locale[] LANGUAGES = {Locale.FRENCH, Locale.ENGLISH};

  /** Every code of this module with its explanation: the reader's problems, then the migration's notes. */
  static Map<String, Function<Locale, String>> explained() {
    Map<String, Function<Locale, String>> codes = new LinkedHashMap<>();
    for (ReadProblem problem : ReadProblem.values()) {
      codes.put(problem.code(), problem::explanation);
    }
    for (MigrationNote note : MigrationNote.values()) {
      codes.put(note.code(), note::explanation);
    }
    return codes;
  }

  @Test
  void every_problem_and_note_has_a_french_and_an_english_explanation_that_differ() {
    explained().forEach((code, explanation) -> {
      String french = explanation.apply(Locale.FRENCH);
      String english = explanation.apply(Locale.ENGLISH);

      assertThat(french).as(code).isNotBlank().isNotEqualTo(english);
      assertThat(english).as(code).isNotBlank();
      assertThat(explanation.apply(Locale.CANADA_FRENCH)).as("any French locale").isEqualTo(french);
      assertThat(explanation.apply(Locale.GERMAN)).as("English otherwise").isEqualTo(english);
    });
  }

  @Test
  void explanations_have_no_placeholder_and_stay_short() {
    explained().forEach((code, explanation) -> {
      for (Locale locale : LANGUAGES) {
        String text = explanation.apply(locale);
        assertThat(text).as(code + " " + locale).doesNotContain("{", "}");
        assertThat(text.length()).as(code + " " + locale + ": a few sentences").isLessThanOrEqualTo(800);
      }
    });
  }

  @Test
  void the_explanation_files_have_exactly_the_problem_and_note_codes_each_once() throws IOException {
    Set<String> codes = new TreeSet<>(explained().keySet());
    for (String language : new String[] {"fr", "en"}) {
      Set<String> duplicates = new TreeSet<>();
      Properties file = load("explanations_" + language + ".properties", duplicates);

      assertThat(new TreeSet<>(file.stringPropertyNames())).as(language).isEqualTo(codes);
      assertThat(duplicates).as(language + ": a key given twice hides its first text").isEmpty();
    }
  }

  /** Loads a properties file of this package as the catalogue does (UTF-8), noting keys given twice. */
  static Properties load(String name, Set<String> duplicates) throws IOException {
    @SuppressWarnings("serial")
    Properties properties = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          duplicates.add((String) key);
        }
        return super.put(key, value);
      }
    };
    try (InputStream in = ReadProblem.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
