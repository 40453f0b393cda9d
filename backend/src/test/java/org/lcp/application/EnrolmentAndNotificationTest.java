package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

@QuarkusTest
class EnrolmentAndNotificationTest {

  @Inject MockMailbox mailbox;

  String accept(ApplicationFixtures f, ApplicationFixtures.Applicant team) {
    String id = f.reviewed(team);
    Api.as(f.lead)
        .header("If-Match", ApplicationFixtures.etag(f.lead, id))
        .body(Map.of("decision", "ACCEPTED", "message", "Welcome aboard"))
        .post("/api/applications/{id}/decision", id)
        .then()
        .statusCode(200);
    return id;
  }

  @Test
  void anAcceptedTeamIsEnrolledAndItsRosterChangesAreKeptWithDates() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    var other = f.applicant();
    accept(f, team);
    accept(f, other);
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    String teamId =
        Api.as(f.lead)
            .get("/api/collaboratives/{id}/teams", f.collaborative)
            .then()
            .statusCode(200)
            .body("total", equalTo(2))
            .body(
                "items.find { it.organizationId == '" + team.organizationId() + "' }.roster",
                hasSize(4))
            .extract()
            .path("items.find { it.organizationId == '" + team.organizationId() + "' }.id");
    var roster =
        Api.as(team.member())
            .get("/api/teams/{id}", teamId)
            .then()
            .statusCode(200)
            .body("composition.warnings", empty())
            .body("composition.clinicians", equalTo(2))
            .body("roster.startDate", hasItem(today))
            .extract();
    String clinician = roster.path("roster.find { it.name == 'Carl Clark' }.id");

    // the team has been on the collaborative for a month
    Db.execute(
        "update roster_member set start_date = current_date - 30 where team_id = '" + teamId + "'");
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String longAgo = LocalDate.now(ZoneOffset.UTC).minusDays(31).toString();
    // a clinician left yesterday: the team is below the minimum, and both the team and faculty see
    // it
    Api.as(team.member())
        .body(Map.of("endDate", longAgo))
        .post("/api/teams/{t}/roster/{m}/departure", teamId, clinician)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("endDate"));
    Api.as(team.member())
        .body(Map.of("endDate", yesterday))
        .post("/api/teams/{t}/roster/{m}/departure", teamId, clinician)
        .then()
        .statusCode(200)
        .body("composition.clinicians", equalTo(1))
        .body(
            "composition.warnings",
            contains("1 clinician, fewer than the 2 the collaborative asks for"));
    Api.as(f.lead)
        .get("/api/teams/{id}", teamId)
        .then()
        .body("composition.warnings", hasSize(1))
        .body("roster.find { it.name == 'Carl Clark' }.endDate", equalTo(yesterday))
        .body("roster.find { it.name == 'Carl Clark' }.current", equalTo(false))
        .body("roster[-1].name", equalTo("Carl Clark"));
    Api.as(team.member())
        .body(Map.of("endDate", today))
        .post("/api/teams/{t}/roster/{m}/departure", teamId, clinician)
        .then()
        .statusCode(409);
    // another clinician joins today: the team is whole again, and the history stays
    Api.as(team.member())
        .body(
            Map.of(
                "role",
                "CLINICIAN",
                "name",
                "Nina New",
                "email",
                "nina@example.org",
                "startDate",
                today))
        .post("/api/teams/{t}/roster", teamId)
        .then()
        .statusCode(201)
        .body("roster", hasSize(5))
        .body("composition.warnings", empty());
    Api.as(f.admin)
        .queryParam("entityId", teamId)
        .get("/api/audit-events")
        .then()
        .body("items.action", hasItem("roster.left"));

    // who may see whom
    String otherTeamId =
        Api.as(f.lead)
            .get("/api/collaboratives/{id}/teams", f.collaborative)
            .then()
            .extract()
            .path("items.find { it.organizationId == '" + other.organizationId() + "' }.id");
    Api.as(team.member()).get("/api/teams/{id}", otherTeamId).then().statusCode(404);
    Api.as(team.member())
        .get("/api/collaboratives/{id}/teams", f.collaborative)
        .then()
        .body("items.id", contains(teamId));
    Person outsider = Fixtures.signIn(Person.faculty());
    Api.as(outsider).get("/api/teams/{id}", teamId).then().statusCode(404);
    Api.as(outsider)
        .get("/api/collaboratives/{id}/teams", f.collaborative)
        .then()
        .body("total", equalTo(0));
    Api.as(outsider)
        .body(Map.of("endDate", today))
        .post("/api/teams/{t}/roster/{m}/departure", teamId, clinician)
        .then()
        .statusCode(404);
  }

  @Test
  void aTeamBelowTheMinimumsIsWarned() {
    assertThat(TeamServiceAccess.composition(List.of("CLINICIAN"), 2))
        .containsExactly(
            "no senior leader on the team",
            "no supervisor on the team",
            "1 clinician, fewer than the 2 the collaborative asks for");
    assertThat(
            TeamServiceAccess.composition(List.of("SENIOR_LEADER", "SUPERVISOR", "CLINICIAN"), 1))
        .isEmpty();
  }

  @Test
  void applicantsAndReviewersAreNotifiedInTheAppAndByEmail() {
    var f = new ApplicationFixtures(null);
    var team = f.applicant();
    Person colleague = Fixtures.member(f.admin, team.organizationId(), "CLINICIAN");
    accept(f, team);

    Api.as(team.member())
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("unread", equalTo(3))
        .body(
            "items.kind",
            contains("application.accepted", "application.under_review", "application.submitted"))
        .body("items[0].body", containsString("Welcome aboard"));
    Api.as(colleague)
        .queryParam("unread", true)
        .get("/api/me/notifications")
        .then()
        .body("total", equalTo(3));
    String first =
        Api.as(team.member()).get("/api/me/notifications").then().extract().path("items[0].id");
    Api.as(team.member())
        .post("/api/me/notifications/{id}/read", first)
        .then()
        .statusCode(200)
        .body("readAt", org.hamcrest.Matchers.notNullValue());
    Api.as(team.member()).get("/api/me/notifications").then().body("unread", equalTo(2));
    Api.as(colleague).post("/api/me/notifications/{id}/read", first).then().statusCode(404);
    Api.as(f.reviewer)
        .get("/api/me/notifications")
        .then()
        .body("items.kind", hasItem("review.assigned"));

    assertThat(org.lcp.support.MockMail.await(mailbox, team.member().email(), 3)).hasSize(3);
    assertThat(mailbox.getMailsSentTo(team.member().email()))
        .anyMatch(m -> m.getText().contains("Welcome aboard"));
    assertThat(org.lcp.support.MockMail.await(mailbox, f.reviewer.email(), 1))
        .extracting(m -> m.getSubject())
        .anyMatch(s -> s.contains("Please review"));
  }

  /** Bridges to the package-private composition rule. */
  static final class TeamServiceAccess {
    static List<String> composition(List<String> roles, int min) {
      return org.lcp.team.TeamRules.warnings(
          roles.stream().map(org.lcp.team.TeamRole::valueOf).toList(), min);
    }
  }
}
