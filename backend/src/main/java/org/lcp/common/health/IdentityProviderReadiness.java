package org.lcp.common.health;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the API holds the OIDC provider's keys, so a replica that started while the
 * provider was unreachable takes no traffic it could only answer with 503. While not ready, each
 * check tries again to reach the provider (bounded), so the replica becomes ready by itself when
 * the provider comes back. Once the keys are held, the replica stays ready through a provider
 * outage: tokens signed with those keys keep being verified (quarkus-oidc caches them).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  private final TenantConfigBean tenants;
  private final BoundedProbe probe;
  private final long timeoutMillis;

  IdentityProviderReadiness(
      TenantConfigBean tenants,
      @ConfigProperty(name = "lcp.health.timeout-ms", defaultValue = "1500") long timeoutMillis) {
    this.tenants = tenants;
    this.timeoutMillis = timeoutMillis;
    this.probe = new BoundedProbe("oidc", this::initialize);
  }

  private String initialize() {
    TenantConfigContext tenant = tenants.getDefaultTenant();
    TenantConfigContext ready =
        tenant.initialize().await().atMost(Duration.ofSeconds(30)); // the probe is bounded anyway
    return ready != null && ready.ready() ? null : "the provider's keys could not be loaded";
  }

  @Override
  public HealthCheckResponse call() {
    TenantConfigContext tenant = tenants.getDefaultTenant();
    if (tenant == null || tenant.oidcConfig() == null || tenant.ready()) {
      return HealthCheckResponse.named("OIDC provider")
          .up()
          .withData("status", "verification keys loaded")
          .build();
    }
    BoundedProbe.Outcome o = probe.check(timeoutMillis);
    if (o.up() && tenant.ready()) {
      return HealthCheckResponse.named("OIDC provider")
          .up()
          .withData("status", "verification keys loaded")
          .build();
    }
    return HealthCheckResponse.named("OIDC provider")
        .down()
        .withData("status", "the provider's keys cannot be had: " + o.detail())
        .build();
  }
}
