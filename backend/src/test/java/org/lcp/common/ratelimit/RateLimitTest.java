package org.lcp.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

/**
 * The limits over HTTP, with low ones (LowLimits: api 5, uploads 2, feeds 4 per minute, a wrong
 * calendar link costing 3). The contract does not describe 429 yet, so these exchanges are not run
 * through the contract validator.
 */
@QuarkusTest
@TestProfile(LowLimits.class)
class RateLimitTest {

  static final String PROBLEM = "application/problem+json";

  @Test
  void aCallerHasItsLimitAndThenGets429WithRetryAfter() {
    Person p = Person.member();
    String token = p.token();
    for (int i = 0; i < 5; i++) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/me")
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"api\";q=5;w=60"))
          .header("RateLimit", containsString("\"api\";r=" + (4 - i) + ";t="));
    }
    Response refused = given().auth().oauth2(token).get("/api/me");
    refused
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .header("RateLimit", containsString("\"api\";r=0;t="))
        .body("type", equalTo("/problems/too-many-requests"))
        .body("status", equalTo(429))
        .body("instance", equalTo("/api/me"))
        .body(
            "detail",
            containsString("the api limit allows 5 requests per minute per caller; retry in "));
    long retry = Long.parseLong(refused.header("Retry-After"));
    assertThat(retry).isBetween(1L, 12L); // one request every 12 seconds
    assertThat(refused.jsonPath().getString("detail")).endsWith("retry in " + retry + " seconds");

    // somebody else is not affected
    given().auth().oauth2(Person.member().token()).get("/api/me").then().statusCode(200);
  }

  @Test
  void requestsWithoutATokenAreLimitedByAddress() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      statuses.add(given().get("/api/me").statusCode());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 7)).containsOnly(429);
    // a caller with a token from the same address has its own bucket
    given().auth().oauth2(Person.member().token()).get("/api/me").then().statusCode(200);
  }

  @Test
  void tokensTheApiRefusesAreCountedPerAddressWhateverTheToken() throws InterruptedException {
    // each forged token is a caller of its own (its own api bucket of 5): per caller, never limited
    for (int i = 0; i < 4; i++) {
      given().auth().oauth2("forged-" + UUID.randomUUID()).get("/api/me").then().statusCode(401);
    }
    // but the address has spent its 3 refused tokens (counted after each answer): it waits
    Response refused = null;
    for (int i = 0; i < 20 && (refused == null || refused.statusCode() != 429); i++) {
      refused = given().auth().oauth2("forged-" + UUID.randomUUID()).get("/api/me");
      Thread.sleep(50);
    }
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith(PROBLEM);
    assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/too-many-requests");
    assertThat(refused.jsonPath().getString("detail"))
        .contains("refused-tokens limit allows 3 requests")
        .contains("with a token the API refuses, from one address");
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3);
    assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"refused-tokens\";q=3;w=3");
    // a valid token from that address waits too (the address cannot be told apart)
    given().auth().oauth2(Person.member().token()).get("/api/me").then().statusCode(429);
    // the window is 3 s: after it the address is welcome again
    Thread.sleep(3_100);
    given().auth().oauth2(Person.member().token()).get("/api/me").then().statusCode(200);
  }

  @Test
  void uploadsHaveTheirOwnSmallerLimit() {
    String token = TestTokens.machine("rate-" + UUID.randomUUID());
    String path = "/api/collaboratives/" + UUID.randomUUID() + "/metric-imports";
    String csv = "teamId,measureCode,period,numerator,denominator\n";
    for (int i = 0; i < 2; i++) {
      int status =
          given().auth().oauth2(token).contentType("text/csv").body(csv).post(path).statusCode();
      assertThat(status).isNotEqualTo(429);
    }
    given()
        .auth()
        .oauth2(token)
        .contentType("text/csv")
        .body(csv)
        .post(path)
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .header("RateLimit-Policy", equalTo("\"uploads\";q=2;w=60"))
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body(
            "detail", containsString("the uploads limit allows 2 requests per minute per caller"));
    // other calls of the same caller go on
    given().auth().oauth2(token).get("/api/me").then().statusCode(org.hamcrest.Matchers.not(429));
  }

  @Test
  void guessingCalendarLinksStopsAfterAFewTries() throws InterruptedException {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5 && !statuses.contains(429); i++) {
      statuses.add(given().get("/api/calendar-feeds/" + guess()).statusCode());
    }
    // 4 per minute, a miss costing 3: the third guess is refused (without the extra cost of a
    // miss, the fifth would be); a penalty lands just after its answer, so allow one more
    assertThat(statuses).startsWith(404, 404).contains(429).hasSizeLessThanOrEqualTo(4);
    Thread.sleep(300);

    Response refused =
        given()
            .header("Origin", "http://localhost:5173")
            // not behind a trusted proxy: a forwarded address is the client's say-so, ignored
            .header("X-Forwarded-For", "203.0.113.7")
            .header("Forwarded", "for=203.0.113.7")
            .get("/api/calendar-feeds/" + guess());
    refused
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .header("RateLimit-Policy", equalTo("\"feeds\";q=4;w=60"))
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
        .header("Access-Control-Expose-Headers", containsString("Retry-After"))
        .header("Access-Control-Expose-Headers", containsString("RateLimit"))
        .body(
            "detail",
            containsString(
                "the feeds limit allows 4 requests per minute from one address (a wrong calendar"
                    + " link counts as 3)"));
    // in debt: more than the 15 seconds one request takes to come back
    assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThan(15);
  }

  static String guess() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
