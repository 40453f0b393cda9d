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

  static JsonNode client(String id) {
    for (JsonNode client : REALM.path("clients")) {
      if (client.path("clientId").asText().equals(id)) {
        return client;
      }
    }
    throw new AssertionError("no client " + id + " in the realm file");
  }
}
