package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.Statements;

/**
 * Decisions that cannot go wrong by one click: a decision needs a submitted review (or an override
 * with a reason), can be undone for a while and reversed later with a reason, the waitlist has an
 * order, and the decision page ranks the applicants by their reviews.
 */
@QuarkusTest
class DecisionSafetyTest {

  @Inject SessionFactory sessions;

  private static io.restassured.response.ValidatableResponse decide(
      ApplicationFixtures f, String id, String decision, String overrideReason) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("message", "Our decision");
    if (overrideReason != null) {
      body.put("overrideReason", overrideReason);
    }
    return Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, id))
        .body(body)
        .post("/api/applications/{id}/decision", id)
        .then();
  }

  private static io.restassured.response.ValidatableResponse undo(Person p, String id) {
    return Api.as(p)
        .header("If-Match", ApplicationFixtures.etag(p, id))
        .post("/api/applications/{id}/decision-undo", id)
        .then();
  }

  private static io.restassured.response.ValidatableResponse reverse(
      Person p, String id, String reason) {
    return Api.as(p)
        .header("If-Match", ApplicationFixtures.etag(p, id))
        .body(Map.of("reason", reason))
        .post("/api/applications/{id}/decision-reversal", id)
        .then();
  }

  private static int acceptedTeams(ApplicationFixtures f) {
    return Api.as(f.lead)
        .get("/api/collaboratives/{id}", f.collaborative)
        .then()
        .extract()
        .path("acceptedTeams");
  }

  private static List<String> teamOrganizations(ApplicationFixtures f) {
    return Api.as(f.lead)
        .get("/api/collaboratives/{id}/teams", f.collaborative)
        .then()
        .statusCode(200)
        .extract()
        .path("items.organizationId");
  }

  @Test
  void aDecisionNeedsASubmittedReviewOrAnOverrideWithAReason() {
    var f = new ApplicationFixtures(null);
    String scoring = f.underReview(f.applicant());
    decide(f, scoring, "ACCEPTED", null)
        .statusCode(409)
        .body("type", equalTo("/problems/review-required"))
        .body("detail", containsString("1 reviewer is still scoring"))
        .body("detail", containsString("overrideReason"));
    Api.as(f.lead)
        .get("/api/applications/{id}", scoring)
        .then()
        .body("status", equalTo("UNDER_REVIEW"));

    // the reviewer recuses: still no review that counts
    Api.as(f.reviewer)
        .body(Map.of("reason", "I used to work there"))
        .post("/api/applications/{id}/reviews/{r}/recusal", scoring, f.reviewerId)
        .then()
        .statusCode(200);
    decide(f, scoring, "DECLINED", null)
        .statusCode(409)
        .body("detail", containsString("1 reviewer recused"));

    // an explicit override, with its reason, is recorded and audited
    decide(f, scoring, "WAITLISTED", "Every reviewer has a conflict of interest")
        .statusCode(200)
        .body("status", equalTo("WAITLISTED"));
    Api.as(f.admin)
        .queryParam("entityId", scoring)
        .queryParam("action", "application.decision-override")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].reason", equalTo("Every reviewer has a conflict of interest"))
        .body("items[0].after.status", equalTo("WAITLISTED"));

    // a submitted application with no reviewer: refused, saying so, unless overridden
    var who = f.applicant();
    String unassigned = f.start(who);
    f.complete(who.member(), unassigned);
    f.submit(who.member(), unassigned);
    decide(f, unassigned, "DECLINED", null)
        .statusCode(409)
        .body("detail", containsString("no reviewer is assigned yet"));
    decide(f, unassigned, "DECLINED", "Outside the eligible region").statusCode(200);

    // a blank reason is no reason
    String another = f.underReview(f.applicant());
    Api.badInput(f.lead.token())
        .header("If-Match", ApplicationFixtures.etag(f.lead, another))
        .body(Map.of("decision", "DECLINED", "message", "No", "overrideReason", "   "))
        .post("/api/applications/{id}/decision", another)
        .then()
        .statusCode(400);
  }

  @Test
  void anAcceptanceIsUndoneWithinTheWindowAndItsTeamRemoved() {
    var f = new ApplicationFixtures(1);
    var team = f.applicant();
    String id = f.reviewed(team);
    decide(f, id, "ACCEPTED", null).statusCode(200).body("undoableUntil", notNullValue());
    assertThat(acceptedTeams(f)).isEqualTo(1);
    assertThat(teamOrganizations(f)).contains(team.organizationId());

    // others may not
    undo(f.reviewer, id).statusCode(403);
    undo(team.member(), id).statusCode(403);
    Person outsider = Fixtures.signIn(Person.faculty());
    Api.as(outsider)
        .header("If-Match", "\"1\"")
        .post("/api/applications/{id}/decision-undo", id)
        .then()
        .statusCode(404);
    Api.anonymous()
        .header("If-Match", "\"1\"")
        .post("/api/applications/{id}/decision-undo", id)
        .then()
        .statusCode(401);
    Api.as(f.lead)
        .header("If-Match", "\"1\"")
        .post("/api/applications/{id}/decision-undo", UUID.randomUUID())
        .then()
        .statusCode(404);
    Api.as(f.lead).post("/api/applications/{id}/decision-undo", id).then().statusCode(428);

    undo(f.lead, id)
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"))
        .body("undoableUntil", nullValue())
        .body("decidedAt", nullValue());
    assertThat(acceptedTeams(f)).isZero();
    assertThat(teamOrganizations(f)).doesNotContain(team.organizationId());
    Api.as(team.member())
        .get("/api/me/notifications")
        .then()
        .body("items[0].kind", equalTo("application.decision-undone"));
    Api.as(f.admin)
        .queryParam("entityId", id)
        .queryParam("action", "application.decision-undone")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].before.status", equalTo("ACCEPTED"));
    // nothing left to undo; it can be decided again
    undo(f.lead, id).statusCode(409);
    decide(f, id, "ACCEPTED", null).statusCode(200);
    assertThat(teamOrganizations(f)).contains(team.organizationId());
  }

  @Test
  void afterTheWindowADecisionIsReversedWithAReasonAndThePlacesRecounted() {
    var f = new ApplicationFixtures(1);
    var team = f.applicant();
    String id = f.reviewed(team);
    String waiting = f.reviewed(f.applicant());
    decide(f, id, "ACCEPTED", null).statusCode(200);
    decide(f, waiting, "WAITLISTED", null).statusCode(200);
    decide(f, waiting, "ACCEPTED", null)
        .statusCode(409)
        .body("type", equalTo("/problems/capacity-reached"));
    Db.execute(
        "update application set decided_at = now() - interval '1 hour' where id = '" + id + "'");

    Api.as(f.lead).get("/api/applications/{id}", id).then().body("undoableUntil", nullValue());
    undo(f.lead, id)
        .statusCode(409)
        .body("type", equalTo("/problems/undo-window-passed"))
        .body("detail", containsString("reverse it with a reason"));
    Api.badInput(f.lead.token())
        .header("If-Match", ApplicationFixtures.etag(f.lead, id))
        .body(Map.of("reason", " "))
        .post("/api/applications/{id}/decision-reversal", id)
        .then()
        .statusCode(400);
    reverse(f.reviewer, id, "No").statusCode(403);
    Api.anonymous()
        .header("If-Match", "\"1\"")
        .body(Map.of("reason", "No"))
        .post("/api/applications/{id}/decision-reversal", id)
        .then()
        .statusCode(401);

    reverse(f.lead, id, "Their funding fell through")
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"));
    assertThat(acceptedTeams(f)).isZero();
    assertThat(teamOrganizations(f)).doesNotContain(team.organizationId());
    Api.as(team.member())
        .get("/api/me/notifications")
        .then()
        .body("items[0].kind", equalTo("application.decision-reversed"))
        .body("items[0].body", containsString("Their funding fell through"));
    Api.as(f.admin)
        .queryParam("entityId", id)
        .queryParam("action", "application.decision-reversed")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].reason", equalTo("Their funding fell through"));
    // the place is free again: the waitlisted application takes it
    decide(f, waiting, "ACCEPTED", null).statusCode(200).body("waitlistPosition", nullValue());
    assertThat(acceptedTeams(f)).isEqualTo(1);
    // a draft or an application under review has no decision to reverse
    reverse(f.lead, id, "Again").statusCode(409);
  }

  @Test
  void aTeamWithAttendanceOrMetricValuesRecordedIsNotRemoved() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    String id = f.reviewed(team);
    decide(f, id, "ACCEPTED", null).statusCode(200);
    String teamId =
        Api.as(f.lead)
            .get("/api/collaboratives/{id}/teams", f.collaborative)
            .then()
            .extract()
            .path("items.find { it.organizationId == '" + team.organizationId() + "' }.id");
    Db.execute(
        "insert into session_attendance (id, learning_session_id, roster_member_id, team_id, status, "
            + "recorded_at) select gen_random_uuid(), s.id, m.id, m.team_id, 'PRESENT', now() "
            + "from roster_member m, learning_session s where m.team_id = '"
            + teamId
            + "' and s.collaborative_id = '"
            + f.collaborative
            + "' and s.number = 1 limit 1");

    undo(f.lead, id)
        .statusCode(409)
        .body("type", equalTo("/problems/team-has-records"))
        .body("teamRecords", contains("1 learning-session attendance record"))
        .body("detail", containsString("the acceptance stands"));
    reverse(f.lead, id, "Changed our minds").statusCode(409);
    Api.as(f.lead).get("/api/applications/{id}", id).then().body("status", equalTo("ACCEPTED"));
    assertThat(teamOrganizations(f)).contains(team.organizationId());
    // metric values count too (a team that reported data took part)
    var reporting = f.applicant();
    String other = f.reviewed(reporting);
    decide(f, other, "ACCEPTED", null).statusCode(200);
    Db.execute(
        "insert into measure (id, collaborative_id, key, name, type, direction, created_at, updated_at) "
            + "values (gen_random_uuid(), '"
            + f.collaborative
            + "', 'screened', 'Children screened', 'COUNT', 'INCREASE', now(), now())");
    Db.execute(
        "insert into metric_value (measure_id, organization_id, period, value, source, updated_by, "
            + "updated_at) select id, '"
            + reporting.organizationId()
            + "', date_trunc('month', now())::date, 12, 'API', 'test', now() from measure "
            + "where collaborative_id = '"
            + f.collaborative
            + "'");
    undo(f.lead, other).statusCode(409).body("teamRecords", contains("1 metric value"));
    assertThat(teamOrganizations(f)).contains(reporting.organizationId());
  }

  @Test
  void theWaitlistHasAnOrderThatLeadFacultySet() {
    var f = new ApplicationFixtures(null);
    var first = f.applicant();
    String a = f.reviewed(first);
    String b = f.reviewed(f.applicant());
    String c = f.reviewed(f.applicant());
    for (String id : List.of(a, b, c)) {
      decide(f, id, "WAITLISTED", null).statusCode(200);
    }
    Api.as(f.lead).get("/api/applications/{id}", c).then().body("waitlistPosition", equalTo(3));
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.applicationId", contains(a, b, c))
        .body("items.position", contains(1, 2, 3));

    Api.as(f.lead)
        .body(Map.of("applicationIds", List.of(c, a, b)))
        .put("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.applicationId", contains(c, a, b));
    // a list that is not the waitlist (stale, or naming another) changes nothing
    Api.as(f.lead)
        .body(Map.of("applicationIds", List.of(a, b)))
        .put("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(409)
        .body("detail", containsString("read the waitlist again"));
    Api.as(f.lead)
        .body(Map.of("applicationIds", List.of(a, a, b)))
        .put("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(409);
    Api.as(f.reviewer)
        .body(Map.of("applicationIds", List.of(a, b, c)))
        .put("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(403);
    Api.as(first.member())
        .get("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(403);
    Api.anonymous()
        .get("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .statusCode(401);
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/waitlist", UUID.randomUUID())
        .then()
        .statusCode(404);
    Api.as(f.admin)
        .queryParam("entityId", f.collaborative)
        .queryParam("action", "waitlist.reordered")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1));

    // accepting from the waitlist closes the gap
    decide(f, a, "ACCEPTED", null).statusCode(200);
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .body("items.applicationId", contains(c, b))
        .body("items.position", contains(1, 2));
    // an undone waitlisting leaves it too
    undo(f.lead, c).statusCode(200);
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/waitlist", f.collaborative)
        .then()
        .body("items.applicationId", contains(b))
        .body("items.position", contains(1));
  }

  @Test
  void theRankingPutsTheCriteriaSideBySideInAFixedNumberOfStatements() {
    var f = new ApplicationFixtures(null);
    var low = f.applicant();
    String weak = f.reviewed(low);
    String strong = f.underReview(f.applicant());
    f.score(strong, 5, "ACCEPT");
    String unscored = f.underReview(f.applicant());
    String draft = f.start(f.applicant());

    Api.as(f.lead)
        .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.applicationId", contains(strong, weak, unscored))
        .body("items.applicationId", not(hasItem(draft)))
        .body("items.rank", contains(1, 2, 3))
        .body("items[0].meanScore", equalTo(5.0f))
        .body("items[0].criterionMeans.coreTeam", equalTo(5.0f))
        .body("items[0].submittedReviews", equalTo(1))
        .body("items[0].recommendations.accept", equalTo(1))
        .body("items[1].meanScore", equalTo(4.0f))
        .body("items[2].meanScore", nullValue())
        .body("items[2].submittedReviews", equalTo(0))
        .body("items[2].status", equalTo("UNDER_REVIEW"));
    decide(f, weak, "WAITLISTED", null).statusCode(200);
    Api.as(f.lead)
        .queryParam("page", 1)
        .queryParam("size", 1)
        .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
        .then()
        .body("items", hasSize(1))
        .body("items[0].applicationId", equalTo(weak))
        .body("items[0].waitlistPosition", equalTo(1));

    // who may read it
    Api.as(f.reviewer)
        .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
        .then()
        .statusCode(403);
    Api.as(low.member())
        .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
        .then()
        .statusCode(403);
    Api.anonymous()
        .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
        .then()
        .statusCode(401);
    Api.as(f.lead)
        .get("/api/collaboratives/{id}/application-ranking", UUID.randomUUID())
        .then()
        .statusCode(404);

    // as many statements for three applicants as for six
    long three = statementsOfRanking(f);
    for (int i = 0; i < 3; i++) {
      f.score(f.underReview(f.applicant()), 3, "DECLINE");
    }
    long six = statementsOfRanking(f);
    assertThat(three).as("statements counted").isPositive();
    assertThat(six).isEqualTo(three);
  }

  private long statementsOfRanking(ApplicationFixtures f) {
    return Statements.of(
        sessions,
        () ->
            Api.as(f.lead)
                .get("/api/collaboratives/{id}/application-ranking", f.collaborative)
                .then()
                .statusCode(200));
  }
}
