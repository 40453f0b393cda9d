package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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
 * Conditional GETs of the calendar feeds: 304 for a current copy; a new ETag when a call is
 * scheduled, a session moves, a team's organisation or a facilitator is renamed; none for another
 * collaborative's change; a token that does not (or no longer) work answers 404 whatever the ETag.
 */
@QuarkusTest
class FeedETagTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;
  static final String CACHE = "private, max-age=300";

  ScheduleFixtures f;
  EnrolledTeam river;
  EnrolledTeam lake;
  String s2;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    river = f.enrol(90);
    lake = f.enrol(90);
    List<String> sessions = f.sessions();
    s2 = sessions.get(1);
    f.schedule(sessions.get(0), 1, TODAY.minusDays(60), TODAY.minusDays(59));
    f.schedule(s2, 2, TODAY.plusDays(10), TODAY.plusDays(11));
  }

  static String local(LocalDate day, int hour) {
    return LocalDateTime.of(day, LocalTime.of(hour, 0))
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  static String call(ScheduleFixtures f, String audience, String teamId) {
    Map<String, Object> b = new HashMap<>();
    b.put("topic", "Consultation " + UUID.randomUUID());
    b.put("start", local(TODAY.plusDays(5), 10));
    b.put("timeZone", "America/New_York");
    b.put("durationMinutes", 60);
    b.put("facilitatorUserId", f.leadId);
    b.put("audience", audience);
    if (teamId != null) {
      b.put("teamId", teamId);
    }
    b.put("mode", "VIDEO");
    b.put("joinUrl", "https://video.example.org/c");
    return Api.as(f.lead)
        .body(b)
        .post("/api/collaboratives/{c}/calls", f.collaborative)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The person's feed paths: the schedule and this collaborative's. */
  record Feeds(String schedule, String collaborative) {}

  Feeds feeds(Person p) {
    Map<String, Object> links =
        Api.as(p).post("/api/me/calendar-feed").then().statusCode(200).extract().path("");
    String schedule = URI.create((String) links.get("scheduleUrl")).getPath();
    return new Feeds(schedule, schedule + "/collaboratives/" + f.collaborative);
  }

  static String etag(String path) {
    String tag =
        Api.open()
            .get(path)
            .then()
            .statusCode(200)
            .header("Cache-Control", CACHE)
            .extract()
            .header("ETag");
    assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\"");
    return tag;
  }

  static void notModified(String path, String etag) {
    Api.open()
        .header("If-None-Match", etag)
        .get(path)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .header("Cache-Control", CACHE)
        .body(emptyOrNullString());
  }

  static void modified(String path, String etag) {
    String now =
        Api.open()
            .header("If-None-Match", etag)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(now).isNotEqualTo(etag);
    notModified(path, now);
  }

  @Test
  void aFeedIsNotModifiedUntilWhatItShowsChanges() {
    Feeds member = feeds(river.member());
    String schedule = etag(member.schedule());
    String collaborative = etag(member.collaborative());
    notModified(member.schedule(), schedule);
    notModified(member.collaborative(), collaborative);

    // another collaborative schedules a call and moves a session: nothing here changes
    ScheduleFixtures other = new ScheduleFixtures();
    call(other, "COLLABORATIVE", null);
    other.schedule(other.sessions().get(0), 1, TODAY.plusDays(3), TODAY.plusDays(3));
    notModified(member.schedule(), schedule);
    notModified(member.collaborative(), collaborative);

    // a call for the whole collaborative
    call(f, "COLLABORATIVE", null);
    modified(member.schedule(), schedule);
    modified(member.collaborative(), collaborative);

    // a session moves
    schedule = etag(member.schedule());
    collaborative = etag(member.collaborative());
    f.schedule(s2, 2, TODAY.plusDays(12), TODAY.plusDays(13));
    modified(member.schedule(), schedule);
    modified(member.collaborative(), collaborative);

    // river's call, then river's organisation is renamed (the event names the team)
    call(f, "TEAM", river.teamId());
    schedule = etag(member.schedule());
    Api.as(f.admin)
        .header(
            "If-Match", Fixtures.etag(f.admin, "/api/organizations/{id}", river.organizationId()))
        .body(Map.of("name", "Riverside " + UUID.randomUUID()))
        .put("/api/organizations/{id}", river.organizationId())
        .then()
        .statusCode(200);
    modified(member.schedule(), schedule);

    // the facilitator's name changes (as a sign-in with a new name would write it); a sign-in
    // that only stamps the time changes nothing
    schedule = etag(member.schedule());
    Db.execute("update app_user set last_seen_at = now() where id = '" + f.leadId + "'");
    notModified(member.schedule(), schedule);
    Db.execute("update app_user set name = 'Renamed Lead' where id = '" + f.leadId + "'");
    modified(member.schedule(), schedule);
  }

  @Test
  void eachPersonHasTheirOwnETagAndADeadTokenIs404() {
    Feeds member = feeds(river.member());
    Feeds lead = feeds(f.lead);
    String membersFeed = etag(member.collaborative());
    String leadsFeed = etag(lead.collaborative());
    assertThat(leadsFeed).isNotEqualTo(membersFeed);
    // the lead's ETag sent on the member's link: the member's own feed
    Api.open()
        .header("If-None-Match", leadsFeed)
        .get(member.collaborative())
        .then()
        .statusCode(200)
        .header("ETag", equalTo(membersFeed));

    // an unknown token with a valid ETag
    Api.open()
        .header("If-None-Match", membersFeed)
        .get("/api/calendar-feeds/" + "x".repeat(43) + "/collaboratives/" + f.collaborative)
        .then()
        .statusCode(404);
    // a rotated token with the ETag it had
    String schedule = etag(member.schedule());
    Feeds rotated = feeds(river.member());
    Api.open().header("If-None-Match", schedule).get(member.schedule()).then().statusCode(404);
    Api.open()
        .header("If-None-Match", membersFeed)
        .get(member.collaborative())
        .then()
        .statusCode(404);
    // the new link's ETag differs (it is another URL)
    assertThat(etag(rotated.schedule())).isNotEqualTo(schedule);
    // a collaborative in DRAFT is not in a member's feed, ETag or not
    String draft = Fixtures.collaborative(f.lead);
    String leadsDraft = etag(lead.schedule() + "/collaboratives/" + draft);
    Api.open()
        .header("If-None-Match", leadsDraft)
        .get(rotated.schedule() + "/collaboratives/" + draft)
        .then()
        .statusCode(404);
  }
}
