package org.lcp.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.TestTokens;

/** Tokens the API must refuse, each with a 401 problem and a Bearer challenge. */
@QuarkusTest
class AuthenticationTest {

  void refused(String token) {
    Api.badInput(token)
        .get("/api/collaboratives")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("detail", equalTo("the bearer token is invalid or expired"));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    refused(
        TestTokens.foreign(UUID.randomUUID().toString(), "https://evil.example.org/realms/lcp"));
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    refused(TestTokens.wrongAudience(UUID.randomUUID().toString()));
  }

  @Test
  void anExpiredTokenIsRefused() {
    refused(TestTokens.expired(UUID.randomUUID().toString()));
  }

  @Test
  void garbageIsRefused() {
    refused("not.a.token");
  }

  @Test
  void theSameTokenSignedProperlyIsAccepted() {
    Api.as(org.lcp.support.Person.admin()).get("/api/collaboratives").then().statusCode(200);
  }
}
