package org.lcp.common.identity;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a real deployment (the prod profile without demo data) that would manage
 * Keycloak accounts with the realm file's development secret of {@code lcp-api-admin}: that secret
 * is in the repository, and whoever holds it can create users and read client secrets. Demo
 * deployments ({@code make run}, the end-to-end tests, docker-compose) import the demo realm with
 * that secret and keep it.
 */
@ApplicationScoped
public class AdminSecretCheck {

  /** The secret the realm file gives lcp-api-admin, and application.properties' default. */
  static final String DEVELOPMENT_SECRET = "lcp-api-admin-dev-secret";

  private final boolean identityAdmin;
  private final boolean demoData;
  private final String secret;

  public AdminSecretCheck(
      @ConfigProperty(name = "lcp.identity.admin.enabled") boolean identityAdmin,
      @ConfigProperty(name = "lcp.demo-data.enabled") boolean demoData,
      @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String secret) {
    this.identityAdmin = identityAdmin;
    this.demoData = demoData;
    this.secret = secret;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    check(LaunchMode.current() == LaunchMode.NORMAL, identityAdmin, demoData, secret);
  }

  /** Throws, with what to do, when a real deployment would use the development secret. */
  static void check(boolean prod, boolean identityAdmin, boolean demoData, String secret) {
    if (!prod || !identityAdmin || demoData) {
      return;
    }
    if (secret == null || secret.isBlank() || DEVELOPMENT_SECRET.equals(secret.trim())) {
      throw new IllegalStateException(
          "refusing to start: Keycloak accounts would be managed with the development secret of"
              + " the lcp-api-admin client (LCP_KEYCLOAK_ADMIN_SECRET is unset). In Keycloak,"
              + " regenerate that client's secret (Clients > lcp-api-admin > Credentials) and set"
              + " LCP_KEYCLOAK_ADMIN_SECRET to it, or turn identity administration off"
              + " (LCP_IDENTITY_ADMIN_ENABLED=false)");
    }
  }
}
