package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.clsante.model.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /**
   * A JSON number literal from its parts: sign, integer digits (up to 120), fraction digits, and an
   * exponent of up to 12 digits, so that every combination of long, huge, tiny and zero comes up.
   */
  static Gen<String> numberLiterals() {
    Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(1, 120)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> integer = digits.map(d -> d.length() > 1 && d.charAt(0) == '0' ? "1" + d.substring(1) : d);
    Gen<String> fraction = lists().of(integers().between(0, 9)).ofSizeBetween(0, 30)
        .map(list -> list.isEmpty() ? "" : "." + list.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> exponent = lists().of(integers().between(0, 9)).ofSizeBetween(0, 12).zip(
        integers().between(0, 5), (list, form) -> list.isEmpty() ? ""
            : "eE".charAt(form % 2) + (form < 2 ? "" : form < 4 ? "+" : "-")
                + list.stream().map(String::valueOf).collect(Collectors.joining()));
    return integers().between(0, 1).zip(integer, fraction, exponent,
        (minus, i, f, e) -> (minus == 1 ? "-" : "") + i + f + e);
  }

  /** A member of each numeric kind, as a fragment replacing the minimal contract's territory. */
  static final List<String> NUMERIC_MEMBERS = List.of(
      "\"territory\":{\"population\":%s}",
      "\"territory\":{},\"generation\":%s",
      "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":%s}]",
      "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\","
          + "\"budgetLines\":[{\"nature\":\"operating\",\"plannedFullTimeEquivalents\":%s}]}]",
      "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\","
          + "\"indicators\":[{\"id\":\"i\",\"name\":\"I\",\"baseline\":{\"value\":%s}}]}]",
      "\"territory\":{},\"extensions\":{\"n\":%s}");

  private static final Set<String> NUMBER_CODES = Set.of(ReadProblem.INVALID_NUMBER.code(),
      ReadProblem.NUMBER_OUT_OF_RANGE.code(), ReadProblem.NUMBER_ROUNDED_TO_ZERO.code(),
      ReadProblem.NUMBER_TOO_LONG.code());

  @Test
  void any_number_in_any_numeric_member_gives_its_exact_value_or_a_number_finding() {
    qt().withExamples(3000)
        .forAll(integers().between(0, NUMERIC_MEMBERS.size() - 1), numberLiterals())
        .checkAssert((member, literal) -> {
          String json = ContractReaderTest.MINIMAL.replace("\"territory\":{}",
              String.format(Locale.ROOT, NUMERIC_MEMBERS.get(member), literal));
          ReadResult result = ContractJson.reader().read(json);
          assertThat(result.report().findings()).allSatisfy(f -> assertThat(f.code()).isIn(NUMBER_CODES));
          if (member != 0) {
            return;
          }
          // The oracle for a whole-number member: BigDecimal says what a literal is, where its
          // exponent range allows; a zero with a giant exponent is still zero.
          boolean giantExponent = literal.matches(".*[eE][+-]?[0-9]{10,}");
          boolean holds;
          if (literal.length() > 100) {
            holds = false;
          } else if (giantExponent) {
            holds = !literal.replaceAll("[eE].*", "").matches(".*[1-9].*");
          } else {
            BigDecimal exact = new BigDecimal(literal);
            holds = exact.signum() == 0 || (exact.stripTrailingZeros().scale() <= 0
                && exact.abs().compareTo(BigDecimal.valueOf(9_007_199_254_740_991L)) <= 0);
            if (holds) {
              assertThat(BigDecimal.valueOf(result.contract().orElseThrow().territory().population().orElseThrow()))
                  .isEqualByComparingTo(exact);
            }
          }
          assertThat(result.report().findings().isEmpty()).as(literal).isEqualTo(holds);
        });
  }

  /**
   * A number literal the size of an amount: up to 16 integer digits, up to 4 decimals, a small
   * exponent now and then, so that amounts within the bounds, at them and just past them come up.
   */
  static Gen<String> amountLiterals() {
    Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(1, 16)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> fraction = lists().of(integers().between(0, 9)).ofSizeBetween(0, 4)
        .map(list -> list.isEmpty() ? "" : "." + list.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> exponent = integers().between(-8, 8).map(e -> e == 0 ? "" : "e" + e);
    return integers().between(0, 3).zip(digits, fraction, exponent, (form, i, f, e) -> (form == 0 ? "-" : "")
        + (i.length() > 1 && i.charAt(0) == '0' ? "1" + i.substring(1) : i) + f + (form == 1 ? e : ""));
  }

  /** The bound of an amount in euros: 9 999 999 999 999,99 €. */
  private static final BigDecimal MAX_EUROS = new BigDecimal("9999999999999.99");

  @Test
  void any_number_in_an_amount_in_euros_gives_its_exact_amount_or_a_number_finding() {
    int[] read = {0};
    qt().withExamples(3000).forAll(numberLiterals().mix(amountLiterals(), 70)).checkAssert(literal -> {
      String json = FormatVersionsTest.document("1.1",
          "\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budget\":" + literal + "}]");
      ReadResult result = ContractJson.reader().read(json);
      assertThat(result.report().findings()).allSatisfy(f -> assertThat(f.code()).isIn(NUMBER_CODES));
      // The oracle: BigDecimal says what a literal is, where its exponent range allows; an amount is
      // read when it has at most two decimals and lies within the bounds, and then to the cent.
      boolean holds;
      if (literal.length() > 100) {
        holds = false;
      } else if (literal.matches(".*[eE][+-]?[0-9]{10,}")) {
        holds = !literal.replaceAll("[eE].*", "").matches(".*[1-9].*");
      } else {
        BigDecimal exact = new BigDecimal(literal);
        holds = exact.signum() == 0
            || exact.stripTrailingZeros().scale() <= 2 && exact.abs().compareTo(MAX_EUROS) <= 0;
        if (holds) {
          assertThat(result.contract().orElseThrow().actionSheets().get(0).budget().orElseThrow().toEuros())
              .as(literal).isEqualByComparingTo(exact);
          read[0]++;
        }
      }
      assertThat(result.report().findings().isEmpty()).as(literal).isEqualTo(holds);
    });
    assertThat(read[0]).as("amounts read").isGreaterThan(300);
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
