package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * A CLOSED collaborative is read-only: every write of an application, its sections and its reviews
 * answers 409 (and writes nothing) for those who could make it before; reading goes on.
 */
@QuarkusTest
class ClosedCollaborativeTest {

  @Test
  void everyWriteOfApplicationsAndReviewsIsRefused() {
    var f = new ApplicationFixtures(null);
    var drafting = f.applicant();
    String draft = f.start(drafting);
    List<String> keys =
        Api.as(drafting.member())
            .get("/api/applications/{id}", draft)
            .then()
            .extract()
            .path("readinessItems.key");
    List<String> sessions =
        Api.as(drafting.member())
            .get("/api/collaboratives/{id}/learning-sessions", f.collaborative)
            .then()
            .extract()
            .path("items.id");
    var reviewed = f.applicant();
    String id = f.underReview(reviewed);
    Person second = Fixtures.signIn(Person.faculty());
    Api.as(f.lead)
        .body(Map.of("email", second.email()))
        .post("/api/collaboratives/{id}/faculty", f.collaborative)
        .then()
        .statusCode(201);
    String secondId = Api.as(second).get("/api/me").then().extract().path("userId");
    String itemsTag =
        Fixtures.etag(f.lead, "/api/collaboratives/{id}/readiness-items", f.collaborative);
    String reviewTag =
        Fixtures.etag(f.reviewer, "/api/applications/{id}/reviews/{r}", id, f.reviewerId);
    Fixtures.advance(
        f.lead, f.collaborative, "REVIEW", "PRE_WORK", "ACTIVE", "SUSTAINING", "CLOSED");
    Map<String, String> before = written();

    Person member = drafting.member();
    closed(
        changing(member, draft)
            .body(
                Map.of(
                    "ratings", keys.stream().map(k -> Map.of("itemKey", k, "rating", 4)).toList()))
            .put("/api/applications/{id}/readiness", draft));
    closed(
        changing(member, draft)
            .body(Map.of("agreed", true))
            .put("/api/applications/{id}/commitment", draft));
    closed(
        changing(member, draft)
            .body(Map.of("members", List.of(ApplicationFixtures.member("CLINICIAN", "Cy Clin"))))
            .put("/api/applications/{id}/core-team", draft));
    closed(
        changing(member, draft)
            .body(
                Map.of(
                    "sessions",
                    sessions.stream()
                        .map(s -> Map.of("learningSessionId", s, "commits", true))
                        .toList()))
            .put("/api/applications/{id}/session-commitments", draft));
    closed(changing(member, draft).post("/api/applications/{id}/submission", draft));
    closed(changing(member, draft).post("/api/applications/{id}/withdrawal", draft));
    closed(changing(reviewed.member(), id).post("/api/applications/{id}/withdrawal", id));
    closed(
        changing(f.lead, id)
            .body(Map.of("message", "Please add a clinician"))
            .post("/api/applications/{id}/return", id));
    closed(
        changing(f.lead, id)
            .body(Map.of("decision", "ACCEPTED", "message", "Welcome"))
            .post("/api/applications/{id}/decision", id));
    closed(
        Api.as(f.lead).body(Map.of("userId", secondId)).post("/api/applications/{id}/reviews", id));
    closed(
        Api.as(f.reviewer)
            .header("If-Match", reviewTag)
            .body(
                Map.of(
                    "scores",
                    Map.of("readiness", 4, "commitment", 4, "coreTeam", 4, "attendance", 4),
                    "recommendation",
                    "ACCEPT"))
            .put("/api/applications/{id}/reviews/{r}", id, f.reviewerId));
    closed(
        Api.as(f.reviewer)
            .body(Map.of("reason", "A conflict"))
            .post("/api/applications/{id}/reviews/{r}/recusal", id, f.reviewerId));
    closed(
        Api.as(f.lead)
            .header("If-Match", itemsTag)
            .body(Map.of("items", List.of(Map.of("key", "k", "text", "T"))))
            .put("/api/collaboratives/{id}/readiness-items", f.collaborative));
    // who may not make the change at all still hears so first
    changing(f.admin, draft)
        .body(Map.of("agreed", true))
        .put("/api/applications/{id}/commitment", draft)
        .then()
        .statusCode(403);
    changing(f.reviewer, id)
        .body(Map.of("decision", "ACCEPTED", "message", "Welcome"))
        .post("/api/applications/{id}/decision", id)
        .then()
        .statusCode(403);
    assertThat(written()).as("nothing written in the CLOSED collaborative").isEqualTo(before);

    // reading goes on
    Api.as(member)
        .get("/api/applications/{id}", draft)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    Api.as(f.lead)
        .get("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/readiness-items", f.collaborative)
        .then()
        .statusCode(200);
  }

  private static RequestSpecification changing(Person p, String application) {
    return Api.as(p).header("If-Match", ApplicationFixtures.etag(p, application));
  }

  private static void closed(Response r) {
    r.then().statusCode(409).body("detail", containsString("CLOSED"));
  }

  /** The rows a refused write must leave alone (people's last sign-in aside). */
  private static Map<String, String> written() {
    Map<String, String> rows = new LinkedHashMap<>(Db.snapshot());
    rows.remove("app_user");
    return rows;
  }
}
