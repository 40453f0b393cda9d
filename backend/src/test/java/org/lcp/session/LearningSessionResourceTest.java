package org.lcp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;

@QuarkusTest
class LearningSessionResourceTest {

  final Person admin = Person.admin();

  static Map<String, Object> session(int number) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", number);
    m.put("title", "Learning Session " + number);
    m.put("startDate", "2027-04-12");
    m.put("endDate", "2027-04-13");
    m.put("timeZone", "America/Chicago");
    m.put("mode", "IN_PERSON");
    m.put("location", "Hilton Chicago");
    m.put("agenda", "Day 1: skills. Day 2: planning.");
    return m;
  }

  String firstSessionId(Person p, String collaborativeId) {
    return Api.as(p)
        .get("/api/collaboratives/{id}/learning-sessions", collaborativeId)
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }

  @Test
  void facultyScheduleTheDefaultSessions() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    String sessionId = firstSessionId(lead, id);
    String etag =
        Fixtures.etag(lead, "/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId);
    assertThat(etag).isEqualTo("\"0\"");

    Api.as(lead)
        .header("If-Match", etag)
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("startDate", equalTo("2027-04-12"))
        .body("endDate", equalTo("2027-04-13"))
        .body("timeZone", equalTo("America/Chicago"))
        .body("location", equalTo("Hilton Chicago"));

    var virtual = session(2);
    virtual.put("mode", "VIRTUAL");
    virtual.remove("location");
    virtual.put("joinUrl", "https://video.example.org/ls2");
    String second =
        Api.as(lead)
            .get("/api/collaboratives/{id}/learning-sessions", id)
            .then()
            .extract()
            .path("items[1].id");
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(virtual)
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, second)
        .then()
        .statusCode(200)
        .body("mode", equalTo("VIRTUAL"))
        .body("joinUrl", equalTo("https://video.example.org/ls2"));

    Api.as(admin)
        .queryParam("entityId", sessionId)
        .queryParam("action", "learning-session.updated")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].after.location", equalTo("Hilton Chicago"));
  }

  @Test
  void addAndDeleteSessionsWithUniqueNumbers() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    Api.as(lead)
        .body(session(2))
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("learning session 2 already exists"));
    String fourth =
        Api.as(lead)
            .body(session(4))
            .post("/api/collaboratives/{id}/learning-sessions", id)
            .then()
            .statusCode(201)
            .header("Location", containsString("/learning-sessions/"))
            .extract()
            .path("id");
    Api.as(lead)
        .get("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .body("items.number", contains(1, 2, 3, 4));
    Api.as(lead)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", id, fourth)
        .then()
        .statusCode(204);
    Api.as(lead)
        .get("/api/collaboratives/{c}/learning-sessions/{s}", id, fourth)
        .then()
        .statusCode(404);
    // a session of one collaborative is not reachable through another
    String other = Fixtures.collaborative(lead);
    String s1 = firstSessionId(lead, id);
    Api.as(lead)
        .get("/api/collaboratives/{c}/learning-sessions/{s}", other, s1)
        .then()
        .statusCode(404);
  }

  @Test
  void validationNamesEachField() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead); // runs 2027-03-01 .. 2028-03-01
    Map<String, String> before = Db.snapshot();
    var bad = session(5);
    bad.put("startDate", "2027-02-01");
    bad.put("endDate", "2027-01-31");
    bad.put("timeZone", "Mars/Olympus");
    Api.badInput(lead)
        .body(bad)
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("endDate", "startDate", "timeZone"))
        .body("violations.find { it.field == 'startDate' }.message", containsString("2027-03-01"));
    var noStart = session(5);
    noStart.remove("startDate");
    Api.badInput(lead)
        .body(noStart)
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("startDate"));
    Api.badInput(lead)
        .body(Map.of("number", 0, "title", "x", "mode", "ONLINE", "joinUrl", "zoom me"))
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("mode"));
    Api.badInput(lead)
        .body(Map.of("number", 13, "title", "", "mode", "VIRTUAL", "joinUrl", "zoom me"))
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("joinUrl", "number", "title"));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void whoMayDoWhat() {
    Person lead = Fixtures.signIn(Person.faculty());
    Person helper = Fixtures.signIn(Person.faculty());
    Person outsider = Fixtures.signIn(Person.faculty());
    String org = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, org, "SENIOR_LEADER");
    String id = Fixtures.collaborative(lead);
    Api.as(lead)
        .body(Map.of("email", helper.email()))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(201);
    String sessionId = firstSessionId(lead, id);

    // in DRAFT, outsiders do not see the sessions at all
    Api.as(member).get("/api/collaboratives/{id}/learning-sessions", id).then().statusCode(404);
    Api.as(outsider)
        .get("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(404);
    Fixtures.advance(lead, id, "ANNOUNCED");
    Api.as(member)
        .get("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(200);

    // any faculty member of the collaborative schedules; others may not
    Api.as(helper)
        .header("If-Match", "\"0\"")
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(200);
    Api.as(member)
        .header("If-Match", "\"1\"")
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(403);
    Api.as(outsider)
        .body(session(6))
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(403);
    // deleting is for lead faculty and admins
    Api.as(helper)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(403);
    Api.anonymous().get("/api/collaboratives/{id}/learning-sessions", id).then().statusCode(401);
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(412);
    Api.as(lead)
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(428);
  }

  @Test
  void aClosedCollaborativeIsReadOnly() {
    String id = Fixtures.collaborative(admin);
    Fixtures.advance(
        admin,
        id,
        "ANNOUNCED",
        "APPLICATIONS_OPEN",
        "REVIEW",
        "PRE_WORK",
        "ACTIVE",
        "SUSTAINING",
        "CLOSED");
    String sessionId = firstSessionId(admin, id);
    Api.as(admin)
        .body(session(7))
        .post("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(409);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(session(1))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(409);
    Api.as(admin)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(409);
    Api.as(admin)
        .body(Map.of("email", "late-" + UUID.randomUUID() + "@test.example.org"))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(409);
  }

  @Test
  void aSessionThatApplicationsCommittedToIsNotDeleted() {
    ScheduleFixtures f = new ScheduleFixtures();
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    String application =
        Api.as(leader)
            .body(Map.of("collaborativeId", f.collaborative, "organizationId", org))
            .post("/api/applications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<String> sessions = f.sessions();
    Api.as(leader)
        .header("If-Match", Fixtures.etag(leader, "/api/applications/{id}", application))
        .body(
            Map.of(
                "sessions",
                List.of(
                    Map.of("learningSessionId", sessions.get(0), "commits", true),
                    Map.of(
                        "learningSessionId",
                        sessions.get(1),
                        "commits",
                        false,
                        "conflicts",
                        "state conference"))))
        .put("/api/applications/{id}/session-commitments", application)
        .then()
        .statusCode(200);
    Map<String, String> before = Db.snapshot();

    Api.as(f.lead)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, sessions.get(0))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(
            "detail",
            containsString(
                "learning session 1 is part of the session commitments of applications"));
    Api.as(admin)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, sessions.get(1))
        .then()
        .statusCode(409)
        .body("detail", containsString("learning session 2"));
    assertThat(Db.snapshot()).isEqualTo(before);
    Api.as(f.lead)
        .get("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, sessions.get(0))
        .then()
        .statusCode(200);

    // the session nobody answered for goes
    Api.as(f.lead)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, sessions.get(2))
        .then()
        .statusCode(204);
    assertThat(
            Db.count("select count(*) from learning_session where id = '" + sessions.get(2) + "'"))
        .isZero();
  }
}
