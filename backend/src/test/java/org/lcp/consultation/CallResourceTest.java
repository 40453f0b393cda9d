package org.lcp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * Consultation calls: series from a rule (count, until, a daylight-saving change), changes from one
 * call onward, cancelling and moving one call, attendance, the archive and its search, and who sees
 * which calls.
 */
@QuarkusTest
class CallResourceTest {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  ScheduleFixtures f;
  EnrolledTeam river;
  EnrolledTeam lake;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    river = f.enrol(90);
    lake = f.enrol(90);
  }

  Map<String, Object> series(String startDate, int interval, Integer count, String until) {
    Map<String, Object> b = new HashMap<>();
    b.put("topic", "Case consultation");
    b.put("weekday", "MONDAY");
    b.put("startTime", "12:00");
    b.put("timeZone", "America/Chicago");
    b.put("startDate", startDate);
    b.put("intervalWeeks", interval);
    if (count != null) {
      b.put("count", count);
    }
    if (until != null) {
      b.put("until", until);
    }
    b.put("durationMinutes", 60);
    b.put("facilitatorUserId", f.leadId);
    b.put("audience", "COLLABORATIVE");
    b.put("mode", "VIDEO");
    b.put("joinUrl", "https://video.example.org/cc");
    return b;
  }

  Map<String, Object> call(String start, String audience, String teamId) {
    Map<String, Object> b = new HashMap<>();
    b.put("topic", "Engagement strategies");
    b.put("start", start);
    b.put("timeZone", "America/New_York");
    b.put("durationMinutes", 45);
    b.put("facilitatorUserId", f.leadId);
    b.put("audience", audience);
    if (teamId != null) {
      b.put("teamId", teamId);
    }
    b.put("mode", "PHONE");
    b.put("phoneNumber", "+1 555 0100");
    b.put("accessCode", "4242");
    return b;
  }

  static String hoursFromNow(long hours) {
    return LocalDateTime.now(java.time.ZoneId.of("America/New_York"))
        .plusHours(hours)
        .format(LOCAL);
  }

  String createCall(Map<String, Object> body) {
    return Api.as(f.lead)
        .body(body)
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  ExtractableResponse<Response> createSeries(Map<String, Object> body) {
    return Api.as(f.lead)
        .body(body)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(201)
        .extract();
  }

  String etag(String path, Object... params) {
    return Fixtures.etag(f.lead, path, params);
  }

  @Test
  void aSeriesIsScheduledFromARuleInOneRequestAcrossADaylightSavingChange() {
    // every two weeks on Monday at noon in Chicago, four calls; clocks go forward on 2030-03-10
    var created = createSeries(series("2030-02-20", 2, 4, null));
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/call-series/" + id);
    assertThat(created.header("ETag")).isNotBlank();
    assertThat((List<String>) created.path("calls.start"))
        .containsExactly(
            "2030-02-25T12:00", "2030-03-11T12:00", "2030-03-25T12:00", "2030-04-08T12:00");
    assertThat((List<String>) created.path("calls.startsAt"))
        .containsExactly(
            "2030-02-25T18:00:00Z",
            "2030-03-11T17:00:00Z",
            "2030-03-25T17:00:00Z",
            "2030-04-08T17:00:00Z");
    assertThat((List<String>) created.path("calls.state")).containsOnly("SCHEDULED");
    assertThat((List<Integer>) created.path("calls.sequence")).containsOnly(0);
    assertThat((String) created.path("startDate")).isEqualTo("2030-02-25");
    assertThat((String) created.path("facilitatorName")).isEqualTo(f.lead.name());

    Api.as(f.lead)
        .get("/api/call-series/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", not(nullValue()))
        .body("calls", hasSize(4))
        .body("count", equalTo(4))
        .body("intervalWeeks", equalTo(2));
    Api.as(f.lead)
        .queryParam("seriesId", id)
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.seriesId", everyItem(equalTo(id)))
        .body("items.endsAt", hasItem("2030-02-25T19:00:00Z"));
    Api.as(f.lead)
        .queryParam("from", "2030-03-01")
        .queryParam("to", "2030-03-31")
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.start", contains("2030-03-11T12:00", "2030-03-25T12:00"));

    // until a date, inclusive
    createSeries(series("2030-02-25", 1, null, "2030-03-18")).path("calls");
    Api.as(f.lead)
        .queryParam("from", "2030-02-25")
        .queryParam("to", "2030-02-25")
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void aBadRuleIsRefusedNamingEveryField() {
    Map<String, Object> both = series("2030-02-25", 1, 3, "2030-04-01");
    both.put("facilitatorUserId", river.roster().get("Rita Rivers")); // not a faculty member
    both.put("timeZone", "Mars/Olympus_Mons");
    both.put("joinUrl", null);
    both.remove("joinUrl");
    Map<String, String> before = Db.snapshot();
    Api.as(f.lead)
        .body(both)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations.field", contains("timeZone", "facilitatorUserId", "joinUrl"));
    Map<String, Object> noEnd = series("2030-02-25", 1, null, null);
    Api.as(f.lead)
        .body(noEnd)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations.field", contains("until", "count"))
        .body("violations[0].message", equalTo("give exactly one of until and count"));
    Api.as(f.lead)
        .body(series("2030-02-25", 1, null, "2033-01-01"))
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("until"))
        .body("violations[0].message", containsString("more than 100"));
    Api.as(f.lead)
        .body(series("2030-02-26", 1, null, "2030-03-01"))
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("makes no call"));
    Map<String, Object> team = series("2030-02-25", 1, 2, null);
    team.put("audience", "TEAM");
    Api.as(f.lead)
        .body(team)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("teamId"));
    team.put("teamId", "6b3c0f8e-2a0b-4d5e-9d7a-1c2b3a4d5e6f");
    Api.as(f.lead)
        .body(team)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].message", equalTo("is not a team enrolled in this collaborative"));
    Api.badInput(f.lead)
        .body(Map.of("topic", "x"))
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("weekday"));
    Map<String, Object> badStart = call("2030-02-30T10:00", "COLLABORATIVE", null);
    Api.as(f.lead)
        .body(badStart)
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("start"));
    Map<String, Object> informational = series("2030-02-25", 1, 2, null);
    informational.put("kind", "INFORMATIONAL");
    Api.as(f.lead)
        .body(informational)
        .post("/api/collaboratives/{c}/call-series", f.collaborative)
        .then()
        .statusCode(409)
        .body("detail", containsString("before applications open"));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void aSeriesChangedFromOneCallOnwardKeepsTheEarlierCallsAndTheIds() {
    var created = createSeries(series("2030-02-25", 1, 6, null));
    String id = created.path("id");
    List<String> ids = created.path("calls.id");
    Map<String, Object> change = series("2030-01-01", 1, 3, null);
    change.remove("startDate");
    change.put("fromCallId", ids.get(2));
    change.put("weekday", "TUESDAY");
    change.put("startTime", "15:00");
    change.put("topic", "Case consultation (new slot)");

    Api.as(f.lead).body(change).put("/api/call-series/{id}", id).then().statusCode(428);
    Api.as(f.lead)
        .header("If-Match", "\"99\"")
        .body(change)
        .put("/api/call-series/{id}", id)
        .then()
        .statusCode(412);
    Map<String, Object> foreign = new HashMap<>(change);
    foreign.put("fromCallId", createCall(call("2030-05-01T10:00", "COLLABORATIVE", null)));
    Api.as(f.lead)
        .header("If-Match", etag("/api/call-series/{id}", id))
        .body(foreign)
        .put("/api/call-series/{id}", id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("fromCallId"));

    Api.as(f.lead)
        .header("If-Match", etag("/api/call-series/{id}", id))
        .body(change)
        .put("/api/call-series/{id}", id)
        .then()
        .statusCode(200)
        .body("startDate", equalTo("2030-03-12"))
        .body("weekday", equalTo("TUESDAY"))
        .body("count", equalTo(3))
        .body("calls.id", contains(ids.toArray()))
        .body(
            "calls.start",
            contains(
                "2030-02-25T12:00",
                "2030-03-04T12:00",
                "2030-03-12T15:00",
                "2030-03-19T15:00",
                "2030-03-26T15:00",
                "2030-04-01T12:00"))
        .body(
            "calls.state",
            contains("SCHEDULED", "SCHEDULED", "SCHEDULED", "SCHEDULED", "SCHEDULED", "CANCELLED"))
        .body("calls.sequence", contains(0, 0, 1, 1, 1, 1))
        .body(
            "calls.topic",
            contains(
                "Case consultation",
                "Case consultation",
                "Case consultation (new slot)",
                "Case consultation (new slot)",
                "Case consultation (new slot)",
                "Case consultation"))
        .body("calls[5].cancellationReason", containsString("no longer part of the series"));

    // from the first call on, with more calls: the rest are added, earlier ids kept
    change.put("fromCallId", ids.get(0));
    change.put("count", 8);
    Api.as(f.lead)
        .header("If-Match", etag("/api/call-series/{id}", id))
        .body(change)
        .put("/api/call-series/{id}", id)
        .then()
        .statusCode(200)
        .body("calls", hasSize(9))
        .body(
            "calls.findAll { it.state == 'SCHEDULED' }.start",
            contains(
                "2030-02-26T15:00",
                "2030-03-05T15:00",
                "2030-03-12T15:00",
                "2030-03-19T15:00",
                "2030-03-26T15:00",
                "2030-04-02T15:00",
                "2030-04-09T15:00",
                "2030-04-16T15:00"))
        .body("calls.findAll { it.state == 'SCHEDULED' }.id[0]", equalTo(ids.get(0)));
    assertThat(
            Db.count(
                "select count(*) from audit_event where action = 'call-series.changed' and entity_id = '"
                    + id
                    + "'"))
        .isEqualTo(2);
  }

  @Test
  void cancellingOrMovingOneCallKeepsTheRest() {
    var created = createSeries(series("2030-02-25", 1, 4, null));
    String id = created.path("id");
    List<String> ids = created.path("calls.id");

    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", ids.get(1)))
        .body(Map.of("reason", "Presidents' Day"))
        .post("/api/calls/{id}/cancellation", ids.get(1))
        .then()
        .statusCode(200)
        .body("state", equalTo("CANCELLED"))
        .body("sequence", equalTo(1))
        .body("cancellationReason", equalTo("Presidents' Day"))
        .body("seriesId", equalTo(id));
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", ids.get(1)))
        .body(Map.of())
        .post("/api/calls/{id}/cancellation", ids.get(1))
        .then()
        .statusCode(409);
    Map<String, Object> moved = call("2030-03-12T09:30", "COLLABORATIVE", null);
    moved.put("timeZone", "America/Chicago");
    moved.put("mode", "VIDEO");
    moved.put("joinUrl", "https://video.example.org/cc");
    moved.put("topic", "Case consultation");
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", ids.get(2)))
        .body(moved)
        .put("/api/calls/{id}", ids.get(2))
        .then()
        .statusCode(200)
        .body("start", equalTo("2030-03-12T09:30"))
        .body("sequence", equalTo(1))
        .body("seriesId", equalTo(id))
        .body("startsAt", equalTo("2030-03-12T14:30:00Z"));
    // a change that keeps the time keeps the sequence
    moved.put("topic", "Case consultation: trauma narratives");
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", ids.get(2)))
        .body(moved)
        .put("/api/calls/{id}", ids.get(2))
        .then()
        .statusCode(200)
        .body("sequence", equalTo(1));
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", ids.get(1)))
        .body(moved)
        .put("/api/calls/{id}", ids.get(1))
        .then()
        .statusCode(409);

    Api.as(f.lead)
        .get("/api/call-series/{id}", id)
        .then()
        .statusCode(200)
        .body("calls.id", contains(ids.get(0), ids.get(1), ids.get(2), ids.get(3)))
        .body("calls.state", contains("SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED"))
        .body("calls.sequence", contains(0, 1, 1, 0))
        .body("calls[3].start", equalTo("2030-03-18T12:00"));

    // the rest of the series, from the third call on
    Api.as(f.lead)
        .header("If-Match", etag("/api/call-series/{id}", id))
        .body(
            Map.of("fromCallId", ids.get(2), "reason", "The collaborative moves to monthly calls"))
        .post("/api/call-series/{id}/cancellation", id)
        .then()
        .statusCode(200)
        .body("calls.state", contains("SCHEDULED", "CANCELLED", "CANCELLED", "CANCELLED"))
        .body("calls[1].cancellationReason", equalTo("Presidents' Day"))
        .body("calls[3].cancellationReason", equalTo("The collaborative moves to monthly calls"));
  }

  @Test
  void attendanceAndTheArchiveComeAfterACallAndTheArchiveIsSearchableByTopic() {
    Map<String, Object> teamCall = call(hoursFromNow(-2), "TEAM", river.teamId());
    String past = createCall(teamCall);
    String future = createCall(call(hoursFromNow(48), "COLLABORATIVE", null));
    String wholePast = createCall(call(hoursFromNow(-30), "COLLABORATIVE", null));

    // expected at the team call: the team's roster on the call's date
    String etag =
        Api.as(f.lead)
            .get("/api/calls/{id}/attendance", past)
            .then()
            .statusCode(200)
            .body("kind", equalTo("CONSULTATION"))
            .body("recordable", equalTo(true))
            .body("people.name", contains("Carl Clark", "Cleo Clinic", "Rita Rivers", "Sam Super"))
            .body("people.status", everyItem(nullValue()))
            .extract()
            .header("ETag");
    Api.as(f.lead)
        .get("/api/calls/{id}/attendance", wholePast)
        .then()
        .statusCode(200)
        .body("people", hasSize(8));
    List<Map<String, Object>> records =
        List.of(
            Map.of("rosterMemberId", river.id("Rita Rivers"), "status", "PRESENT"),
            Map.of("rosterMemberId", river.id("Carl Clark"), "status", "PARTIAL"),
            Map.of("rosterMemberId", lake.id("Carl Clark"), "status", "PRESENT"),
            Map.of("attendeeId", river.id("Sam Super"), "status", "PRESENT"),
            Map.of("status", "ABSENT"));
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", records))
        .put("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            contains(
                "records[1].note",
                "records[2].rosterMemberId",
                "records[3].attendeeId",
                "records[4]"));
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "records",
                List.of(
                    Map.of("rosterMemberId", river.id("Rita Rivers"), "status", "PRESENT"),
                    Map.of(
                        "rosterMemberId",
                        river.id("Carl Clark"),
                        "status",
                        "PARTIAL",
                        "note",
                        "joined late"))))
        .put("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(200)
        .body("state", equalTo("HELD"))
        .body("people.find { it.name == 'Carl Clark' }.status", equalTo("PARTIAL"))
        .body("people.find { it.name == 'Carl Clark' }.note", equalTo("joined late"));
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "records",
                List.of(Map.of("rosterMemberId", river.id("Sam Super"), "status", "ABSENT"))))
        .put("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(412);
    Api.as(f.lead).get("/api/calls/{id}", past).then().body("state", equalTo("HELD"));
    Api.as(f.lead)
        .header(
            "If-Match",
            Api.as(f.lead)
                .get("/api/calls/{id}/attendance", future)
                .then()
                .extract()
                .header("ETag"))
        .body(
            Map.of(
                "records",
                List.of(Map.of("rosterMemberId", river.id("Rita Rivers"), "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", future)
        .then()
        .statusCode(409);
    // the team sees its own people; another team's member does not see the team call at all
    Api.as(river.member())
        .get("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(200)
        .body("recordable", equalTo(false))
        .body("people", hasSize(4));
    Api.as(lake.member())
        .get("/api/calls/{id}/attendance", wholePast)
        .then()
        .statusCode(200)
        .body("people.organizationId", everyItem(equalTo(lake.organizationId())));
    Api.as(lake.member()).get("/api/calls/{id}/attendance", past).then().statusCode(404);

    // the archive entry
    Map<String, Object> archive =
        Map.of(
            "notes",
            "Discussed engagement of caregivers.",
            "recordingUrl",
            "https://video.example.org/rec/1",
            "slidesUrl",
            "https://files.example.org/s.pdf",
            "topicsCovered",
            List.of("Caregiver engagement", " Trauma narrative ", "caregiver engagement"));
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", future))
        .body(archive)
        .put("/api/calls/{id}/archive", future)
        .then()
        .statusCode(409);
    Api.as(f.lead).body(archive).put("/api/calls/{id}/archive", wholePast).then().statusCode(428);
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", wholePast))
        .body(archive)
        .put("/api/calls/{id}/archive", wholePast)
        .then()
        .statusCode(200)
        .body("state", equalTo("HELD"))
        .body("archive.topicsCovered", contains("Caregiver engagement", "Trauma narrative"))
        .body("archive.updatedBy", equalTo(f.lead.name()));
    Api.as(f.lead)
        .header("If-Match", etag("/api/calls/{id}", past))
        .body(Map.of("notes", "Team-specific", "topicsCovered", List.of("Supervision")))
        .put("/api/calls/{id}/archive", past)
        .then()
        .statusCode(200);
    Api.as(river.member())
        .header("If-Match", etag("/api/calls/{id}", past))
        .body(Map.of("topicsCovered", List.of("x")))
        .put("/api/calls/{id}/archive", past)
        .then()
        .statusCode(403);

    String archiveUrl = "/api/collaboratives/{c}/call-archive";
    Api.as(f.lead)
        .get(archiveUrl, f.collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.id", contains(past, wholePast));
    Api.as(f.lead)
        .queryParam("q", "NARRATIVE")
        .get(archiveUrl, f.collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(wholePast));
    Api.as(f.lead)
        .queryParam("q", "engagement")
        .get(archiveUrl, f.collaborative)
        .then()
        .body(
            "items.id",
            contains(past, wholePast)); // the topic of both calls is "Engagement strategies"
    Api.as(f.lead)
        .queryParam("topic", "caregiver engagement")
        .get(archiveUrl, f.collaborative)
        .then()
        .body("items.id", contains(wholePast));
    Api.as(f.lead)
        .queryParam("topic", "caregiver")
        .get(archiveUrl, f.collaborative)
        .then()
        .body("total", equalTo(0));
    Api.as(f.lead)
        .queryParam("q", "50%_off")
        .get(archiveUrl, f.collaborative)
        .then()
        .body("total", equalTo(0));
    Api.as(lake.member())
        .queryParam("q", "s")
        .get(archiveUrl, f.collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(wholePast));
    Api.as(river.member())
        .get(archiveUrl, f.collaborative)
        .then()
        .body("items.id", contains(past, wholePast));
  }

  @Test
  void teamMembersSeeTheCallsOfTheirCollaborativeAndTeamOnly() {
    String whole = createCall(call("2030-05-01T10:00", "COLLABORATIVE", null));
    String riverOnly = createCall(call("2030-05-02T10:00", "TEAM", river.teamId()));
    String lakeOnly = createCall(call("2030-05-03T10:00", "TEAM", lake.teamId()));

    Api.as(river.member())
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(whole, riverOnly))
        .body("items[1].teamName", not(nullValue()));
    Api.as(f.lead)
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .body("items.id", contains(whole, riverOnly, lakeOnly));
    Api.as(f.lead)
        .queryParam("teamId", lake.teamId())
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .body("items.id", contains(lakeOnly));
    Api.as(river.member()).get("/api/calls/{id}", lakeOnly).then().statusCode(404);
    Api.as(river.member())
        .get("/api/calls/{id}", riverOnly)
        .then()
        .statusCode(200)
        .header("ETag", not(nullValue()))
        .body("phoneNumber", equalTo("+1 555 0100"))
        .body("collaborativeTitle", not(nullValue()));

    // a member of an organisation that is not enrolled sees no consultation call
    Person stranger = Fixtures.member(f.admin, Fixtures.organization(f.admin), "CLINICIAN");
    Api.as(stranger)
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(0));
    Api.as(stranger).get("/api/calls/{id}", whole).then().statusCode(404);
    Api.as(stranger).get("/api/calls/{id}/attendance", whole).then().statusCode(404);

    // members and faculty of another collaborative do not schedule or change anything here
    Person otherFaculty = Fixtures.signIn(Person.faculty());
    Api.as(river.member())
        .body(call("2030-05-04T10:00", "COLLABORATIVE", null))
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(403);
    Api.as(otherFaculty)
        .body(call("2030-05-04T10:00", "COLLABORATIVE", null))
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(403);
    Api.as(river.member())
        .header("If-Match", "\"0\"")
        .body(Map.of())
        .post("/api/calls/{id}/cancellation", whole)
        .then()
        .statusCode(403);
    Api.as(lake.member())
        .header("If-Match", "\"0\"")
        .body(Map.of())
        .post("/api/calls/{id}/cancellation", riverOnly)
        .then()
        .statusCode(404);

    // the series of a team's calls is that team's too
    Map<String, Object> teamSeries = series("2030-02-25", 2, 3, null);
    teamSeries.put("audience", "TEAM");
    teamSeries.put("teamId", lake.teamId());
    String seriesId = createSeries(teamSeries).path("id");
    Api.as(lake.member())
        .get("/api/call-series/{id}", seriesId)
        .then()
        .statusCode(200)
        .body("teamName", not(nullValue()))
        .body("calls", hasSize(3));
    Api.as(river.member()).get("/api/call-series/{id}", seriesId).then().statusCode(404);

    // the reviewer is faculty of this collaborative: may schedule; unknown ids answer 404
    Map<String, Object> byReviewer = call("2030-05-05T10:00", "COLLABORATIVE", null);
    byReviewer.put("facilitatorUserId", f.reviewerId);
    Api.as(f.reviewer)
        .body(byReviewer)
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/calls/"))
        .body("facilitatorName", equalTo(f.reviewer.name()));
    String unknown = "6b3c0f8e-2a0b-4d5e-9d7a-1c2b3a4d5e6f";
    Api.as(f.lead).get("/api/calls/{id}", unknown).then().statusCode(404);
    Api.as(f.lead).get("/api/call-series/{id}", unknown).then().statusCode(404);
    Api.as(f.lead).get("/api/collaboratives/{c}/calls", unknown).then().statusCode(404);
    Api.as(f.lead)
        .queryParam("from", "2030-05-02")
        .queryParam("to", "2030-05-01")
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("to"));
    Api.badInput(f.lead)
        .queryParam("from", "May 1st")
        .get("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("from"))
        .body("violations[0].message", containsString("2026-03-31"));
    assertThat(Api.as(f.lead).get("/api/calls/{id}", whole).then().extract().header("ETag"))
        .isNotBlank();
    Api.as(f.lead).get("/api/calls/{id}", whole).then().body("id", endsWith(whole.substring(30)));
  }
}
