package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.report.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A name whose meaning depends on the format version (« montant »: euros in 1.1, not an amount of 1.0)
 * is read by the version the document writes, even after it: as a text, as a number, not at all (then
 * as the newest version) or in a document broken further on. A document of a newer minor version makes
 * unknown members warnings (ignored), members under another name still read; another major version
 * gives no contract.
 */
class VersionReadBeforeItIsWrittenTest {

  private static final String FUNDING = "{\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{},\"status\":\"signed\","
      + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"F\",\"fundings\":[{\"montant\":12}]}]";
  private static final String MONTANT = "CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/fundings/0/montant 1:115 member=montant";

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  private static Optional<EuroAmount> amount(ReadResult result) {
    return result.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount();
  }

  @Test
  void without_a_version_the_name_is_read_as_the_newest_version_means_it() {
    ReadResult result = ContractJson.reader().read(FUNDING + "}");

    assertThat(findings(result)).containsExactly("CLS-JSON-MISSING-MEMBER error - 1:1 member=formatVersion",
        MONTANT + " suggestion=amount readAs=amount");
    assertThat(amount(result)).contains(EuroAmount.ofCents(1200));
  }

  @Test
  void in_a_document_broken_after_it_the_name_is_read_as_the_newest_version_means_it() {
    ReadResult result = ContractJson.reader().read(FUNDING + ",\"formatVersion\":\"1.1\"");

    assertThat(findings(result)).containsExactly(MONTANT + " suggestion=amount readAs=amount",
        "CLS-JSON-SYNTAX error /formatVersion 1:153 problem=unclosed expected=}");
  }

  @Test
  void a_version_1_0_written_as_a_number_after_it_is_the_version_it_is_read_by() {
    ReadResult result = ContractJson.reader().read(FUNDING + ",\"schemaVersion\":1.0}");

    assertThat(findings(result)).containsExactly(MONTANT + " suggestion=amountCents",
        "CLS-JSON-WRONG-TYPE error /schemaVersion 1:148 expected=string actual=number value=1.0 suggestion=\"1.0\"");
    assertThat(amount(result)).isEmpty();
  }

  @Test
  void a_newer_minor_version_ignores_unknown_members_and_reads_misnamed_ones() {
    ReadResult result = ContractJson.reader().read(FUNDING + ",\"formatVersion\":\"1.9\",\"u\":1,\"titre\":\"X\"}");

    assertThat(findings(result)).containsExactly(
        "CLS-JSON-UNKNOWN-MEMBER warning /actionSheets/0/fundings/0/montant 1:115 member=montant suggestion=amount readAs=amount",
        "CLS-JSON-NEWER-VERSION warning /formatVersion 1:148 version=1.9 supported=1.1",
        "CLS-JSON-UNKNOWN-MEMBER warning /titre 1:160 member=titre suggestion=title readAs=title",
        "CLS-JSON-UNKNOWN-MEMBER warning /u 1:154 member=u problem=ignored");
    assertThat(result.contract().orElseThrow().title()).contains("X");
    assertThat(result.report().findings()).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void another_major_version_gives_no_contract() {
    ReadResult result = ContractJson.reader()
        .read("{\"formatVersion\":\"2.0\",\"id\":\"cls-test\",\"leadArs\":\"24\",\"territory\":{},\"title\":\"T\"}");

    assertThat(findings(result)).containsExactly("CLS-JSON-UNSUPPORTED-VERSION error /formatVersion 1:18 version=2.0 supported=1.1");
    assertThat(result.contract()).isEmpty();
  }
}
