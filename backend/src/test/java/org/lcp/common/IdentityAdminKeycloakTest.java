package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lcp.api.model.MemberInvite;
import org.lcp.common.security.Actor;
import org.lcp.organization.MemberService;
import org.lcp.support.Api;
import org.lcp.support.Mailbox;

/**
 * Onboarding through the real Keycloak (infra/scripts/keycloak.sh) and the real SMTP server
 * (GreenMail, infra/scripts/mail.sh) that make test starts, with identity administration on: an
 * invitation creates the account and Keycloak's e-mail arrives; the invited person, once they set
 * their password and verified the address, signs in bound to the invitation; a data system's secret
 * shown once gets tokens the API accepts, stops working when rotated, and a suspended client gets
 * none; a platform role granted in the API is in the person's next token.
 *
 * <p>Skipped (saying why) where Keycloak or GreenMail does not answer, failed instead under make
 * test ({@code lcp.test.keycloak=required}).
 */
@Tag("keycloak")
@ExtendWith(RealKeycloakTest.KeycloakAnswers.class)
@ExtendWith(IdentityAdminKeycloakTest.MailAnswers.class)
@QuarkusTest
@TestProfile(IdentityAdminKeycloakTest.IdentityAdmin.class)
class IdentityAdminKeycloakTest {

  static final String KEYCLOAK = RealKeycloakTest.KEYCLOAK;
  static final String REALM = RealKeycloakTest.REALM;
  static final String ADMIN_API = KEYCLOAK + "/admin/realms/lcp";

  @Inject MemberService members;

  /** Runs the class only when GreenMail answers (make test starts it). */
  public static class MailAnswers implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isPresent() || Mailbox.answers()) {
        return ConditionEvaluationResult.enabled("GreenMail answers at " + Mailbox.API);
      }
      String why =
          "GreenMail does not answer at "
              + Mailbox.API
              + " (LCP_MAIL_API_URL); make test starts it, or infra/scripts/mail.sh start";
      if ("required".equals(System.getProperty("lcp.test.keycloak"))) {
        throw new IllegalStateException(why + ". It is required here.");
      }
      return ConditionEvaluationResult.disabled("Skipped: " + why + ".");
    }
  }

  public static class IdentityAdmin implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> c =
          new HashMap<>(new RealKeycloakTest.RealKeycloak().getConfigOverrides());
      c.put("lcp.identity.admin.enabled", "true");
      c.put("quarkus.keycloak.admin-client.server-url", KEYCLOAK);
      c.put("lcp.web-url", "http://localhost:5173/");
      return c;
    }
  }

  // ---- invitations ------------------------------------------------------------------------------

  @Test
  void anInvitationCreatesTheAccountKeycloakMailsThePersonAndTheirFirstSignInBindsIt() {
    String admin = RealKeycloakTest.passwordToken("admin");
    String org = organisation(admin, "Harbor");
    String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";

    Api.as(admin)
        .body(Map.of("email", email, "name", "Ines Invited", "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(201)
        .body("status", equalTo("INVITED"))
        .body("invitationEmail", equalTo("SENT"));
    String member =
        Api.as(admin)
            .get("/api/organizations/{id}/members", org)
            .then()
            .extract()
            .path("items.find { it.email == '" + email + "' }.id");

    // the account exists in Keycloak, not yet verified, and Keycloak's own message arrived
    List<Map<String, Object>> accounts =
        given()
            .auth()
            .oauth2(adminApiToken())
            .queryParam("email", email)
            .queryParam("exact", true)
            .get(ADMIN_API + "/users")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).get("emailVerified")).isEqualTo(false);
    Mailbox.Message message = Mailbox.await(email, 1).get(0);
    assertThat(message.mime()).contains("action-token").contains("key=");

    // sending it again: a second message
    Api.as(admin)
        .post("/api/organizations/{id}/members/{m}/invitation", org, member)
        .then()
        .statusCode(200)
        .body("invitationEmail", equalTo("SENT"));
    Mailbox.await(email, 2);

    // what following the link does (set a password, verify the address; the browser test does it
    // on Keycloak's pages), done here through the admin API; then the person signs in
    String id = (String) accounts.get(0).get("id");
    given()
        .auth()
        .oauth2(adminApiToken())
        .contentType("application/json")
        .body(Map.of("type", "password", "value", "invited-pass-1", "temporary", false))
        .put(ADMIN_API + "/users/{id}/reset-password", id)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(adminApiToken())
        .contentType("application/json")
        .body(Map.of("emailVerified", true, "requiredActions", List.of()))
        .put(ADMIN_API + "/users/{id}", id)
        .then()
        .statusCode(204);
    String token = passwordToken(email, "invited-pass-1");
    Api.as(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("organizations.organizationId", hasItem(org));
    Api.as(admin)
        .get("/api/organizations/{id}/members/{m}", org, member)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    // nothing left to resend
    Api.as(admin)
        .post("/api/organizations/{id}/members/{m}/invitation", org, member)
        .then()
        .statusCode(409);
  }

  // ---- data systems -----------------------------------------------------------------------------

  @Test
  void aDataSystemsSecretIsShownOnceWorksStopsWorkingWhenRotatedAndASuspendedClientGetsNoToken() {
    String admin = RealKeycloakTest.passwordToken("admin");
    String org = organisation(admin, "Bayview");
    String clientId = "bayview-" + UUID.randomUUID().toString().substring(0, 8);

    var registered =
        Api.as(admin)
            .body(Map.of("clientId", clientId, "name", "Bayview EHR export"))
            .post("/api/organizations/{id}/machine-clients", org)
            .then()
            .statusCode(201)
            .body("secret", not(nullValue()))
            .extract();
    String id = registered.path("id");
    String secret = registered.path("secret");
    Api.as(admin)
        .get("/api/organizations/{id}/machine-clients/{c}", org, id)
        .then()
        .statusCode(200)
        .body("secret", nullValue());

    String machine = RealKeycloakTest.clientToken(clientId, secret);
    Api.as(machine)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("kind", equalTo("MACHINE_CLIENT"))
        .body("organizations.organizationId", hasItem(org));

    String rotated =
        Api.as(admin)
            .post("/api/organizations/{id}/machine-clients/{c}/secret", org, id)
            .then()
            .statusCode(200)
            .body("secret", not(nullValue()))
            .extract()
            .path("secret");
    assertThat(rotated).isNotEqualTo(secret);
    assertThat(clientTokenStatus(clientId, secret)).isEqualTo(401);
    Api.as(RealKeycloakTest.clientToken(clientId, rotated)).get("/api/me").then().statusCode(200);

    suspend(admin, org, id, false);
    assertThat(clientTokenStatus(clientId, rotated)).isIn(400, 401);
    suspend(admin, org, id, true);
    assertThat(clientTokenStatus(clientId, rotated)).isEqualTo(200);

    // a client that is not a data system (the web client, the API's own account) is never taken
    Api.as(admin)
        .body(Map.of("clientId", "lcp-api-admin", "name", "Not a data system"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(409);
  }

  // ---- platform roles ---------------------------------------------------------------------------

  @Test
  void aRoleGrantedInTheApiIsInThePersonsNextToken() {
    String admin = RealKeycloakTest.passwordToken("admin");
    String person = RealKeycloakTest.passwordToken("lakeside.clinician");
    String userId = Api.as(person).get("/api/me").then().statusCode(200).extract().path("userId");
    Api.as(admin)
        .queryParam("q", "lakeside")
        .get("/api/people")
        .then()
        .statusCode(200)
        .body("platformRolesKnown", equalTo(true));
    try {
      Api.as(admin)
          .put("/api/people/{id}/platform-roles/faculty", userId)
          .then()
          .statusCode(200)
          .body("platformRoles", hasItem("faculty"));
      Api.as(RealKeycloakTest.passwordToken("lakeside.clinician"))
          .get("/api/me")
          .then()
          .body("roles", hasItem("faculty"));
      String auditAfter =
          Api.as(admin)
              .queryParam("entityId", userId)
              .get("/api/audit-events")
              .then()
              .statusCode(200)
              .extract()
              .path("items[0].action");
      assertThat(auditAfter).isEqualTo("person.role-granted");
    } finally {
      Api.as(admin)
          .delete("/api/people/{id}/platform-roles/faculty", userId)
          .then()
          .statusCode(200)
          .body("platformRoles", not(hasItem("faculty")));
    }
    Api.as(RealKeycloakTest.passwordToken("lakeside.clinician"))
        .get("/api/me")
        .then()
        .body("roles", not(hasItem("faculty")));

    // an admin cannot remove their own admin role (nor, so, the last admin's)
    String adminId = Api.as(admin).get("/api/me").then().extract().path("userId");
    Api.as(admin).delete("/api/people/{id}/platform-roles/admin", adminId).then().statusCode(409);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /**
   * An invitation made inside another operation (a core-team save) waits for it: when that
   * operation fails after the invitation, no account is made and no e-mail sent; when it commits,
   * both happen.
   */
  @Test
  void anInvitationInsideAnotherOperationIsSentOnlyOnceThatOperationCommits() {
    String admin = RealKeycloakTest.passwordToken("admin");
    UUID organization = UUID.fromString(organisation(admin, "Joined"));
    String failed = "joined-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";
    String saved = "joined-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          members.invite(
                              Actor.system(),
                              organization,
                              new MemberInvite()
                                  .email(failed)
                                  .name("Never Saved")
                                  .role(org.lcp.api.model.MemberRole.CLINICIAN));
                          throw new IllegalStateException("the core-team save failed later");
                        }))
        .hasMessageContaining("failed later");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                members.invite(
                    Actor.system(),
                    organization,
                    new MemberInvite()
                        .email(saved)
                        .name("Sam Saved")
                        .role(org.lcp.api.model.MemberRole.CLINICIAN)));

    assertThat(Mailbox.await(saved, 1)).hasSize(1);
    assertThat(keycloakUsers(saved)).hasSize(1);
    assertThat(keycloakUsers(failed)).isEmpty();
    assertThat(Mailbox.of(failed)).isEmpty();
  }

  private List<Map<String, Object>> keycloakUsers(String email) {
    return given()
        .auth()
        .oauth2(adminApiToken())
        .queryParam("email", email)
        .queryParam("exact", true)
        .get(ADMIN_API + "/users")
        .then()
        .statusCode(200)
        .extract()
        .path("$");
  }

  static String organisation(String admin, String name) {
    return Api.as(admin)
        .body(Map.of("name", name + " " + UUID.randomUUID()))
        .post("/api/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static void suspend(String admin, String org, String id, boolean enabled) {
    String etag =
        Api.as(admin)
            .get("/api/organizations/{id}/machine-clients/{c}", org, id)
            .then()
            .extract()
            .header("ETag");
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("name", "Bayview EHR export", "enabled", enabled))
        .put("/api/organizations/{id}/machine-clients/{c}", org, id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(enabled));
  }

  static int clientTokenStatus(String client, String secret) {
    return given()
        .formParams(
            Map.of(
                "grant_type", "client_credentials", "client_id", client, "client_secret", secret))
        .post(REALM + "/protocol/openid-connect/token")
        .then()
        .extract()
        .statusCode();
  }

  static String passwordToken(String user, String password) {
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
                password,
                "scope",
                "openid"))
        .post(REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** A token of the realm's lcp-api-admin service account (its development secret). */
  static String adminApiToken() {
    return RealKeycloakTest.clientToken(
        "lcp-api-admin",
        System.getenv().getOrDefault("LCP_KEYCLOAK_ADMIN_SECRET", "lcp-api-admin-dev-secret"));
  }
}
