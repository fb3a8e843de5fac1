package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names made of long runs of underscores, dots or dashes (a template's blank) are told from real names
 * in a moment: the rule's pattern once backtracked for seconds on a few thousand underscores, hours on
 * the reader's longest string.
 */
class LongPlaceholderNamesTest {

  private static final Path TRIGGERS = RuleFixturesTest.RULES.resolve("CLS-NAME-PLACEHOLDER/triggers.json");

  @Test
  void a_blank_of_a_hundred_thousand_underscores_is_a_placeholder_found_in_a_moment() throws Exception {
    String blank = "M. " + "_".repeat(100_000);
    String notBlank = "Communauté de communes " + "_".repeat(100_000) + "x";
    byte[] document = Files.readString(TRIGGERS, StandardCharsets.UTF_8)
        .replace("\"name\": \"XXX\"", "\"name\": \"" + blank + "\"")
        .replace("\"name\": \"Communauté de communes du Blaisois\"", "\"name\": \"" + notBlank + "\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ContractValidator.standard().validate(document));

    assertThat(report.findings())
        .extracting(Finding::code, Finding::severity, Finding::pointer, f -> f.location().orElseThrow(), Finding::params)
        .containsExactly(tuple("CLS-NAME-PLACEHOLDER", Severity.WARNING, "/signatories/1/representative/name",
            SourceLocation.of(33, 17), Map.of("name", blank)));
  }
}
