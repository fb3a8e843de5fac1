package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadResult;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ContractValidator#validate(byte[])}, fuzzed: whatever bytes it is given, the standard validator
 * returns a report and throws nothing; no finding is {@value ValidationReport#INTERNAL_ERROR}; every
 * finding has a code some catalogue has messages for (French and English), a well-formed JSON Pointer
 * whose value and place in the contract read can be asked for, and a line and column from 1 when
 * located; the report is
 * valid exactly when it holds no error and never when the reader found one; it has a digest exactly when
 * the document was read without error, the contract's; its JSON form is JSON and lists every finding.
 *
 * <p>{@code mvn verify} runs the saved inputs of {@code ContractValidatorFuzzTestInputs/validate/} (the
 * seed contracts, each rule's triggering fixture, broken documents, and every crash found so far);
 * {@code .ci/fuzz validate 5m} fuzzes (ROBUSTNESS.md, « Fuzzing »).
 */
class ContractValidatorFuzzTest {

  private static final ContractValidator VALIDATOR = ContractValidator.standard();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @FuzzTest
  void validate(byte[] document) {
    ValidationReport report = VALIDATOR.validate(document);

    ReadResult read = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(document);
    assertThat(report.contract()).isEqualTo(read.contract());
    if (!read.report().isValid()) {
      assertThat(report.isValid()).as("a document the reader finds errors in is not valid").isFalse();
    }
    assertThat(report.isValid()).isEqualTo(report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    boolean readWithoutError = read.contract().isPresent() && read.report().isValid();
    assertThat(report.digest().isPresent()).as("digest").isEqualTo(readWithoutError);
    if (readWithoutError) {
      assertThat(report.digest()).contains(ContractJson.digest(read.contract().get()));
    }

    for (Finding finding : report.findings()) {
      assertThat(finding.code()).as("an SDK failure on %s", finding).isNotEqualTo(ValidationReport.INTERNAL_ERROR);
      assertThat(JsonPointer.tokens(finding.pointer()).stream().reduce("", JsonPointer::append, String::concat))
          .as("pointer of %s", finding).isEqualTo(finding.pointer());
      finding.location().ifPresent(location -> {
        assertThat(location.line()).as("line of %s", finding).isPositive();
        assertThat(location.column()).as("column of %s", finding).isPositive();
      });
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        assertThat(FindingMessages.message(finding, locale)).as("message of %s", finding)
            .isNotBlank().isNotEqualTo(finding.code());
        report.place(finding, locale); // never throws, whatever the pointer
      }
      report.contract().ifPresent(contract -> ContractJson.valueAt(contract, finding.pointer()));
    }
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      // JSON, parsed by another parser than the SDK's: canonicalize would refuse an unpaired surrogate,
      // which the report quotes from the file, escaped, as its JsonWriter documents.
      assertThat(JSON.readTree(report.toJson(locale)).get("findings").size()).isEqualTo(report.findings().size());
    }
  }
}
