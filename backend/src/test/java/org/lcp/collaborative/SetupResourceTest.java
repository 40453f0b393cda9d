package org.lcp.collaborative;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The setup checklist (GET .../setup) and the gate on forward phase transitions: every missing item
 * is named at once, moving forward succeeds once they are done, moving back is never held back.
 */
@QuarkusTest
class SetupResourceTest {

  final Person admin = Person.admin();

  static ValidatableResponse move(Person p, String id, String to, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    if (reason != null) {
      body.put("reason", reason);
    }
    return Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/collaboratives/{id}", id))
        .body(body)
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then();
  }

  static ValidatableResponse setup(Person p, String id) {
    return Api.as(p).get("/api/collaboratives/{id}/setup", id).then();
  }

  static List<String> sessionIds(Person p, String id) {
    return Api.as(p)
        .get("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  static void schedule(Person p, String id, String session, int number, Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>();
    body.put("number", number);
    body.put("title", "Learning Session " + number);
    body.put("mode", "IN_PERSON");
    body.putAll(more);
    Api.as(p)
        .header(
            "If-Match",
            Fixtures.etag(p, "/api/collaboratives/{c}/learning-sessions/{s}", id, session))
        .body(body)
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, session)
        .then()
        .statusCode(200);
  }

  static void replaceReadinessItems(Person p, String id, List<Map<String, Object>> items) {
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/collaboratives/{id}/readiness-items", id))
        .body(Map.of("items", items))
        .put("/api/collaboratives/{id}/readiness-items", id)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> withoutWindow() {
    Map<String, Object> b = new HashMap<>();
    b.put("title", "Setup " + UUID.randomUUID());
    b.put("practice", "TF-CBT");
    b.put("kind", "LEARNING_COLLABORATIVE");
    b.put("startDate", "2027-03-01");
    b.put("endDate", "2028-03-01");
    return b;
  }

  @Test
  void openingApplicationsNamesEveryMissingItemAtOnceThenSucceedsOnceTheyAreDone() {
    // an admin sets it up: no lead, no window, three placeholder sessions; its readiness items
    // are emptied
    String id =
        Api.as(admin)
            .body(withoutWindow())
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    replaceReadinessItems(admin, id, List.of());
    setup(admin, id)
        .statusCode(200)
        .body("collaborativeId", equalTo(id))
        .body("kind", equalTo("LEARNING_COLLABORATIVE"))
        .body("phase", equalTo("DRAFT"))
        .body("nextPhase", equalTo("ANNOUNCED"))
        .body("readyForNextPhase", equalTo(true))
        .body(
            "items.key",
            contains(
                "LEAD_FACULTY",
                "APPLICATION_WINDOW",
                "LEARNING_SESSIONS",
                "READINESS_ITEMS",
                "MEASURES"))
        .body("items.done", contains(false, false, false, false, false))
        .body(
            "items.requiredBefore",
            contains(
                "APPLICATIONS_OPEN",
                "APPLICATIONS_OPEN",
                "APPLICATIONS_OPEN",
                "APPLICATIONS_OPEN",
                "ACTIVE"))
        .body(
            "items[2].detail",
            equalTo("0 of 3 learning sessions are scheduled (0 of 3 have dates)"))
        .body("items[0].label", equalTo("At least one lead faculty member"));
    move(admin, id, "ANNOUNCED", null).statusCode(200);
    setup(admin, id)
        .body("nextPhase", equalTo("APPLICATIONS_OPEN"))
        .body("readyForNextPhase", equalTo(false));

    move(admin, id, "APPLICATIONS_OPEN", null)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/setup-incomplete"))
        .body(
            "detail",
            equalTo(
                "cannot open applications: at least one lead faculty member; the application window"
                    + " (applicationsOpenAt and applicationsCloseAt); dates for learning sessions 1,"
                    + " 2 and 3; a venue for learning sessions 1, 2 and 3; at least one readiness"
                    + " assessment item"))
        .body(
            "missing.key",
            contains("LEAD_FACULTY", "APPLICATION_WINDOW", "LEARNING_SESSIONS", "READINESS_ITEMS"))
        .body("missing.done", everyItem(equalTo(false)))
        .body("missing.requiredBefore", everyItem(equalTo("APPLICATIONS_OPEN")))
        .body("missing[0].needed", equalTo("at least one lead faculty member"));
    Api.as(admin).get("/api/collaboratives/{id}", id).then().body("phase", equalTo("ANNOUNCED"));

    // one by one: a lead, the window, session 1 in person and session 2 online (session 3 not yet)
    Person lead = Fixtures.signIn(Person.faculty());
    Api.as(admin)
        .body(Map.of("email", lead.email(), "lead", true))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(201);
    Map<String, Object> update = withoutWindow();
    update.remove("title");
    update.put("title", "Setup with a window");
    update.put("applicationsOpenAt", "2027-01-01T00:00:00Z");
    update.put("applicationsCloseAt", "2027-02-01T00:00:00Z");
    update.put("minClinicians", 2);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/collaboratives/{id}", id))
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(200);
    List<String> sessions = sessionIds(lead, id);
    schedule(
        lead,
        id,
        sessions.get(0),
        1,
        Map.of("startDate", "2027-04-01", "endDate", "2027-04-02", "location", "Durham, NC"));
    schedule(
        lead,
        id,
        sessions.get(1),
        2,
        Map.of(
            "startDate",
            "2027-08-01",
            "mode",
            "VIRTUAL",
            "joinUrl",
            "https://video.example.org/2"));
    schedule(lead, id, sessions.get(2), 3, Map.of("location", "Durham, NC"));
    replaceReadinessItems(
        lead,
        id,
        List.of(Map.of("key", "leadership-support", "text", "Leaders support the practice")));
    setup(lead, id)
        .body("items.done", contains(true, true, false, true, false))
        .body(
            "items[2].detail",
            equalTo("2 of 3 learning sessions are scheduled (2 of 3 have dates)"))
        .body("items[2].needed", equalTo("dates for learning session 3"))
        .body("items[0]", not(hasKey("needed")));
    move(lead, id, "APPLICATIONS_OPEN", null)
        .statusCode(409)
        .body("detail", equalTo("cannot open applications: dates for learning session 3"))
        .body("missing.key", contains("LEARNING_SESSIONS"));

    schedule(
        lead, id, sessions.get(2), 3, Map.of("startDate", "2027-12-01", "location", "Durham, NC"));
    setup(lead, id).body("readyForNextPhase", equalTo(true));
    move(lead, id, "APPLICATIONS_OPEN", null)
        .statusCode(200)
        .body("phase", equalTo("APPLICATIONS_OPEN"));

    // measures hold back ACTIVE only
    move(lead, id, "REVIEW", null).statusCode(200);
    move(lead, id, "PRE_WORK", null).statusCode(200);
    setup(lead, id).body("nextPhase", equalTo("ACTIVE")).body("readyForNextPhase", equalTo(false));
    move(lead, id, "ACTIVE", null)
        .statusCode(409)
        .body("type", equalTo("/problems/setup-incomplete"))
        .body(
            "detail",
            equalTo("cannot make the collaborative ACTIVE: at least one Core Data Set measure"))
        .body("missing.key", contains("MEASURES"));
    Api.as(lead)
        .body(
            Map.of("key", "screened", "name", "Screened", "type", "COUNT", "direction", "INCREASE"))
        .post("/api/collaboratives/{id}/measures", id)
        .then()
        .statusCode(201);
    move(lead, id, "ACTIVE", null).statusCode(200);
    setup(lead, id)
        .body("phase", equalTo("ACTIVE"))
        .body("nextPhase", equalTo("SUSTAINING"))
        .body("readyForNextPhase", equalTo(true))
        .body("items.done", everyItem(equalTo(true)));
    move(lead, id, "SUSTAINING", null).statusCode(200);
    move(lead, id, "CLOSED", null).statusCode(200);
    // a closed collaborative's checklist is still read, at the end of its path
    setup(lead, id)
        .statusCode(200)
        .body("phase", equalTo("CLOSED"))
        .body("$", not(hasKey("nextPhase")))
        .body("readyForNextPhase", equalTo(false));
  }

  @Test
  void movingBackIsNeverHeldBackButMovingForwardAgainIs() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    Fixtures.advance(lead, id, "ANNOUNCED", "APPLICATIONS_OPEN");
    // session 2 loses its dates after applications opened: that holds back nothing ahead
    List<String> sessions = sessionIds(lead, id);
    schedule(lead, id, sessions.get(1), 2, Map.of("location", "Durham, NC"));
    move(lead, id, "REVIEW", null).statusCode(200);
    // an admin reopens applications, past the gate, backwards
    move(admin, id, "ANNOUNCED", "Two sites asked for more time").statusCode(200);
    move(admin, id, "APPLICATIONS_OPEN", null)
        .statusCode(409)
        .body("type", equalTo("/problems/setup-incomplete"))
        .body("detail", equalTo("cannot open applications: dates for learning session 2"));
    move(admin, id, "DRAFT", "Start over").statusCode(200);
  }

  @Test
  void aLearningCommunityNeedsALeadBeforeItIsAnnouncedAndACallBeforeItIsActive() {
    Map<String, Object> body = withoutWindow();
    body.put("kind", "LEARNING_COMMUNITY");
    String id =
        Api.as(admin)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    setup(admin, id)
        .statusCode(200)
        .body("kind", equalTo("LEARNING_COMMUNITY"))
        .body("nextPhase", equalTo("ANNOUNCED"))
        .body("readyForNextPhase", equalTo(false))
        .body("items.key", contains("LEAD_FACULTY", "CALLS"))
        .body("items.requiredBefore", contains("ANNOUNCED", "ACTIVE"))
        .body("items.done", contains(false, false));
    move(admin, id, "ANNOUNCED", null)
        .statusCode(409)
        .body("type", equalTo("/problems/setup-incomplete"))
        .body(
            "detail",
            equalTo("cannot announce the collaborative: at least one lead faculty member"))
        .body("missing.key", contains("LEAD_FACULTY"));
    Person lead = Fixtures.signIn(Person.faculty());
    String leadId =
        Api.as(admin)
            .body(Map.of("email", lead.email(), "lead", true))
            .post("/api/collaboratives/{id}/faculty", id)
            .then()
            .statusCode(201)
            .extract()
            .path("userId");
    move(lead, id, "ANNOUNCED", null).statusCode(200);
    setup(lead, id).body("nextPhase", equalTo("ACTIVE")).body("readyForNextPhase", equalTo(false));
    move(lead, id, "ACTIVE", null)
        .statusCode(409)
        .body(
            "detail", equalTo("cannot make the collaborative ACTIVE: at least one scheduled call"))
        .body("missing.key", contains("CALLS"));
    Map<String, Object> call = new HashMap<>();
    call.put("topic", "Kick-off");
    call.put("start", "2027-04-01T15:00");
    call.put("timeZone", "America/New_York");
    call.put("durationMinutes", 60);
    call.put("facilitatorUserId", leadId);
    call.put("audience", "COLLABORATIVE");
    call.put("mode", "VIDEO");
    call.put("joinUrl", "https://video.example.org/kickoff");
    String callId =
        Api.as(lead)
            .body(call)
            .post("/api/collaboratives/{c}/calls", id)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    setup(lead, id)
        .body("items.done", contains(true, true))
        .body("items[1].detail", equalTo("1 call scheduled"));
    // a cancelled call does not count
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", callId))
        .body(Map.of("reason", "Moved"))
        .post("/api/calls/{id}/cancellation", callId)
        .then()
        .statusCode(200);
    setup(lead, id).body("items.done", contains(true, false));
    call.put("start", "2027-04-08T15:00");
    Api.as(lead).body(call).post("/api/collaboratives/{c}/calls", id).then().statusCode(201);
    move(lead, id, "ACTIVE", null).statusCode(200);
  }

  @Test
  void aCommunitysLearningSessionsCountWhenItHasSome() {
    Map<String, Object> body = withoutWindow();
    body.put("kind", "LEARNING_COMMUNITY");
    body.put("learningSessionCount", 1);
    Person lead = Fixtures.signIn(Person.faculty());
    String id =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    setup(lead, id)
        .body("items.key", contains("LEAD_FACULTY", "CALLS", "LEARNING_SESSIONS"))
        .body("items.requiredBefore", contains("ANNOUNCED", "ACTIVE", "ACTIVE"))
        .body(
            "items[2].needed",
            equalTo("dates for learning session 1; a venue for learning session 1"))
        .body("readyForNextPhase", equalTo(true));
  }

  @Test
  void onlyAdminsAndItsFacultyReadTheChecklist() {
    Person lead = Fixtures.signIn(Person.faculty());
    Person faculty = Fixtures.signIn(Person.faculty());
    Person outsider = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    Api.as(lead)
        .body(Map.of("email", faculty.email()))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(201);
    String org = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, org, "SENIOR_LEADER");

    // a draft: others do not see it at all
    setup(faculty, id).statusCode(200);
    setup(admin, id).statusCode(200);
    setup(outsider, id).statusCode(404).contentType("application/problem+json");
    setup(member, id).statusCode(404);
    Api.anonymous().get("/api/collaboratives/{id}/setup", id).then().statusCode(401);
    setup(admin, UUID.randomUUID().toString()).statusCode(404);

    // announced: they see the collaborative, not its checklist
    Fixtures.advance(lead, id, "ANNOUNCED");
    setup(outsider, id).statusCode(403).body("type", equalTo("/problems/forbidden"));
    setup(member, id).statusCode(403);
    setup(faculty, id).statusCode(200);
  }

  @Test
  void theCapacityStaysAtOrAboveTheAcceptedTeamsAndATeamHasAtLeastOneClinician() {
    Person lead = Fixtures.signIn(Person.faculty());
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    Map<String, Object> body = CollaborativeResourceTest.valid();
    body.put("capacity", 5);
    String id =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // two accepted teams (decisions are the application package's; arranged directly here)
    for (int i = 0; i < 2; i++) {
      String org = Fixtures.organization(admin);
      Db.execute(
          "insert into application (id, collaborative_id, organization_id, status, created_by, created_at,"
              + " updated_at) values ('"
              + UUID.randomUUID()
              + "', '"
              + id
              + "', '"
              + org
              + "', 'ACCEPTED', '"
              + leadId
              + "', now(), now())");
    }
    Map<String, Object> update = CollaborativeResourceTest.updateOf(body);
    update.put("capacity", 1);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/collaboratives/{id}", id))
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/conflict"))
        .body(
            "detail",
            equalTo(
                "the capacity cannot be 1: 2 teams are already accepted; set it to at least 2 (or"
                    + " leave it empty for no limit)"))
        .body("acceptedTeams", equalTo(2))
        .body("capacity", equalTo(1));
    update.put("capacity", 2);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/collaboratives/{id}", id))
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(2))
        .body("placesLeft", equalTo(0));
    update.remove("capacity");
    update.put("minClinicians", 0);
    Api.badInput(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/collaboratives/{id}", id))
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("minClinicians"));
    update.put("minClinicians", 1);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/collaboratives/{id}", id))
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(200)
        .body("minClinicians", equalTo(1))
        .body("$", not(hasKey("capacity")));
    body.put("minClinicians", 0);
    Api.badInput(lead)
        .body(body)
        .post("/api/collaboratives")
        .then()
        .statusCode(400)
        .body("violations.field", contains("minClinicians"));
  }
}
