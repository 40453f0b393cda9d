package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
class ApplicationResourceTest {

  @Test
  void fromFirstDraftToEnrolledTeam() {
    var f = new ApplicationFixtures(10);
    var team = f.applicant();
    String id = f.start(team);
    Api.as(team.member())
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("readinessItems", hasSize(7))
        .body("completeness.readiness", equalTo(false))
        .body("completeness.missing.size()", equalTo(7 + 6 + 3 + 3))
        .body("timeline.status", contains("DRAFT"));

    f.complete(team.member(), id);
    Api.as(team.member())
        .get("/api/applications/{id}", id)
        .then()
        .body("completeness.missing", hasSize(0))
        .body("readinessScore", equalTo(4.0f))
        .body("checks.clinicians", equalTo(2))
        .body("checks.allSessionsCommitted", equalTo(true))
        .body("checks.commitmentSigned", equalTo(true))
        .body(
            "coreTeam.members.name",
            contains("Rita Rivers", "Sam Super", "Carl Clark", "Cleo Clinic"))
        .body("sessionCommitments.sessions.sessionNumber", contains(1, 2, 3));
    f.submit(team.member(), id);

    // a submitted application is read-only for the applicant
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .body(Map.of("agreed", false))
        .put("/api/applications/{id}/commitment", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("return it for changes"));

    // faculty now see it; the lead assigns a reviewer, who scores
    Api.as(f.reviewer)
        .queryParam("collaborativeId", f.collaborative)
        .get("/api/applications")
        .then()
        .body("items.id", hasItem(id));
    Api.as(f.lead)
        .body(Map.of("userId", f.reviewerId))
        .post("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(201)
        .body("status", equalTo("ASSIGNED"));
    Api.as(f.reviewer)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("UNDER_REVIEW"));
    Api.as(f.reviewer)
        .queryParam("assignedToMe", true)
        .get("/api/applications")
        .then()
        .body("items.id", contains(id));
    String reviewTag =
        Fixtures.etag(f.reviewer, "/api/applications/{id}/reviews/{r}", id, f.reviewerId);
    Api.as(f.reviewer)
        .header("If-Match", reviewTag)
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 4, "commitment", 5, "coreTeam", 4, "attendance", 5),
                "comment",
                "Strong leadership support",
                "recommendation",
                "ACCEPT"))
        .put("/api/applications/{id}/reviews/{r}", id, f.reviewerId)
        .then()
        .statusCode(200)
        .body("total", equalTo(18))
        .body("status", equalTo("SUBMITTED"));
    Api.as(f.lead)
        .get("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("averageTotal", equalTo(18.0f))
        .body("items[0].comment", equalTo("Strong leadership support"));

    // the lead accepts: the organisation is enrolled with its core team as roster
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, id))
        .body(Map.of("decision", "ACCEPTED", "message", "Welcome to the collaborative!"))
        .post("/api/applications/{id}/decision", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("decisionMessage", equalTo("Welcome to the collaborative!"));
    Api.as(team.member())
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("ACCEPTED"))
        .body("decisionMessage", equalTo("Welcome to the collaborative!"))
        .body("timeline.status", contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "ACCEPTED"));
    assertThat(Db.count("select count(*) from team where application_id = '" + id + "'"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from roster_member r join team t on t.id = r.team_id "
                    + "where t.application_id = '"
                    + id
                    + "'"))
        .isEqualTo(4);
    Api.as(f.admin)
        .queryParam("entityId", id)
        .queryParam("action", "application.status-changed")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(3));
  }

  @Test
  void aRefusedSubmissionListsEverythingMissing() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.start(team);
    String key =
        Api.as(team.member())
            .get("/api/applications/{id}", id)
            .then()
            .extract()
            .path("readinessItems[0].key");
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .body(
            Map.of(
                "ratings",
                List.of(Map.of("itemKey", key, "rating", 2, "comment", "new leadership"))))
        .put("/api/applications/{id}/readiness", id)
        .then()
        .statusCode(200)
        .body("completeness.readiness", equalTo(false))
        .body("readinessScore", equalTo(2.0f));
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .body(Map.of("members", List.of(ApplicationFixtures.member("CLINICIAN", "Only One"))))
        .put("/api/applications/{id}/core-team", id)
        .then()
        .statusCode(200);

    Map<String, String> before = Db.snapshot();
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .post("/api/applications/{id}/submission", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/incomplete"))
        .body("violations.size()", equalTo(6 + 6 + 3 + 3))
        .body(
            "violations.field",
            hasItems(
                "readiness.clinical-capacity",
                "commitment.agreed",
                "commitment.dataContactEmail",
                "coreTeam.seniorLeader",
                "coreTeam.supervisor",
                "coreTeam.clinicians",
                "sessionCommitments.learningSession1",
                "sessionCommitments.learningSession3"))
        .body(
            "violations.find { it.field == 'coreTeam.clinicians' }.message",
            containsString("at least 2"));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void sectionsValidateTheirInput() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.start(team);
    String etag = ApplicationFixtures.etag(team.member(), id);
    Api.badInput(team.member())
        .header("If-Match", etag)
        .body(
            Map.of(
                "ratings",
                List.of(
                    Map.of("itemKey", "no-such-item", "rating", 3),
                    Map.of("itemKey", "supervision", "rating", 6))))
        .put("/api/applications/{id}/readiness", id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("ratings[1].rating"));
    Api.badInput(team.member())
        .header("If-Match", etag)
        .body(Map.of("ratings", List.of(Map.of("itemKey", "no-such-item", "rating", 3))))
        .put("/api/applications/{id}/readiness", id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("ratings[0].itemKey"));
    Api.badInput(team.member())
        .header("If-Match", etag)
        .body(
            Map.of(
                "members", List.of(Map.of("role", "CHIEF", "name", "x", "email", "x@example.org"))))
        .put("/api/applications/{id}/core-team", id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("members[0].role"));
    Api.badInput(team.member())
        .header("If-Match", etag)
        .body(
            Map.of(
                "members",
                List.of(Map.of("role", "CLINICIAN", "name", "", "email", "nope", "fte", 2))))
        .put("/api/applications/{id}/core-team", id)
        .then()
        .statusCode(400)
        .body(
            "violations.field", contains("members[0].email", "members[0].fte", "members[0].name"));
    Api.badInput(team.member())
        .header("If-Match", etag)
        .body(
            Map.of(
                "sessions",
                List.of(
                    Map.of("learningSessionId", UUID.randomUUID().toString(), "commits", true))))
        .put("/api/applications/{id}/session-commitments", id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("sessions[0].learningSessionId"));
    // stale and missing ETags
    Api.as(team.member())
        .body(Map.of("agreed", true))
        .put("/api/applications/{id}/commitment", id)
        .then()
        .statusCode(428);
    Api.as(team.member())
        .header("If-Match", etag)
        .body(Map.of("agreed", true))
        .put("/api/applications/{id}/commitment", id)
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(etag)));
    Api.as(team.member())
        .header("If-Match", etag)
        .body(Map.of("agreed", false))
        .put("/api/applications/{id}/commitment", id)
        .then()
        .statusCode(412);
  }

  @Test
  void theWindowAndOneApplicationPerOrganisation() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.start(team);
    Api.as(team.member())
        .body(Map.of("collaborativeId", f.collaborative, "organizationId", team.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(409)
        .body("detail", containsString(id));

    // not open yet: a draft collaborative (404 for outsiders) and one whose window lies ahead
    String draft = Fixtures.collaborative(f.lead);
    Api.as(team.member())
        .body(Map.of("collaborativeId", draft, "organizationId", team.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(404);
    Fixtures.advance(f.lead, draft, "ANNOUNCED");
    Api.as(team.member())
        .body(Map.of("collaborativeId", draft, "organizationId", team.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(409)
        .body("detail", containsString("not open"));
    Fixtures.advance(f.lead, draft, "APPLICATIONS_OPEN"); // window 2027-01-01 .. 2027-02-01
    Api.as(team.member())
        .body(Map.of("collaborativeId", draft, "organizationId", team.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(409)
        .body("detail", containsString("open at"));

    // closed window: no submission either
    var closed = new ApplicationFixtures(null);
    var late = closed.applicant();
    String lateId = closed.start(late);
    closed.complete(late.member(), lateId);
    String etag = Fixtures.etag(closed.lead, "/api/collaboratives/{id}", closed.collaborative);
    Map<String, Object> update =
        new java.util.HashMap<>(
            Map.of(
                "title",
                "Closed " + UUID.randomUUID(),
                "practice",
                "TF-CBT",
                "kind",
                "LEARNING_COLLABORATIVE",
                "minClinicians",
                2,
                "applicationsOpenAt",
                Instant.now().minus(10, ChronoUnit.DAYS).toString(),
                "applicationsCloseAt",
                Instant.now().minus(1, ChronoUnit.MINUTES).toString()));
    Api.as(closed.lead)
        .header("If-Match", etag)
        .body(update)
        .put("/api/collaboratives/{id}", closed.collaborative)
        .then()
        .statusCode(200);
    Api.as(late.member())
        .header("If-Match", ApplicationFixtures.etag(late.member(), lateId))
        .post("/api/applications/{id}/submission", lateId)
        .then()
        .statusCode(409)
        .body("detail", containsString("closed at"));
  }

  @Test
  void withdrawReturnAndResubmit() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.underReview(team);
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .body(Map.of("message", "x"))
        .post("/api/applications/{id}/return", id)
        .then()
        .statusCode(403);
    Api.as(f.reviewer)
        .header("If-Match", ApplicationFixtures.etag(f.reviewer, id))
        .body(Map.of("message", "x"))
        .post("/api/applications/{id}/return", id)
        .then()
        .statusCode(403);
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, id))
        .body(Map.of("message", "Please name your second clinician"))
        .post("/api/applications/{id}/return", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("returnedForChanges", equalTo(true));
    Api.as(team.member())
        .get("/api/applications/{id}", id)
        .then()
        .body("returnMessage", equalTo("Please name your second clinician"));
    f.complete(team.member(), id);
    f.submit(team.member(), id);
    Api.as(team.member())
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("returnedForChanges", equalTo(false))
        .body(
            "timeline.status",
            contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "DRAFT", "SUBMITTED"));
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .post("/api/applications/{id}/withdrawal", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), id))
        .post("/api/applications/{id}/withdrawal", id)
        .then()
        .statusCode(409);
  }

  @Test
  void decisionTransitionsAndCapacity() {
    var f = new ApplicationFixtures(1);
    var first = f.applicant();
    var second = f.applicant();
    String a = f.reviewed(first);
    String b = f.reviewed(second);
    String submittedOnly = f.start(f.applicant());

    Api.as(f.reviewer)
        .header("If-Match", ApplicationFixtures.etag(f.reviewer, a))
        .body(Map.of("decision", "ACCEPTED", "message", "Yes"))
        .post("/api/applications/{id}/decision", a)
        .then()
        .statusCode(403);
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, b))
        .body(Map.of("decision", "WAITLISTED", "message", "We are full for now"))
        .post("/api/applications/{id}/decision", b)
        .then()
        .statusCode(200)
        .body("status", equalTo("WAITLISTED"));
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, a))
        .body(Map.of("decision", "ACCEPTED", "message", "Yes"))
        .post("/api/applications/{id}/decision", a)
        .then()
        .statusCode(200);
    Api.as(first.member())
        .get("/api/collaboratives/{id}", f.collaborative)
        .then()
        .body("acceptedTeams", equalTo(1))
        .body("capacity", equalTo(1))
        .body("placesLeft", equalTo(0));
    Api.as(first.member())
        .queryParam("phase", "APPLICATIONS_OPEN")
        .queryParam("size", 100)
        .get("/api/collaboratives")
        .then()
        .body("items.find { it.id == '" + f.collaborative + "' }.placesLeft", equalTo(0));
    // full: the waitlisted one cannot be accepted, and says why
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, b))
        .body(Map.of("decision", "ACCEPTED", "message", "A place opened"))
        .post("/api/applications/{id}/decision", b)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/capacity-reached"))
        .body("acceptedTeams", equalTo(1))
        .body("capacity", equalTo(1));
    // decided: no second decision, no withdrawal
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, a))
        .body(Map.of("decision", "DECLINED", "message", "Changed our minds"))
        .post("/api/applications/{id}/decision", a)
        .then()
        .statusCode(409);
    Api.as(first.member())
        .header("If-Match", ApplicationFixtures.etag(first.member(), a))
        .post("/api/applications/{id}/withdrawal", a)
        .then()
        .statusCode(409);
    // a draft cannot be decided (and faculty do not even see it)
    Api.as(f.lead)
        .header("If-Match", "\"0\"")
        .body(Map.of("decision", "DECLINED", "message", "No"))
        .post("/api/applications/{id}/decision", submittedOnly)
        .then()
        .statusCode(404);
    // the waitlisted team is declined later
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, b))
        .body(Map.of("decision", "DECLINED", "message", "Next year"))
        .post("/api/applications/{id}/decision", b)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
  }

  @Test
  void reviewsArePrivateAndRecusalIsRespected() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.underReview(team);
    Person otherFaculty = Fixtures.signIn(Person.faculty());
    Api.as(f.lead)
        .body(Map.of("email", otherFaculty.email()))
        .post("/api/collaboratives/{id}/faculty", f.collaborative)
        .then()
        .statusCode(201);
    String otherId = Api.as(otherFaculty).get("/api/me").then().extract().path("userId");
    Api.as(f.lead)
        .body(Map.of("userId", otherId))
        .post("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(201);
    Api.as(f.lead)
        .body(Map.of("userId", otherId))
        .post("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(409);
    Api.badInput(f.lead)
        .body(Map.of("userId", team.member().subject().substring(0, 36)))
        .post("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(400);

    // the second reviewer declares a conflict of interest
    Api.as(otherFaculty)
        .body(Map.of("reason", "I used to work there"))
        .post("/api/applications/{id}/reviews/{r}/recusal", id, otherId)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECUSED"));
    String tag = Fixtures.etag(otherFaculty, "/api/applications/{id}/reviews/{r}", id, otherId);
    Api.as(otherFaculty)
        .header("If-Match", tag)
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 1, "commitment", 1, "coreTeam", 1, "attendance", 1),
                "recommendation",
                "DECLINE"))
        .put("/api/applications/{id}/reviews/{r}", id, otherId)
        .then()
        .statusCode(409);
    Api.as(otherFaculty)
        .queryParam("assignedToMe", true)
        .get("/api/applications")
        .then()
        .body("total", equalTo(0));
    // nobody writes someone else's review
    String reviewerTag =
        Fixtures.etag(f.reviewer, "/api/applications/{id}/reviews/{r}", id, f.reviewerId);
    Api.as(f.lead)
        .header("If-Match", reviewerTag)
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 1, "commitment", 1, "coreTeam", 1, "attendance", 1),
                "recommendation",
                "DECLINE"))
        .put("/api/applications/{id}/reviews/{r}", id, f.reviewerId)
        .then()
        .statusCode(403);
    Api.as(f.reviewer)
        .header("If-Match", reviewerTag)
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 3, "commitment", 3, "coreTeam", 3, "attendance", 3),
                "comment",
                "PRIVATE-REVIEWER-NOTE",
                "recommendation",
                "WAITLIST"))
        .put("/api/applications/{id}/reviews/{r}", id, f.reviewerId)
        .then()
        .statusCode(200);
    // a reviewer sees only their own review; the lead sees both, the recused one not counted
    Api.as(otherFaculty)
        .get("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(200)
        .body("items.reviewerId", contains(otherId))
        .body("averageTotal", nullValue());
    Api.as(otherFaculty)
        .get("/api/applications/{id}/reviews/{r}", id, f.reviewerId)
        .then()
        .statusCode(403);
    Api.as(f.lead)
        .get("/api/applications/{id}/reviews", id)
        .then()
        .body("items", hasSize(2))
        .body("averageTotal", equalTo(12.0f));

    // the applicant can never read a score or a reviewer's comment, by any endpoint
    Person applicant = team.member();
    Api.as(applicant).get("/api/applications/{id}/reviews", id).then().statusCode(404);
    Api.as(applicant)
        .get("/api/applications/{id}/reviews/{r}", id, f.reviewerId)
        .then()
        .statusCode(404);
    for (String body :
        List.of(
            Api.as(applicant)
                .get("/api/applications/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .asString(),
            Api.as(applicant).get("/api/applications").then().statusCode(200).extract().asString(),
            Api.as(applicant).get("/api/me").then().statusCode(200).extract().asString())) {
      assertThat(body)
          .doesNotContain(
              "PRIVATE-REVIEWER-NOTE",
              "WAITLIST\"",
              "\"scores\"",
              "recommendation",
              "I used to work there",
              f.reviewerId);
    }
  }

  @Test
  void roleAndOrganisationMatrix() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    var otherTeam = f.applicant();
    String id = f.start(team);
    Person outsiderFaculty = Fixtures.signIn(Person.faculty());

    // a draft is the applicant's alone (admins aside)
    Api.as(otherTeam.member()).get("/api/applications/{id}", id).then().statusCode(404);
    Api.as(f.lead).get("/api/applications/{id}", id).then().statusCode(404);
    Api.as(f.admin).get("/api/applications/{id}", id).then().statusCode(200);
    Api.anonymous().get("/api/applications/{id}", id).then().statusCode(401);
    Api.as(TestTokens.machine("m-" + UUID.randomUUID()))
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(403);
    // only members apply for their organisation
    Api.as(otherTeam.member())
        .body(Map.of("collaborativeId", f.collaborative, "organizationId", team.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(404);
    Api.as(f.admin)
        .body(
            Map.of(
                "collaborativeId", f.collaborative, "organizationId", otherTeam.organizationId()))
        .post("/api/applications")
        .then()
        .statusCode(403);
    // nobody but the applicant edits it
    Api.as(f.admin)
        .header("If-Match", ApplicationFixtures.etag(f.admin, id))
        .body(Map.of("agreed", true))
        .put("/api/applications/{id}/commitment", id)
        .then()
        .statusCode(403);

    f.complete(team.member(), id);
    f.submit(team.member(), id);
    Api.as(f.lead).get("/api/applications/{id}", id).then().statusCode(200);
    Api.as(f.reviewer).get("/api/applications/{id}", id).then().statusCode(200);
    Api.as(outsiderFaculty).get("/api/applications/{id}", id).then().statusCode(404);
    Api.as(outsiderFaculty).get("/api/applications/{id}/reviews", id).then().statusCode(404);
    Api.as(otherTeam.member()).get("/api/applications/{id}/reviews", id).then().statusCode(404);
    Api.as(otherTeam.member()).get("/api/applications").then().body("items.id", not(hasItem(id)));
    Api.as(outsiderFaculty).get("/api/applications").then().body("items.id", not(hasItem(id)));
    Api.as(f.reviewer)
        .body(Map.of("userId", f.reviewerId))
        .post("/api/applications/{id}/reviews", id)
        .then()
        .statusCode(403);
  }

  @Test
  void readinessItemsAreTheCollaborativesOwn() {
    Person lead = Fixtures.signIn(Person.faculty());
    String draft = Fixtures.collaborative(lead);
    var items =
        Api.as(lead)
            .get("/api/collaboratives/{id}/readiness-items", draft)
            .then()
            .statusCode(200)
            .body("items", hasSize(7))
            .body("items[0].key", equalTo("leadership-support"))
            .extract();
    String etag = items.header("ETag");
    Api.badInput(lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "items", List.of(Map.of("key", "a", "text", "A"), Map.of("key", "a", "text", "B"))))
        .put("/api/collaboratives/{id}/readiness-items", draft)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("items[1].key"));
    Api.badInput(lead)
        .header("If-Match", etag)
        .body(Map.of("items", List.of(Map.of("key", "Bad Key", "text", "x"))))
        .put("/api/collaboratives/{id}/readiness-items", draft)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("items[0].key"));
    String newTag =
        Api.as(lead)
            .header("If-Match", etag)
            .body(
                Map.of(
                    "items",
                    List.of(
                        Map.of("key", "leadership-support", "text", "Leaders back it"),
                        Map.of(
                            "key",
                            "trauma-screening",
                            "text",
                            "Universal trauma screening",
                            "help",
                            "At intake"))))
            .put("/api/collaboratives/{id}/readiness-items", draft)
            .then()
            .statusCode(200)
            .body("items.key", contains("leadership-support", "trauma-screening"))
            .extract()
            .header("ETag");
    assertThat(newTag).isNotEqualTo(etag);
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("items", List.of(Map.of("key", "x", "text", "x"))))
        .put("/api/collaboratives/{id}/readiness-items", draft)
        .then()
        .statusCode(412);
    Fixtures.advance(lead, draft, "ANNOUNCED", "APPLICATIONS_OPEN");
    Api.as(lead)
        .header("If-Match", newTag)
        .body(Map.of("items", List.of(Map.of("key", "x", "text", "x"))))
        .put("/api/collaboratives/{id}/readiness-items", draft)
        .then()
        .statusCode(409);
    // a learning community has none
    String community = Fixtures.collaborative(lead, "LEARNING_COMMUNITY");
    Api.as(lead)
        .get("/api/collaboratives/{id}/readiness-items", community)
        .then()
        .body("items", hasSize(0));
  }
}
