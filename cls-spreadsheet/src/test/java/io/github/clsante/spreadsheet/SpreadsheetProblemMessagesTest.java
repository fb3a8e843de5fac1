package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.spreadsheet.internal.ImportMessages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code has its French and English message and explanation, with the same placeholders. */
class SpreadsheetProblemMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)");

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void the_catalogue_lists_exactly_the_codes_of_the_enum() {
    assertThat(new ImportMessages().codes()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(SpreadsheetProblem.values()).map(SpreadsheetProblem::code).collect(Collectors.toList()));
    assertThat(FindingMessages.codes()).contains("CLS-SPREADSHEET-UNKNOWN-VALUE", "CLS-JSON-SYNTAX");
  }

  @ParameterizedTest
  @EnumSource(SpreadsheetProblem.class)
  void each_code_has_messages_and_explanations_in_both_languages(SpreadsheetProblem problem) {
    String french = ImportMessages.template(problem.code(), Locale.FRENCH).orElseThrow();
    String english = ImportMessages.template(problem.code(), Locale.ENGLISH).orElseThrow();
    assertThat(placeholders(french)).isEqualTo(placeholders(english));
    assertThat(problem.code()).startsWith("CLS-SPREADSHEET-");
    assertThat(FindingMessages.explanation(problem.code(), Locale.FRENCH).orElseThrow()).hasSizeGreaterThan(80);
    assertThat(FindingMessages.explanation(problem.code(), Locale.ENGLISH).orElseThrow()).hasSizeGreaterThan(80);
    // French typography: no plain space before the high punctuation, no straight double quotes.
    assertThat(french).doesNotContain(" :", " ;", " ?", " !", "\"", "« ", " »");
    assertThat(FindingMessages.explanation(problem.code(), Locale.FRENCH).orElseThrow())
        .doesNotContain(" :", " ;", " ?", " !", "« ", " »");
  }
}
