package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void the_warm_up_document_is_read_and_goes_through_every_rule_without_an_error() {
    // A document the reader refused would stop before the rules, and warm up only half the run.
    ValidationReport report = ContractValidator.standard().validate(WarmUp.DOCUMENT.getBytes(StandardCharsets.UTF_8));

    assertThat(report.findings()).extracting(finding -> finding.severity()).doesNotContain(Severity.ERROR);
    assertThat(report.findings()).extracting(finding -> finding.code()).containsExactly("CLS-CONTRACT-MENTAL-HEALTH");
  }

  @Test
  void the_warm_up_runs_on_a_daemon_thread_of_its_own() throws InterruptedException {
    AtomicBoolean ran = new AtomicBoolean();
    Thread thread = WarmUp.start(() -> ran.set(Thread.currentThread().isDaemon()));
    thread.join(30_000);

    assertThat(thread.getName()).isEqualTo("cls-warm-up");
    assertThat(thread.isAlive()).isFalse();
    assertThat(ran).isTrue();
  }

  @Test
  void a_failing_warm_up_keeps_its_failure_to_itself() throws InterruptedException {
    List<Throwable> uncaught = new ArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try {
      Thread failing = WarmUp.start(() -> {
        throw new IllegalStateException("broken warm-up");
      });
      Thread unlinked = WarmUp.start(() -> {
        throw new NoClassDefFoundError("org/hibernate/validator/Missing");
      });
      failing.join(30_000);
      unlinked.join(30_000);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }

    assertThat(uncaught).isEmpty();
  }
}
