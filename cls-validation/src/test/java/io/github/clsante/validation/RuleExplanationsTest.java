package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The explanations of every code the SDK reports (the rules, {@link ValidationReport#INTERNAL_ERROR},
 * {@link ValidationReport#TRUNCATED},
 * the reader's problems and the migration's notes): present in both languages, and French written for
 * the people who correct the files, in French words and French typography.
 */
class RuleExplanationsTest {

  private static final Locale[] LANGUAGES = {Locale.FRENCH, Locale.ENGLISH};

  /** Every code the SDK reports, in catalogue order: a validation report's, then a migration's. */
  static List<String> allCodes() {
    List<String> codes = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);
    codes.addAll(ReadProblem.codes());
    codes.addAll(MigrationNote.codes());
    return codes;
  }

  @Test
  void every_rule_and_the_internal_error_have_a_french_and_an_english_explanation_that_differ() {
    for (Rule rule : Rule.values()) {
      String french = rule.explanation(Locale.FRENCH);
      String english = rule.explanation(Locale.ENGLISH);

      assertThat(french).as(rule.code()).isNotBlank().isNotEqualTo(english);
      assertThat(english).as(rule.code()).isNotBlank();
      assertThat(FindingMessages.explanation(rule.code(), Locale.FRENCH)).contains(french);
    }
    String french = FindingMessages.explanation(ValidationReport.INTERNAL_ERROR, Locale.FRENCH).orElseThrow();
    String english = FindingMessages.explanation(ValidationReport.INTERNAL_ERROR, Locale.ENGLISH).orElseThrow();
    assertThat(french).isNotBlank().isNotEqualTo(english);
    assertThat(english).isNotBlank();
  }

  @Test
  void the_report_explains_every_code_it_can_hold_and_no_other() {
    for (ReadProblem problem : ReadProblem.values()) {
      for (Locale locale : LANGUAGES) {
        assertThat(FindingMessages.explanation(problem.code(), locale)).as(problem.code())
            .contains(problem.explanation(locale));
      }
    }
    for (MigrationNote note : MigrationNote.values()) {
      for (Locale locale : LANGUAGES) {
        assertThat(FindingMessages.explanation(note.code(), locale)).as(note.code()).contains(note.explanation(locale));
      }
    }
    for (String code : allCodes()) {
      for (Locale locale : LANGUAGES) {
        String text = FindingMessages.explanation(code, locale).orElseThrow();
        assertThat(text).as(code + " " + locale).isNotBlank().doesNotContain("{", "}");
        assertThat(text.length()).as(code + " " + locale + ": a few sentences").isLessThanOrEqualTo(800);
      }
    }
    assertThat(FindingMessages.explanation("CLS-NOPE", Locale.FRENCH)).isEmpty();
  }

  @Test
  void the_explanation_files_have_exactly_the_rule_codes_the_internal_error_and_the_truncation_each_once()
      throws IOException {
    Set<String> codes = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);
    for (String language : new String[] {"fr", "en"}) {
      Set<String> duplicates = new TreeSet<>();
      Properties file = load("explanations_" + language + ".properties", duplicates);

      assertThat(new TreeSet<>(file.stringPropertyNames())).as(language + ": no stale or missing key").isEqualTo(codes);
      assertThat(duplicates).as(language + ": a key given twice hides its first text").isEmpty();
    }
  }

  @Test
  void french_explanations_have_no_english_word_type_word_or_java_name() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String code : allCodes()) {
      List<String> words = FrenchProse.foreignWords(FindingMessages.explanation(code, Locale.FRENCH).orElseThrow());
      if (!words.isEmpty()) {
        found.put(code, words);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void french_explanations_follow_french_typography() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String code : allCodes()) {
      List<String> faults = FrenchProse.typographyFaults(FindingMessages.explanation(code, Locale.FRENCH).orElseThrow());
      if (!faults.isEmpty()) {
        found.put(code, faults);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void explanations_are_plain_text_safe_in_a_terminal_and_in_markdown() {
    for (String code : allCodes()) {
      for (Locale locale : LANGUAGES) {
        String text = FindingMessages.explanation(code, locale).orElseThrow();
        assertThat(text).as(code + " " + locale).doesNotContain("*", "`", "<", ">", "[", "]", "|", "#", "\\")
            .doesNotContainPattern("\\p{Cntrl}").doesNotStartWith(" ").doesNotEndWith(" ");
      }
    }
  }

  @Test
  void the_french_checks_catch_what_they_are_for() {
    assertThat(FrenchProse.foreignWords("Le champ doit être un integer, pas une string ou null."))
        .containsExactly("integer", "string", "null");
    assertThat(FrenchProse.foreignWords("The value should be given : voir ContractStatus et ActionSheet."))
        .containsExactly("The", "should", "ContractStatus", "ActionSheet");
    assertThat(FrenchProse.foreignWords("Mettez « status » à « in_force » et « schemaVersion » à « 1.0 »."))
        .isEmpty();
    assertThat(FrenchProse.typographyFaults("Écrivez « 24 » : c'est le code ; voyez-vous ? 12 000 € ou 5 %"))
        .hasSize(9);
    assertThat(FrenchProse.typographyFaults(
        "Écrivez\u00a0«\u00a024\u00a0»\u202f: c’est le code\u202f; voyez-vous\u202f? 12\u202f000\u00a0€ ou 5\u00a0%"))
        .isEmpty();
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
    try (InputStream in = ValidationReport.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** What a French text for people must not hold, and the typography it must follow. */
  static final class FrenchProse {

    /** JSON and programming type words, and English words no French sentence needs. */
    private static final Set<String> FOREIGN = Set.of("integer", "string", "boolean", "object", "array", "null",
        "the", "must", "should", "is", "are", "and", "with", "not", "this", "field", "member");

    /** A word as wire codes and field names write it: letters, digits and underscores ({@code in_force}). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** A Java type name: two capitalised parts or more ({@code ContractStatus}), or a JDK word. */
    private static final Pattern JAVA_NAME =
        Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)+|Exception|Error|java|jakarta");

    private FrenchProse() {}

    /**
     * Returns the English, JSON-type and Java words of a French text.
     *
     * @param text the text
     * @return the words found, in order
     */
    static List<String> foreignWords(String text) {
      List<String> found = new ArrayList<>();
      Matcher words = WORD.matcher(text);
      while (words.find()) {
        String word = words.group();
        if (FOREIGN.contains(word.toLowerCase(Locale.ROOT)) || JAVA_NAME.matcher(word).matches()) {
          found.add(word);
        }
      }
      if (text.contains("io.github.")) {
        found.add("io.github.");
      }
      return found;
    }

    /**
     * Returns the typography faults of a French text: « and » without a no-break space inside; ; : ! ?
     * without a narrow (or plain) no-break space before; an ASCII apostrophe; a number, euro or percent
     * sign set with a breaking space.
     *
     * @param text the text
     * @return a description of each fault, in order
     */
    static List<String> typographyFaults(String text) {
      List<String> faults = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        String around = text.substring(Math.max(0, i - 12), Math.min(text.length(), i + 12));
        if (c == '«' && (i + 1 >= text.length() || text.charAt(i + 1) != '\u00a0')) {
          faults.add("« without a no-break space after it: " + around);
        } else if (c == '»' && (i == 0 || text.charAt(i - 1) != '\u00a0')) {
          faults.add("» without a no-break space before it: " + around);
        } else if (";:!?".indexOf(c) >= 0 && (i == 0 || "\u202f\u00a0".indexOf(text.charAt(i - 1)) < 0)) {
          faults.add(c + " without a narrow no-break space before it: " + around);
        } else if (c == '\'') {
          faults.add("ASCII apostrophe instead of ’: " + around);
        } else if ((c == '€' || c == '%') && i > 0 && text.charAt(i - 1) == ' ') {
          faults.add(c + " after a breaking space: " + around);
        }
      }
      Matcher thousands = Pattern.compile("\\d \\d{3}(?!\\d)").matcher(text);
      while (thousands.find()) {
        faults.add("thousands separated by a breaking space: " + thousands.group());
      }
      return faults;
    }
  }
}
