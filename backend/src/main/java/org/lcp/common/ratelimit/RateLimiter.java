package org.lcp.common.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Token buckets kept in PostgreSQL (table rate_limit_bucket, V6), so that a limit holds across any
 * number of replicas: each decision is one upsert that refills, decides and records atomically (the
 * row lock orders concurrent requests of one client), with the database's clock. Bucket4j's
 * PostgreSQL proxy would do the same in a transaction of four statements (advisory lock, select,
 * insert or update, commit) around Java-serialized state; this is one round trip.
 *
 * <p>A replica remembers which of its clients were refused, and until when: their further requests
 * are refused without a round trip (the bucket cannot refill before then; another replica can only
 * have spent more of it). This memory is an optimisation a replica may lose at any time.
 */
public class RateLimiter {

  /**
   * GCRA in one statement. The CTE names the parameters once and reads the clock; a new bucket
   * starts full; an existing one refills up to full (greatest(tat, now)). A forced consumption (a
   * penalty) is recorded even beyond the limit, which puts the bucket in debt.
   */
  static final String SQL =
      """
      with p as (select ?::text as k, ?::bigint as cost, ?::bigint as burst, ?::boolean as force,
                        (extract(epoch from clock_timestamp()) * 1000000)::bigint as now)
      insert into rate_limit_bucket as b (bucket_key, tat, allowed, seen_at)
      select k, case when force or cost <= burst then now + cost else now end,
             force or cost <= burst, now
        from p
      on conflict (bucket_key) do update set
        tat = case when ? or greatest(b.tat, excluded.seen_at) + ? - ? <= excluded.seen_at
                   then greatest(b.tat, excluded.seen_at) + ? else b.tat end,
        allowed = ? or greatest(b.tat, excluded.seen_at) + ? - ? <= excluded.seen_at,
        seen_at = excluded.seen_at
      returning tat, allowed, seen_at
      """;

  static final String SWEEP =
      "delete from rate_limit_bucket where tat < (extract(epoch from clock_timestamp()) * 1000000)::bigint - 60000000";

  private static final int MAX_REMEMBERED = 10_000;

  private final DataSource dataSource;
  private final Map<String, Long> refusedUntilNanos = new ConcurrentHashMap<>();

  public RateLimiter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A refusal this process remembers from an earlier decision on {@code key}'s bucket, answered
   * without asking the database; null when there is none (or it is over).
   */
  public Decision remembered(Policy policy, String key) {
    String bucket = policy.name() + ":" + key;
    Long until = refusedUntilNanos.get(bucket);
    if (until == null) {
      return null;
    }
    long left = until - System.nanoTime();
    if (left <= 0) {
      refusedUntilNanos.remove(bucket, until);
      return null;
    }
    long seconds = ceilSeconds(left / 1000);
    return new Decision(policy, false, 0, seconds, seconds);
  }

  /** Spends one request of {@code key}'s bucket under {@code policy}, if one is left. */
  public Decision consume(Policy policy, String key) throws SQLException {
    Decision refused = remembered(policy, key);
    return refused != null ? refused : run(policy, policy.name() + ":" + key, 1, false);
  }

  /**
   * Spends {@code cost} more of {@code key}'s bucket whatever is left (a penalty, e.g. for a wrong
   * calendar link): the bucket may go into debt, which refuses the next requests for longer.
   */
  public Decision penalize(Policy policy, String key, long cost) throws SQLException {
    return run(policy, policy.name() + ":" + key, cost, true);
  }

  private Decision run(Policy policy, String bucket, long tokens, boolean force)
      throws SQLException {
    long cost = tokens * policy.intervalMicros();
    long burst = policy.burstMicros();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SQL)) {
      s.setQueryTimeout(2);
      int i = 1;
      s.setString(i++, bucket);
      s.setLong(i++, cost);
      s.setLong(i++, burst);
      s.setBoolean(i++, force);
      s.setBoolean(i++, force);
      s.setLong(i++, cost);
      s.setLong(i++, burst);
      s.setLong(i++, cost);
      s.setBoolean(i++, force);
      s.setLong(i++, cost);
      s.setLong(i, burst);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return decide(policy, bucket, r.getLong(1), r.getBoolean(2), r.getLong(3));
      }
    }
  }

  private Decision decide(Policy policy, String bucket, long tat, boolean allowed, long now) {
    long interval = policy.intervalMicros();
    long remaining =
        Math.max(0, Math.min(policy.limit(), (now + policy.burstMicros() - tat) / interval));
    long reset = ceilSeconds(Math.max(0, tat - now));
    if (allowed) {
      return new Decision(policy, true, remaining, reset, 0);
    }
    // one more request fits when tat + interval - burst <= now
    long waitMicros = Math.max(1, tat + interval - policy.burstMicros() - now);
    if (refusedUntilNanos.size() >= MAX_REMEMBERED) {
      refusedUntilNanos.clear();
    }
    refusedUntilNanos.put(bucket, System.nanoTime() + waitMicros * 1000);
    long retry = ceilSeconds(waitMicros);
    return new Decision(policy, false, 0, Math.max(reset, retry), retry);
  }

  /** Deletes the buckets that have been full for a minute (as good as absent). */
  public int sweep() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SWEEP)) {
      return s.executeUpdate();
    }
  }

  static long ceilSeconds(long micros) {
    return (micros + 999_999) / 1_000_000;
  }
}
