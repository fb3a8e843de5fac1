package io.github.clsante.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A per-client rate limit (limite de débit par client): at most {@code perMinute} requests in each minute
 * that starts at a client's first request, one fixed window per IP address. Windows that ended are dropped
 * when the table grows, so that its size stays bounded by the clients of the last minute.
 */
final class RateLimiter {

  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
  private static final int PRUNE_ABOVE = 10_000;

  private final int perMinute;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /**
   * Counts a request of a client.
   *
   * @return 0 when allowed, else the milliseconds until the client's window ends
   */
  long acquire(String client) {
    long now = clock.getAsLong();
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(window -> now - window.start >= MINUTE);
    }
    Window window = windows.compute(client, (key, old) -> {
      if (old == null || now - old.start >= MINUTE) {
        return new Window(now, 1);
      }
      return new Window(old.start, old.count + 1);
    });
    if (window.count <= perMinute) {
      return 0;
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(window.start + MINUTE - now));
  }

  private static final class Window {
    final long start;
    final int count;

    Window(long start, int count) {
      this.start = start;
      this.count = count;
    }
  }
}
