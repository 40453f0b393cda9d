package org.lcp.common.health;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a probe of a dependency on its own thread and waits for it a bounded time, so that a
 * readiness check answers quickly even when the dependency hangs. At most one probe runs at a time:
 * while one is stuck, later checks wait on the same one instead of piling up threads.
 */
final class BoundedProbe {

  /** What a probe found: {@code null} when healthy, else why not. */
  record Outcome(boolean up, String detail) {}

  private final String name;
  private final Callable<String> probe;
  private CompletableFuture<String> running;

  BoundedProbe(String name, Callable<String> probe) {
    this.name = name;
    this.probe = probe;
  }

  Outcome check(long timeoutMillis) {
    CompletableFuture<String> future;
    synchronized (this) {
      if (running == null || running.isDone()) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t =
            new Thread(
                () -> {
                  try {
                    f.complete(probe.call());
                  } catch (Throwable e) {
                    f.completeExceptionally(e);
                  }
                },
                "readiness-" + name);
        t.setDaemon(true);
        t.start();
        running = f;
      }
      future = running;
    }
    try {
      String problem = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
      return problem == null ? new Outcome(true, "UP") : new Outcome(false, problem);
    } catch (TimeoutException e) {
      return new Outcome(false, "no answer within " + timeoutMillis + " ms");
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      return new Outcome(false, c.getClass().getSimpleName() + ": " + c.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(false, "interrupted");
    }
  }
}
