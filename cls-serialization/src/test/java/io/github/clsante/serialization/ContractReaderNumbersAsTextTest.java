package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.report.Finding;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers written as text in a number member (the full-time equivalents of a budget line): read as
 * meant when a double holds them, else a wrong type with nothing to suggest; never an exception, and in
 * time linear in their digits. A string of 400 digits there made the reader throw (the suggestion was
 * the ECMAScript form of an infinite double), and a string of a million digits took a minute.
 */
class ContractReaderNumbersAsTextTest {

  private static final String POINTER = "/actionSheets/0/budgetLines/0/plannedFullTimeEquivalents";

  private static String document(String fullTimeEquivalents) {
    return "{\"formatVersion\":\"1.1\",\"id\":\"cls-x\",\"leadArs\":\"24\",\"territory\":{},\"actionSheets\":[{"
        + "\"id\":\"fa-1\",\"title\":\"Fiche\",\"budgetLines\":[{\"nature\":\"operating\","
        + "\"plannedFullTimeEquivalents\":\"" + fullTimeEquivalents + "\"}]}]}";
  }

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  @Test
  void a_number_written_as_text_is_read_as_meant_with_its_suggestion() {
    ReadResult result = ContractJson.reader().read(document("1,5"));

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-WRONG-TYPE");
    assertThat(finding.pointer()).isEqualTo(POINTER);
    assertThat(finding.params()).containsExactlyInAnyOrderEntriesOf(
        Map.of("expected", "number", "actual", "string", "value", "1,5", "suggestion", "1.5"));
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budgetLines().get(0)
        .plannedFullTimeEquivalents()).contains(1.5);
  }

  @Test
  void four_hundred_digits_written_as_text_are_a_wrong_type_without_suggestion_not_an_exception() {
    String digits = "9".repeat(400);
    ReadResult result = ContractJson.reader().read(document(digits));

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-WRONG-TYPE");
    assertThat(finding.pointer()).isEqualTo(POINTER);
    assertThat(finding.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(1));
    assertThat(finding.params()).containsOnlyKeys("expected", "actual", "value")
        .containsEntry("expected", "number").containsEntry("actual", "string");
    assertThat(result.unreadable()).containsExactly(POINTER);
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budgetLines().get(0)
        .plannedFullTimeEquivalents()).isEmpty();
  }

  @Test
  void a_million_digits_written_as_text_are_read_in_a_moment() {
    String digits = "1" + "0".repeat(999_000) + ",5";

    ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ContractJson.reader().read(document(digits)));

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-WRONG-TYPE");
    assertThat(finding.params()).doesNotContainKey("suggestion");
  }
}
