package org.lcp.common.error;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * A dependency the API needs is not answering (the database, the identity provider's keys): not a
 * bug, and not the caller's fault. Such a failure is answered {@code 503} with {@code Retry-After}
 * and logged as one WARN line per burst, without a stack trace, instead of an ERROR per request.
 */
public final class Unavailable {

  /** Seconds a client should wait before it retries (the {@code Retry-After} header). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** A burst: after a warning, further ones are counted and summarised at most this often. */
  static final long WARN_EVERY_NANOS = 10_000_000_000L;

  private static final Logger LOG = Logger.getLogger(Unavailable.class);

  /** What is not answering. */
  public enum Dependency {
    DATABASE("the database", "the database is not answering; retry in a few seconds"),
    IDENTITY_PROVIDER(
        "the identity provider",
        "the identity provider cannot be reached to verify the bearer token; retry in a few"
            + " seconds"),
    IDENTITY_ADMIN(
        "Keycloak's admin API",
        "the identity provider's administration API (Keycloak) did not answer; nothing was changed;"
            + " retry in a few seconds");

    private final String what;
    private final String detail;

    Dependency(String what, String detail) {
      this.what = what;
      this.detail = detail;
    }
  }

  private static final class Throttle {
    final AtomicLong last = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    final AtomicLong suppressed = new AtomicLong();
  }

  private static final Throttle[] THROTTLES = {new Throttle(), new Throttle(), new Throttle()};

  private Unavailable() {}

  /**
   * The dependency a failure says is unavailable, looking through its causes: a connection that
   * cannot be made or was lost (SQLState class 08), the server shutting down or refusing (57P01-03,
   * 53300), a statement or query timeout (57014), the pool giving up waiting for a connection, or
   * the OIDC provider unreachable.
   */
  public static Optional<Dependency> of(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof IdentityAdminUnavailable) {
        return Optional.of(Dependency.IDENTITY_ADMIN);
      }
      if (database(t)) {
        return Optional.of(Dependency.DATABASE);
      }
      if (identityProvider(t)) {
        return Optional.of(Dependency.IDENTITY_PROVIDER);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static boolean database(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof SQLTimeoutException
        || t instanceof jakarta.persistence.QueryTimeoutException
        || t instanceof org.hibernate.QueryTimeoutException
        || t instanceof org.hibernate.exception.JDBCConnectionException) {
      return true;
    }
    if (t instanceof SQLException s) {
      String state = s.getSQLState();
      if (state != null
          && (state.startsWith("08")
              || state.equals("57P01") // admin_shutdown
              || state.equals("57P02") // crash_shutdown
              || state.equals("57P03") // cannot_connect_now (starting up, recovering)
              || state.equals("57014") // query_canceled: statement_timeout
              || state.equals("53300"))) { // too_many_connections
        return true;
      }
      String message = lower(s.getMessage());
      // Agroal: "Acquisition timeout while waiting for new connection", "Sorry, acquisition
      // timeout!"
      return message.contains("acquisition timeout");
    }
    return false;
  }

  private static boolean identityProvider(Throwable t) {
    // quarkus-oidc: "OIDC server is not available at the 'quarkus.oidc.auth-server-url' URL"
    return t.getClass().getName().equals("io.quarkus.oidc.OIDCException")
        && lower(t.getMessage()).contains("not available");
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** The 503 answer, logged as one WARN line per burst. */
  public static Response response(Dependency dependency, Throwable cause, String instance) {
    warn(dependency, cause, instance);
    return Response.fromResponse(
            Problem.response(
                503,
                ProblemTypes.UNAVAILABLE,
                "Service unavailable",
                dependency.detail,
                instance,
                null,
                null))
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
        .build();
  }

  static void warn(Dependency dependency, Throwable cause, String instance) {
    Throttle throttle = THROTTLES[dependency.ordinal()];
    long now = System.nanoTime();
    long last = throttle.last.get();
    if (now - last >= WARN_EVERY_NANOS && throttle.last.compareAndSet(last, now)) {
      long more = throttle.suppressed.getAndSet(0);
      LOG.warnf(
          "%s is unavailable; answering 503 with Retry-After (%s on %s: %s)%s",
          dependency.what,
          cause == null ? "-" : cause.getClass().getSimpleName(),
          instance,
          cause == null ? "-" : rootMessage(cause),
          more == 0 ? "" : "; " + more + " more such answers since the last warning");
    } else {
      throttle.suppressed.incrementAndGet();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    int depth = 0;
    while (root.getCause() != null && root.getCause() != root && depth++ < 20) {
      root = root.getCause();
    }
    String m = root.getMessage();
    if (m == null) {
      return root.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s+", " ");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
