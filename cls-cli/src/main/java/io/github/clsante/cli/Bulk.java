package io.github.clsante.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per item on a bounded pool of threads and hands the results over in the
 * order of the items, on the calling thread, whatever order the threads finish in: so what a run
 * prints never depends on scheduling. At most {@code 2 × jobs} results are held at once (the reorder
 * window), so memory is bounded by the largest items in flight, not by the number of items.
 */
final class Bulk {

  private Bulk() {}

  /**
   * Works on every item and gives each result, in the items' order, to {@code sink}.
   *
   * @param items the items, in the order of the output
   * @param jobs how many items are worked on at once (1: on the calling thread, no pool)
   * @param work the work on one item; it must not throw (a failure is a result)
   * @param sink receives each result in order, on the calling thread
   * @param <T> the items
   * @param <R> the results
   */
  static <T, R> void run(List<T> items, int jobs, Function<T, R> work, Consumer<R> sink) {
    if (jobs <= 1 || items.size() <= 1) {
      for (T item : items) {
        sink.accept(work.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), new Threads());
    try {
      int window = 2 * jobs;
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
      int next = 0;
      while (next < items.size() || !inFlight.isEmpty()) {
        while (next < items.size() && inFlight.size() < window) {
          T item = items.get(next++);
          inFlight.add(CompletableFuture.supplyAsync(() -> work.apply(item), pool));
        }
        sink.accept(result(inFlight.remove()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while validating", e);
    } catch (ExecutionException e) {
      // The work catches what a file can cause; anything else is a bug of the command, passed on.
      Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
          ? c.getCause() : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads named after the command, so that a stuck file never keeps the JVM alive. */
  private static final class Threads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "cls-validate-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
