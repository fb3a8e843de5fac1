package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Report;
import io.github.clsante.serialization.ContractJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The report's digest is computed from its contract when first asked, once, whichever thread asks, and
 * is the value {@link ContractJson#digest(Contract)} gives, present exactly when it was before.
 */
class LazyDigestTest {

  /** Counts the digests computed, by {@link ContractJson#digest(Contract)}. */
  private static final class CountingDigester implements Function<Contract, String> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String apply(Contract contract) {
      calls.incrementAndGet();
      return ContractJson.digest(contract);
    }
  }

  @Test
  void the_digest_is_computed_only_when_asked_and_only_once() {
    Contract contract = Seeds.contract("agglopolys");
    CountingDigester digester = new CountingDigester();
    ValidationReport validated = ContractValidator.standard().validate(contract);
    ValidationReport report = new ValidationReport(validated.report(), contract, true, digester);

    // What a report is mostly asked for needs no digest.
    assertThat(report.findings()).isEqualTo(validated.findings());
    assertThat(report.isValid()).isEqualTo(validated.isValid());
    assertThat(report.countsByCode()).isEqualTo(validated.countsByCode());
    report.findings().forEach(finding -> report.place(finding, Locale.FRENCH));
    assertThat(report.hashCode()).isEqualTo(validated.hashCode());
    assertThat(report).isEqualTo(new ValidationReport(validated.report(), contract, true, digester));
    assertThat(digester.calls).hasValue(0);

    assertThat(report.digest()).contains(ContractJson.digest(contract));
    assertThat(digester.calls).hasValue(1);
    assertThat(report.toJson(Locale.FRENCH)).contains("\"digest\": \"" + ContractJson.digest(contract) + "\"");
    assertThat(report.toJson(Locale.ENGLISH)).contains("\"digest\": \"" + ContractJson.digest(contract) + "\"");
    assertThat(report.digest()).contains(ContractJson.digest(contract));
    assertThat(digester.calls).hasValue(1);
  }

  @Test
  void the_json_form_computes_the_digest_when_nothing_asked_it_before() {
    Contract contract = Seeds.contract("chartres");
    CountingDigester digester = new CountingDigester();
    ValidationReport report = new ValidationReport(Report.of(List.of()), contract, true, digester);

    assertThat(report.toJson(Locale.FRENCH)).startsWith("{\n  \"digest\": \"" + ContractJson.digest(contract) + "\",\n");
    assertThat(digester.calls).hasValue(1);
  }

  @Test
  void a_report_without_digest_never_computes_one() {
    Contract contract = Seeds.contract("chartres");
    CountingDigester digester = new CountingDigester();
    ValidationReport report = new ValidationReport(Report.of(List.of()), contract, false, digester);

    assertThat(report.digest()).isEmpty();
    assertThat(report.toJson(Locale.FRENCH)).doesNotContain("digest");
    assertThat(report.toString()).startsWith("ValidationReport{digest=null, ");
    assertThat(digester.calls).hasValue(0);
  }

  @Test
  void many_threads_asking_at_once_get_the_same_digest_computed_once() throws Exception {
    Contract contract = Seeds.contract("agglopolys");
    String expected = ContractJson.digest(contract);
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        CountingDigester digester = new CountingDigester();
        ValidationReport report = new ValidationReport(Report.of(List.of()), contract, true, digester);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<String>>> answers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          answers.add(pool.submit(() -> {
            ready.countDown();
            go.await();
            return report.digest();
          }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        for (Future<Optional<String>> answer : answers) {
          assertThat(answer.get(10, TimeUnit.SECONDS)).contains(expected);
        }
        assertThat(digester.calls).as("round %d", round).hasValue(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_digests_of_validations_are_those_of_their_contracts_present_as_before() {
    Contract contract = Seeds.contract("lens-lievin");
    byte[] canonical = ContractJson.toCanonicalBytes(contract);
    String expected = ContractJson.digest(contract);

    assertThat(ContractValidator.standard().validate(contract).digest()).contains(expected);
    assertThat(ContractValidator.standard().validate(canonical).digest()).contains(expected);
    // A 1.0 document read without error: the digest of the contract read, in format 1.1's canonical form.
    String old = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"status\":\"in_preparation\",\"leadArs\":\"24\","
        + "\"territory\":{}}";
    ValidationReport fromOld = ContractValidator.standard().validate(old.getBytes(StandardCharsets.UTF_8));
    assertThat(fromOld.digest()).contains(ContractJson.digest(ContractJson.reader()
        .read(old.getBytes(StandardCharsets.UTF_8)).contract().orElseThrow()));
    // Reader errors: no digest, whatever asks for it.
    ValidationReport broken = ContractValidator.standard().validate(old.replace("\"24\"", "\"Centre\"")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(broken.digest()).isEmpty();
    assertThat(broken.toJson(Locale.ENGLISH)).doesNotContain("digest");
    // Two reports of different contracts differ by their digests.
    Contract other = contract.withId(contract.id() + "-2");
    assertThat(ContractValidator.standard().validate(other).report())
        .isEqualTo(ContractValidator.standard().validate(contract).report());
    assertThat(ContractValidator.standard().validate(other)).isNotEqualTo(ContractValidator.standard().validate(contract));
    assertThat(ContractValidator.standard().validate(contract)).isEqualTo(ContractValidator.standard().validate(contract));
  }
}
