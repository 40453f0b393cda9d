package org.lcp.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/** Rosters of a CLOSED collaborative's teams are kept as they were: read, never changed. */
@QuarkusTest
class TeamResourceTest {

  static final String TODAY = ScheduleFixtures.TODAY.toString();

  static Map<String, Object> joiner() {
    return Map.of(
        "role", "CLINICIAN", "name", "Nina New", "email", "nina@example.org", "startDate", TODAY);
  }

  @Test
  void aJoinersFteWithMoreThanTwoDecimalsIsRefusedNotRounded() {
    ScheduleFixtures f = new ScheduleFixtures();
    EnrolledTeam team = f.enrol(30);
    Map<String, Object> body = new java.util.HashMap<>(joiner());
    body.put("fte", 0.333);
    Api.as(team.member())
        .body(body)
        .post("/api/teams/{t}/roster", team.teamId())
        .then()
        .statusCode(400)
        .body("violations.field", contains("fte"))
        .body("violations[0].message", containsString("at most two decimals"));
    body.put("fte", 0.25);
    Api.as(team.member())
        .body(body)
        .post("/api/teams/{t}/roster", team.teamId())
        .then()
        .statusCode(201);
  }

  @Test
  void aClosedCollaborativesRostersAreReadOnly() {
    ScheduleFixtures f = new ScheduleFixtures();
    EnrolledTeam team = f.enrol(30);
    Fixtures.advance(
        f.lead, f.collaborative, "REVIEW", "PRE_WORK", "ACTIVE", "SUSTAINING", "CLOSED");
    Map<String, String> before = Db.snapshot();

    Api.as(team.member())
        .body(joiner())
        .post("/api/teams/{t}/roster", team.teamId())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("CLOSED"));
    Api.as(f.lead)
        .body(joiner())
        .post("/api/teams/{t}/roster", team.teamId())
        .then()
        .statusCode(409);
    Api.as(f.admin)
        .body(joiner())
        .post("/api/teams/{t}/roster", team.teamId())
        .then()
        .statusCode(409);
    Api.as(team.member())
        .body(Map.of("endDate", TODAY))
        .post("/api/teams/{t}/roster/{m}/departure", team.teamId(), team.id("Carl Clark"))
        .then()
        .statusCode(409)
        .body("detail", containsString("CLOSED"));
    Api.as(f.reviewer)
        .body(Map.of("endDate", TODAY))
        .post("/api/teams/{t}/roster/{m}/departure", team.teamId(), team.id("Carl Clark"))
        .then()
        .statusCode(409);
    assertThat(Db.snapshot()).isEqualTo(before);

    // still read by the team and by faculty
    Api.as(team.member())
        .get("/api/teams/{t}", team.teamId())
        .then()
        .statusCode(200)
        .body("roster", hasSize(4));
    Api.as(f.lead)
        .get("/api/collaboratives/{c}/teams", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].roster", hasSize(4));
  }

  @Test
  void teamsAreListedByOrganisationNameAndPaged() {
    ScheduleFixtures f = new ScheduleFixtures();
    EnrolledTeam first = f.enrol(30);
    EnrolledTeam second = f.enrol(30);
    EnrolledTeam third = f.enrol(30);
    Db.execute(
        "update organization set name = 'Zeta "
            + first.organizationId()
            + "' where id = '"
            + first.organizationId()
            + "'");
    Db.execute(
        "update organization set name = 'alpha "
            + second.organizationId()
            + "' where id = '"
            + second.organizationId()
            + "'");
    Db.execute(
        "update organization set name = 'Mu "
            + third.organizationId()
            + "' where id = '"
            + third.organizationId()
            + "'");
    Api.as(f.lead)
        .queryParam("size", 2)
        .get("/api/collaboratives/{c}/teams", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items", hasSize(2))
        .body("items[0].id", equalTo(second.teamId()))
        .body("items[1].id", equalTo(third.teamId()));
    Api.as(f.lead)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/collaboratives/{c}/teams", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("page", equalTo(1))
        .body("items.id", contains(first.teamId()))
        .body("items[0].organizationName", equalTo("Zeta " + first.organizationId()));
    Api.as(second.member())
        .get("/api/collaboratives/{c}/teams", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(second.teamId()));
  }
}
