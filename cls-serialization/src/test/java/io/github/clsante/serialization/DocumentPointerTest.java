package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentPointerTest {

  private static ReadResult read(String json) {
    return ContractJson.reader().read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static final String SHEET = "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"t\",";

  @Test
  void a_1_0_amount_is_found_under_its_name_in_cents() {
    ReadResult read = read("{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"status\":\"signed\",\"leadArs\":\"24\","
        + "\"territory\":{}," + SHEET + "\"budgetCents\":100,\"fundings\":[{\"amountCents\":5}]}]}");

    assertThat(read.documentPointer("/actionSheets/0/budget")).isEqualTo("/actionSheets/0/budgetCents");
    assertThat(read.documentPointer("/actionSheets/0/fundings/0/amount"))
        .isEqualTo("/actionSheets/0/fundings/0/amountCents");
    assertThat(read.documentPointer("/actionSheets/0/title")).isEqualTo("/actionSheets/0/title");
    assertThat(read.documentPointer("/actionSheets/1/budget")).isEqualTo("/actionSheets/1/budget");
  }

  @Test
  void a_1_1_document_names_its_members_as_the_model_does() {
    ReadResult read = read("{\"formatVersion\":\"1.1\",\"id\":\"c\",\"leadArs\":\"24\",\"territory\":{},"
        + SHEET + "\"budget\":100}]}");

    assertThat(read.documentPointer("/actionSheets/0/budget")).isEqualTo("/actionSheets/0/budget");
    assertThatThrownBy(() -> read.documentPointer(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("pointer");
  }
}
