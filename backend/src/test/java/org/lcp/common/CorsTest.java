package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.HttpGuards;

/** The API allows the web client's origin, and no other, to call it from a browser. */
@QuarkusTest
class CorsTest {

  @Test
  void theWebClientsOriginIsAllowed() {
    given()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
        .options("/api/collaboratives")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
        .header("Access-Control-Allow-Headers", containsString("If-Match"))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        // the web client names a downloaded export by the server's file name
        .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
        // bearer tokens, no cookies: the browser is not told to send credentials
        .header("Access-Control-Allow-Credentials", not(equalTo("true")))
        .header("Vary", containsString("Origin"));
  }

  @Test
  void actualAnswersVaryOnOriginAndAllowNoCredentials() {
    // with the allowed origin, without one, and with another: a shared cache keys on Origin
    given()
        .header("Origin", "http://localhost:5173")
        .get("/api/collaboratives")
        .then()
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
        .header("Access-Control-Allow-Credentials", not(equalTo("true")))
        .header("Vary", containsString("Origin"));
    given().get("/api/collaboratives").then().header("Vary", containsString("Origin"));
    given()
        .header("Origin", "https://evil.example.org")
        .get("/api/collaboratives")
        .then()
        .header("Vary", containsString("Origin"));
  }

  @Test
  void anyOtherOriginIsNot() {
    given()
        .header("Origin", "https://evil.example.org")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/collaboratives")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", org.hamcrest.Matchers.equalTo(403))
        .body("type", org.hamcrest.Matchers.equalTo("/problems/origin-not-allowed"))
        .body("detail", org.hamcrest.Matchers.containsString("https://evil.example.org"))
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", "https://evil.example.org")
        .get("/api/collaboratives")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/origin-not-allowed"))
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void varyKeepsWhatOthersSetAndNamesOriginOnce() {
    assertThat(HttpGuards.withOrigin(null)).isEqualTo("Origin");
    assertThat(HttpGuards.withOrigin(" ")).isEqualTo("Origin");
    assertThat(HttpGuards.withOrigin("Accept-Encoding")).isEqualTo("Accept-Encoding, Origin");
    assertThat(HttpGuards.withOrigin("Accept-Encoding, origin"))
        .isEqualTo("Accept-Encoding, origin");
    assertThat(HttpGuards.withOrigin("*")).isEqualTo("*");
  }
}
