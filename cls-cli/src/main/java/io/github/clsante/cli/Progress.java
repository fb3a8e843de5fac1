package io.github.clsante.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The progress of a long {@code cls validate} on the standard error when it is a terminal: « Validation :
 * 120 fichiers sur 1 000, 95 fichiers/s, encore 9 s », redrawn in place, erased at the end. It shows
 * only after a delay (a short run prints nothing), and never when the standard error is redirected: a
 * log or a pipe gets only the command's messages.
 */
final class Progress {

  /** How long a run goes before its progress shows: a short run prints nothing. */
  static final long DEFAULT_DELAY_MILLIS = 1000;

  /** How often the line is redrawn at most. */
  static final long REDRAW_NANOS = 250_000_000L;

  private static final Progress NONE = new Progress(null, null, 0, () -> 0, 0);

  private final Texts texts;
  private final PrintWriter err;
  private final int total;
  private final LongSupplier clock;
  private final long delayNanos;
  private final long start;
  private long lastDraw;
  private int drawn;

  private Progress(Texts texts, PrintWriter err, int total, LongSupplier clock, long delayNanos) {
    this.texts = texts;
    this.err = err;
    this.total = total;
    this.clock = clock;
    this.delayNanos = delayNanos;
    this.start = clock.getAsLong();
  }

  /**
   * The progress of a run: shown when the standard error is a terminal, else nothing.
   *
   * @param terminal whether the standard error is a terminal (not redirected)
   * @param texts the run's language
   * @param err the standard error
   * @param total the number of files to validate
   * @param clock nanoseconds, as {@link System#nanoTime()}
   * @param delayMillis how long the run goes before its progress shows
   */
  static Progress of(boolean terminal, Texts texts, PrintWriter err, int total, LongSupplier clock,
      long delayMillis) {
    return shown(terminal, total) ? new Progress(texts, err, total, clock, delayMillis * 1_000_000L) : NONE;
  }

  /** Whether a run shows its progress: only on a terminal, and only with more than one file. */
  static boolean shown(boolean terminal, int total) {
    return terminal && total > 1;
  }

  /** Says that {@code done} files of the total are done; redraws the line when it is time. */
  void update(int done) {
    if (err == null) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < delayNanos || drawn > 0 && now - lastDraw < REDRAW_NANOS || done >= total) {
      return;
    }
    lastDraw = now;
    String line = line(texts, done, total, now - start);
    // Redrawn over the previous line: spaces cover what the new one is shorter by.
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = Math.max(drawn, line.length());
  }

  /** Erases the line, if drawn, before what follows is printed. */
  void clear() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }

  /**
   * The line for {@code done} files of {@code total} after {@code elapsedNanos}: « Validation : 120 fichiers
   * sur 1 000, 95 fichiers/s, encore 9 s », "Validating: 120 of 1,000 files, 95 files/s, 9 s left".
   */
  static String line(Texts texts, int done, int total, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    double rate = done / seconds;
    String left = done == 0 ? "…" : duration(texts, Math.round((total - done) / rate));
    return texts.get(done == 0 ? "progress.starting" : "progress.line", "done", texts.number(done),
        "total", texts.number(total), "rate", rate(texts, rate), "left", left);
  }

  /** Files per second: one decimal under 10 (« 9,5 », "9.5"), a whole number above. */
  static String rate(Texts texts, double rate) {
    if (rate >= 9.95) {
      return texts.number(Math.round(rate));
    }
    long tenths = Math.round(rate * 10);
    return tenths / 10 + (texts.french() ? "," : ".") + tenths % 10;
  }

  /**
   * A duration in seconds as « 9 s », « 2 min 05 s », « 1 h 02 min » (in French a no-break space between
   * a number and its unit).
   */
  static String duration(Texts texts, long seconds) {
    String space = texts.french() ? String.valueOf(Texts.NBSP) : " ";
    if (seconds < 60) {
      return seconds + space + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + space + "min " + twoDigits(seconds % 60) + space + "s";
    }
    return seconds / 3600 + space + "h " + twoDigits(seconds % 3600 / 60) + space + "min";
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
