package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.EuroAmount;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A member written under a name people use (« titre », « montant ») and read for the member it names:
 * the model's pointer of that member leads back to the name the document writes, so that a finding on
 * it points where the user wrote it; a misnamed member that the object also has under its own name is
 * only suggested.
 */
class MisnamedMemberPointersTest {

  private static final String SHEET_START = "{\"formatVersion\":\"1.1\",\"id\":\"c\",\"leadArs\":\"24\",\"territory\":{},"
      + "\"actionSheets\":[{\"id\":\"fa-1\",";

  @Test
  void a_member_read_under_a_french_name_is_found_under_that_name() {
    ReadResult read = ContractJson.reader().read(SHEET_START + "\"titre\":\"Logement\",\"fundings\":[{\"montant\":12}]}]}");

    assertThat(read.contract().orElseThrow().actionSheets().get(0).title()).isEqualTo("Logement");
    assertThat(read.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount())
        .contains(EuroAmount.ofCents(1200));
    assertThat(read.documentPointer("/actionSheets/0/title")).isEqualTo("/actionSheets/0/titre");
    assertThat(read.documentPointer("/actionSheets/0/fundings/0/amount")).isEqualTo("/actionSheets/0/fundings/0/montant");
    assertThat(read.documentPointer("/actionSheets/0/id")).isEqualTo("/actionSheets/0/id");
  }

  @Test
  void a_misnamed_member_after_the_member_itself_is_only_suggested() {
    ReadResult read = ContractJson.reader().read(SHEET_START + "\"title\":\"Logement\",\"titre\":\"Autre\"}]}");

    assertThat(read.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList()))
        .containsExactly("CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/titre 1:" + ((SHEET_START + "\"title\":\"Logement\",")
            .length() + 1) + " member=titre suggestion=title");
    assertThat(read.contract().orElseThrow().actionSheets().get(0).title()).isEqualTo("Logement");
    assertThat(read.documentPointer("/actionSheets/0/title")).isEqualTo("/actionSheets/0/title");
  }
}
