package org.lcp.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/** A collaborative open for applications, an applying organisation, and complete sections. */
final class ApplicationFixtures {

  final Person admin = Person.admin();
  final Person lead = Fixtures.signIn(Person.faculty());
  final Person reviewer = Fixtures.signIn(Person.faculty());
  final String collaborative;
  final String reviewerId;

  ApplicationFixtures(Integer capacity) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Open " + UUID.randomUUID());
    body.put("practice", "TF-CBT");
    body.put("kind", "LEARNING_COLLABORATIVE");
    body.put("applicationsOpenAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
    body.put("applicationsCloseAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
    if (capacity != null) {
      body.put("capacity", capacity);
    }
    collaborative =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(lead)
        .body(Map.of("email", reviewer.email()))
        .post("/api/collaboratives/{id}/faculty", collaborative)
        .then()
        .statusCode(201);
    reviewerId = Api.as(reviewer).get("/api/me").then().extract().path("userId");
    Fixtures.advance(lead, collaborative, "ANNOUNCED", "APPLICATIONS_OPEN");
  }

  /** A new organisation with a signed-in senior leader. */
  Applicant applicant() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    return new Applicant(org, leader);
  }

  record Applicant(String organizationId, Person member) {}

  String start(Applicant who) {
    return Api.as(who.member())
        .body(Map.of("collaborativeId", collaborative, "organizationId", who.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String etag(Person p, String application) {
    return Fixtures.etag(p, "/api/applications/{id}", application);
  }

  /** Fills every section so that the application can be submitted. */
  void complete(Person p, String application) {
    List<String> keys =
        Api.as(p)
            .get("/api/applications/{id}", application)
            .then()
            .extract()
            .path("readinessItems.key");
    Api.as(p)
        .header("If-Match", etag(p, application))
        .body(Map.of("ratings", keys.stream().map(k -> Map.of("itemKey", k, "rating", 4)).toList()))
        .put("/api/applications/{id}/readiness", application)
        .then()
        .statusCode(200);
    Api.as(p)
        .header("If-Match", etag(p, application))
        .body(
            Map.of(
                "agreed",
                true,
                "signerName",
                "Rita Rivers",
                "signerTitle",
                "Executive Director",
                "signedOn",
                "2026-11-20",
                "dataContactName",
                "Dana Data",
                "dataContactEmail",
                "dana@example.org"))
        .put("/api/applications/{id}/commitment", application)
        .then()
        .statusCode(200);
    Api.as(p)
        .header("If-Match", etag(p, application))
        .body(
            Map.of(
                "members",
                List.of(
                    member("SENIOR_LEADER", "Rita Rivers"), member("SUPERVISOR", "Sam Super"),
                    member("CLINICIAN", "Carl Clark"), member("CLINICIAN", "Cleo Clinic"))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200);
    List<String> sessions =
        Api.as(p)
            .get("/api/collaboratives/{id}/learning-sessions", collaborative)
            .then()
            .extract()
            .path("items.id");
    Api.as(p)
        .header("If-Match", etag(p, application))
        .body(
            Map.of(
                "sessions",
                sessions.stream()
                    .map(s -> Map.of("learningSessionId", s, "commits", true))
                    .toList()))
        .put("/api/applications/{id}/session-commitments", application)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> member(String role, String name) {
    return Map.of(
        "role",
        role,
        "name",
        name,
        "email",
        name.toLowerCase().replace(' ', '.') + "@example.org",
        "title",
        "Staff",
        "fte",
        0.5);
  }

  void submit(Person p, String application) {
    Api.as(p)
        .header("If-Match", etag(p, application))
        .post("/api/applications/{id}/submission", application)
        .then()
        .statusCode(200);
  }

  /** Submitted, with the reviewer assigned: under review. */
  String underReview(Applicant who) {
    String application = start(who);
    complete(who.member(), application);
    submit(who.member(), application);
    Api.as(lead)
        .body(Map.of("userId", reviewerId))
        .post("/api/applications/{id}/reviews", application)
        .then()
        .statusCode(201);
    return application;
  }

  /** Under review, and its reviewer submitted a review: ready to be decided. */
  String reviewed(Applicant who) {
    String application = underReview(who);
    score(application, 4, "ACCEPT");
    return application;
  }

  /** The reviewer scores every criterion {@code score} and recommends. */
  void score(String application, int score, String recommendation) {
    Api.as(reviewer)
        .header(
            "If-Match",
            Fixtures.etag(reviewer, "/api/applications/{id}/reviews/{r}", application, reviewerId))
        .body(
            Map.of(
                "scores",
                Map.of(
                    "readiness",
                    score,
                    "commitment",
                    score,
                    "coreTeam",
                    score,
                    "attendance",
                    score),
                "recommendation",
                recommendation))
        .put("/api/applications/{id}/reviews/{r}", application, reviewerId)
        .then()
        .statusCode(200);
  }
}
