package org.lcp.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.lcp.support.TcpProxy;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The limiter against the real PostgreSQL: the state is shared by every replica (two limiters, two
 * connection sources, one database, as two replicas would be), refills, penalties, the cost of a
 * decision, and what happens when the database is gone (fail open).
 */
@QuarkusTest
@TestProfile(LowLimits.class)
class RateLimiterTest {

  static URI database() {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return URI.create(url.substring("jdbc:".length()));
  }

  /** A connection source of its own, as another replica has (no pool: a connection per call). */
  static DataSource replica(String host, int port) {
    URI db = database();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {host});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(db.getPath().substring(1));
    ds.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
    ds.setConnectTimeout(2);
    return ds;
  }

  static DataSource replica() {
    URI db = database();
    return replica(db.getHost(), db.getPort());
  }

  @Test
  void twoReplicasSpendOneBucket() throws Exception {
    RateLimiter one = new RateLimiter(replica());
    RateLimiter two = new RateLimiter(replica());
    Policy policy = new Policy("replicas", 10, Duration.ofMinutes(1));
    String key = "caller:" + UUID.randomUUID();
    List<Long> remaining = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Decision d = (i % 2 == 0 ? one : two).consume(policy, key);
      assertThat(d.allowed()).as("request %d", i).isTrue();
      remaining.add(d.remaining());
    }
    // one count, whichever replica answered
    assertThat(remaining).containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
    assertThat(one.consume(policy, key).allowed()).isFalse();
    assertThat(two.consume(policy, key).allowed()).isFalse();
  }

  @Test
  void concurrentReplicasNeverAllowMoreThanTheLimit() throws Exception {
    Policy policy = new Policy("race", 25, Duration.ofMinutes(10));
    String key = "caller:" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        RateLimiter replica = new RateLimiter(replica());
        Callable<Integer> hammer =
            () -> {
              int allowed = 0;
              for (int i = 0; i < 20; i++) {
                if (replica.consume(policy, key).allowed()) {
                  allowed++;
                }
              }
              return allowed;
            };
        results.add(pool.submit(hammer));
      }
      int allowed = 0;
      for (Future<Integer> f : results) {
        allowed += f.get();
      }
      assertThat(allowed).isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBucketRefillsAtLimitPerWindow() throws Exception {
    RateLimiter limiter = new RateLimiter(replica());
    Policy policy = new Policy("refill", 2, Duration.ofSeconds(2));
    String key = "caller:" + UUID.randomUUID();
    assertThat(limiter.consume(policy, key).allowed()).isTrue();
    assertThat(limiter.consume(policy, key).allowed()).isTrue();
    Decision refused = limiter.consume(policy, key);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    // refused again without asking the database (the replica remembers until when)
    assertThat(limiter.consume(policy, key).allowed()).isFalse();
    Thread.sleep(1100);
    Decision again = limiter.consume(policy, key);
    assertThat(again.allowed()).isTrue();
    assertThat(again.header()).startsWith("\"refill\";r=0;t=");
  }

  @Test
  void aPenaltyPutsTheBucketInDebt() throws Exception {
    RateLimiter limiter = new RateLimiter(replica());
    Policy policy = new Policy("debt", 4, Duration.ofMinutes(1)); // one every 15 s
    String key = "address:" + UUID.randomUUID();
    Decision penalized = limiter.penalize(policy, key, 10);
    assertThat(penalized.allowed()).isTrue(); // a penalty is recorded whatever is left
    Decision refused = limiter.consume(policy, key);
    assertThat(refused.allowed()).isFalse();
    // 6 tokens of debt plus the one asked for: 7 x 15 s
    assertThat(refused.retryAfterSeconds()).isBetween(104L, 105L);
  }

  @Test
  void whenTheDatabaseIsGoneRequestsGoOnUnlimited() throws Exception {
    URI db = database();
    try (TcpProxy proxy = TcpProxy.start(0, db.getHost(), db.getPort())) {
      RateLimits limits =
          new RateLimits(
              replica("127.0.0.1", proxy.port()),
              true,
              1,
              Duration.ofMinutes(1),
              1,
              Duration.ofMinutes(1),
              1,
              Duration.ofMinutes(1),
              2,
              60,
              Duration.ofMinutes(1));
      Policy api = limits.policyFor(io.vertx.core.http.HttpMethod.GET, "/api/me");
      String key = "caller:" + UUID.randomUUID();
      assertThat(limits.decide(api, key).allowed()).isTrue();
      assertThat(limits.decide(api, key).allowed()).isFalse();

      proxy.cut();
      long start = System.nanoTime();
      assertThat(limits.decide(api, "caller:" + UUID.randomUUID())).isNull(); // fail open
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      // the direct call says why
      assertThatThrownBy(() -> limits.limiter().consume(api, "caller:x"))
          .isInstanceOf(SQLException.class);

      proxy.heal();
      // after a failure the limiter is left alone for a few seconds: an outage costs one slow try
      assertThat(limits.decide(api, key)).as("paused after the failure").isNull();
      limits.pausedUntil = 0; // the pause is over
      Decision back = limits.decide(api, key);
      assertThat(back).isNotNull();
      assertThat(back.allowed()).isFalse(); // the count survived the outage
    }
  }

  @Test
  void policiesAndTheirHeaders() {
    RateLimits limits =
        new RateLimits(
            replica(),
            true,
            600,
            Duration.ofMinutes(1),
            10,
            Duration.ofMinutes(1),
            120,
            Duration.ofMinutes(1),
            10,
            60,
            Duration.ofMinutes(1));
    var get = io.vertx.core.http.HttpMethod.GET;
    var post = io.vertx.core.http.HttpMethod.POST;
    assertThat(limits.policyFor(get, "/api/calendar-feeds/abc").name()).isEqualTo("feeds");
    // e-mails' unsubscribe links take no token either: per address, like the feeds
    assertThat(limits.policyFor(get, "/api/unsubscribe/abc").name()).isEqualTo("feeds");
    assertThat(limits.policyFor(post, "/api/unsubscribe/abc").name()).isEqualTo("feeds");
    assertThat(limits.policyFor(post, "/api/collaboratives/x/metric-imports").name())
        .isEqualTo("uploads");
    assertThat(limits.policyFor(get, "/api/collaboratives/x/metric-imports").name())
        .isEqualTo("api");
    assertThat(limits.policyFor(get, "/api/me").header()).isEqualTo("\"api\";q=600;w=60");
    assertThat(RateLimits.describe(Duration.ofSeconds(1))).isEqualTo("second");
    assertThat(RateLimits.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    assertThat(RateLimits.describe(Duration.ofMinutes(5))).isEqualTo("5 minutes");
    assertThat(RateLimits.describe(Duration.ofHours(1))).isEqualTo("hour");
    assertThat(RateLimits.describe(Duration.ofHours(2))).isEqualTo("2 hours");
    assertThatThrownBy(() -> new Policy("x", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Policy("x", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oldFullBucketsAreSwept() throws Exception {
    RateLimiter limiter = new RateLimiter(replica());
    String key = "caller:" + UUID.randomUUID();
    limiter.consume(new Policy("sweep", 5, Duration.ofMinutes(1)), key);
    try (Connection c = replica().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update rate_limit_bucket set tat = tat - 3600000000 where bucket_key = 'sweep:"
              + key
              + "'");
    }
    assertThat(limiter.sweep()).isGreaterThanOrEqualTo(1);
  }

  /**
   * What a decision costs on the application's pool, beside the cheapest statement there is (the
   * figure is printed; the bound only catches a gross regression).
   */
  @Test
  void aDecisionCostsAboutOneRoundTrip() throws Exception {
    DataSource pool = io.quarkus.arc.Arc.container().instance(DataSource.class).get();
    RateLimiter limiter = new RateLimiter(pool);
    Policy policy = new Policy("cost", 1_000_000, Duration.ofMinutes(1));
    int n = 2000;
    for (int i = 0; i < 200; i++) { // warm up
      limiter.consume(policy, "caller:warm" + (i % 20));
      selectOne(pool);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      limiter.consume(policy, "caller:c" + (i % 50));
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      selectOne(pool);
    }
    long t2 = System.nanoTime();
    double decision = (t1 - t0) / 1000.0 / n;
    double roundTrip = (t2 - t1) / 1000.0 / n;
    System.out.printf(
        "rate limit decision: %.0f µs on average over %d (select 1: %.0f µs)%n",
        decision, n, roundTrip);
    assertThat(decision).isLessThan(20_000);
  }

  static void selectOne(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeQuery("select 1").close();
    }
  }
}
