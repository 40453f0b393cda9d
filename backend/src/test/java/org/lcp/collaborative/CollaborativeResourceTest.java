package org.lcp.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import org.lcp.support.TestTokens;

@QuarkusTest
class CollaborativeResourceTest {

  final Person admin = Person.admin();

  static Map<String, Object> valid() {
    Map<String, Object> m = new HashMap<>();
    m.put("title", "TF-CBT " + UUID.randomUUID());
    m.put("practice", "TF-CBT");
    m.put("kind", "LEARNING_COLLABORATIVE");
    m.put("description", "Trauma-focused CBT for 20 teams");
    m.put("applicationsOpenAt", "2027-01-01T09:00:00Z");
    m.put("applicationsCloseAt", "2027-02-15T17:00:00-05:00");
    m.put("startDate", "2027-03-01");
    m.put("endDate", "2028-02-28");
    m.put("capacity", 20);
    return m;
  }

  @Test
  void facultyCreateACollaborativeAndLeadIt() {
    Person faculty = Fixtures.signIn(Person.faculty());
    var body = valid();
    String id =
        Api.as(faculty)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("phase", equalTo("DRAFT"))
            .body("minClinicians", equalTo(2))
            .body("capacity", equalTo(20))
            .body("applicationsCloseAt", equalTo("2027-02-15T22:00:00Z"))
            .body("allowedTransitions", contains("ANNOUNCED"))
            .extract()
            .path("id");

    Api.as(faculty)
        .get("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(200)
        .body("items.email", contains(faculty.email()))
        .body("items[0].lead", equalTo(true));
    Api.as(faculty)
        .get("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .statusCode(200)
        .body("items.number", contains(1, 2, 3))
        .body(
            "items.title",
            contains("Learning Session 1", "Learning Session 2", "Learning Session 3"));
    Api.as(faculty)
        .get("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(200)
        .body("items.to", contains("DRAFT"));
    Api.as(faculty).get("/api/me").then().body("facultyOf.collaborativeId", hasItem(id));
    Api.as(admin)
        .queryParam("entityId", id)
        .queryParam("action", "collaborative.created")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].after.title", equalTo(body.get("title")));
  }

  @Test
  void aLearningCommunityHasNoSessionsByDefault() {
    var body = valid();
    body.put("kind", "LEARNING_COMMUNITY");
    String id =
        Api.as(admin)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .body("allowedTransitions", contains("ANNOUNCED"))
            .extract()
            .path("id");
    Api.as(admin)
        .get("/api/collaboratives/{id}/learning-sessions", id)
        .then()
        .body("total", equalTo(0));
    body.put("learningSessionCount", 2);
    body.put("title", "Two sessions " + UUID.randomUUID());
    String two =
        Api.as(admin)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .get("/api/collaboratives/{id}/learning-sessions", two)
        .then()
        .body("total", equalTo(2));
    // an admin who creates one is not made its faculty
    Api.as(admin).get("/api/collaboratives/{id}/faculty", two).then().body("total", equalTo(0));
  }

  @Test
  void onlyAdminsAndFacultyCreate() {
    String org = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, org, "SENIOR_LEADER");
    Api.as(member).body(valid()).post("/api/collaboratives").then().statusCode(403);
    Api.as(TestTokens.machine("m-" + UUID.randomUUID()))
        .body(valid())
        .post("/api/collaboratives")
        .then()
        .statusCode(403);
    Api.anonymous().body(valid()).post("/api/collaboratives").then().statusCode(401);
  }

  @Test
  void eachValidationRuleNamesItsField() {
    Fixtures.signIn(admin);
    Map<String, String> before = Db.snapshot();
    var body = valid();
    body.put("applicationsCloseAt", "2026-12-01T00:00:00Z");
    body.put("endDate", "2027-01-01");
    Api.badInput(admin)
        .body(body)
        .post("/api/collaboratives")
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("applicationsCloseAt", "endDate"))
        .body(
            "violations.find { it.field == 'applicationsCloseAt' }.message",
            equalTo("must be after applicationsOpenAt"))
        .body(
            "violations.find { it.field == 'endDate' }.message",
            equalTo("must be on or after startDate"));

    Map<String, Object> bad = new HashMap<>();
    bad.put("title", "");
    bad.put("practice", "x".repeat(201));
    bad.put("capacity", 0);
    bad.put("minClinicians", 51);
    bad.put("learningSessionCount", 13);
    bad.put("description", "d".repeat(20001));
    Api.badInput(admin)
        .body(bad)
        .post("/api/collaboratives")
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            containsInAnyOrder(
                "capacity",
                "description",
                "kind",
                "learningSessionCount",
                "minClinicians",
                "practice",
                "title"));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void draftsAreVisibleOnlyToAdminsAndTheirFaculty() {
    Person lead = Fixtures.signIn(Person.faculty());
    Person otherFaculty = Fixtures.signIn(Person.faculty());
    String org = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, org, "CLINICIAN");
    String draft = Fixtures.collaborative(lead);

    Api.as(admin).get("/api/collaboratives/{id}", draft).then().statusCode(200);
    Api.as(lead).get("/api/collaboratives/{id}", draft).then().statusCode(200);
    for (Person p : List.of(otherFaculty, member)) {
      Api.as(p).get("/api/collaboratives/{id}", draft).then().statusCode(404);
      Api.as(p).get("/api/collaboratives/{id}/learning-sessions", draft).then().statusCode(404);
      Api.as(p).get("/api/collaboratives/{id}/faculty", draft).then().statusCode(404);
      Api.as(p)
          .queryParam("size", 100)
          .get("/api/collaboratives")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(draft)));
    }
    Api.as(lead)
        .queryParam("size", 100)
        .queryParam("phase", "DRAFT")
        .get("/api/collaboratives")
        .then()
        .body("items.id", hasItem(draft));

    Fixtures.advance(lead, draft, "ANNOUNCED");
    Api.as(member)
        .get("/api/collaboratives/{id}", draft)
        .then()
        .statusCode(200)
        .body("allowedTransitions", empty());
    Api.as(otherFaculty).get("/api/collaboratives/{id}", draft).then().statusCode(200);
  }

  @Test
  void listFiltersByPhaseKindAndText() {
    String word = "Zebra" + UUID.randomUUID().toString().substring(0, 6);
    var a = valid();
    a.put("title", word + " one");
    var b = valid();
    b.put("title", "Other " + UUID.randomUUID());
    b.put("practice", word + " practice");
    b.put("kind", "LEARNING_COMMUNITY");
    String idA =
        Api.as(admin)
            .body(a)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String idB =
        Api.as(admin)
            .body(b)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .queryParam("q", word.toLowerCase())
        .get("/api/collaboratives")
        .then()
        .body("total", equalTo(2))
        .body("items.id", contains(idB, idA));
    Api.as(admin)
        .queryParam("q", word)
        .queryParam("kind", "LEARNING_COMMUNITY")
        .get("/api/collaboratives")
        .then()
        .body("items.id", contains(idB));
    Fixtures.advance(admin, idA, "ANNOUNCED");
    Api.as(admin)
        .queryParam("q", word)
        .queryParam("phase", "ANNOUNCED")
        .get("/api/collaboratives")
        .then()
        .body("items.id", contains(idA));
    Api.as(admin)
        .queryParam("q", "100%_" + word)
        .get("/api/collaboratives")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void phasesMoveForwardOneStepAndOnlyAdminsReopen() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    String etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);

    // skipping a phase is refused, naming what is allowed
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("to", "REVIEW"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/invalid-phase-transition"))
        .body("detail", containsString("allowed now: [ANNOUNCED]"));
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("to", "DRAFT"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("already DRAFT"));

    Fixtures.advance(
        lead, id, "ANNOUNCED", "APPLICATIONS_OPEN", "REVIEW", "PRE_WORK", "ACTIVE", "SUSTAINING");
    etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);
    // lead faculty may not move back
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("to", "ACTIVE", "reason", "oops"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("only admins"));
    Fixtures.advance(lead, id, "CLOSED");

    // closed: read-only
    etag = Fixtures.etag(admin, "/api/collaboratives/{id}", id);
    Api.as(admin)
        .header("If-Match", etag)
        .body(updateOf(valid()))
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("CLOSED"));
    // an admin reopens, with a reason
    Api.badInput(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "ACTIVE"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("reason"));
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "ACTIVE", "reason", "Sites asked for two more months"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(200)
        .body("phase", equalTo("ACTIVE"));

    Api.as(lead)
        .queryParam("size", 20)
        .get("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .body(
            "items.to",
            contains(
                "DRAFT",
                "ANNOUNCED",
                "APPLICATIONS_OPEN",
                "REVIEW",
                "PRE_WORK",
                "ACTIVE",
                "SUSTAINING",
                "CLOSED",
                "ACTIVE"))
        .body("items[8].reopen", equalTo(true))
        .body("items[8].reason", equalTo("Sites asked for two more months"));
    Api.as(admin)
        .queryParam("entityId", id)
        .queryParam("action", "collaborative.reopened")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].reason", equalTo("Sites asked for two more months"))
        .body("items[0].before.phase", equalTo("CLOSED"))
        .body("items[0].after.phase", equalTo("ACTIVE"));
  }

  @Test
  void aCommunitySkipsApplicationsAndOpeningNeedsAWindow() {
    var body = valid();
    body.put("kind", "LEARNING_COMMUNITY");
    String community =
        Api.as(admin).body(body).post("/api/collaboratives").then().extract().path("id");
    Fixtures.advance(admin, community, "ANNOUNCED");
    String etag = Fixtures.etag(admin, "/api/collaboratives/{id}", community);
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "APPLICATIONS_OPEN"))
        .post("/api/collaboratives/{id}/phase-transitions", community)
        .then()
        .statusCode(409)
        .body("detail", containsString("has no APPLICATIONS_OPEN phase"));
    Fixtures.advance(admin, community, "ACTIVE");

    var noWindow = valid();
    noWindow.remove("applicationsOpenAt");
    noWindow.remove("applicationsCloseAt");
    String id =
        Api.as(admin).body(noWindow).post("/api/collaboratives").then().extract().path("id");
    Fixtures.advance(admin, id, "ANNOUNCED");
    etag = Fixtures.etag(admin, "/api/collaboratives/{id}", id);
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "APPLICATIONS_OPEN"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/setup-incomplete"))
        .body("detail", containsString("applicationsOpenAt"))
        .body("missing.key", hasItem("APPLICATION_WINDOW"));
  }

  @Test
  void transitionsNeedRoleAndETag() {
    Person lead = Fixtures.signIn(Person.faculty());
    Person helper = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    Api.as(lead)
        .body(Map.of("email", helper.email()))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(201)
        .body("lead", equalTo(false));
    String etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);
    Api.as(helper)
        .header("If-Match", etag)
        .body(Map.of("to", "ANNOUNCED"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(403);
    Api.as(lead)
        .body(Map.of("to", "ANNOUNCED"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(428);
    Api.as(lead)
        .header("If-Match", "\"99\"")
        .body(Map.of("to", "ANNOUNCED"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(412);
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("to", "ANNOUNCED"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""));
  }

  @Test
  void updateRules() {
    Person lead = Fixtures.signIn(Person.faculty());
    Person helper = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    Api.as(admin)
        .body(Map.of("email", helper.email()))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(201);
    var update = updateOf(valid());
    update.put("minClinicians", 3);
    String etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);

    Api.as(helper)
        .header("If-Match", etag)
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(403);
    Api.as(lead).body(update).put("/api/collaboratives/{id}", id).then().statusCode(428);
    Api.as(lead)
        .header("If-Match", etag)
        .body(update)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(200)
        .body("minClinicians", equalTo(3))
        .body("title", equalTo(update.get("title")));

    Fixtures.advance(lead, id, "ANNOUNCED", "APPLICATIONS_OPEN");
    etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);
    var kind = updateOf(valid());
    kind.put("kind", "LEARNING_COMMUNITY");
    Api.as(lead)
        .header("If-Match", etag)
        .body(kind)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("DRAFT"));
    var window = updateOf(valid());
    window.remove("applicationsCloseAt");
    Api.badInput(lead)
        .header("If-Match", etag)
        .body(window)
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("applicationsCloseAt"));
    Api.badInput(lead)
        .header("If-Match", etag)
        .body(Map.of("title", "x"))
        .put("/api/collaboratives/{id}", id)
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("kind", "minClinicians", "practice"));
  }

  @Test
  void facultyAssignmentRules() {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    String newcomer = "new-faculty-" + UUID.randomUUID() + "@test.example.org";

    String userId =
        Api.as(lead)
            .body(Map.of("email", newcomer, "name", "New Trainer", "lead", true))
            .post("/api/collaboratives/{id}/faculty", id)
            .then()
            .statusCode(201)
            .body("email", equalTo(newcomer))
            .body("lead", equalTo(true))
            .extract()
            .path("userId");
    Api.as(lead)
        .body(Map.of("email", newcomer.toUpperCase()))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(409);
    Api.as(lead).get("/api/collaboratives/{id}/faculty", id).then().body("total", equalTo(2));

    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    String leadTag = Fixtures.etag(lead, "/api/collaboratives/{id}/faculty/{u}", id, leadId);
    Api.as(lead)
        .header("If-Match", leadTag)
        .body(Map.of("lead", false))
        .put("/api/collaboratives/{id}/faculty/{u}", id, leadId)
        .then()
        .statusCode(200)
        .body("lead", equalTo(false));
    // the last lead can neither step down nor leave
    String newTag = Fixtures.etag(admin, "/api/collaboratives/{id}/faculty/{u}", id, userId);
    Api.as(admin)
        .header("If-Match", newTag)
        .body(Map.of("lead", false))
        .put("/api/collaboratives/{id}/faculty/{u}", id, userId)
        .then()
        .statusCode(409);
    Api.as(admin).delete("/api/collaboratives/{id}/faculty/{u}", id, userId).then().statusCode(409);
    // the former lead can no longer manage faculty
    Api.as(lead).delete("/api/collaboratives/{id}/faculty/{u}", id, userId).then().statusCode(403);
    Api.as(admin).delete("/api/collaboratives/{id}/faculty/{u}", id, leadId).then().statusCode(204);
    Api.as(admin).get("/api/collaboratives/{id}/faculty/{u}", id, leadId).then().statusCode(404);
    // no longer faculty, the draft disappears for them
    Api.as(lead).get("/api/collaboratives/{id}", id).then().statusCode(404);
    Api.badInput(admin)
        .body(Map.of("email", "not-an-email"))
        .post("/api/collaboratives/{id}/faculty", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("email"));
  }

  static Map<String, Object> updateOf(Map<String, Object> create) {
    Map<String, Object> m = new HashMap<>(create);
    m.putIfAbsent("minClinicians", 2);
    m.remove("learningSessionCount");
    return m;
  }
}
