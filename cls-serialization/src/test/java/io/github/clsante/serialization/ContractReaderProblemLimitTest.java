package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The limit of problems a read keeps ({@link ContractReader#withMaxProblems(int)}): past it, problems are
 * counted, not kept, and one {@code CLS-JSON-TOO-MANY-PROBLEMS} says how many were left out, so that a
 * file with a million mistakes gives a result of a bounded size.
 */
class ContractReaderProblemLimitTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},";

  /** A document with {@code count} unknown members {@code u0}, {@code u1}… before {@code rest}. */
  private static String unknownMembers(int count, String rest) {
    StringBuilder json = new StringBuilder(START);
    for (int i = 0; i < count; i++) {
      json.append("\"u").append(i).append("\":").append(i).append(',');
    }
    return json.append(rest).toString();
  }

  private static List<String> described(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  private static Finding tooMany(ReadResult result) {
    List<Finding> found = result.report().findingsWithCode(ReadProblem.TOO_MANY_PROBLEMS.code());
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void past_the_limit_problems_are_counted_and_the_first_ones_kept() {
    ReadResult result = ContractJson.reader().withMaxProblems(10).read(unknownMembers(25, "\"title\":\"T\"}"));

    List<String> lines = described(result);
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).isEqualTo("CLS-JSON-TOO-MANY-PROBLEMS error - - limit=10 omitted=15 errors=15");
    for (int i = 0; i < 10; i++) {
      // The report orders members by name: u0, u1, u2… u9 are the first ten of the document.
      assertThat(lines).contains("CLS-JSON-UNKNOWN-MEMBER error /u" + i + " 1:"
          + (unknownMembers(i, "").length() + 1) + " member=u" + i);
    }
    // Unknown members leave nothing unreadable: the contract is read all the same.
    assertThat(result.contract()).isPresent();
    assertThat(result.contract().get().title()).contains("T");
  }

  @Test
  void the_finding_says_how_many_were_left_out_in_french_and_english() {
    Finding finding = tooMany(ContractJson.reader().withMaxProblems(10).read(unknownMembers(25, "\"title\":\"T\"}")));

    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Le fichier a trop de problèmes pour les "
        + "lister tous\u202f: seuls 10 sont listés, les erreurs d’abord\u202f; problèmes non listés\u202f: 15 (erreurs\u202f: 15).");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH)).isEqualTo("The file has too many problems to list "
        + "them all: only 10 are listed, errors first; problems not listed: 15 (errors: 15).");
  }

  @Test
  void the_default_limit_is_ten_thousand() {
    ReadResult result = ContractJson.reader().read(unknownMembers(10_003, "\"title\":\"T\"}"));

    assertThat(ContractReader.DEFAULT_MAX_PROBLEMS).isEqualTo(10_000);
    assertThat(result.report().findings()).hasSize(10_001);
    assertThat(tooMany(result).params()).containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of("limit", "10000", "omitted", "3", "errors", "3"));
    assertThat(FindingMessages.message(tooMany(result), Locale.FRENCH)).contains("seuls 10\u202f000 sont listés");
  }

  @Test
  void at_the_limit_nothing_is_left_out() {
    ReadResult result = ContractJson.reader().withMaxProblems(10).read(unknownMembers(10, "\"title\":\"T\"}"));

    assertThat(result.report().findings()).hasSize(10)
        .noneMatch(f -> f.code().equals(ReadProblem.TOO_MANY_PROBLEMS.code()));
  }

  @Test
  void warnings_left_out_make_a_warning_and_the_read_stays_valid() {
    ReadResult result = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).withMaxProblems(10)
        .read(unknownMembers(12, "\"title\":\"T\"}"));

    Finding finding = tooMany(result);
    assertThat(ReadProblemCorpusTest.describe(finding)).isEqualTo("CLS-JSON-TOO-MANY-PROBLEMS warning - - limit=10 omitted=2");
    assertThat(FindingMessages.message(finding, Locale.FRENCH)).endsWith("problèmes non listés\u202f: 2.");
    assertThat(result.isValid()).isTrue();
    assertThat(result.contract()).isPresent();
  }

  @Test
  void errors_take_the_place_of_the_last_warnings_kept() {
    // Twelve unknown members read leniently (warnings), then three sheets that are not objects (errors).
    String json = unknownMembers(12, "\"actionSheets\":[1,2,3]}");

    ReadResult result = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).withMaxProblems(10).read(json);

    assertThat(result.report().findingsWithCode(ReadProblem.WRONG_TYPE.code())).extracting(Finding::pointer)
        .containsExactly("/actionSheets/0", "/actionSheets/1", "/actionSheets/2");
    assertThat(result.report().findingsWithCode(ReadProblem.UNKNOWN_MEMBER.code()))
        .extracting(f -> f.params().get("member")).containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    assertThat(ReadProblemCorpusTest.describe(tooMany(result)))
        .isEqualTo("CLS-JSON-TOO-MANY-PROBLEMS warning - - limit=10 omitted=5");
    // No error was left out: the unreadable sheets are all listed, and the contract is given.
    assertThat(result.unreadable()).containsExactly("/actionSheets/0", "/actionSheets/1", "/actionSheets/2");
    assertThat(result.contract()).isPresent();
  }

  @Test
  void a_newer_minor_version_said_after_the_limit_makes_the_unknown_members_left_out_warnings() {
    String json = unknownMembers(13, "\"title\":\"T\"}").replace("\"formatVersion\":\"1.1\",", "")
        .replace("\"title\":\"T\"}", "\"title\":\"T\",\"formatVersion\":\"1.9\"}");

    ReadResult result = ContractJson.reader().withMaxProblems(10).read(json);

    assertThat(result.report().findingsWithCode(ReadProblem.NEWER_VERSION.code())).hasSize(1);
    assertThat(result.report().findingsWithCode(ReadProblem.UNKNOWN_MEMBER.code()))
        .hasSize(10).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(ReadProblemCorpusTest.describe(tooMany(result)))
        .isEqualTo("CLS-JSON-TOO-MANY-PROBLEMS warning - - limit=10 omitted=3");
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void an_error_left_out_before_an_unreadable_value_gives_no_contract() {
    StringBuilder sheets = new StringBuilder("\"title\":\"T\",\"actionSheets\":[");
    for (int i = 0; i < 30; i++) {
      sheets.append(i == 0 ? "" : ",").append(i);
    }
    ReadResult result = ContractJson.reader().withMaxProblems(10).read(START + sheets + "]}");

    assertThat(result.report().findingsWithCode(ReadProblem.WRONG_TYPE.code())).hasSize(10)
        .extracting(Finding::pointer).containsExactly("/actionSheets/0", "/actionSheets/1", "/actionSheets/2",
            "/actionSheets/3", "/actionSheets/4", "/actionSheets/5", "/actionSheets/6", "/actionSheets/7",
            "/actionSheets/8", "/actionSheets/9");
    assertThat(tooMany(result).params()).containsEntry("omitted", "20").containsEntry("errors", "20");
    // The placeholders of the sheets past the limit are not listed as unreadable: the rules could not
    // tell them from sheets read, so the contract is not given.
    assertThat(result.contract()).isEmpty();
  }

  @Test
  void errors_left_out_with_nothing_unreadable_after_them_keep_the_contract() {
    // The unreadable sheets come first, within the limit; the problems left out are unknown members.
    ReadResult result = ContractJson.reader().withMaxProblems(10)
        .read(START + "\"actionSheets\":[1,2],\"title\":\"T\"," + unknownMembers(12, "\"status\":\"signed\"}").substring(START.length()));

    assertThat(tooMany(result).params()).containsEntry("omitted", "4");
    assertThat(result.contract()).isPresent();
    assertThat(result.unreadable()).containsExactly("/actionSheets/0", "/actionSheets/1");
  }

  @Test
  void the_problem_that_stops_the_read_is_kept_past_the_limit() {
    String cut = unknownMembers(15, "\"title\":\"T\"");
    ReadResult result = ContractJson.reader().withMaxProblems(10).read(cut);

    // The document ends before its closing brace: located at its end, just after the last value.
    assertThat(described(result)).contains("CLS-JSON-TOO-MANY-PROBLEMS error - - limit=10 omitted=5 errors=5",
        "CLS-JSON-SYNTAX error /title 1:" + (cut.length() + 1) + " problem=unclosed expected=}");
    assertThat(result.report().findings()).hasSize(12);
  }

  @Test
  void a_misnamed_member_past_the_limit_is_still_read_as_meant() {
    ReadResult result = ContractJson.reader().withMaxProblems(10).read(unknownMembers(12, "\"titre\":\"Titre\"}"));

    assertThat(result.contract().orElseThrow().title()).contains("Titre");
    assertThat(tooMany(result).params()).containsEntry("omitted", "3");
  }

  @Test
  void errors_take_the_place_of_every_warning_down_to_the_first() {
    // Ten warnings fill the list, then eleven errors: the ten warnings make room, the first included.
    String json = unknownMembers(10, "\"actionSheets\":[1,2,3,4,5,6,7,8,9,10,11]}");

    ReadResult result = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).withMaxProblems(10).read(json);

    assertThat(result.report().findingsWithCode(ReadProblem.UNKNOWN_MEMBER.code())).isEmpty();
    assertThat(result.report().findingsWithCode(ReadProblem.WRONG_TYPE.code())).extracting(Finding::pointer)
        .containsExactly("/actionSheets/0", "/actionSheets/1", "/actionSheets/2", "/actionSheets/3", "/actionSheets/4",
            "/actionSheets/5", "/actionSheets/6", "/actionSheets/7", "/actionSheets/8", "/actionSheets/9");
    assertThat(ReadProblemCorpusTest.describe(tooMany(result)))
        .isEqualTo("CLS-JSON-TOO-MANY-PROBLEMS error - - limit=10 omitted=11 errors=1");
    assertThat(result.contract()).isEmpty();
  }

  @Test
  void the_limit_is_at_least_ten() {
    assertThatThrownBy(() -> ContractJson.reader().withMaxProblems(9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the limit of problems must be at least 10: 9");
    assertThat(ContractJson.reader().withMaxProblems(10).toString()).contains("maxProblems=10");
  }
}
