package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Values people write by hand in the wrong form: each gives one finding at the value, quoting it (80
 * characters at most) and suggesting the right form when the value means one thing only, and is read
 * as meant; a value that means nothing certain has no suggestion and is left unread.
 */
class HandWrittenValuesTest {

  private static String document(String more) {
    return "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{}" + more + "}";
  }

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  private static String signatureDate(String written) {
    return ",\"signatureDate\":\"" + written + "\"";
  }

  @Test
  void a_date_written_the_french_way_is_read_as_the_day_month_or_year_it_names() {
    Map<String, String> readings = Map.of(
        "25/01/2022", "2022-01-25",
        "5.1.2022", "2022-01-05",
        "01/2022", "2022-01",
        "3-2023", "2023-03",
        "janvier 2022", "2022-01",
        "1er février 2022", "2022-02-01",
        "25 Décembre 2021", "2021-12-25",
        "2 aout 2020", "2020-08-02");
    readings.forEach((written, date) -> {
      String more = signatureDate(written);
      ReadResult result = ContractJson.reader().read(document(more));

      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-INVALID-DATE error /signatureDate 1:"
          + (document(more).indexOf("\"" + written) + 1) + " value=" + written + " suggestion=" + date);
      assertThat(result.contract().orElseThrow().signatureDate()).as(written).contains(PartialDate.parse(date));
      assertThat(result.unreadable()).as(written).isEmpty();
    });
  }

  @Test
  void a_date_that_names_no_month_or_no_day_of_the_calendar_is_not_read() {
    for (String written : List.of("vendredi 2022", "31/02/2022", "13/2022", "32 mai 2022", "le 25 janvier", "2022/01/25")) {
      String more = signatureDate(written);
      ReadResult result = ContractJson.reader().read(document(more));

      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-INVALID-DATE error /signatureDate 1:"
          + (document(more).indexOf("\"" + written) + 1) + " value=" + written);
      assertThat(result.contract().orElseThrow().signatureDate()).as(written).isEmpty();
      assertThat(result.unreadable()).as(written).containsExactly("/signatureDate");
    }
  }

  @Test
  void a_year_written_as_a_number_is_read_as_that_year() {
    String more = ",\"signatureDate\":2022";
    ReadResult result = ContractJson.reader().read(document(more));

    assertThat(findings(result)).containsExactly("CLS-JSON-WRONG-TYPE error /signatureDate 1:"
        + (document(more).indexOf("2022") + 1) + " expected=date actual=number value=2022 suggestion=\"2022\"");
    assertThat(result.contract().orElseThrow().signatureDate()).contains(PartialDate.ofYear(2022));
  }

  @Test
  void a_decimal_number_written_as_text_is_read_as_the_number_it_means() {
    Map<String, Double> readings = Map.of("0,5", 0.5, "1.25", 1.25, "-2,75", -2.75, "3", 3.0, "+0,1", 0.1);
    readings.forEach((written, value) -> {
      String more = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetLines\":[{\"nature\":\"operating\","
          + "\"plannedFullTimeEquivalents\":\"" + written + "\"}]}]";
      ReadResult result = ContractJson.reader().read(document(more));

      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-WRONG-TYPE error "
          + "/actionSheets/0/budgetLines/0/plannedFullTimeEquivalents 1:" + (document(more).indexOf("\"" + written) + 1)
          + " expected=number actual=string value=" + written + " suggestion=" + io.github.clsante.serialization.internal
              .Es6Number.format(value));
      Contract contract = result.contract().orElseThrow();
      assertThat(contract.actionSheets().get(0).budgetLines().get(0).plannedFullTimeEquivalents()).as(written).contains(value);
    });
  }

  @Test
  void a_number_in_words_is_not_read() {
    String more = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetLines\":[{\"nature\":\"operating\","
        + "\"plannedFullTimeEquivalents\":\"un demi\"}]}]";
    ReadResult result = ContractJson.reader().read(document(more));

    assertThat(findings(result)).containsExactly("CLS-JSON-WRONG-TYPE error "
        + "/actionSheets/0/budgetLines/0/plannedFullTimeEquivalents 1:" + (document(more).indexOf("\"un demi") + 1)
        + " expected=number actual=string value=un demi");
    assertThat(result.unreadable()).containsExactly("/actionSheets/0/budgetLines/0/plannedFullTimeEquivalents");
  }

  @Test
  void a_finding_quotes_eighty_characters_of_a_value_and_never_half_a_character() {
    String eighty = "d".repeat(80);
    assertThat(value(eighty)).isEqualTo(eighty);
    assertThat(value(eighty + "e")).isEqualTo(eighty + "…");
    // A character outside the BMP (two UTF-16 code units) straddling the 80th unit is left out whole.
    String straddling = "d".repeat(79) + "😀" + "fin";
    assertThat(value(straddling)).isEqualTo("d".repeat(79) + "…");
    String ending = "d".repeat(78) + "😀" + "fin";
    assertThat(value(ending)).isEqualTo("d".repeat(78) + "😀…");
  }

  /** The value a date finding quotes. */
  private static String value(String written) {
    ReadResult result = ContractJson.reader().read(document(signatureDate(written)));
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0).params().get("value");
  }
}
