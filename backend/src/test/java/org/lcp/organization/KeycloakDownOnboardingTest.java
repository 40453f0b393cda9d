package org.lcp.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;

/**
 * Identity administration on, but Keycloak's admin API does not answer (nothing listens on its
 * port): inviting, registering a data system and granting a role answer 503
 * /problems/service-unavailable with Retry-After, and nothing is written.
 */
@QuarkusTest
@TestProfile(KeycloakDownOnboardingTest.KeycloakDown.class)
class KeycloakDownOnboardingTest {

  public static class KeycloakDown implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "lcp.identity.admin.enabled", "true",
          "quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:9");
    }
  }

  final Person admin = Person.admin();

  @Test
  void nothingIsHalfWrittenWhenKeycloakDoesNotAnswer() {
    String org =
        Api.as(admin)
            .body(Map.of("name", "Down " + UUID.randomUUID()))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String email = "down-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";
    Api.as(admin)
        .body(Map.of("email", email, "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(503)
        .header("Retry-After", notNullValue())
        .body("type", equalTo("/problems/service-unavailable"));
    assertThat(Db.count("select count(*) from app_user where email = '" + email + "'")).isZero();
    assertThat(Db.count("select count(*) from membership where organization_id = '" + org + "'"))
        .isZero();

    String clientId = "down-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", clientId, "name", "Down data system"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(503)
        .body("type", equalTo("/problems/service-unavailable"));
    assertThat(Db.count("select count(*) from machine_client where client_id = '" + clientId + "'"))
        .isZero();

    Person someone = Person.member();
    String userId = Api.as(someone).get("/api/me").then().extract().path("userId");
    Api.as(admin)
        .put("/api/people/{id}/platform-roles/faculty", userId)
        .then()
        .statusCode(503)
        .body("type", equalTo("/problems/service-unavailable"));
    assertThat(Db.count("select count(*) from audit_event where entity_id = '" + userId + "'"))
        .isZero();
  }
}
