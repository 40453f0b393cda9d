package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm file (infra/keycloak/lcp-realm.json: make run, the tests, docker-compose) ships no
 * setting that must not reach production, but the one it says is for demo and CI only.
 */
class RealmSettingsTest {

  static final JsonNode REALM = read();

  static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Path.of("../infra/keycloak/lcp-realm.json").toFile());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tlsIsRequiredForEveryoneButPrivateNetworks() {
    // "external": plain HTTP only from localhost and private addresses (make run, docker-compose)
    assertThat(REALM.path("sslRequired").asText()).isEqualTo("external");
  }

  @Test
  void passwordGuessingIsSlowedButTheDemoUsersAreNotLockedOutByTheTests() {
    assertThat(REALM.path("bruteForceProtected").asBoolean()).isTrue();
    // temporary lockouts only: a permanent one would let anyone lock a real user out
    assertThat(REALM.path("permanentLockout").asBoolean()).isFalse();
    // the tests try one wrong password (RealKeycloakTest); ten in a row lock for a minute, growing
    assertThat(REALM.path("failureFactor").asInt()).isBetween(5, 30);
    assertThat(REALM.path("waitIncrementSeconds").asInt()).isPositive();
    assertThat(REALM.path("maxFailureWaitSeconds").asInt()).isBetween(60, 3600);
  }

  @Test
  void onlyTheDemoAndCiClientHasThePasswordGrantAndSaysSo() {
    List<String> withPasswordGrant = new ArrayList<>();
    for (JsonNode client : REALM.path("clients")) {
      if (client.path("directAccessGrantsEnabled").asBoolean()) {
        withPasswordGrant.add(client.path("clientId").asText());
        assertThat(client.path("description").asText()).startsWith("DEMO AND CI ONLY");
      }
      // Keycloak stores a client's description in 255 characters: a longer one fails the import
      assertThat(client.path("description").asText().length()).isLessThanOrEqualTo(255);
    }
    assertThat(withPasswordGrant).containsExactly("lcp-cli");
    JsonNode web = client("lcp-web");
    assertThat(web.path("publicClient").asBoolean()).isTrue();
    assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(web.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
  }

  @Test
  void peopleResetTheirPasswordAndVerifyTheirEmailButTheDemoUsersAreNotHeldUp() {
    assertThat(REALM.path("resetPasswordAllowed").asBoolean()).isTrue();
    assertThat(REALM.path("verifyEmail").asBoolean()).isTrue();
    assertThat(REALM.path("registrationAllowed").asBoolean()).isFalse();
    for (JsonNode user : REALM.path("users")) {
      if (user.has("serviceAccountClientId")) {
        continue;
      }
      assertThat(user.path("emailVerified").asBoolean())
          .as("demo user %s has a verified e-mail", user.path("username").asText())
          .isTrue();
    }
  }

  @Test
  void keycloaksEmailsGoToTheConfiguredSmtpServerGreenMailByDefault() {
    JsonNode smtp = REALM.path("smtpServer");
    // placeholders Keycloak fills from its environment at import: 127.0.0.1:3025 (make run, make
    // test: infra/scripts/mail.sh), greenmail:3025 in docker-compose
    assertThat(smtp.path("host").asText()).isEqualTo("${LCP_SMTP_HOST:127.0.0.1}");
    assertThat(smtp.path("port").asText()).isEqualTo("${LCP_SMTP_PORT:3025}");
    assertThat(smtp.path("from").asText()).isNotBlank();
  }

  @Test
  void theApisServiceAccountHoldsTheLeastRolesThatSufficeAndItsSecretComesFromTheEnvironment() {
    JsonNode admin = client("lcp-api-admin");
    assertThat(admin.path("publicClient").asBoolean()).isFalse();
    assertThat(admin.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(admin.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(admin.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(admin.path("secret").asText())
        .isEqualTo("${LCP_KEYCLOAK_ADMIN_SECRET:lcp-api-admin-dev-secret}");
    JsonNode account = null;
    for (JsonNode user : REALM.path("users")) {
      if ("lcp-api-admin".equals(user.path("serviceAccountClientId").asText())) {
        account = user;
      }
    }
    assertThat(account).as("the service account user of lcp-api-admin").isNotNull();
    List<String> roles = new ArrayList<>();
    account.path("clientRoles").path("realm-management").forEach(r -> roles.add(r.asText()));
    // manage-users: accounts, their e-mails, role mappings (it includes viewing users);
    // manage-clients: data systems' clients and secrets; view-realm: who holds a platform role.
    // Never realm-admin, manage-realm or anything that could grant itself more.
    assertThat(roles).containsExactlyInAnyOrder("manage-users", "manage-clients", "view-realm");
    assertThat(account.path("clientRoles").size()).isEqualTo(1);
    assertThat(account.path("realmRoles")).allMatch(r -> r.asText().startsWith("default-roles"));
  }

  @Test
  void theDemoDataSystemsAreDataSystemsTheApiManages() {
    for (String id : List.of("riverside-data-system", "lakeside-data-system")) {
      JsonNode c = client(id);
      assertThat(c.path("attributes").path("lcp.data-system").asText()).isEqualTo("true");
      assertThat(c.path("serviceAccountsEnabled").asBoolean()).isTrue();
    }
  }

  static JsonNode client(String id) {
    for (JsonNode client : REALM.path("clients")) {
      if (client.path("clientId").asText().equals(id)) {
        return client;
      }
    }
    throw new AssertionError("no client " + id + " in the realm file");
  }
}
