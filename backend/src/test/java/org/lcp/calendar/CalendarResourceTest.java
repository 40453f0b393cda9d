package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/**
 * A person's schedule and a collaborative's, and the calendar feeds: token rotation, iCalendar
 * output that ical4j parses and validates, stable UIDs and rising SEQUENCE for moved and cancelled
 * events.
 */
@QuarkusTest
class CalendarResourceTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;

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
    f.schedule(s2, 2, TODAY.plusDays(10), TODAY.plusDays(11));
    f.schedule(s3, 3, TODAY.plusDays(120), TODAY.plusDays(121));
  }

  static String local(LocalDate day, int hour) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  Map<String, Object> call(
      String collaborative, String leadId, String start, String audience, String teamId) {
    Map<String, Object> b = new HashMap<>();
    b.put("topic", "Consultation " + start);
    b.put("start", start);
    b.put("timeZone", "America/New_York");
    b.put("durationMinutes", 60);
    b.put("facilitatorUserId", leadId);
    b.put("audience", audience);
    if (teamId != null) {
      b.put("teamId", teamId);
    }
    b.put("mode", "VIDEO");
    b.put("joinUrl", "https://video.example.org/c");
    return b;
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

  /** The links made for a person (the only time the token is shown). */
  Map<String, Object> rotate(Person p) {
    return Api.as(p).post("/api/me/calendar-feed").then().statusCode(200).extract().path("");
  }

  static String path(Object url) {
    return URI.create((String) url).getPath();
  }

  /**
   * Fetches a feed without a token, parses it with ical4j and checks it passes ical4j's validation.
   */
  static Calendar fetch(String url) throws Exception {
    String body =
        Api.anonymous()
            .accept("text/calendar")
            .get(path(url))
            .then()
            .statusCode(200)
            .contentType(containsString("text/calendar"))
            .extract()
            .asString();
    // RFC 5545, 3.1: CRLF line ends, lines folded at 75 octets
    assertThat(body).endsWith("END:VCALENDAR\r\n");
    assertThat(body.replace("\r\n", "")).doesNotContain("\n");
    assertThat(body.split("\r\n"))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75));
    Calendar calendar = new CalendarBuilder().build(new StringReader(body));
    var result = calendar.validate();
    assertThat(result.hasErrors()).as("validation of\n%s\n%s", body, result).isFalse();
    return calendar;
  }

  static Optional<CalendarComponent> event(Calendar c, String uid) {
    return c.<CalendarComponent>getComponents("VEVENT").stream()
        .filter(
            e -> e.getProperty("UID").map(p -> ((Property) p).getValue().equals(uid)).orElse(false))
        .findFirst();
  }

  static String value(CalendarComponent e, String name) {
    return e.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
  }

  static String uidOfCall(String id) {
    return "call-" + id + "@lcp";
  }

  static String uidOfSession(String id) {
    return "learning-session-" + id + "@lcp";
  }

  @Test
  void myScheduleListsWhatIAmExpectedAtAndNothingElse() {
    String whole =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(5), 10), "COLLABORATIVE", null));
    String riverCall =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(6), 10), "TEAM", river.teamId()));
    String lakeCall =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(7), 10), "TEAM", lake.teamId()));

    // an informational call of another, announced collaborative, for which river's organisation
    // registered
    Map<String, Object> open = new HashMap<>();
    open.put("title", "Announced " + java.util.UUID.randomUUID());
    open.put("practice", "CPP");
    open.put("kind", "LEARNING_COLLABORATIVE");
    String announced =
        Api.as(f.lead)
            .body(open)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.advance(f.lead, announced, "ANNOUNCED");
    Map<String, Object> infoBody =
        call(announced, f.leadId, local(TODAY.plusDays(3), 14), "COLLABORATIVE", null);
    infoBody.put("kind", "INFORMATIONAL");
    String info =
        Api.as(f.lead)
            .body(infoBody)
            .post("/api/collaboratives/{c}/calls", announced)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(river.member())
        .body(
            Map.of(
                "organizationId",
                river.organizationId(),
                "attendees",
                List.of(Map.of("name", "Rita Rivers", "email", "rita@example.org"))))
        .post("/api/calls/{id}/registrations", info)
        .then()
        .statusCode(201);

    String to = TODAY.plusDays(30).toString();
    Api.as(river.member())
        .queryParam("from", TODAY.toString())
        .queryParam("to", to)
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("from", equalTo(TODAY.toString()))
        .body("to", equalTo(to))
        .body("items.id", contains(info, whole, riverCall, s2))
        .body("items.type", contains("CALL", "CALL", "CALL", "LEARNING_SESSION"))
        .body("items[0].reasons", contains("REGISTERED"))
        .body("items[0].callKind", equalTo("INFORMATIONAL"))
        .body("items[1].reasons", contains("TEAM"))
        .body("items[2].teamName", notNullValue())
        .body("items[3].allDay", equalTo(true))
        .body("items[3].sessionNumber", equalTo(2))
        .body("items[3].startDate", equalTo(TODAY.plusDays(10).toString()))
        .body("items[3].endDate", equalTo(TODAY.plusDays(11).toString()))
        .body("items[3].mode", equalTo("VIRTUAL"))
        .body("items[1].start", equalTo(local(TODAY.plusDays(5), 10)))
        .body("items[1].timeZone", equalTo("America/New_York"))
        .body("items[1].state", equalTo("SCHEDULED"));
    Api.as(f.lead)
        .queryParam("to", to)
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("items.id", contains(info, whole, riverCall, lakeCall, s2))
        .body("items.reasons", everyItem(contains("FACULTY")));
    // by default: from today, 90 days
    Api.as(river.member())
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("to", equalTo(TODAY.plusDays(90).toString()))
        .body("items.id", not(hasItem(s3)))
        .body("items.id", not(hasItem(s1)));
    Api.as(river.member())
        .queryParam("from", TODAY.minusDays(61).toString())
        .queryParam("to", TODAY.toString())
        .get("/api/me/schedule")
        .then()
        .body("items.id", contains(s1))
        .body("items[0].state", equalTo("HELD"));
    Api.as(Fixtures.signIn(Person.member()))
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.as(river.member())
        .queryParam("from", "2030-01-02")
        .queryParam("to", "2030-01-01")
        .get("/api/me/schedule")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("to"));
    Api.as(river.member())
        .queryParam("from", "2030-01-01")
        .queryParam("to", "2031-01-02")
        .get("/api/me/schedule")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("at most 366 days"));

    // the collaborative's month: its sessions and the calls the caller may see
    Api.as(river.member())
        .queryParam("to", to)
        .get("/api/collaboratives/{c}/schedule", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(whole, riverCall, s2))
        .body("items[0].reasons", empty());
    Api.as(f.lead)
        .queryParam("to", to)
        .get("/api/collaboratives/{c}/schedule", f.collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(whole, riverCall, lakeCall, s2));
  }

  @Test
  void aFeedTokenCanBeRotatedAndTheOldLinkThenAnswers404() throws Exception {
    String whole =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(5), 10), "COLLABORATIVE", null));
    String lakeCall =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(7), 10), "TEAM", lake.teamId()));
    Person member = river.member();

    Api.as(member)
        .get("/api/me/calendar-feed")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("createdAt", nullValue());
    Map<String, Object> links = rotate(member);
    String url = (String) links.get("scheduleUrl");
    assertThat(url).startsWith("http").contains("/api/calendar-feeds/");
    assertThat((String) links.get("collaborativeUrlTemplate"))
        .isEqualTo(url + "/collaboratives/{collaborativeId}");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> collaboratives =
        (List<Map<String, Object>>) links.get("collaboratives");
    assertThat(collaboratives)
        .extracting(c -> c.get("collaborativeId"))
        .containsExactly(f.collaborative);
    // neither the token nor anything it can be computed from without the server's key is stored
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(
            org.lcp.support.Db.count(
                "select count(*) from calendar_feed_token where token_hash = '"
                    + token
                    + "' or nonce = '"
                    + token
                    + "'"))
        .isZero();
    assertThat(
            org.lcp.support.Db.count(
                "select count(*) from calendar_feed_token where token_hash = encode("
                    + "sha256('"
                    + token
                    + "'::bytea), 'hex')"))
        .isEqualTo(1);
    // the person can copy the same links again later
    Api.as(member)
        .get("/api/me/calendar-feed")
        .then()
        .statusCode(200)
        .body("feed.scheduleUrl", equalTo(url))
        .body("feed.collaboratives[0].url", equalTo(collaboratives.get(0).get("url")));

    Calendar calendar = fetch(url);
    assertThat(event(calendar, uidOfSession(s1))).as("a session 60 days ago").isPresent();
    assertThat(event(calendar, uidOfSession(s2))).isPresent();
    assertThat(event(calendar, uidOfCall(whole))).isPresent();
    assertThat(event(calendar, uidOfCall(lakeCall))).as("another team's call").isEmpty();
    CalendarComponent session = event(calendar, uidOfSession(s2)).orElseThrow();
    assertThat(session.getProperty("DTSTART").map(p -> ((Property) p).getValue()).orElseThrow())
        .isEqualTo(TODAY.plusDays(10).toString().replace("-", ""));
    assertThat(value(session, "DTEND")).isEqualTo(TODAY.plusDays(12).toString().replace("-", ""));
    assertThat(value(session, "SUMMARY")).startsWith("Learning Session 2");
    Api.as(member)
        .get("/api/me/calendar-feed")
        .then()
        .body("active", equalTo(true))
        .body("createdAt", notNullValue())
        .body("lastUsedAt", notNullValue());

    // the collaborative's feed, with the same token
    Calendar collaborative = fetch((String) collaboratives.get(0).get("url"));
    assertThat(event(collaborative, uidOfCall(whole))).isPresent();
    assertThat(event(collaborative, uidOfCall(lakeCall))).isEmpty();
    String draft = Fixtures.collaborative(f.admin);
    Api.anonymous()
        .get(path(url + "/collaboratives/" + draft))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Calendar leadView =
        fetch(
            rotate(f.lead)
                .get("collaborativeUrlTemplate")
                .toString()
                .replace("{collaborativeId}", f.collaborative));
    assertThat(event(leadView, uidOfCall(lakeCall))).isPresent();

    // rotation: the old link is gone, the new one works
    String newUrl = (String) rotate(member).get("scheduleUrl");
    assertThat(newUrl).isNotEqualTo(url);
    Api.as(member).get("/api/me/calendar-feed").then().body("feed.scheduleUrl", equalTo(newUrl));
    Api.anonymous()
        .get(path(url))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("replaced"));
    Api.anonymous().get(path(collaboratives.get(0).get("url"))).then().statusCode(404);
    fetch(newUrl);
    // turned off
    Api.as(member).delete("/api/me/calendar-feed").then().statusCode(204);
    Api.anonymous().get(path(newUrl)).then().statusCode(404);
    Api.as(member)
        .get("/api/me/calendar-feed")
        .then()
        .body("active", equalTo(false))
        .body("$", not(hasKey("feed")));
    Api.as(member).delete("/api/me/calendar-feed").then().statusCode(204);
    Api.anonymous()
        .get("/api/calendar-feeds/short")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("feedToken"));
    Api.as(org.lcp.support.TestTokens.machine("no-such-client"))
        .post("/api/me/calendar-feed")
        .then()
        .statusCode(403);
  }

  @Test
  void aMovedEventKeepsItsUidWithAHigherSequenceAndACancelledOneSaysSo() throws Exception {
    String whole =
        createCall(
            call(f.collaborative, f.leadId, local(TODAY.plusDays(5), 10), "COLLABORATIVE", null));
    String url = (String) rotate(river.member()).get("scheduleUrl");

    CalendarComponent before = event(fetch(url), uidOfCall(whole)).orElseThrow();
    assertThat(value(before, "SEQUENCE")).isEqualTo("0");
    assertThat(value(before, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(
            before
                .getProperty("DTSTART")
                .map(
                    p ->
                        ((Property) p)
                            .getParameter("TZID")
                            .map(t -> ((net.fortuna.ical4j.model.Parameter) t).getValue())
                            .orElse(null))
                .orElse(null))
        .isEqualTo("America/New_York");
    assertThat(value(before, "DTSTART"))
        .isEqualTo(TODAY.plusDays(5).toString().replace("-", "") + "T100000");

    // moved a day later and an hour earlier
    Map<String, Object> moved =
        call(f.collaborative, f.leadId, local(TODAY.plusDays(6), 9), "COLLABORATIVE", null);
    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/calls/{id}", whole))
        .body(moved)
        .put("/api/calls/{id}", whole)
        .then()
        .statusCode(200)
        .body("sequence", equalTo(1));
    Calendar afterMove = fetch(url);
    CalendarComponent after = event(afterMove, uidOfCall(whole)).orElseThrow();
    assertThat(value(after, "SEQUENCE")).isEqualTo("1");
    assertThat(value(after, "DTSTART"))
        .isEqualTo(TODAY.plusDays(6).toString().replace("-", "") + "T090000");
    assertThat(afterMove.getComponents("VTIMEZONE")).isNotEmpty();

    // cancelled: still there, with a higher sequence and STATUS:CANCELLED
    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/calls/{id}", whole))
        .body(Map.of("reason", "Facilitator ill"))
        .post("/api/calls/{id}/cancellation", whole)
        .then()
        .statusCode(200);
    CalendarComponent cancelled = event(fetch(url), uidOfCall(whole)).orElseThrow();
    assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    Api.as(river.member())
        .queryParam("to", TODAY.plusDays(30).toString())
        .get("/api/me/schedule")
        .then()
        .body("items.find { it.id == '" + whole + "' }.state", equalTo("CANCELLED"));

    // a learning session moved by a week: same UID, higher sequence; a new agenda alone keeps the
    // sequence
    int sequence =
        Integer.parseInt(value(event(fetch(url), uidOfSession(s2)).orElseThrow(), "SEQUENCE"));
    f.schedule(s2, 2, TODAY.plusDays(17), TODAY.plusDays(18));
    CalendarComponent session = event(fetch(url), uidOfSession(s2)).orElseThrow();
    assertThat(value(session, "SEQUENCE")).isEqualTo(String.valueOf(sequence + 1));
    assertThat(value(session, "DTSTART")).isEqualTo(TODAY.plusDays(17).toString().replace("-", ""));
    String etag =
        Fixtures.etag(f.lead, "/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, s2);
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "number",
                2,
                "title",
                "Learning Session 2",
                "startDate",
                TODAY.plusDays(17).toString(),
                "endDate",
                TODAY.plusDays(18).toString(),
                "timeZone",
                "America/Chicago",
                "mode",
                "VIRTUAL",
                "joinUrl",
                "https://video.example.org/ls2",
                "agenda",
                "Day 1: skills. Day 2: planning."))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", f.collaborative, s2)
        .then()
        .statusCode(200);
    assertThat(value(event(fetch(url), uidOfSession(s2)).orElseThrow(), "SEQUENCE"))
        .isEqualTo(String.valueOf(sequence + 1));
  }
}
