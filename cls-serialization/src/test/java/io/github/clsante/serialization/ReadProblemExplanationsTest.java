package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every reader problem has its explanation, in French and English, and the explanation files hold
 * nothing else. The wording of the French texts (no English, French typography) is checked with
 * every other code's by {@code RuleExplanationsTest} in the validation module, which sees the whole
 * catalogue.
 */
class ReadProblemExplanationsTest {

  private static final Locale[] LANGUAGES = {Locale.FRENCH, Locale.ENGLISH};

  @Test
  void every_problem_has_a_french_and_an_english_explanation_that_differ() {
    for (ReadProblem problem : ReadProblem.values()) {
      String french = problem.explanation(Locale.FRENCH);
      String english = problem.explanation(Locale.ENGLISH);

      assertThat(french).as(problem.code()).isNotBlank().isNotEqualTo(english);
      assertThat(english).as(problem.code()).isNotBlank();
      assertThat(problem.explanation(Locale.CANADA_FRENCH)).as("any French locale").isEqualTo(french);
      assertThat(problem.explanation(Locale.GERMAN)).as("English otherwise").isEqualTo(english);
    }
  }

  @Test
  void explanations_have_no_placeholder_and_stay_short() {
    for (ReadProblem problem : ReadProblem.values()) {
      for (Locale locale : LANGUAGES) {
        String text = problem.explanation(locale);
        assertThat(text).as(problem.code() + " " + locale).doesNotContain("{", "}");
        assertThat(text.length()).as(problem.code() + " " + locale + ": a few sentences").isLessThanOrEqualTo(800);
      }
    }
  }

  @Test
  void the_explanation_files_have_exactly_the_problem_codes_each_once() throws IOException {
    Set<String> codes = new TreeSet<>(ReadProblem.codes());
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
