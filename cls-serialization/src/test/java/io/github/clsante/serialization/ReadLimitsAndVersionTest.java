package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.EuroAmount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's limits at their exact value (a document of exactly the size limit is read, from bytes,
 * a stream or a file; the smallest nesting limit is accepted), a byte order mark alone, and a name
 * people write whose meaning depends on the format version written after it in the document.
 */
class ReadLimitsAndVersionTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{\"name\":\"";

  /** A valid document of exactly {@code size} bytes. */
  private static byte[] document(int size) {
    String end = "\"}}";
    String text = START + "x".repeat(size - START.length() - end.length()) + end;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(size);
    return bytes;
  }

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  @Test
  void a_document_of_exactly_the_size_limit_is_read_and_one_byte_more_is_not(@TempDir Path directory) throws IOException {
    ContractReader reader = ContractJson.reader().withMaxDocumentBytes(2048);
    byte[] exact = document(2048);
    byte[] over = document(2049);
    Path exactFile = Files.write(directory.resolve("exact.json"), exact);
    Path overFile = Files.write(directory.resolve("over.json"), over);

    for (ReadResult result : List.of(reader.read(exact), reader.read(new ByteArrayInputStream(exact)), reader.read(exactFile))) {
      assertThat(findings(result)).isEmpty();
      assertThat(result.contract()).isPresent();
    }
    for (ReadResult result : List.of(reader.read(over), reader.read(new ByteArrayInputStream(over)), reader.read(overFile))) {
      assertThat(findings(result)).containsExactly("CLS-JSON-DOCUMENT-TOO-LARGE error - - limit=2048");
    }
  }

  @Test
  void the_smallest_nesting_limit_is_accepted_and_holds() {
    ContractReader reader = ContractJson.reader().withMaxNestingDepth(16);
    String deep = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{},"
        + "\"extensions\":{\"x\":" + "[".repeat(20) + "]".repeat(20) + "}}";
    assertThat(findings(reader.read(deep))).singleElement().asString().startsWith("CLS-JSON-TOO-DEEP error ")
        .endsWith(" limit=16");
    assertThat(findings(reader.read(document(200)))).isEmpty();
  }

  @Test
  void a_byte_order_mark_alone_is_an_empty_document() {
    ReadResult result = ContractJson.reader().read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    assertThat(findings(result)).containsExactly("CLS-JSON-EMPTY error - 1:1");
  }

  @Test
  void a_french_amount_name_is_read_by_the_version_the_document_writes_after_it() {
    String funding = "{\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{},\"status\":\"signed\","
        + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"F\",\"fundings\":[{\"montant\":12}]}],";

    ReadResult in11 = ContractJson.reader().read(funding + "\"formatVersion\":\"1.1\"}");
    assertThat(in11.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount())
        .contains(EuroAmount.ofCents(1200));
    assertThat(in11.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.params()).containsEntry("readAs", "amount"));

    // In 1.0 the amount is in cents: « montant » is only suggested, and left unread.
    ReadResult in10 = ContractJson.reader().read(funding + "\"schemaVersion\":\"1.0\"}");
    assertThat(in10.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount()).isEmpty();
    assertThat(in10.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.params()).containsEntry("suggestion", "amountCents").doesNotContainKey("readAs"));

    // A version written as a number is a finding, and still the version the names are read by.
    ReadResult numbered = ContractJson.reader().read(funding + "\"formatVersion\":1.1}");
    assertThat(numbered.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount())
        .contains(EuroAmount.ofCents(1200));
  }
}
