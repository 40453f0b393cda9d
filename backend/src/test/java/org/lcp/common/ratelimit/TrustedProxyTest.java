package org.lcp.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Person;

/**
 * Behind a trusted proxy (LCP_PROXY_FORWARDING on, the proxy at 127.0.0.1): the client's address
 * comes from X-Forwarded-For, so each client behind the proxy has its own feed bucket; links still
 * come from the configured public URL, whatever host the proxy forwards.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindAProxy.class)
class TrustedProxyTest {

  public static class BehindAProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true",
          "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
          "lcp.rate-limit.feeds.limit", "2",
          "lcp.rate-limit.feeds.miss-cost", "1");
    }
  }

  static int guessFrom(String address) {
    return given()
        .header("X-Forwarded-For", address)
        .get("/api/calendar-feeds/" + RateLimitTest.guess())
        .statusCode();
  }

  @Test
  void eachClientBehindTheProxyHasItsOwnBucket() {
    assertThat(guessFrom("198.51.100.1")).isEqualTo(404);
    assertThat(guessFrom("198.51.100.1")).isEqualTo(404);
    assertThat(guessFrom("198.51.100.1")).isEqualTo(429);
    // another client of the same proxy is not held back by the first
    assertThat(guessFrom("198.51.100.2")).isEqualTo(404);
  }

  @Test
  void linksStillComeFromTheConfiguredUrl() {
    Person admin = Person.admin();
    String location =
        given()
            .contentType(ContentType.JSON)
            .auth()
            .oauth2(admin.token())
            .header("X-Forwarded-Host", "evil.example.net")
            .header("X-Forwarded-Proto", "http")
            .body(Map.of("name", "Org " + UUID.randomUUID()))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertThat(location).startsWith("https://api.lcp.test/api/organizations/");
  }
}
