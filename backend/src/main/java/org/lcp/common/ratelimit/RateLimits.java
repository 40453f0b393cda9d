package org.lcp.common.ratelimit;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.common.error.Problem;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Unavailable;

/**
 * Per-client rate limits on {@code /api}, decided in the HTTP layer before the REST layer reads a
 * byte of the body, with their state in PostgreSQL ({@link RateLimiter}) so that they hold across
 * replicas:
 *
 * <ul>
 *   <li>{@code feeds}: the calendar feeds and e-mails' unsubscribe links, which take no bearer
 *       token, per client address; a wrong, revoked or malformed link (400, 404) costs {@code
 *       miss-cost} requests, so guessing links stops after a few tries;
 *   <li>{@code uploads}: {@code POST .../metric-imports}, per caller;
 *   <li>{@code api}: every other call, per caller.
 * </ul>
 *
 * <p>A caller is its bearer token, by a SHA-256 digest (decided before the token is verified, at
 * the cost of a digest: verifying here would answer a bad token's 401 outside the REST layer's
 * problem bodies; a token cannot be forged to spend somebody else's bucket, though a renewed token
 * starts a new one). A request without a token is keyed by its address. The client address is the
 * TCP peer's, or the one a trusted proxy forwards when LCP_PROXY_FORWARDING is on (Quarkus then
 * rewrites the peer address; X-Forwarded-For from anybody else is ignored).
 *
 * <p>Every answer under a limit says where the caller stands (RateLimit-Policy and RateLimit,
 * draft-ietf-httpapi-ratelimit-headers); a refusal is 429 problem+json with Retry-After.
 *
 * <p>When the database cannot answer, requests go on unlimited (fail open) with a warning at most
 * once a minute: the limiter protects the database from floods, and while the database is down the
 * operations themselves answer 503; refusing everybody with 429 would blame the clients for an
 * outage and give them a wrong Retry-After.
 */
@ApplicationScoped
public class RateLimits {

  private static final Logger LOG = Logger.getLogger(RateLimits.class);
  static final long PAUSE_AFTER_FAILURE_MILLIS = 5_000;
  static final long DECISION_DEADLINE_MILLIS = 1_000;
  volatile long pausedUntil; // package-private: tests end the pause
  private static final String FEEDS = "/api/calendar-feeds/";

  /** E-mails' unsubscribe links: no token either, limited like the feeds. */
  private static final String UNSUBSCRIBE = "/api/unsubscribe/";

  private static final long SWEEP_EVERY_MS = Duration.ofMinutes(5).toMillis();

  private final boolean enabled;
  private final Policy api;
  private final Policy uploads;
  private final Policy feeds;
  private final Policy refusedTokens;
  private final long missCost;
  private final RateLimiter limiter;
  private final AtomicLong lastWarning = new AtomicLong();
  private Vertx vertx;
  private long sweeper = -1;

  public RateLimits(
      DataSource dataSource,
      @ConfigProperty(name = "lcp.rate-limit.enabled") boolean enabled,
      @ConfigProperty(name = "lcp.rate-limit.api.limit") long apiLimit,
      @ConfigProperty(name = "lcp.rate-limit.api.window") Duration apiWindow,
      @ConfigProperty(name = "lcp.rate-limit.uploads.limit") long uploadsLimit,
      @ConfigProperty(name = "lcp.rate-limit.uploads.window") Duration uploadsWindow,
      @ConfigProperty(name = "lcp.rate-limit.feeds.limit") long feedsLimit,
      @ConfigProperty(name = "lcp.rate-limit.feeds.window") Duration feedsWindow,
      @ConfigProperty(name = "lcp.rate-limit.feeds.miss-cost") long missCost,
      @ConfigProperty(name = "lcp.rate-limit.refused-tokens.limit") long refusedTokensLimit,
      @ConfigProperty(name = "lcp.rate-limit.refused-tokens.window") Duration refusedTokensWindow) {
    this.refusedTokens = new Policy("refused-tokens", refusedTokensLimit, refusedTokensWindow);
    this.enabled = enabled;
    this.api = new Policy("api", apiLimit, apiWindow);
    this.uploads = new Policy("uploads", uploadsLimit, uploadsWindow);
    this.feeds = new Policy("feeds", feedsLimit, feedsWindow);
    if (missCost < 1) {
      throw new IllegalArgumentException("lcp.rate-limit.feeds.miss-cost must be at least 1");
    }
    this.missCost = missCost;
    this.limiter = new RateLimiter(dataSource);
  }

  void install(@Observes Router router, Vertx vertx) {
    if (!enabled) {
      LOG.warn("rate limits are off (lcp.rate-limit.enabled=false)");
      return;
    }
    this.vertx = vertx;
    // after CORS (order -300, so that a browser can read a 429) and the body-size guard, before
    // the REST layer
    router.route("/api/*").order(-150).handler(this::limit);
    sweeper = vertx.setPeriodic(SWEEP_EVERY_MS, id -> sweep());
  }

  void stop(@Observes ShutdownEvent event) {
    if (vertx != null && sweeper >= 0) {
      vertx.cancelTimer(sweeper);
    }
  }

  /** Which policy a request falls under. */
  Policy policyFor(HttpMethod method, String path) {
    if (path.startsWith(FEEDS) || path.startsWith(UNSUBSCRIBE)) {
      return feeds;
    }
    if (method == HttpMethod.POST && path.endsWith("/metric-imports")) {
      return uploads;
    }
    return api;
  }

  /**
   * Whose bucket a request spends: the caller's bearer token (a digest of it), or the client's
   * address for the feeds and for requests without a token.
   */
  static String keyFor(RoutingContext ctx, Policy policy) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (!"feeds".equals(policy.name())
        && authorization != null
        && authorization.length() > 7
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return "token:" + digest(authorization.substring(7).trim());
    }
    return addressKey(ctx);
  }

  static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String addressKey(RoutingContext ctx) {
    io.vertx.core.net.SocketAddress peer = ctx.request().remoteAddress();
    if (peer == null) {
      return "address:unknown";
    }
    return "address:" + (peer.hostAddress() != null ? peer.hostAddress() : peer.host());
  }

  /**
   * The limiter's decision, or null when the database does not answer (fail open). After a failure
   * the limiter is not asked again for {@link #PAUSE_AFTER_FAILURE_MILLIS}: during an outage a
   * request pays for at most one slow attempt, not one each.
   */
  Decision decide(Policy policy, String key) {
    if (System.currentTimeMillis() < pausedUntil) {
      return null;
    }
    try {
      return limiter.consume(policy, key);
    } catch (SQLException | RuntimeException e) {
      pausedUntil = System.currentTimeMillis() + PAUSE_AFTER_FAILURE_MILLIS;
      warn(e);
      return null;
    }
  }

  private void limit(RoutingContext ctx) {
    if (ctx.request().method() == HttpMethod.OPTIONS) {
      ctx.next(); // CORS preflights carry no token and cost nothing
      return;
    }
    Policy policy = policyFor(ctx.request().method(), ctx.normalizedPath());
    String key = keyFor(ctx, policy);
    if (key.startsWith("token:")) {
      // every new token has a bucket of its own, so tokens the API refuses (forged, random,
      // expired) are also counted per address: past the limit, that address waits, whatever token
      // it sends. Known in this process without a query; the count itself is shared by replicas.
      String address = addressKey(ctx);
      Decision blocked = limiter.remembered(refusedTokens, address);
      if (blocked != null) {
        ctx.response()
            .putHeader("RateLimit-Policy", blocked.policyHeader())
            .putHeader("RateLimit", blocked.header());
        refuse(ctx, blocked);
        return;
      }
      ctx.addEndHandler(v -> countRefusedToken(ctx, address));
    }
    ctx.request().pause(); // the body waits for the REST layer, which resumes the request
    // a slow database must not make every request slower: past the deadline the request goes on
    // unlimited (fail open) and the late decision is dropped
    AtomicBoolean decided = new AtomicBoolean();
    long deadline =
        ctx.vertx()
            .setTimer(
                DECISION_DEADLINE_MILLIS,
                t -> {
                  if (decided.compareAndSet(false, true)) {
                    ctx.next();
                  }
                });
    ctx.vertx()
        .executeBlocking(() -> decide(policy, key), false)
        .onComplete(
            result -> {
              if (!decided.compareAndSet(false, true)) {
                return;
              }
              ctx.vertx().cancelTimer(deadline);
              Decision d = result.succeeded() ? result.result() : null;
              if (d == null) {
                ctx.next();
                return;
              }
              ctx.response()
                  .putHeader("RateLimit-Policy", d.policyHeader())
                  .putHeader("RateLimit", d.header());
              if (!d.allowed()) {
                refuse(ctx, d);
                return;
              }
              if (policy == feeds) {
                ctx.addEndHandler(v -> penalizeMiss(ctx, key));
              }
              ctx.next();
            });
  }

  private void refuse(RoutingContext ctx, Decision d) {
    Policy p = d.policy();
    String detail =
        "too many requests: the "
            + p.name()
            + " limit allows "
            + p.limit()
            + " requests per "
            + describe(p.window())
            + (p == feeds
                ? " from one address (a wrong calendar link counts as " + missCost + ")"
                : p == refusedTokens
                    ? " with a token the API refuses, from one address (forged, unknown or expired"
                        + " tokens)"
                    : " per caller")
            + "; retry in "
            + d.retryAfterSeconds()
            + (d.retryAfterSeconds() == 1 ? " second" : " seconds");
    if (!ctx.request().isEnded()) {
      // the body is left unread: the connection cannot carry another request
      ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
    }
    ctx.response()
        .setStatusCode(429)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(d.retryAfterSeconds()))
        .end(
            Problem.json(
                429,
                ProblemTypes.TOO_MANY_REQUESTS,
                "Too many requests",
                detail,
                ctx.normalizedPath()));
  }

  /** The API refused the request's token (401): the address spends one of its refused tokens. */
  private void countRefusedToken(RoutingContext ctx, String address) {
    if (ctx.response().getStatusCode() == 401) {
      vertx
          .executeBlocking(() -> limiter.consume(refusedTokens, address), false)
          .onFailure(this::warn);
    }
  }

  /** A feed answered 400 or 404: somebody holds a wrong link, or is guessing. */
  private void penalizeMiss(RoutingContext ctx, String key) {
    int status = ctx.response().getStatusCode();
    if ((status == 400 || status == 404) && missCost > 1) {
      vertx
          .executeBlocking(() -> limiter.penalize(feeds, key, missCost - 1), false)
          .onFailure(this::warn);
    }
  }

  private void sweep() {
    vertx.executeBlocking(limiter::sweep, false).onFailure(this::warn);
  }

  private void warn(Throwable e) {
    if (Unavailable.of(e).isPresent()) {
      // the database is down or stalled: the requests that need it answer 503 and say so, once
      // per burst (Unavailable); a second warning here would only repeat it
      return;
    }
    long now = System.currentTimeMillis();
    long last = lastWarning.get();
    if (now - last >= 60_000 && lastWarning.compareAndSet(last, now)) {
      LOG.warnf(
          "rate limits are not applied while the database does not answer (%s); requests go on"
              + " unlimited",
          e.toString());
    }
  }

  static String describe(Duration window) {
    long s = window.toSeconds();
    if (s == 1) {
      return "second";
    }
    if (s % 3600 == 0) {
      return s == 3600 ? "hour" : (s / 3600) + " hours";
    }
    if (s % 60 == 0) {
      return s == 60 ? "minute" : (s / 60) + " minutes";
    }
    return s + " seconds";
  }

  /** For tests: the limiter, and the policies as configured. */
  RateLimiter limiter() {
    return limiter;
  }

  Policy feeds() {
    return feeds;
  }
}
