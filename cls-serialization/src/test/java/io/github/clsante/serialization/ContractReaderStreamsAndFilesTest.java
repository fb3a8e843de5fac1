package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream is read in pieces of growing size (8 KiB, then twice as much each time) put together at its
 * end: a document of several pieces is read whole, byte for byte. A file that cannot be read for a
 * reason other than its absence says why, and a reader keeps the features enabled one after the other.
 */
class ContractReaderStreamsAndFilesTest {

  private static final String START = "{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{\"name\":\"";

  /** A valid document of exactly {@code size} bytes whose territory's name is {@code a}, {@code b}… cycling. */
  private static byte[] document(int size) {
    String end = "\"}}";
    StringBuilder name = new StringBuilder();
    for (int i = 0; name.length() < size - START.length() - end.length(); i++) {
      name.append((char) ('a' + i % 26));
    }
    byte[] bytes = (START + name + end).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(size);
    return bytes;
  }

  private static String territoryName(ReadResult result) {
    return result.contract().orElseThrow().territory().name().orElseThrow();
  }

  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }

  @Test
  void a_stream_of_several_pieces_is_read_whole() {
    // 8,192 + 16,384 + 32,768 bytes make three pieces and the start of a fourth; 8,192 bytes exactly is
    // one full piece followed by an empty one.
    for (int size : new int[] {8192, 8193, 20_000, 24_576, 70_000}) {
      byte[] bytes = document(size);
      String expected = new String(bytes, StandardCharsets.UTF_8);

      ReadResult result = ContractJson.reader().read(new ByteArrayInputStream(bytes));

      assertThat(findings(result)).as("size %d", size).isEmpty();
      assertThat(territoryName(result)).as("size %d", size)
          .isEqualTo(expected.substring(START.length(), expected.length() - 3));
    }
  }

  @Test
  void a_stream_past_the_limit_after_several_pieces_is_too_large() {
    ContractReader reader = ContractJson.reader().withMaxDocumentBytes(30_000);

    assertThat(findings(reader.read(new ByteArrayInputStream(document(30_000))))).isEmpty();
    assertThat(findings(reader.read(new ByteArrayInputStream(document(30_001)))))
        .containsExactly("CLS-JSON-DOCUMENT-TOO-LARGE error - - limit=30000");
  }

  @Test
  void a_file_that_cannot_be_opened_for_another_reason_says_why(@TempDir Path directory) {
    // A name longer than a file system takes (255 bytes): neither missing nor refused, on JDK 17 and 25 alike
    // (a file's "child", c.json/x.json, is "not a directory" on 17 and "no such file" on 25).
    Path tooLong = directory.resolve("n".repeat(300) + ".json");

    ReadResult result = ContractJson.reader().read(tooLong);

    assertThat(findings(result)).containsExactly("CLS-JSON-IO-ERROR error - - problem=other detail=FileSystemException: "
        + tooLong + ": File name too long");
    assertThat(result.contract()).isEmpty();
  }

  @Test
  void features_enabled_one_after_the_other_are_all_kept() {
    ContractReader reader = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).with(ReadFeature.IGNORE_UNKNOWN_MEMBERS);

    assertThat(reader.features()).containsExactlyInAnyOrder(ReadFeature.RECORD_LOCATIONS, ReadFeature.IGNORE_UNKNOWN_MEMBERS);
    assertThat(ContractJson.reader().features()).isEmpty();
    // Both act: an unknown member is a warning, and the values' locations are recorded.
    ReadResult result = reader.read("{\"formatVersion\":\"1.1\",\"id\":\"cls\",\"leadArs\":\"24\",\"territory\":{},\"u\":1}");
    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER warning /u 1:65 member=u problem=ignored");
    assertThat(result.locationOf("/leadArs").map(l -> l.line() + ":" + l.column())).contains("1:45");
    assertThat(result.toString()).startsWith("ReadResult{contract=cls, ");
    assertThat(ContractJson.reader().read("[]").toString()).startsWith("ReadResult{contract=none, ");
  }
}
