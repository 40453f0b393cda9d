package org.lcp.common.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers a query, and says so within a bounded time even when the
 * database hangs (the built-in check would wait for the pool's acquisition and socket timeouts).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private final BoundedProbe probe;
  private final long timeoutMillis;

  DatabaseReadiness(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "lcp.health.timeout-ms", defaultValue = "1500") long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.probe =
        new BoundedProbe(
            "database",
            () -> {
              try (Connection c = dataSource.getConnection();
                  Statement s = c.createStatement()) {
                s.setQueryTimeout(2);
                s.execute("select 1");
                return null;
              }
            });
  }

  @Override
  public HealthCheckResponse call() {
    BoundedProbe.Outcome o = probe.check(timeoutMillis);
    return HealthCheckResponse.named("Database")
        .status(o.up())
        .withData("status", o.detail())
        .build();
  }
}
