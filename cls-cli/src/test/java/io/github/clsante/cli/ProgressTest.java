package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of a long {@code cls validate}: its words, when it shows, and that it never reaches a redirected run. */
class ProgressTest {

  private static final Texts EN = Texts.of(Locale.ENGLISH);
  private static final Texts FR = Texts.of(Locale.FRENCH);
  private static final long SECOND = 1_000_000_000L;

  @Test
  void the_line_says_files_done_of_total_files_per_second_and_time_left_in_both_languages() {
    assertThat(Progress.line(EN, 120, 1000, 2 * SECOND)).isEqualTo("Validating: 120 of 1,000 files, 60 files/s, 15 s left");
    assertThat(Progress.line(FR, 120, 1000, 2 * SECOND))
        .isEqualTo("Validation\u202F: 120 fichiers sur 1\u202F000, 60 fichiers/s, encore 15\u00A0s");
    assertThat(Progress.line(EN, 3, 2000, 2 * SECOND))
        .isEqualTo("Validating: 3 of 2,000 files, 1.5 files/s, 22 min 11 s left");
    assertThat(Progress.line(FR, 3, 20_000, 2 * SECOND))
        .isEqualTo("Validation\u202F: 3 fichiers sur 20\u202F000, 1,5 fichiers/s, encore 3\u00A0h 42\u00A0min");
    assertThat(Progress.line(EN, 0, 10, SECOND)).isEqualTo("Validating: 0 of 10 files…");
    assertThat(Progress.line(FR, 0, 10, SECOND)).isEqualTo("Validation\u202F: 0 fichier sur 10…");
  }

  @Test
  void rates_and_durations_are_written_as_people_read_them() {
    assertThat(Progress.rate(EN, 9.94)).isEqualTo("9.9");
    assertThat(Progress.rate(FR, 0.25)).isEqualTo("0,3");
    assertThat(Progress.rate(EN, 1234.4)).isEqualTo("1,234");
    assertThat(Progress.duration(EN, 0)).isEqualTo("0 s");
    assertThat(Progress.duration(EN, 59)).isEqualTo("59 s");
    assertThat(Progress.duration(EN, 60)).isEqualTo("1 min 00 s");
    assertThat(Progress.duration(EN, 3599)).isEqualTo("59 min 59 s");
    assertThat(Progress.duration(EN, 7260)).isEqualTo("2 h 01 min");
  }

  @Test
  void progress_shows_only_on_a_terminal_and_for_more_than_one_file() {
    assertThat(Progress.shown(true, 2)).isTrue();
    assertThat(Progress.shown(true, 1)).isFalse();
    assertThat(Progress.shown(false, 1000)).isFalse();
  }

  @Test
  void the_standard_error_is_a_terminal_when_its_descriptor_is_a_terminal_device_else_the_console_decides() {
    assertThat(Terminal.decide(Optional.of("/dev/pts/3"), false)).isTrue();
    assertThat(Terminal.decide(Optional.of("/dev/tty1"), false)).isTrue();
    assertThat(Terminal.decide(Optional.of("pipe:[4711]"), true)).isFalse();
    assertThat(Terminal.decide(Optional.of("/home/ars/validation.log"), true)).isFalse();
    assertThat(Terminal.decide(Optional.of("/dev/null"), true)).isFalse();
    assertThat(Terminal.decide(Optional.empty(), true)).isTrue();
    assertThat(Terminal.decide(Optional.empty(), false)).isFalse();
  }

  @Test
  void the_line_waits_for_its_delay_is_redrawn_at_most_four_times_a_second_and_is_erased() {
    AtomicLong now = new AtomicLong(0);
    StringWriter text = new StringWriter();
    Progress progress = Progress.of(true, EN, new PrintWriter(text), 100, now::get, 1000);

    now.set(SECOND / 2);
    progress.update(10);
    assertThat(text.toString()).isEmpty();
    now.set(SECOND);
    progress.update(20);
    now.set(SECOND + SECOND / 10);
    progress.update(22);
    now.set(2 * SECOND);
    progress.update(9);
    now.set(2 * SECOND + SECOND / 4);
    progress.update(100); // the last file: nothing more to say
    progress.clear();

    String first = "Validating: 20 of 100 files, 20 files/s, 4 s left";
    String second = "Validating: 9 of 100 files, 4.5 files/s, 20 s left";
    assertThat(text.toString()).isEqualTo("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r");
  }

  @Test
  void a_run_on_a_terminal_draws_its_progress_on_the_standard_error_and_erases_it() {
    Cls command = Runs.command();
    command.stderrTerminal = () -> true;
    AtomicLong now = new AtomicLong();
    command.clock = () -> now.addAndGet(SECOND); // every look at the clock is a second later

    Run run = cls(command, "validate", "--jobs", "2", "--lang", "en", CONTRACTS.toString());
    Run redirected = cls("validate", "--jobs", "2", "--lang", "en", CONTRACTS.toString());

    assertThat(run.err()).startsWith("\rValidating: 1 of 5 files, ").contains("\rValidating: 4 of 5 files, ")
        .endsWith("\r").doesNotContain("\n");
    assertThat(run.err().replaceAll("\r[^\r]*files/s, [^\r]* left *", "").trim()).isEmpty();
    assertThat(run.out()).isEqualTo(redirected.out());
    assertThat(redirected.err()).isEmpty();
  }
}
