package org.lcp.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A collaborative with a lead faculty member and teams enrolled through the API (apply, submit,
 * accept), each with the core team Rita Rivers (senior leader), Sam Super (supervisor), Carl Clark
 * and Cleo Clinic (clinicians) on its roster.
 */
public final class ScheduleFixtures {

  public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  public final Person admin = Person.admin();
  public final Person lead = Fixtures.signIn(Person.faculty());
  public final Person reviewer = Fixtures.signIn(Person.faculty());
  public final String leadId;
  public final String reviewerId;
  public final String collaborative;

  /**
   * An enrolled team: its organisation, a signed-in senior leader member, and roster ids by name.
   */
  public record EnrolledTeam(
      String organizationId, Person member, String teamId, Map<String, String> roster) {
    public String id(String name) {
      return roster.get(name);
    }
  }

  public ScheduleFixtures() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Schedule " + UUID.randomUUID());
    body.put("practice", "TF-CBT");
    body.put("kind", "LEARNING_COLLABORATIVE");
    body.put("applicationsOpenAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
    body.put("applicationsCloseAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
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
    leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    reviewerId = Api.as(reviewer).get("/api/me").then().extract().path("userId");
    Fixtures.advance(lead, collaborative, "ANNOUNCED", "APPLICATIONS_OPEN");
  }

  /** An organisation's submitted application: the organisation, its senior leader, the id. */
  public record Applied(String organizationId, Person leader, String applicationId) {}

  /** A new organisation applies and is accepted; its roster starts {@code daysAgo} days ago. */
  public EnrolledTeam enrol(int daysAgo) {
    Applied applied = submitted();
    String org = applied.organizationId();
    Person leader = applied.leader();
    String application = applied.applicationId();
    Api.as(lead)
        .body(Map.of("userId", reviewerId))
        .post("/api/applications/{id}/reviews", application)
        .then()
        .statusCode(201);
    Api.as(reviewer)
        .header(
            "If-Match",
            Fixtures.etag(reviewer, "/api/applications/{id}/reviews/{r}", application, reviewerId))
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 4, "commitment", 4, "coreTeam", 4, "attendance", 4),
                "recommendation",
                "ACCEPT"))
        .put("/api/applications/{id}/reviews/{r}", application, reviewerId)
        .then()
        .statusCode(200);
    Api.as(lead)
        .header("If-Match", applicationETag(lead, application))
        .body(Map.of("decision", "ACCEPTED", "message", "Welcome"))
        .post("/api/applications/{id}/decision", application)
        .then()
        .statusCode(200);
    String teamId =
        Api.as(lead)
            .get("/api/collaboratives/{id}/teams", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .path("items.find { it.organizationId == '" + org + "' }.id");
    Db.execute(
        "update roster_member set start_date = current_date - "
            + daysAgo
            + " where team_id = '"
            + teamId
            + "'");
    return new EnrolledTeam(org, leader, teamId, roster(teamId));
  }

  /** A new organisation applies and submits a complete application (no reviewer yet). */
  public Applied submitted() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    return new Applied(org, leader, submit(org, leader));
  }

  /** The organisation's member applies with every section complete and submits; the id. */
  public String submit(String org, Person leader) {
    String application =
        Api.as(leader)
            .body(Map.of("collaborativeId", collaborative, "organizationId", org))
            .post("/api/applications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<String> keys =
        Api.as(leader)
            .get("/api/applications/{id}", application)
            .then()
            .extract()
            .path("readinessItems.key");
    Api.as(leader)
        .header("If-Match", applicationETag(leader, application))
        .body(Map.of("ratings", keys.stream().map(k -> Map.of("itemKey", k, "rating", 4)).toList()))
        .put("/api/applications/{id}/readiness", application)
        .then()
        .statusCode(200);
    Api.as(leader)
        .header("If-Match", applicationETag(leader, application))
        .body(
            Map.of(
                "agreed",
                true,
                "signerName",
                "Rita Rivers",
                "signerTitle",
                "Executive Director",
                "signedOn",
                TODAY.toString(),
                "dataContactName",
                "Dana Data",
                "dataContactEmail",
                "dana@example.org"))
        .put("/api/applications/{id}/commitment", application)
        .then()
        .statusCode(200);
    Api.as(leader)
        .header("If-Match", applicationETag(leader, application))
        .body(
            Map.of(
                "members",
                List.of(
                    coreMember("SENIOR_LEADER", "Rita Rivers"),
                        coreMember("SUPERVISOR", "Sam Super"),
                    coreMember("CLINICIAN", "Carl Clark"), coreMember("CLINICIAN", "Cleo Clinic"))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200);
    List<String> sessions = sessions();
    Api.as(leader)
        .header("If-Match", applicationETag(leader, application))
        .body(
            Map.of(
                "sessions",
                sessions.stream()
                    .map(s -> Map.of("learningSessionId", s, "commits", true))
                    .toList()))
        .put("/api/applications/{id}/session-commitments", application)
        .then()
        .statusCode(200);
    Api.as(leader)
        .header("If-Match", applicationETag(leader, application))
        .post("/api/applications/{id}/submission", application)
        .then()
        .statusCode(200);
    return application;
  }

  /** Roster member ids by name. */
  public Map<String, String> roster(String teamId) {
    List<Map<String, Object>> members =
        Api.as(lead).get("/api/teams/{id}", teamId).then().statusCode(200).extract().path("roster");
    Map<String, String> byName = new HashMap<>();
    members.forEach(m -> byName.put((String) m.get("name"), (String) m.get("id")));
    return byName;
  }

  private static String applicationETag(Person p, String application) {
    return Fixtures.etag(p, "/api/applications/{id}", application);
  }

  private static Map<String, Object> coreMember(String role, String name) {
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

  /** The learning session ids, by number. */
  public List<String> sessions() {
    return Api.as(lead)
        .get("/api/collaboratives/{id}/learning-sessions", collaborative)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  /** Gives a learning session its dates (and a time zone). */
  public void schedule(String sessionId, int number, LocalDate start, LocalDate end) {
    String etag =
        Fixtures.etag(
            lead, "/api/collaboratives/{c}/learning-sessions/{s}", collaborative, sessionId);
    Api.as(lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "number",
                number,
                "title",
                "Learning Session " + number,
                "startDate",
                start.toString(),
                "endDate",
                end.toString(),
                "timeZone",
                "America/Chicago",
                "mode",
                "VIRTUAL",
                "joinUrl",
                "https://video.example.org/ls" + number))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", collaborative, sessionId)
        .then()
        .statusCode(200);
  }
}
