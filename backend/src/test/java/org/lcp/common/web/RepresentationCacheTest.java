package org.lcp.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounds and the sharing of the heavy reads' answer cache, without the application. */
class RepresentationCacheTest {

  static RepresentationCache cache(boolean enabled, long maxBytes) {
    return new RepresentationCache(enabled, maxBytes, new SimpleMeterRegistry());
  }

  static RepresentationCache.Key key(String etag) {
    return new RepresentationCache.Key(etag, "PERSON:u1", "application/json");
  }

  static byte[] bytes(int n) {
    return new byte[n];
  }

  @Test
  void anAnswerIsComputedOncePerKeyAndKeptApartPerOwnerAndMediaType() {
    RepresentationCache c = cache(true, 1000);
    AtomicInteger computed = new AtomicInteger();
    byte[] first = c.get(key("\"a\""), () -> text("one", computed));
    byte[] second = c.get(key("\"a\""), () -> text("two", computed));
    assertThat(second).isSameAs(first);
    assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("one");
    assertThat(computed).hasValue(1);
    // another ETag, another owner, another media type: each its own answer
    assertThat(c.get(key("\"b\""), () -> text("b", computed))).asString().isEqualTo("b");
    assertThat(
            c.get(
                new RepresentationCache.Key("\"a\"", "PERSON:u2", "application/json"),
                () -> text("u2", computed)))
        .asString()
        .isEqualTo("u2");
    assertThat(
            c.get(
                new RepresentationCache.Key("\"a\"", "PERSON:u1", "text/calendar"),
                () -> text("ics", computed)))
        .asString()
        .isEqualTo("ics");
    assertThat(computed).hasValue(4);
    assertThat(c.stats()).isEqualTo(new RepresentationCache.Stats(4, 9, 1, 4));
  }

  @Test
  void theLeastRecentlyUsedAnswersGoFirstAndTheBytesStayUnderTheBound() {
    RepresentationCache c = cache(true, 1000);
    c.get(key("1"), () -> bytes(200));
    c.get(key("2"), () -> bytes(200));
    c.get(key("3"), () -> bytes(200));
    c.get(key("4"), () -> bytes(200));
    c.get(key("1"), () -> bytes(1)); // used again: now the most recent
    c.get(key("5"), () -> bytes(250)); // 1,050 bytes: the least recently used (2) goes
    assertThat(c.stats().bytes()).isEqualTo(850);
    assertThat(c.stats().entries()).isEqualTo(4);
    AtomicInteger computed = new AtomicInteger();
    c.get(key("1"), () -> text("x", computed));
    c.get(key("3"), () -> text("x", computed));
    assertThat(computed).as("1 and 3 were kept").hasValue(0);
    c.get(key("2"), () -> text("x", computed));
    assertThat(computed).as("2 was not").hasValue(1);
    assertThat(c.stats().bytes()).isLessThanOrEqualTo(1000);
  }

  @Test
  void anAnswerLargerThanAQuarterOfTheBoundIsNotKept() {
    RepresentationCache c = cache(true, 1000);
    AtomicInteger computed = new AtomicInteger();
    c.get(key("big"), () -> count(bytes(251), computed));
    c.get(key("big"), () -> count(bytes(251), computed));
    assertThat(computed).hasValue(2);
    assertThat(c.stats().entries()).isZero();
    c.get(key("fits"), () -> count(bytes(250), computed));
    c.get(key("fits"), () -> count(bytes(250), computed));
    assertThat(computed).hasValue(3);
  }

  @Test
  void aFailureIsNotKeptAndDisabledComputesEveryTime() {
    RepresentationCache c = cache(true, 1000);
    assertThatThrownBy(
            () ->
                c.get(
                    key("e"),
                    () -> {
                      throw new IllegalArgumentException("bad query");
                    }))
        .hasMessage("bad query");
    assertThat(c.get(key("e"), () -> "ok".getBytes(StandardCharsets.UTF_8)))
        .asString()
        .isEqualTo("ok");

    RepresentationCache off = cache(false, 1000);
    AtomicInteger computed = new AtomicInteger();
    off.get(key("a"), () -> text("a", computed));
    off.get(key("a"), () -> text("a", computed));
    assertThat(computed).hasValue(2);
    assertThat(off.stats().entries()).isZero();
  }

  @Test
  void requestsThatMissTheSameKeyAtOnceComputeItOnce() throws Exception {
    RepresentationCache c = cache(true, 1000);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> answers = new ArrayList<>();
      answers.add(
          pool.submit(
              () ->
                  c.get(
                      key("k"),
                      () -> {
                        started.countDown();
                        await(release);
                        return text("once", computed);
                      })));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        answers.add(pool.submit(() -> c.get(key("k"), () -> text("again", computed))));
      }
      Thread.sleep(100);
      release.countDown();
      for (Future<byte[]> a : answers) {
        assertThat(a.get(10, TimeUnit.SECONDS)).asString().isEqualTo("once");
      }
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  static byte[] text(String s, AtomicInteger computed) {
    computed.incrementAndGet();
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] count(byte[] b, AtomicInteger computed) {
    computed.incrementAndGet();
    return b;
  }

  static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
