package org.lcp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/**
 * Conditional GETs of the attendance reports (a team's, the collaborative's): 304 for a current
 * copy, a new ETag after attendance is recorded, a session moves, the roster or an organisation's
 * name changes, none for a change in another collaborative; per caller's scope; access first.
 */
@QuarkusTest
class AttendanceETagTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;
  static final String SHEET = "/api/collaboratives/{c}/learning-sessions/{s}/attendance";
  static final String TEAM = "/api/teams/{t}/attendance-report";
  static final String OVERVIEW = "/api/collaboratives/{c}/attendance-report";

  ScheduleFixtures f;
  EnrolledTeam river;
  EnrolledTeam lake;
  String s1;
  String s3;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    river = f.enrol(90);
    lake = f.enrol(90);
    List<String> sessions = f.sessions();
    s1 = sessions.get(0);
    s3 = sessions.get(2);
    f.schedule(s1, 1, TODAY.minusDays(60), TODAY.minusDays(59));
    f.schedule(sessions.get(1), 2, TODAY.minusDays(20), TODAY.minusDays(20));
    f.schedule(s3, 3, TODAY.plusDays(60), TODAY.plusDays(61));
  }

  static String etag(Person p, String path, Object... params) {
    String tag =
        Api.as(p)
            .get(path, params)
            .then()
            .statusCode(200)
            .header("Cache-Control", "private, no-cache")
            .extract()
            .header("ETag");
    assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\"");
    return tag;
  }

  static void notModified(Person p, String etag, String path, Object... params) {
    Api.as(p)
        .header("If-None-Match", etag)
        .get(path, params)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .body(emptyOrNullString());
  }

  static void modified(Person p, String etag, String path, Object... params) {
    String now =
        Api.as(p)
            .header("If-None-Match", etag)
            .get(path, params)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(now).isNotEqualTo(etag);
    notModified(p, now, path, params);
  }

  /** The team's report and the overview as the lead sees them, and the team's as its member. */
  record Tags(String team, String overview, String membersTeam) {}

  Tags tags() {
    return new Tags(
        etag(f.lead, TEAM, river.teamId()),
        etag(f.lead, OVERVIEW, f.collaborative),
        etag(river.member(), TEAM, river.teamId()));
  }

  void notModified(Tags t) {
    notModified(f.lead, t.team(), TEAM, river.teamId());
    notModified(f.lead, t.overview(), OVERVIEW, f.collaborative);
    notModified(river.member(), t.membersTeam(), TEAM, river.teamId());
  }

  void modified(Tags t) {
    modified(f.lead, t.team(), TEAM, river.teamId());
    modified(f.lead, t.overview(), OVERVIEW, f.collaborative);
    modified(river.member(), t.membersTeam(), TEAM, river.teamId());
  }

  @Test
  void recordingMovingARosterChangeAndARenameMakeNewETagsAChangeElsewhereDoesNot() {
    Tags t = tags();
    notModified(t);

    // another collaborative's session moves: nothing here changes
    ScheduleFixtures other = new ScheduleFixtures();
    other.schedule(other.sessions().get(0), 1, TODAY.minusDays(3), TODAY.minusDays(3));
    notModified(t);

    // attendance recorded for river at session 1
    String sheetETag =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, s1)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(f.lead)
        .header("If-Match", sheetETag)
        .body(
            Map.of(
                "records",
                List.of(Map.of("rosterMemberId", river.id("Rita Rivers"), "status", "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200);
    modified(t);

    // session 3 moves to yesterday: it is held now
    t = tags();
    f.schedule(s3, 3, TODAY.minusDays(1), TODAY.minusDays(1));
    modified(t);

    // a new clinician on the roster
    t = tags();
    Api.as(river.member())
        .body(
            Map.of(
                "role", "CLINICIAN",
                "name", "Nina New",
                "email", "nina@example.org",
                "startDate", TODAY.minusDays(30).toString()))
        .post("/api/teams/{t}/roster", river.teamId())
        .then()
        .statusCode(201);
    modified(t);

    // lake's organisation is renamed: the overview (which names it) changes
    t = tags();
    Api.as(f.admin)
        .header(
            "If-Match", Fixtures.etag(f.admin, "/api/organizations/{id}", lake.organizationId()))
        .body(Map.of("name", "Lakeside " + UUID.randomUUID()))
        .put("/api/organizations/{id}", lake.organizationId())
        .then()
        .statusCode(200);
    modified(f.lead, t.overview(), OVERVIEW, f.collaborative);

    // by hand: the database's version row is the ETag's source, in every replica
    t = tags();
    Db.execute(
        "update data_version set version = version + 1 where collaborative_id = '"
            + f.collaborative
            + "' and topic = 'attendance'");
    modified(t);
  }

  @Test
  void eachCallerHasTheirOwnETagAndAccessIsDecidedFirst() {
    Tags t = tags();
    String membersOverview = etag(river.member(), OVERVIEW, f.collaborative);
    assertThat(membersOverview).isNotEqualTo(t.overview());
    assertThat(t.membersTeam()).isNotEqualTo(t.team());
    // the lead's ETag is not the member's: the member gets their own answer (their team only)
    Api.as(river.member())
        .header("If-None-Match", t.overview())
        .get(OVERVIEW, f.collaborative)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(membersOverview))
        .body("total", equalTo(1));
    // the query is part of it
    assertThat(etag(f.lead, OVERVIEW + "?standing=AT_RISK", f.collaborative))
        .isNotEqualTo(t.overview());

    // lake's member holding the lead's valid ETag of river's report: 404, as without it
    Api.as(lake.member())
        .header("If-None-Match", t.team())
        .get(TEAM, river.teamId())
        .then()
        .statusCode(404);
    // a person of no team of this collaborative, for a team's report
    Person stranger = Fixtures.member(f.admin, Fixtures.organization(f.admin), "CLINICIAN");
    Api.as(stranger)
        .header("If-None-Match", t.team())
        .get(TEAM, river.teamId())
        .then()
        .statusCode(404);
    // no token
    Api.anonymous()
        .header("If-None-Match", t.team())
        .get(TEAM, river.teamId())
        .then()
        .statusCode(401);
    Api.anonymous()
        .header("If-None-Match", t.overview())
        .get(OVERVIEW, f.collaborative)
        .then()
        .statusCode(401);
  }
}
