package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole numbers and amounts at the bounds of their members: the bound itself is read as it is written,
 * written as a number, as an integral float or as text by hand; one past it is out of range, and text
 * beyond what a reading may hold has no suggestion and leaves the value unread.
 */
class NumberBoundsTest {

  /** A 1.1 document, {@code more} inserted after its territory. */
  private static String document(String more) {
    return "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{}" + more + "}";
  }

  private static ReadResult read(String more) {
    return ContractJson.reader().read(document(more));
  }

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  private static String at(String more, String value) {
    return "1:" + (document(more).indexOf(value) + 1);
  }

  @Test
  void an_int_member_reads_both_bounds_exactly_however_they_are_written() {
    for (String written : List.of("2147483647", "2147483647.0", "2.147483647e9", "21474836470e-1")) {
      ReadResult result = read(",\"generation\":" + written);

      assertThat(findings(result)).as(written).isEmpty();
      assertThat(result.contract().orElseThrow().generation()).as(written).contains(Integer.MAX_VALUE);
    }
    for (String written : List.of("-2147483648", "-2147483648.0", "-2.147483648e9")) {
      ReadResult result = read(",\"generation\":" + written);

      assertThat(findings(result)).as(written).isEmpty();
      assertThat(result.contract().orElseThrow().generation()).as(written).contains(Integer.MIN_VALUE);
    }
  }

  @Test
  void one_past_an_int_bound_is_out_of_range_and_unread() {
    for (String written : List.of("2147483648", "-2147483649", "2147483648.0", "-2.147483649e9", "9223372036854775808")) {
      String more = ",\"generation\":" + written;
      ReadResult result = read(more);

      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-NUMBER-OUT-OF-RANGE error /generation "
          + at(more, written) + " number=" + written + " min=-2147483648 max=2147483647");
      assertThat(result.contract().orElseThrow().generation()).as(written).isEmpty();
      assertThat(result.unreadable()).as(written).containsExactly("/generation");
    }
  }

  @Test
  void a_safe_integer_member_reads_up_to_two_to_the_53_minus_one() {
    ReadResult largest = ContractJson.reader()
        .read(document("").replace("\"territory\":{}", "\"territory\":{\"population\":9007199254740991}"));
    assertThat(findings(largest)).isEmpty();
    assertThat(largest.contract().orElseThrow().territory().population()).contains(9007199254740991L);

    String tooLarge = document("").replace("\"territory\":{}", "\"territory\":{\"population\":-9007199254740992}");
    assertThat(findings(ContractJson.reader().read(tooLarge))).containsExactly("CLS-JSON-NUMBER-OUT-OF-RANGE error "
        + "/territory/population 1:" + (tooLarge.indexOf("-900") + 1)
        + " number=-9007199254740992 min=-9007199254740991 max=9007199254740991");
  }

  @Test
  void a_whole_number_written_as_text_is_read_as_meant_within_the_bounds_only() {
    String more = ",\"generation\":\"2 147 483 647\",\"announcedAxisCount\":\"-3\"";
    ReadResult result = read(more);

    // Findings come in the order of their pointers.
    assertThat(findings(result)).containsExactly(
        "CLS-JSON-WRONG-TYPE error /announcedAxisCount " + at(more, "\"-3\"") + " expected=integer actual=string"
            + " value=-3 suggestion=-3",
        "CLS-JSON-WRONG-TYPE error /generation " + at(more, "\"2 147") + " expected=integer actual=string"
            + " value=2 147 483 647 suggestion=2147483647");
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.generation()).contains(Integer.MAX_VALUE);
    assertThat(contract.announcedAxisCount()).contains(-3);

    String past = ",\"generation\":\"2 147 483 648\"";
    ReadResult unread = read(past);
    assertThat(findings(unread)).containsExactly("CLS-JSON-WRONG-TYPE error /generation " + at(past, "\"2 147")
        + " expected=integer actual=string value=2 147 483 648");
    assertThat(unread.unreadable()).containsExactly("/generation");
  }

  @Test
  void a_reading_of_a_whole_number_holds_what_its_member_holds_and_one_of_euros_thirteen_digits() {
    for (String written : List.of("9 007 199 254 740 991", "9007199254740991", "-9007199254740991",
        "0009007199254740991", "000000000000000000000000000001")) {
      String more = document("").replace("\"territory\":{}", "\"territory\":{\"population\":\"" + written + "\"}");
      ReadResult result = ContractJson.reader().read(more);
      long meant = Long.parseLong(written.replace(" ", ""));
      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-WRONG-TYPE error /territory/population 1:"
          + (more.indexOf("\"" + written) + 1) + " expected=integer actual=string value=" + written
          + " suggestion=" + meant);
      assertThat(result.contract().orElseThrow().territory().population()).as(written).contains(meant);
    }
    for (String written : List.of("9 007 199 254 740 992", "-9007199254740992", "999999999999999999",
        "9999999999999999999", "99999999999999999999999")) {
      String more = document("").replace("\"territory\":{}", "\"territory\":{\"population\":\"" + written + "\"}");
      ReadResult result = ContractJson.reader().read(more);
      assertThat(findings(result)).as(written).containsExactly("CLS-JSON-WRONG-TYPE error /territory/population 1:"
          + (more.indexOf("\"" + written) + 1) + " expected=integer actual=string value=" + written);
      assertThat(result.contract().orElseThrow().territory().population()).as(written).isEmpty();
    }

    String thirteen = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":\"9 999 999 999 999,99 €\"}]";
    ReadResult euros = read(thirteen);
    assertThat(findings(euros)).containsExactly("CLS-JSON-WRONG-TYPE error /actionSheets/0/budget " + at(thirteen, "\"9 999")
        + " expected=euros actual=string value=9 999 999 999 999,99 € suggestion=9999999999999.99");
    assertThat(euros.contract().orElseThrow().actionSheets().get(0).budget())
        .contains(EuroAmount.ofCents(999_999_999_999_999L));
    String fourteen = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":\"10 000 000 000 000 €\"}]";
    assertThat(read(fourteen).contract().orElseThrow().actionSheets().get(0).budget()).isEmpty();
  }

  @Test
  void a_negative_amount_written_as_text_is_read_negative_in_euros_and_in_cents() {
    String euros = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":\"-1 500,5 €\"}]";
    assertThat(read(euros).contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofCents(-150050));
    assertThat(findings(read(euros))).singleElement().asString().endsWith(" suggestion=-1500.5");

    String cents = "{\"schemaVersion\":\"1.0\",\"id\":\"cls\",\"status\":\"signed\",\"leadArs\":\"24\",\"territory\":{},"
        + "\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":\"-12 €\"}]}";
    ReadResult result = ContractJson.reader().read(cents);
    assertThat(findings(result)).containsExactly("CLS-JSON-WRONG-TYPE error /actionSheets/0/budgetCents 1:"
        + (cents.indexOf("\"-12") + 1) + " expected=cents actual=string value=-12 € suggestion=-1200");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofCents(-1200));
  }

  @Test
  void an_amount_in_euros_reads_its_largest_value_and_refuses_one_cent_more() {
    String largest = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":-9999999999999.99}]";
    ReadResult result = read(largest);
    assertThat(findings(result)).isEmpty();
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget())
        .contains(EuroAmount.ofCents(-999_999_999_999_999L));

    String past = ",\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":10000000000000}]";
    assertThat(findings(read(past))).containsExactly("CLS-JSON-NUMBER-OUT-OF-RANGE error /actionSheets/0/budget "
        + at(past, "1000") + " number=10000000000000 min=-9999999999999.99 max=9999999999999.99");
  }
}
