package org.lcp.application;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Replacing readiness items: keys are the items' identity (ratings stay with them), the list may be
 * reordered and reworded, but an item an application already rated cannot be removed.
 */
@QuarkusTest
class ReadinessItemChangesTest {

  static ValidatableResponse replace(
      Person p, String collaborative, List<Map<String, Object>> items) {
    return Api.as(p)
        .header(
            "If-Match", Fixtures.etag(p, "/api/collaboratives/{id}/readiness-items", collaborative))
        .body(Map.of("items", items))
        .put("/api/collaboratives/{id}/readiness-items", collaborative)
        .then();
  }

  @Test
  void aRatedItemStaysButMayBeReorderedAndReworded() {
    var f = new ApplicationFixtures(null);
    var who = f.applicant();
    String application = f.start(who);
    f.complete(who.member(), application);
    // an admin reopens the collaborative to change its items (they only change before applications
    // open)
    Api.as(f.admin)
        .header("If-Match", Fixtures.etag(f.admin, "/api/collaboratives/{id}", f.collaborative))
        .body(Map.of("to", "ANNOUNCED", "reason", "The readiness items need another look"))
        .post("/api/collaboratives/{id}/phase-transitions", f.collaborative)
        .then()
        .statusCode(200);
    List<Map<String, Object>> items =
        Api.as(f.lead)
            .get("/api/collaboratives/{id}/readiness-items", f.collaborative)
            .then()
            .statusCode(200)
            .body("items", hasSize(7))
            .extract()
            .path("items");

    // leaving out two rated items is refused, naming both
    List<Map<String, Object>> fewer = new ArrayList<>(items);
    fewer.removeIf(i -> i.get("key").equals("supervision") || i.get("key").equals("data-capacity"));
    replace(f.lead, f.collaborative, fewer)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/conflict"))
        .body(
            "detail",
            equalTo(
                "readiness items that applications have already rated cannot be removed:"
                    + " data-capacity (rated in 1 application), supervision (rated in 1"
                    + " application); keep them (their text may change)"));

    // reordered, one reworded, one added: the ratings stay with their keys
    List<Map<String, Object>> reordered = new ArrayList<>(items);
    Collections.reverse(reordered);
    reordered.set(
        0, Map.of("key", reordered.get(0).get("key"), "text", "Plans to sustain the practice"));
    reordered.add(Map.of("key", "trauma-screening", "text", "Universal trauma screening"));
    List<String> keys = reordered.stream().map(i -> (String) i.get("key")).toList();
    replace(f.lead, f.collaborative, reordered)
        .statusCode(200)
        .body("items.key", contains(keys.toArray()))
        .body("items[0].text", equalTo("Plans to sustain the practice"));
    Api.as(who.member())
        .get("/api/applications/{id}", application)
        .then()
        .statusCode(200)
        .body("readinessItems.key", contains(keys.toArray()))
        .body("readiness.ratings", hasSize(7));

    // an item nobody rated yet may go
    replace(f.lead, f.collaborative, reordered.subList(0, 7))
        .statusCode(200)
        .body("items", hasSize(7));
  }
}
