package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Bad input tried as a new user would: every answer is a 4xx problem naming the problem, never a
 * 500 or a stack trace, and the database is left exactly as it was.
 */
@QuarkusTest
class BadInputTest {

  final Person admin = Person.admin();
  Map<String, String> before;
  String org;
  String collaborative;

  @BeforeEach
  void setUp() {
    org = Fixtures.organization(admin);
    collaborative = Fixtures.collaborative(admin);
    before = Db.snapshot();
  }

  ValidatableResponse problem(ValidatableResponse r, int status) {
    r.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("type", not(equalTo(null)))
        .body("title", not(equalTo(null)))
        .body("detail", not(equalTo(null)))
        .body(not(containsString("Exception")))
        .body(not(containsString("org.lcp")))
        .body(not(containsString("\tat ")));
    assertThat(Db.snapshot()).as("nothing written").isEqualTo(before);
    return r;
  }

  @Test
  void emptyBody() {
    problem(Api.badInput(admin).post("/api/organizations").then(), 400)
        .body("violations.field", contains("body"));
    problem(
        Api.badInput(admin).header("If-Match", "\"0\"").put("/api/organizations/{id}", org).then(),
        400);
  }

  @Test
  void malformedJson() {
    problem(Api.badInput(admin).body("{\"name\": \"x\"").post("/api/organizations").then(), 400)
        .body("type", equalTo("/problems/malformed-request"))
        .body("detail", containsString("not valid JSON"));
    problem(Api.badInput(admin).body("[]").post("/api/organizations").then(), 400)
        .body("detail", containsString("JSON object"));
    problem(Api.badInput(admin).body("null").post("/api/collaboratives").then(), 400);
  }

  @Test
  void wrongTypes() {
    problem(
            Api.badInput(admin)
                .body(
                    Map.of(
                        "title",
                        "t",
                        "practice",
                        "p",
                        "kind",
                        "LEARNING_COLLABORATIVE",
                        "capacity",
                        "twenty"))
                .post("/api/collaboratives")
                .then(),
            400)
        .body("violations[0].field", equalTo("capacity"))
        .body("violations[0].message", equalTo("must be a whole number"));
    problem(
            Api.badInput(admin)
                .body(
                    Map.of(
                        "title",
                        "t",
                        "practice",
                        "p",
                        "kind",
                        "LEARNING_COLLABORATIVE",
                        "startDate",
                        "next tuesday"))
                .post("/api/collaboratives")
                .then(),
            400)
        .body("violations[0].field", equalTo("startDate"))
        .body("violations[0].message", containsString("2026-03-31"));
    problem(
            Api.badInput(admin)
                .body(Map.of("title", "t", "practice", "p", "kind", "FELLOWSHIP"))
                .post("/api/collaboratives")
                .then(),
            400)
        .body("violations[0].field", equalTo("kind"))
        .body("violations[0].message", containsString("LEARNING_COLLABORATIVE"));
    problem(
            Api.badInput(admin)
                .body(Map.of("name", Map.of("first", "x")))
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"));
    problem(Api.badInput(admin).body(Map.of("name", 42)).post("/api/organizations").then(), 400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", equalTo("must be a string"));
    problem(
            Api.badInput(admin)
                .body(
                    Map.of(
                        "title",
                        "t",
                        "practice",
                        "p",
                        "kind",
                        "LEARNING_COLLABORATIVE",
                        "capacity",
                        2.5))
                .post("/api/collaboratives")
                .then(),
            400)
        .body("violations[0].field", equalTo("capacity"));
    problem(
            Api.badInput(admin)
                .body(
                    Map.of(
                        "title",
                        "t",
                        "practice",
                        "p",
                        "kind",
                        "LEARNING_COLLABORATIVE",
                        "capacity",
                        "12"))
                .post("/api/collaboratives")
                .then(),
            400)
        .body("violations[0].field", equalTo("capacity"));
  }

  @Test
  void unknownFields() {
    problem(
            Api.badInput(admin)
                .body(Map.of("name", "x", "id", "6b3c0f8e-2a0b-4d5e-9d7a-1c2b3a4d5e6f"))
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("id"))
        .body("violations[0].message", containsString("unknown field"));
  }

  @Test
  void hugeStringsAndBodies() {
    String tenMegabytes = "a".repeat(10 * 1024 * 1024);
    problem(
            Api.badInput(admin)
                .body(Map.of("name", tenMegabytes))
                .post("/api/organizations")
                .then(),
            413)
        .body("type", equalTo("/problems/payload-too-large"));
    // under the body limit, each string is still held to its own limit
    problem(
            Api.badInput(admin)
                .body(Map.of("name", "b".repeat(5000)))
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", containsString("between 1 and 200"));
  }

  @Test
  void pageAndSizeLimits() {
    problem(Api.badInput(admin).queryParam("size", 100000).get("/api/collaboratives").then(), 400)
        .body("violations[0].field", equalTo("size"))
        .body("violations[0].in", equalTo("query"));
    problem(Api.badInput(admin).queryParam("size", 0).get("/api/organizations").then(), 400);
    problem(Api.badInput(admin).queryParam("page", -1).get("/api/organizations").then(), 400)
        .body("violations[0].field", equalTo("page"));
    problem(Api.badInput(admin).queryParam("page", "first").get("/api/organizations").then(), 400)
        .body("violations[0].message", equalTo("must be a whole number"));
    problem(Api.badInput(admin).queryParam("phase", "LIVE").get("/api/collaboratives").then(), 400)
        .body("violations[0].field", equalTo("phase"));
    problem(
            Api.badInput(admin).queryParam("q", "x".repeat(201)).get("/api/organizations").then(),
            400)
        .body("violations[0].field", equalTo("q"));
  }

  @Test
  void nonUuidIds() {
    problem(Api.badInput(admin).get("/api/organizations/{id}", "42").then(), 400)
        .body("violations[0].field", equalTo("organizationId"))
        .body("violations[0].in", equalTo("path"))
        .body("violations[0].message", containsString("UUID"));
    problem(
            Api.badInput(admin)
                .get("/api/collaboratives/{id}/learning-sessions/{s}", collaborative, "first")
                .then(),
            400)
        .body("violations[0].field", equalTo("sessionId"));
    problem(Api.badInput(admin).queryParam("entityId", "nope").get("/api/audit-events").then(), 400)
        .body("violations[0].field", equalTo("entityId"));
  }

  @Test
  void wrongMediaTypesMethodsAndRoutes() {
    problem(
            Api.badInput(admin)
                .contentType("text/plain")
                .body("name=x")
                .post("/api/organizations")
                .then(),
            415)
        .body("type", equalTo("/problems/unsupported-media-type"));
    problem(Api.badInput(admin).accept("text/csv").get("/api/organizations").then(), 406);
    problem(Api.badInput(admin).delete("/api/organizations").then(), 405)
        .body("detail", containsString("DELETE"));
    problem(Api.badInput(admin).get("/api/nothing-here").then(), 404);
    problem(given().get("/nothing-here").then(), 404).body("type", equalTo("/problems/not-found"));
  }

  @Test
  void aStaleOrMissingETagChangesNothing() {
    problem(
        Api.badInput(admin)
            .body(Map.of("name", "Changed"))
            .put("/api/organizations/{id}", org)
            .then(),
        428);
    problem(
        Api.badInput(admin)
            .header("If-Match", "\"5\"")
            .body(Map.of("name", "Changed"))
            .put("/api/organizations/{id}", org)
            .then(),
        412);
    problem(
            Api.badInput(admin)
                .header("If-Match", "x".repeat(101))
                .body(Map.of("name", "Changed"))
                .put("/api/organizations/{id}", org)
                .then(),
            400)
        .body("violations[0].field", equalTo("If-Match"))
        .body("violations[0].in", equalTo("header"));
  }

  @Test
  void controlCharactersLoneSurrogatesAndInvisibleNames() {
    // a NUL would reach PostgreSQL and come back a 500: refused first, naming the field
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lake\\u0000side\"}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].in", equalTo("body"))
        .body("violations[0].message", containsString("U+0000"));
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lakeside\",\"city\":\"Spring\\u001bfield\"}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("city"))
        .body("violations[0].message", containsString("U+001B"));
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lake\\ud800side\"}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", containsString("lone surrogate"));
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lake\\nside\"}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", containsString("one line"));
    // only invisible characters: empty after trimming
    for (String invisible :
        java.util.List.of("\\u200b", "\\u2060\\u200b", " \\u00a0 ", "\\ufeff")) {
      problem(
              Api.badInput(admin)
                  .body("{\"name\":\"" + invisible + "\"}")
                  .post("/api/organizations")
                  .then(),
              400)
          .body("violations[0].field", equalTo("name"));
    }
    // in a query parameter
    problem(Api.badInput(admin).queryParam("q", "lake\u0000").get("/api/organizations").then(), 400)
        .body("violations[0].field", equalTo("q"))
        .body("violations[0].in", equalTo("query"));
  }

  @Test
  void explicitNullsAndDuplicateKeys() {
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lakeside\",\"city\":null}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("city"))
        .body("violations[0].message", containsString("must not be null"));
    problem(Api.badInput(admin).body("{\"name\":null}").post("/api/organizations").then(), 400)
        .body("violations[0].field", equalTo("name"));
    problem(
            Api.badInput(admin)
                .body("{\"name\":\"Lakeside\",\"name\":\"Riverside\"}")
                .post("/api/organizations")
                .then(),
            400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", containsString("more than once"));
  }

  @Test
  void hostileNumbersAndDeepNesting() {
    for (String number : java.util.List.of("9".repeat(5000), "0." + "1".repeat(5000))) {
      long start = System.nanoTime();
      problem(
              Api.badInput(admin)
                  .body(
                      "{\"key\":\"k\",\"name\":\"n\",\"type\":\"MEAN\","
                          + "\"direction\":\"INCREASE\",\"target\":"
                          + number
                          + "}")
                  .post("/api/collaboratives/{id}/measures", collaborative)
                  .then(),
              400)
          // the parser stops at the number's 33rd character, before it knows the field
          .body("violations[0].message", containsString("at most 32 characters"));
      assertThat((System.nanoTime() - start) / 1_000_000)
          .as("refused in milliseconds")
          .isLessThan(1000);
    }
    problem(
        Api.badInput(admin)
            .body("{\"name\":\"x\",\"city\":" + "[".repeat(100) + "]".repeat(100) + "}")
            .post("/api/organizations")
            .then(),
        400);
  }

  @Test
  void tooLongUrlsAndHeadersAreProblems() {
    problem(
            given()
                .auth()
                .oauth2(admin.token())
                .queryParam("q", "x".repeat(9000))
                .get("/api/organizations")
                .then(),
            414)
        .body("type", equalTo("/problems/uri-too-long"));
    problem(
            given()
                .auth()
                .oauth2(admin.token())
                .header("X-Padding", "y".repeat(40_000))
                .get("/api/organizations")
                .then(),
            431)
        .body("type", equalTo("/problems/headers-too-large"));
  }

  @Test
  void deleteAnswersWhateverTheAcceptHeaderSays() {
    // the contract lists problem+json only for a DELETE; the request is sent as clients do
    Api.badInput(admin)
        .accept("application/json")
        .delete("/api/me/calendar-feed")
        .then()
        .statusCode(204)
        .body(equalTo(""));
    problem(
        Api.badInput(admin)
            .accept("application/json")
            .delete(
                "/api/collaboratives/{c}/faculty/{u}", collaborative, java.util.UUID.randomUUID())
            .then(),
        404);
  }
}
