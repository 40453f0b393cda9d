package org.lcp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/**
 * Attendance at learning sessions: the sheet, recording one member or a whole session, corrections
 * kept, the criterion with a roster change between sessions, teams at risk, and who may see what.
 */
@QuarkusTest
class AttendanceResourceTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;
  static final String SHEET = "/api/collaboratives/{c}/learning-sessions/{s}/attendance";
  static final String ONE = "/api/collaboratives/{c}/learning-sessions/{s}/attendance/{m}";

  ScheduleFixtures f;
  EnrolledTeam river;
  EnrolledTeam lake;
  String s1;
  String s2;
  String s3;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    river = f.enrol(90);
    lake = f.enrol(90);
    List<String> sessions = f.sessions();
    s1 = sessions.get(0);
    s2 = sessions.get(1);
    s3 = sessions.get(2);
    f.schedule(s1, 1, TODAY.minusDays(60), TODAY.minusDays(59));
    f.schedule(s2, 2, TODAY.minusDays(20), TODAY.minusDays(20));
    f.schedule(s3, 3, TODAY.plusDays(60), TODAY.plusDays(61));
  }

  String sheetETag(Person p, String session) {
    return Api.as(p)
        .get(SHEET, f.collaborative, session)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static Map<String, Object> mark(String rosterMemberId, String status) {
    return Map.of("rosterMemberId", rosterMemberId, "status", status);
  }

  static Map<String, Object> mark(String rosterMemberId, String status, String note) {
    return Map.of("rosterMemberId", rosterMemberId, "status", status, "note", note);
  }

  void recordAll(EnrolledTeam t, String session, List<Map<String, Object>> records) {
    Api.as(f.lead)
        .header("If-Match", sheetETag(f.lead, session))
        .body(Map.of("records", records))
        .put(SHEET, f.collaborative, session)
        .then()
        .statusCode(200);
  }

  @Test
  void theCriterionFollowsRosterChangesBetweenSessionsAndCorrectionsAreKept() {
    // Cleo left between the sessions; Nina joined between them
    Api.as(river.member())
        .body(Map.of("endDate", TODAY.minusDays(40).toString()))
        .post("/api/teams/{t}/roster/{m}/departure", river.teamId(), river.id("Cleo Clinic"))
        .then()
        .statusCode(200);
    Api.as(river.member())
        .body(
            Map.of(
                "role",
                "CLINICIAN",
                "name",
                "Nina New",
                "email",
                "nina@example.org",
                "startDate",
                TODAY.minusDays(30).toString()))
        .post("/api/teams/{t}/roster", river.teamId())
        .then()
        .statusCode(201);
    String nina = f.roster(river.teamId()).get("Nina New");

    // the sheet of session 1 expects Cleo, not Nina; that of session 2 Nina, not Cleo
    String riverRows = "teams.find { it.teamId == '" + river.teamId() + "' }.members";
    Api.as(f.lead)
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .body("held", equalTo(true))
        .body("recordable", equalTo(true))
        .body("teams", hasSize(2))
        .body(
            riverRows + ".name", contains("Rita Rivers", "Sam Super", "Carl Clark", "Cleo Clinic"))
        .body(riverRows + ".countsForCriterion", contains(true, true, true, true))
        .body(riverRows + ".record", contains(nullValue(), nullValue(), nullValue(), nullValue()));
    Api.as(f.lead)
        .get(SHEET, f.collaborative, s2)
        .then()
        .statusCode(200)
        .body(riverRows + ".name", contains("Rita Rivers", "Sam Super", "Carl Clark", "Nina New"));

    // before anything is recorded the team is pending (held sessions, nothing recorded)
    Api.as(river.member())
        .get("/api/teams/{t}/attendance-report", river.teamId())
        .then()
        .statusCode(200)
        .body("standing", equalTo("PENDING"))
        .body("meetsCriterion", equalTo(false))
        .body("shortfalls.kind", hasItem("NOT_RECORDED"));

    // session 1, whole team at once: Sam attended part of it
    recordAll(
        river,
        s1,
        List.of(
            mark(river.id("Rita Rivers"), "PRESENT"),
            mark(river.id("Sam Super"), "PARTIAL", "left at noon on day 2"),
            mark(river.id("Carl Clark"), "PRESENT"),
            mark(river.id("Cleo Clinic"), "PRESENT")));
    // session 2: Nina absent
    recordAll(
        river,
        s2,
        List.of(
            mark(river.id("Rita Rivers"), "PRESENT"),
            mark(river.id("Sam Super"), "PRESENT"),
            mark(river.id("Carl Clark"), "PRESENT"),
            mark(nina, "ABSENT")));

    Api.as(f.lead)
        .get("/api/teams/{t}/attendance-report", river.teamId())
        .then()
        .statusCode(200)
        .body("standing", equalTo("AT_RISK"))
        .body("sessions.number", contains(1, 2, 3))
        .body("sessions.held", contains(true, true, false))
        .body(
            "members.name",
            contains("Rita Rivers", "Sam Super", "Carl Clark", "Cleo Clinic", "Nina New"))
        .body(
            "members.find { it.name == 'Cleo Clinic' }.sessions",
            contains("PRESENT", "NOT_EXPECTED", "NOT_EXPECTED"))
        .body("members.find { it.name == 'Cleo Clinic' }.current", equalTo(false))
        .body(
            "members.find { it.name == 'Nina New' }.sessions",
            contains("NOT_EXPECTED", "ABSENT", "UPCOMING"))
        .body(
            "members.find { it.name == 'Sam Super' }.sessions",
            contains("PARTIAL", "PRESENT", "UPCOMING"))
        .body("shortfalls.kind", contains("PARTIAL", "ABSENT"))
        .body("shortfalls[0].note", equalTo("left at noon on day 2"))
        .body("shortfalls[0].sessionNumber", equalTo(1))
        .body("shortfalls[1].name", equalTo("Nina New"))
        .body(
            "shortfalls[1].message",
            equalTo("Nina New (clinician) was absent from learning session 2"));

    // corrections, one member at a time, with the record's own ETag
    var samRecord =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, s1)
            .then()
            .statusCode(200)
            .extract()
            .path(riverRows + ".find { it.name == 'Sam Super' }.record");
    @SuppressWarnings("unchecked")
    String samETag = (String) ((Map<String, Object>) samRecord).get("etag");
    Api.as(f.lead)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, river.id("Sam Super"))
        .then()
        .statusCode(428);
    Api.as(f.lead)
        .header("If-Match", "\"999\"")
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, river.id("Sam Super"))
        .then()
        .statusCode(412);
    String newETag =
        Api.as(f.lead)
            .header("If-Match", samETag)
            .body(
                Map.of(
                    "status", "PRESENT", "note", "stayed after all; the sign-out sheet was wrong"))
            .put(ONE, f.collaborative, s1, river.id("Sam Super"))
            .then()
            .statusCode(200)
            .body("status", equalTo("PRESENT"))
            .body("revisions", equalTo(2))
            .body("recordedBy", equalTo(f.lead.name()))
            .extract()
            .header("ETag");
    assertThat(newETag).isNotEqualTo(samETag);
    Api.as(f.lead)
        .header("If-Match", newETag)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s2, nina)
        .then()
        .statusCode(412); // Nina's record at session 2 has its own ETag, not Sam's
    String ninaETag =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, s2)
            .then()
            .extract()
            .path(riverRows + ".find { it.name == 'Nina New' }.record.etag");
    Api.as(f.lead)
        .header("If-Match", ninaETag)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s2, nina)
        .then()
        .statusCode(200);

    // the history keeps both recordings of Sam, newest first; the team's own members read it too
    Api.as(river.member())
        .get(ONE + "/history", f.collaborative, s1, river.id("Sam Super"))
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.revision", contains(2, 1))
        .body("items.status", contains("PRESENT", "PARTIAL"))
        .body("items[1].note", equalTo("left at noon on day 2"));
    Api.as(f.lead)
        .get(ONE + "/history", f.collaborative, s1, river.id("Carl Clark"))
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    Api.as(f.lead)
        .get(ONE + "/history", f.collaborative, s2, river.id("Cleo Clinic"))
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("items", empty());
    assertThat(
            Db.count(
                "select count(*) from audit_event where action = 'attendance.corrected' and entity_id = '"
                    + s1
                    + "'"))
        .isEqualTo(1);

    Api.as(river.member())
        .get("/api/teams/{t}/attendance-report", river.teamId())
        .then()
        .statusCode(200)
        .body("standing", equalTo("MEETS"))
        .body("meetsCriterion", equalTo(true))
        .body("shortfalls", empty());
  }

  @Test
  void theCollaborativeViewListsTeamsAtRiskFirst() {
    recordAll(
        river,
        s1,
        List.of(
            mark(river.id("Rita Rivers"), "PRESENT"),
            mark(river.id("Sam Super"), "PRESENT"),
            mark(river.id("Carl Clark"), "PRESENT"),
            mark(river.id("Cleo Clinic"), "PRESENT")));
    recordAll(
        river,
        s2,
        List.of(
            mark(river.id("Rita Rivers"), "PRESENT"),
            mark(river.id("Sam Super"), "PRESENT"),
            mark(river.id("Carl Clark"), "PRESENT"),
            mark(river.id("Cleo Clinic"), "PRESENT")));
    recordAll(
        lake,
        s1,
        List.of(
            mark(lake.id("Rita Rivers"), "ABSENT"),
            mark(lake.id("Sam Super"), "PRESENT"),
            mark(lake.id("Carl Clark"), "PRESENT"),
            mark(lake.id("Cleo Clinic"), "PRESENT")));
    // a third team whose supervisor left before session 2 and was not replaced: a role gap
    EnrolledTeam hill = f.enrol(90);
    recordAll(
        hill,
        s1,
        List.of(
            mark(hill.id("Rita Rivers"), "PRESENT"),
            mark(hill.id("Sam Super"), "PRESENT"),
            mark(hill.id("Carl Clark"), "PRESENT"),
            mark(hill.id("Cleo Clinic"), "PRESENT")));
    Api.as(hill.member())
        .body(Map.of("endDate", TODAY.minusDays(30).toString()))
        .post("/api/teams/{t}/roster/{m}/departure", hill.teamId(), hill.id("Sam Super"))
        .then()
        .statusCode(200);
    recordAll(
        hill,
        s2,
        List.of(
            mark(hill.id("Rita Rivers"), "PRESENT"),
            mark(hill.id("Carl Clark"), "PRESENT"),
            mark(hill.id("Cleo Clinic"), "PRESENT")));

    var overview =
        Api.as(f.lead)
            .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
            .then()
            .statusCode(200)
            .body("total", equalTo(3))
            .body("teamsAtRisk", equalTo(2))
            .body("sessions.held", contains(true, true, false))
            .body("items.standing", contains("AT_RISK", "AT_RISK", "MEETS"))
            .body("items[2].teamId", equalTo(river.teamId()))
            .extract();
    Map<String, Object> lakeRow =
        overview.path("items.find { it.teamId == '" + lake.teamId() + "' }");
    assertThat(lakeRow.get("shortfalls").toString()).contains("ABSENT", "NOT_RECORDED");
    Api.as(f.lead)
        .get("/api/teams/{t}/attendance-report", hill.teamId())
        .then()
        .statusCode(200)
        .body("standing", equalTo("AT_RISK"))
        .body("shortfalls.kind", contains("NO_SUPERVISOR"))
        .body(
            "shortfalls[0].message",
            equalTo("the team had no supervisor during learning session 2"))
        .body("shortfalls[0].sessionNumber", equalTo(2));
    Api.as(f.lead)
        .queryParam("standing", "MEETS")
        .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("teamsAtRisk", equalTo(2))
        .body("items.teamId", contains(river.teamId()));
    Api.as(f.lead)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("total", equalTo(3))
        .body("page", equalTo(1));

    // a team member sees their own team only
    Api.as(river.member())
        .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("teamsAtRisk", equalTo(0))
        .body("items.teamId", contains(river.teamId()));
    Person stranger = Fixtures.signIn(Person.member());
    Api.as(stranger)
        .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("items", empty());
  }

  @Test
  void recordingRefusesBadRecordsAllAtOnceAndWritesNothing() {
    String etag = sheetETag(f.lead, s1);
    Map<String, String> before = Db.snapshot();
    List<Map<String, Object>> records =
        List.of(
            mark(river.id("Rita Rivers"), "PRESENT"),
            Map.of("rosterMemberId", river.id("Sam Super"), "status", "PARTIAL"),
            mark(river.id("Rita Rivers"), "ABSENT"),
            mark("6b3c0f8e-2a0b-4d5e-9d7a-1c2b3a4d5e6f", "PRESENT"));
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", records))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            contains("records[1].note", "records[2].rosterMemberId", "records[3].rosterMemberId"))
        .body("violations[1].message", equalTo("Rita Rivers is listed more than once"))
        .body(
            "violations[2].message",
            containsString("not a roster member of a team enrolled in this collaborative"));
    // someone who joined after the session was not expected there
    Api.as(river.member())
        .body(
            Map.of(
                "role",
                "CLINICIAN",
                "name",
                "Nina New",
                "email",
                "nina@example.org",
                "startDate",
                TODAY.minusDays(30).toString()))
        .post("/api/teams/{t}/roster", river.teamId())
        .then()
        .statusCode(201);
    String nina = f.roster(river.teamId()).get("Nina New");
    before = Db.snapshot();
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", List.of(mark(nina, "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("records[0].rosterMemberId"))
        .body(
            "violations[0].message",
            containsString("Nina New was not on the team during learning session 1"));
    Api.as(f.lead)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, nina)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("rosterMemberId"))
        .body("violations[0].in", equalTo("path"));
    Api.as(f.lead)
        .body(Map.of("status", "PARTIAL"))
        .put(ONE, f.collaborative, s1, river.id("Sam Super"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("note"));
    assertThat(Db.snapshot()).isEqualTo(before);

    // the sheet's ETag: required, and stale once anyone recorded
    Api.as(f.lead)
        .body(Map.of("records", List.of(mark(river.id("Rita Rivers"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(428);
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", List.of(mark(river.id("Rita Rivers"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .body(
            "teams.find { it.teamId == '" + river.teamId() + "' }.members[0].record.status",
            equalTo("PRESENT"))
        .header("ETag", not(equalTo(etag)));
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", List.of(mark(river.id("Sam Super"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(412);
    // the same mark again changes nothing (and no revision)
    Api.as(f.lead)
        .header("If-Match", sheetETag(f.lead, s1))
        .body(Map.of("records", List.of(mark(river.id("Rita Rivers"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200);
    Api.as(f.lead)
        .get(ONE + "/history", f.collaborative, s1, river.id("Rita Rivers"))
        .then()
        .body("total", equalTo(1));

    // a session that has not started, or has no dates, takes no attendance
    Api.as(f.lead)
        .get(SHEET, f.collaborative, s3)
        .then()
        .statusCode(200)
        .body("held", equalTo(false))
        .body("recordable", equalTo(false));
    Api.as(f.lead)
        .header("If-Match", sheetETag(f.lead, s3))
        .body(Map.of("records", List.of(mark(river.id("Rita Rivers"), "PRESENT"))))
        .put(SHEET, f.collaborative, s3)
        .then()
        .statusCode(409)
        .body("detail", containsString("attendance is taken once it has started"));
    Api.as(f.lead)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s3, river.id("Rita Rivers"))
        .then()
        .statusCode(409);

    // a session with attendance cannot be deleted
    Api.as(f.lead)
        .delete("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, s1)
        .then()
        .statusCode(409)
        .body("detail", containsString("attendance recorded"));
  }

  @Test
  void teamMembersSeeOnlyTheirOwnTeamAndOnlyFacultyRecord() {
    recordAll(river, s1, List.of(mark(river.id("Rita Rivers"), "PRESENT")));
    recordAll(lake, s1, List.of(mark(lake.id("Rita Rivers"), "ABSENT")));

    Api.as(river.member())
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .body("recordable", equalTo(false))
        .body("teams.teamId", contains(river.teamId()))
        .body("teams[0].members[0].record.status", equalTo("PRESENT"));
    Api.as(river.member())
        .queryParam("teamId", lake.teamId())
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(404);
    Api.as(f.lead)
        .queryParam("teamId", lake.teamId())
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .body("teams.teamId", contains(lake.teamId()));
    Api.as(river.member())
        .get("/api/teams/{t}/attendance-report", lake.teamId())
        .then()
        .statusCode(404);
    Api.as(river.member())
        .get(ONE + "/history", f.collaborative, s1, lake.id("Rita Rivers"))
        .then()
        .statusCode(404);
    Api.as(river.member())
        .header("If-Match", sheetETag(river.member(), s1))
        .body(Map.of("records", List.of(mark(river.id("Carl Clark"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(403);
    Api.as(river.member())
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, river.id("Carl Clark"))
        .then()
        .statusCode(403);

    // a signed-in person of no enrolled organisation sees the session but no team
    Person stranger = Fixtures.signIn(Person.member());
    Api.as(stranger).get(SHEET, f.collaborative, s1).then().statusCode(200).body("teams", empty());
    Api.as(stranger).get("/api/teams/{t}/attendance-report", river.teamId()).then().statusCode(404);
    // faculty of another collaborative are strangers here too
    Person otherFaculty = Fixtures.signIn(Person.faculty());
    Api.as(otherFaculty)
        .header("If-Match", sheetETag(otherFaculty, s1))
        .body(Map.of("records", List.of(mark(river.id("Carl Clark"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(403);
    // the reviewer (faculty of this collaborative) records; an admin reads every team
    Api.as(f.reviewer)
        .header("If-Match", sheetETag(f.reviewer, s1))
        .body(Map.of("records", List.of(mark(river.id("Carl Clark"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200);
    Api.as(f.admin)
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .body("teams.teamId", containsInAnyOrder(river.teamId(), lake.teamId()));

    // unknown ids
    String unknown = "6b3c0f8e-2a0b-4d5e-9d7a-1c2b3a4d5e6f";
    Api.as(f.lead).get(SHEET, f.collaborative, unknown).then().statusCode(404);
    Api.as(f.lead).get("/api/teams/{t}/attendance-report", unknown).then().statusCode(404);
    Api.as(f.lead)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, unknown)
        .then()
        .statusCode(404);
    // a roster member of another collaborative's team is not found here
    ScheduleFixtures other = new ScheduleFixtures();
    Map<String, Object> foreign = new HashMap<>();
    foreign.put("status", "PRESENT");
    Api.as(other.lead)
        .body(foreign)
        .put(ONE, other.collaborative, other.sessions().get(0), river.id("Carl Clark"))
        .then()
        .statusCode(404);
  }

  @Test
  void aClosedCollaborativesAttendanceIsReadOnly() {
    recordAll(river, s1, List.of(mark(river.id("Rita Rivers"), "PRESENT")));
    String etag = sheetETag(f.lead, s1);
    String ritaETag =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, s1)
            .then()
            .extract()
            .path("teams.find { it.teamId == '" + river.teamId() + "' }.members[0].record.etag");
    Fixtures.advance(
        f.lead, f.collaborative, "REVIEW", "PRE_WORK", "ACTIVE", "SUSTAINING", "CLOSED");
    Map<String, String> before = Db.snapshot();

    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", List.of(mark(river.id("Sam Super"), "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("CLOSED"));
    Api.as(f.admin)
        .header("If-Match", ritaETag)
        .body(Map.of("status", "ABSENT"))
        .put(ONE, f.collaborative, s1, river.id("Rita Rivers"))
        .then()
        .statusCode(409);
    Api.as(f.reviewer)
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, river.id("Carl Clark"))
        .then()
        .statusCode(409);
    // who could not record before still may not (403 before 409)
    Api.as(river.member())
        .body(Map.of("status", "PRESENT"))
        .put(ONE, f.collaborative, s1, river.id("Carl Clark"))
        .then()
        .statusCode(403);
    assertThat(Db.snapshot()).isEqualTo(before);

    // the sheet is still read, and says it cannot be taken; the reports still answer
    Api.as(f.lead)
        .get(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(etag))
        .body("held", equalTo(true))
        .body("recordable", equalTo(false));
    Api.as(river.member())
        .get("/api/teams/{t}/attendance-report", river.teamId())
        .then()
        .statusCode(200);
    Api.as(f.lead)
        .get("/api/collaboratives/{c}/attendance-report", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(2));
    Api.as(f.lead)
        .get(ONE + "/history", f.collaborative, s1, river.id("Rita Rivers"))
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }
}
