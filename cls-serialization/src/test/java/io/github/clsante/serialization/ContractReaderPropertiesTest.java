package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.clsante.model.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The reader never throws, whatever bytes it is given: documents of the corpus with bytes flipped,
 * inserted, deleted or cut off give a report, and every code they give is documented in FORMAT.md.
 */
class ContractReaderPropertiesTest {

  static final List<byte[]> DOCUMENTS = load();

  static List<byte[]> load() {
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/io/github/clsante/serialization"))) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
        try {
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edits: position (per mille of the length), kind (0 flip, 1 insert, 2 delete, 3 cut), byte. */
  static Gen<List<List<Integer>>> edits() {
    return lists().of(lists().of(integers().between(0, 1000)).ofSize(3)).ofSizeBetween(1, 8);
  }

  /** Bytes that matter to JSON, and, above 900, the same with the high bit set (broken UTF-8). */
  static final String ALPHABET = "{}[]\":,\\0-1e.tnfu ";

  static byte[] mutate(byte[] document, List<List<Integer>> edits) {
    byte[] bytes = document.clone();
    for (List<Integer> edit : edits) {
      if (bytes.length == 0) {
        break;
      }
      int at = Math.min(bytes.length - 1, edit.get(0) * bytes.length / 1000);
      byte value = (byte) (ALPHABET.charAt(edit.get(2) % ALPHABET.length()) ^ (edit.get(2) > 900 ? 0x80 : 0));
      switch (edit.get(1) % 4) {
        case 0:
          bytes[at] = value;
          break;
        case 1:
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = value;
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
          break;
        case 2:
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
          break;
        default:
          bytes = java.util.Arrays.copyOf(bytes, at);
      }
    }
    return bytes;
  }

  @Test
  void the_reader_never_throws_and_every_code_it_gives_is_documented() throws IOException {
    String format = Files.readString(FormatDocumentationTest.FORMAT, StandardCharsets.UTF_8);
    qt().withExamples(3000)
        .forAll(integers().between(0, DOCUMENTS.size() - 1), edits())
        .checkAssert((index, edits) -> {
          byte[] bytes = mutate(DOCUMENTS.get(index), edits);
          ReadResult result = ContractJson.reader().read(bytes);
          for (Finding finding : result.report().findings()) {
            assertThat(format).contains("`" + finding.code() + "`");
            assertThat(finding.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(),
                p -> assertThat(p).startsWith("/"));
          }
          if (result.contract().isEmpty()) {
            assertThat(result.report().isValid()).isFalse();
          }
        });
  }

  @Test
  void reading_is_deterministic() {
    qt().withExamples(300)
        .forAll(integers().between(0, DOCUMENTS.size() - 1), edits())
        .checkAssert((index, edits) -> {
          byte[] bytes = mutate(DOCUMENTS.get(index), edits);
          assertThat(ContractJson.reader().read(bytes).report())
              .isEqualTo(ContractJson.reader().read(bytes.clone()).report());
        });
  }
}
