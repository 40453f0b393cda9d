package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcp.support.FaultProxies;

/**
 * The API started while Keycloak is unreachable (a {@link org.lcp.support.TcpProxy} in front of the
 * real one, cut before Quarkus starts): not ready, and an authenticated request answers 503 at once
 * instead of waiting ~28 s for a 500; when Keycloak is back the API becomes ready by itself, and
 * once it holds the keys, a Keycloak outage no longer stops verified tokens.
 */
@Tag("keycloak")
@ExtendWith(RealKeycloakTest.KeycloakAnswers.class)
@QuarkusTest
@TestProfile(KeycloakFaultTest.KeycloakThroughProxy.class)
class KeycloakFaultTest {

  public static class KeycloakThroughProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      FaultProxies.keycloak(RealKeycloakTest.KEYCLOAK).cut(); // unreachable from the start
      return Map.of(
          "quarkus.oidc.public-key",
          "",
          "quarkus.oidc.token.issuer",
          RealKeycloakTest.REALM,
          "quarkus.oidc.discovery-enabled",
          "true",
          "quarkus.oidc.auth-server-url",
          "http://127.0.0.1:" + FaultProxies.KC_PORT + "/realms/lcp");
    }
  }

  @AfterAll
  static void heal() {
    FaultProxies.keycloak(RealKeycloakTest.KEYCLOAK).heal();
  }

  @Test
  void notReadyAnd503WithoutTheProvidersKeysThenReadyAndTheKeysOutliveAnOutage() {
    FaultProxies.Handle keycloak = FaultProxies.keycloak(RealKeycloakTest.KEYCLOAK);
    // a real token, straight from Keycloak (not through the proxy)
    String admin = RealKeycloakTest.passwordToken("admin");

    long start = System.nanoTime();
    Response ready = given().get("/q/health/ready");
    assertThat(millisSince(start)).as("readiness without the provider").isLessThan(2_000);
    assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(503);
    assertThat(ready.asString()).contains("OIDC provider");

    start = System.nanoTime();
    Response r = given().auth().oauth2(admin).get("/api/me");
    assertThat(millisSince(start))
        .as("an authenticated request without the keys")
        .isLessThan(5_000);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.header("Retry-After")).isEqualTo("5");
    assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
    assertThat(r.jsonPath().getString("detail")).contains("identity provider");
    // an anonymous request to an operation that needs no token is not affected
    given().get("/q/health/live").then().statusCode(200);

    keycloak.heal();
    long deadline = System.nanoTime() + 15_000_000_000L;
    int status;
    do {
      status = given().get("/q/health/ready").statusCode();
    } while (status != 200 && System.nanoTime() < deadline && pause());
    assertThat(status).as("ready by itself once the provider answers").isEqualTo(200);
    given().auth().oauth2(admin).get("/api/me").then().statusCode(200);

    keycloak.cut();
    // the keys are held: tokens they verify keep working through the outage
    for (int i = 0; i < 3; i++) {
      given().auth().oauth2(admin).get("/api/me").then().statusCode(200);
    }
    given().get("/q/health/ready").then().statusCode(200);
    keycloak.heal();
  }

  private static boolean pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
