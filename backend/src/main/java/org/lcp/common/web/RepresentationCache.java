package org.lcp.common.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of the heavy reads' answers, kept by their strong ETag (see {@link Conditional}): the
 * ETag is derived from the database's versions of everything the answer shows, the request's path
 * and query, the caller's scope and the day, so an answer kept under an ETag is the answer for
 * every later request that computes the same ETag, on any replica. Nothing here can be stale: a
 * change to the data bumps a version in the same transaction, the next request computes another
 * ETag and misses. Each caller's answers are kept apart ({@code owner}), so what one person sees is
 * never served to another.
 *
 * <p>Bounded by bytes, least recently used first out ({@code lcp.read-cache.max-bytes}); an answer
 * larger than a quarter of the bound is not kept. Requests that miss the same key at once compute
 * it once: the others wait for that answer (after a change, eight faculty opening the same page do
 * not compute it eight times).
 */
@ApplicationScoped
public class RepresentationCache {

  /** What an answer is kept under. */
  public record Key(String etag, String owner, String mediaType) {}

  private final boolean enabled;
  private final long maxBytes;
  private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Key, CompletableFuture<byte[]>> computing = new ConcurrentHashMap<>();
  private long bytes;
  private long hits;
  private long misses;

  public RepresentationCache(
      @ConfigProperty(name = "lcp.read-cache.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "lcp.read-cache.max-bytes", defaultValue = "33554432") long maxBytes,
      MeterRegistry registry) {
    this.enabled = enabled && maxBytes > 0;
    this.maxBytes = maxBytes;
    // on the management port's /q/metrics: how often a heavy read was answered from here
    FunctionCounter.builder("lcp.read.cache.hits", this, c -> c.stats().hits())
        .description("heavy reads answered from the representation cache")
        .register(registry);
    FunctionCounter.builder("lcp.read.cache.misses", this, c -> c.stats().misses())
        .description("heavy reads computed (not in the representation cache)")
        .register(registry);
    Gauge.builder("lcp.read.cache.bytes", this, c -> c.stats().bytes())
        .description("bytes of answers kept in the representation cache")
        .register(registry);
  }

  /** The answer kept under {@code key}, or {@code compute}'s (kept when it fits). */
  public byte[] get(Key key, Supplier<byte[]> compute) {
    if (!enabled) {
      return compute.get();
    }
    byte[] kept = kept(key, true);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = computing.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException | CancellationException e) {
        // the request computing it failed (its own error went to its caller): compute it here
        return compute.get();
      }
    }
    try {
      byte[] again = kept(key, false);
      byte[] answer = again != null ? again : compute.get();
      if (again == null) {
        put(key, answer);
      }
      mine.complete(answer);
      return answer;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(key, mine);
    }
  }

  private synchronized byte[] kept(Key key, boolean count) {
    byte[] b = entries.get(key);
    if (count && b == null) {
      misses++;
    } else if (count) {
      hits++;
    }
    return b;
  }

  private synchronized void put(Key key, byte[] answer) {
    if (answer.length > maxBytes / 4) {
      return;
    }
    byte[] old = entries.put(key, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    Iterator<byte[]> eldest = entries.values().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().length;
      eldest.remove();
    }
  }

  /** Forgets every answer (tests that count a read's statements). */
  public synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  /** How many answers and bytes are kept, and the lookups that found one or not. */
  public record Stats(int entries, long bytes, long hits, long misses) {}

  public synchronized Stats stats() {
    return new Stats(entries.size(), bytes, hits, misses);
  }
}
