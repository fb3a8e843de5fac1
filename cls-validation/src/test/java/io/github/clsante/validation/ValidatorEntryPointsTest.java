package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The ways into a validator other than bytes and files: a stream gives the report the same bytes give,
 * and {@link ContractValidator#withReader} validates with that reader's features and limits.
 */
class ValidatorEntryPointsTest {

  private static final String DOCUMENT = "{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"T\",\"leadArs\":\"24\","
      + "\n\"territory\":{},\n\"inconnu\":" + "[".repeat(20) + "1" + "]".repeat(20) + "}";

  @Test
  void a_stream_gives_the_report_of_its_bytes_and_is_left_open() {
    byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    ValidationReport fromStream = ContractValidator.standard().validate(in);

    assertThat(fromStream.toJson(Locale.FRENCH)).isEqualTo(ContractValidator.standard().validate(bytes).toJson(Locale.FRENCH));
    assertThat(FindingLines.describe(fromStream.findings())).contains("CLS-JSON-UNKNOWN-MEMBER error /inconnu 3:1 member=inconnu");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void with_reader_validates_with_its_features_and_limits() {
    byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);

    ValidationReport shallow = ContractValidator.withReader(ContractJson.reader().withMaxNestingDepth(16)).validate(bytes);
    ValidationReport lenient = ContractValidator.withReader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS))
        .validate(bytes);

    assertThat(FindingLines.describe(shallow.findings())).anyMatch(line -> line.startsWith("CLS-JSON-TOO-DEEP error /inconnu/"));
    assertThat(FindingLines.describe(ContractValidator.standard().validate(bytes).findings()))
        .noneMatch(line -> line.startsWith("CLS-JSON-TOO-DEEP"));
    assertThat(FindingLines.describe(lenient.findings())).contains("CLS-JSON-UNKNOWN-MEMBER warning /inconnu 3:1 member=inconnu problem=ignored");
  }
}
