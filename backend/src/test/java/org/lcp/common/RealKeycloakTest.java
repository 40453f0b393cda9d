package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

/**
 * End to end with the real Keycloak that `make test` starts (infra/scripts/keycloak.sh) and the
 * realm file in infra/keycloak: a demo user's password-grant token, an organisation's
 * client-credentials token, and tokens the API must refuse.
 *
 * <p>Where no Keycloak answers (`make test-backend`, an IDE), these tests are skipped and say why;
 * under `make test` (system property {@code lcp.test.keycloak=required}) they fail instead.
 */
@Tag("keycloak")
@ExtendWith(RealKeycloakTest.KeycloakAnswers.class)
@QuarkusTest
@TestProfile(RealKeycloakTest.RealKeycloak.class)
class RealKeycloakTest {

  static final String KEYCLOAK =
      System.getenv().getOrDefault("LCP_KEYCLOAK_URL", "http://localhost:8180");
  static final String REALM = KEYCLOAK + "/realms/lcp";

  /** Runs the class only when the realm answers, before Quarkus starts against it. */
  public static class KeycloakAnswers implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isPresent()) {
        return ConditionEvaluationResult.enabled("decided for the whole class");
      }
      String discovery = REALM + "/.well-known/openid-configuration";
      if (answers(discovery)) {
        return ConditionEvaluationResult.enabled("Keycloak answers at " + REALM);
      }
      String why =
          "Keycloak does not answer at "
              + discovery
              + " (LCP_KEYCLOAK_URL); make test starts it, "
              + "or start it with infra/scripts/keycloak.sh start";
      if ("required".equals(System.getProperty("lcp.test.keycloak"))) {
        throw new IllegalStateException(
            why + ". It is required here (lcp.test.keycloak=required).");
      }
      System.err.println("RealKeycloakTest skipped: " + why + ".");
      return ConditionEvaluationResult.disabled("Skipped: " + why + ".");
    }

    private static boolean answers(String url) {
      try {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (java.io.IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  public static class RealKeycloak implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.public-key", "",
          "quarkus.oidc.token.issuer", "",
          "quarkus.oidc.discovery-enabled", "true",
          "quarkus.oidc.auth-server-url", REALM);
    }
  }

  static String passwordToken(String user) {
    return given()
        .formParams(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "lcp-cli",
                "username",
                user,
                "password",
                "demo",
                "scope",
                "openid"))
        .post(REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static String clientToken(String client, String secret) {
    return given()
        .formParams(
            Map.of(
                "grant_type", "client_credentials", "client_id", client, "client_secret", secret))
        .post(REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Test
  void aDemoUsersPasswordGrantTokenIsAccepted() {
    String admin = passwordToken("admin");
    Api.as(admin)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("kind", equalTo("PERSON"))
        .body("email", equalTo("ada.admin@example.org"))
        .body("roles", contains("admin"));
    Api.as(admin).get("/api/collaboratives").then().statusCode(200);

    String faculty = passwordToken("faculty1");
    Api.as(faculty).get("/api/me").then().statusCode(200).body("roles", contains("faculty"));
    String leader = passwordToken("riverside.leader");
    Api.as(leader)
        .body(Map.of("name", "Not allowed " + UUID.randomUUID()))
        .post("/api/organizations")
        .then()
        .statusCode(403);
  }

  @Test
  void anOrganisationsClientCredentialsTokenActsForThatOrganisation() {
    String admin = passwordToken("admin");
    String org =
        Api.as(admin)
            .body(Map.of("name", "Riverside " + UUID.randomUUID()))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .body(Map.of("clientId", "riverside-data-system", "name", "Riverside EHR export"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);

    String machine = clientToken("riverside-data-system", "riverside-demo-secret");
    Api.as(machine)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("kind", equalTo("MACHINE_CLIENT"))
        .body("machineClient.clientId", equalTo("riverside-data-system"))
        .body("organizations.organizationId", hasItem(org));
    // a machine client is not a person: it may not browse collaboratives
    Api.as(machine).get("/api/collaboratives").then().statusCode(403);
    // another organisation's client is known to nobody here
    String lakeside = clientToken("lakeside-data-system", "lakeside-demo-secret");
    Api.as(lakeside).get("/api/me").then().statusCode(200).body("organizations", empty());
  }

  @Test
  void aSitesDataSystemUploadsACsvWithItsClientCredentialsToken() {
    String admin = passwordToken("admin");
    String org =
        Api.as(admin)
            .body(Map.of("name", "Lakeside " + UUID.randomUUID()))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .body(Map.of("clientId", "lakeside-data-system", "name", "Lakeside warehouse"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);
    String collaborative =
        Api.as(admin)
            .body(
                Map.of(
                    "title",
                    "Metrics " + UUID.randomUUID(),
                    "practice",
                    "TF-CBT",
                    "kind",
                    "LEARNING_COLLABORATIVE"))
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .body(
            Map.of(
                "key",
                "treated",
                "name",
                "Children treated",
                "type",
                "COUNT",
                "direction",
                "INCREASE"))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(201);
    String etag =
        Api.as(admin)
            .get("/api/collaboratives/{id}", collaborative)
            .then()
            .extract()
            .header("ETag");
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "ANNOUNCED"))
        .post("/api/collaboratives/{id}/phase-transitions", collaborative)
        .then()
        .statusCode(200);
    // enrolment normally comes from an accepted application; arranged directly here
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + org
            + "', now())");

    String machine = clientToken("lakeside-data-system", "lakeside-demo-secret");
    String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
    Api.badInput(machine)
        .contentType("text/csv")
        .body("measureKey,period,value\ntreated," + month + ",17\n")
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("written", equalTo(true));
    Api.as(machine)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .statusCode(200)
        .body("items[0].organizationId", equalTo(org))
        .body("items[0].value", equalTo(17.0f))
        .body("items[0].source", equalTo("CSV"));
  }

  @Test
  void tokensNotIssuedByTheRealmAreRefused() {
    String foreign = TestTokens.foreign(UUID.randomUUID().toString(), REALM);
    Api.badInput(foreign)
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    // tokens signed with the unit tests' key (another issuer) are refused here too
    Api.badInput(Person.admin().token()).get("/api/me").then().statusCode(401);
    // a wrong password gets no token at all
    int status =
        given()
            .formParams(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "lcp-cli",
                    "username",
                    "admin",
                    "password",
                    "wrong"))
            .post(REALM + "/protocol/openid-connect/token")
            .then()
            .extract()
            .statusCode();
    assertThat(status).isEqualTo(401);
  }
}
