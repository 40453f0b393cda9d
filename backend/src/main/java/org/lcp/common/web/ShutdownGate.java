package org.lcp.common.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Unavailable;

/**
 * Graceful shutdown, the part Quarkus leaves open: on SIGTERM readiness turns DOWN and requests are
 * still served for {@code quarkus.shutdown.delay} (load balancers notice); after that, a request
 * that arrives anyway is refused at once with 503, Retry-After and {@code Connection: close}, while
 * those already in flight finish (up to {@code quarkus.shutdown.timeout}). Without this gate such a
 * late request would be started and then cut off when the application stops under it.
 */
@ApplicationScoped
public class ShutdownGate {

  private final Duration delay;
  private volatile long refuseFrom = Long.MAX_VALUE;

  ShutdownGate(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
    this.delay = delay.orElse(Duration.ZERO);
  }

  void delayStarted(@Observes ShutdownDelayInitiatedEvent event) {
    refuseFrom = System.nanoTime() + delay.toNanos();
  }

  boolean refusing() {
    return System.nanoTime() - refuseFrom >= 0 && refuseFrom != Long.MAX_VALUE;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              if (!refusing()) {
                ctx.next();
                return;
              }
              ctx.response()
                  .putHeader("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
              HttpGuards.send(
                  ctx,
                  503,
                  ProblemTypes.UNAVAILABLE,
                  "Service unavailable",
                  "this instance is shutting down; retry and another one will answer");
            });
  }
}
