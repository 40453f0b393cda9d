package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.notification.Notify;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.RecordedNotices;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/**
 * Sessions and calls scheduled, moved and cancelled reach everyone they concern and nobody else,
 * with the time in each organisation's zone and an invitation whose UID stays and whose SEQUENCE
 * rises; a series is one notice; the day-before reminder is sent once.
 */
@QuarkusTest
class ScheduleNoticesTest {

  @Inject EventReminderService reminders;

  ScheduleFixtures f;
  EnrolledTeam berlin;
  EnrolledTeam plain;
  EnrolledTeam outsider;
  UUID berlinUser;
  UUID plainUser;
  UUID outsiderUser;
  UUID reviewerUser;
  UUID leadUser;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    berlin = f.enrol(30);
    plain = f.enrol(30);
    outsider = new ScheduleFixtures().enrol(30);
    String name =
        Api.as(f.admin)
            .get("/api/organizations/{id}", berlin.organizationId())
            .then()
            .extract()
            .path("name");
    Api.as(f.admin)
        .header(
            "If-Match", Fixtures.etag(f.admin, "/api/organizations/{id}", berlin.organizationId()))
        .body(Map.of("name", name, "timeZone", "Europe/Berlin"))
        .put("/api/organizations/{id}", berlin.organizationId())
        .then()
        .statusCode(200)
        .body("timeZone", org.hamcrest.Matchers.equalTo("Europe/Berlin"));
    berlinUser = RecordedNotices.userId(berlin.member());
    plainUser = RecordedNotices.userId(plain.member());
    outsiderUser = RecordedNotices.userId(outsider.member());
    reviewerUser = RecordedNotices.userId(f.reviewer);
    leadUser = RecordedNotices.userId(f.lead);
  }

  /** Everyone of an organisation (the core teams' people are invited to it too). */
  List<UUID> members(String organizationId) {
    List<String> ids =
        Api.as(f.admin)
            .get("/api/organizations/{id}/members?size=100", organizationId)
            .then()
            .statusCode(200)
            .extract()
            .path("items.userId");
    return ids.stream().map(UUID::fromString).toList();
  }

  Map<String, Object> call(String start, String audience, String teamId) {
    Map<String, Object> b = new HashMap<>();
    b.put("topic", "Engagement strategies");
    b.put("start", start);
    b.put("timeZone", "America/Chicago");
    b.put("durationMinutes", 45);
    b.put("facilitatorUserId", f.leadId);
    b.put("audience", audience);
    if (teamId != null) {
      b.put("teamId", teamId);
    }
    b.put("mode", "VIDEO");
    b.put("joinUrl", "https://video.example.org/cc");
    return b;
  }

  static Calendar ics(Notify n) throws Exception {
    assertThat(n.attachments()).hasSize(1);
    Notify.Attachment a = n.attachments().get(0);
    assertThat(a.contentType()).startsWith("text/calendar");
    return new CalendarBuilder()
        .build(new StringReader(new String(a.content(), StandardCharsets.UTF_8)));
  }

  static String prop(Calendar c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  static List<VEvent> events(Calendar c) {
    return c.getComponents(VEvent.VEVENT);
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }

  /** The one request of this kind about the call that reaches this person. */
  static Notify about(String kind, String callId, UUID user) {
    List<Notify> found =
        RecordedNotices.of(kind, "/calls/" + callId).stream()
            .filter(n -> n.recipients().contains(user))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aCallScheduledMovedAndCancelledTellsItsPeopleInTheirZoneWithOneInvitationUid()
      throws Exception {
    // 12 March 2030: Chicago is on summer time already (UTC-5), Berlin not yet (UTC+1)
    String id =
        Api.as(f.lead)
            .body(call("2030-03-12T09:30", "COLLABORATIVE", null))
            .post("/api/collaboratives/{c}/calls", f.collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    List<Notify> scheduled = RecordedNotices.of("schedule.scheduled", "/calls/" + id);
    java.util.Set<UUID> concerned = new java.util.HashSet<>(members(berlin.organizationId()));
    concerned.addAll(members(plain.organizationId()));
    concerned.add(reviewerUser);
    assertThat(scheduled.stream().flatMap(n -> n.recipients().stream()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(concerned);
    Notify inBerlin = about("schedule.scheduled", id, berlinUser);
    assertThat(inBerlin.recipients()).doesNotContain(plainUser, reviewerUser, leadUser);
    assertThat(inBerlin.body())
        .contains("Tuesday 12 March 2030, 15:30\u201316:15 (Europe/Berlin")
        .contains("scheduled as 09:30 America/Chicago")
        .contains("https://video.example.org/cc");
    Notify inChicago = about("schedule.scheduled", id, plainUser);
    assertThat(inChicago.recipients()).contains(plainUser, reviewerUser).doesNotContain(berlinUser);
    assertThat(inChicago.body()).contains("09:30\u201310:15 (America/Chicago)");
    Calendar invite = ics(inBerlin);
    assertThat(prop(invite, "METHOD")).isEqualTo("REQUEST");
    assertThat(events(invite)).hasSize(1);
    VEvent event = events(invite).get(0);
    assertThat(prop(event, "UID")).isEqualTo("call-" + id + "@lcp");
    assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
    assertThat(prop(event, "ORGANIZER")).startsWith("mailto:");
    assertThat(RecordedNotices.rows(berlin.member(), "schedule.scheduled")).isEqualTo(1);
    assertThat(RecordedNotices.to("schedule.scheduled", outsiderUser)).isEmpty();

    // moved an hour later
    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/calls/{id}", id))
        .body(call("2030-03-12T10:30", "COLLABORATIVE", null))
        .put("/api/calls/{id}", id)
        .then()
        .statusCode(200);
    Notify moved = about("schedule.moved", id, berlinUser);
    assertThat(moved.title()).contains("16:30");
    Calendar update = ics(moved);
    assertThat(prop(update, "METHOD")).isEqualTo("REQUEST");
    assertThat(prop(events(update).get(0), "UID")).isEqualTo("call-" + id + "@lcp");
    assertThat(prop(events(update).get(0), "SEQUENCE")).isEqualTo("1");
    assertThat(about("schedule.moved", id, plainUser).body()).contains("10:30\u201311:15");
    assertThat(
            RecordedNotices.of("schedule.moved", "/calls/" + id).stream()
                .flatMap(n -> n.recipients().stream()))
        .doesNotContain(leadUser, outsiderUser);

    // a change of topic alone is no move: nobody is told
    Map<String, Object> retitled = call("2030-03-12T10:30", "COLLABORATIVE", null);
    retitled.put("topic", "Engagement strategies, part 2");
    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/calls/{id}", id))
        .body(retitled)
        .put("/api/calls/{id}", id)
        .then()
        .statusCode(200);
    assertThat(RecordedNotices.of("schedule.moved", "/calls/" + id)).hasSize(2);

    // cancelled
    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/calls/{id}", id))
        .body(Map.of("reason", "Spring break"))
        .post("/api/calls/{id}/cancellation", id)
        .then()
        .statusCode(200);
    Notify cancelled = about("schedule.cancelled", id, plainUser);
    assertThat(cancelled.body()).contains("Reason: Spring break");
    Calendar cancel = ics(cancelled);
    assertThat(prop(cancel, "METHOD")).isEqualTo("CANCEL");
    assertThat(prop(events(cancel).get(0), "UID")).isEqualTo("call-" + id + "@lcp");
    assertThat(prop(events(cancel).get(0), "SEQUENCE")).isEqualTo("2");
    assertThat(prop(events(cancel).get(0), "STATUS")).isEqualTo("CANCELLED");
    assertThat(RecordedNotices.rows(plain.member(), "schedule.cancelled")).isEqualTo(1);
  }

  @Test
  void aTeamsCallReachesThatTeamAndTheFacultyOnly() {
    String id =
        Api.as(f.lead)
            .body(call("2030-04-02T13:00", "TEAM", berlin.teamId()))
            .post("/api/collaboratives/{c}/calls", f.collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<UUID> expected = new java.util.ArrayList<>(members(berlin.organizationId()));
    expected.add(reviewerUser);
    assertThat(
            RecordedNotices.of("schedule.scheduled", "/calls/" + id).stream()
                .flatMap(n -> n.recipients().stream()))
        .containsExactlyInAnyOrderElementsOf(expected)
        .doesNotContain(plainUser, leadUser);
  }

  @Test
  void aSeriesIsOneNoticeWithEveryCallAndItsCancellationAnother() throws Exception {
    Map<String, Object> b = call(null, "COLLABORATIVE", null);
    b.remove("start");
    b.put("weekday", "MONDAY");
    b.put("startTime", "12:00");
    b.put("startDate", "2030-02-20");
    b.put("intervalWeeks", 2);
    b.put("count", 4);
    String series =
        Api.as(f.lead)
            .body(b)
            .post("/api/collaboratives/{c}/call-series", f.collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<Notify> told = RecordedNotices.to("schedule.scheduled", plainUser);
    assertThat(told).hasSize(1);
    assertThat(RecordedNotices.rows(plain.member(), "schedule.scheduled")).isEqualTo(1);
    assertThat(told.get(0).title()).contains("4 calls scheduled");
    Calendar all = ics(told.get(0));
    assertThat(prop(all, "METHOD")).isEqualTo("PUBLISH");
    assertThat(events(all)).hasSize(4);
    assertThat(events(all).stream().map(e -> prop(e, "UID")).distinct()).hasSize(4);
    assertThat(RecordedNotices.to("schedule.scheduled", berlinUser)).hasSize(1);
    assertThat(RecordedNotices.to("schedule.scheduled", berlinUser).get(0).body())
        .contains("19:00\u201319:45 (Europe/Berlin");

    Api.as(f.lead)
        .header("If-Match", Fixtures.etag(f.lead, "/api/call-series/{id}", series))
        .body(Map.of("reason", "Funding ended"))
        .post("/api/call-series/{id}/cancellation", series)
        .then()
        .statusCode(200);
    List<Notify> cancelled = RecordedNotices.to("schedule.cancelled", plainUser);
    assertThat(cancelled).hasSize(1);
    Calendar cancel = ics(cancelled.get(0));
    assertThat(prop(cancel, "METHOD")).isEqualTo("CANCEL");
    assertThat(events(cancel)).hasSize(4);
    assertThat(events(cancel)).allMatch(e -> "CANCELLED".equals(prop(e, "STATUS")));
    assertThat(RecordedNotices.to("schedule.cancelled", outsiderUser)).isEmpty();
  }

  @Test
  void aLearningSessionScheduledAndMovedKeepsItsUidAndRaisesItsSequence() throws Exception {
    String s1 = f.sessions().get(0);
    LocalDate start = ScheduleFixtures.TODAY.plusDays(20);
    f.schedule(s1, 1, start, start.plusDays(1));
    List<Notify> moved = RecordedNotices.to("schedule.moved", plainUser);
    // the fixture's sessions were given dates already: this is a move
    assertThat(moved).hasSize(1);
    assertThat(moved.get(0).recipients())
        .contains(berlinUser, reviewerUser)
        .doesNotContain(leadUser);
    VEvent first = events(ics(moved.get(0))).get(0);
    assertThat(prop(first, "UID")).isEqualTo("learning-session-" + s1 + "@lcp");
    f.schedule(s1, 1, start.plusDays(7), start.plusDays(8));
    List<Notify> again = RecordedNotices.to("schedule.moved", plainUser);
    assertThat(again).hasSize(2);
    VEvent second = events(ics(again.get(1))).get(0);
    assertThat(prop(second, "UID")).isEqualTo(prop(first, "UID"));
    assertThat(Integer.parseInt(prop(second, "SEQUENCE")))
        .isEqualTo(Integer.parseInt(prop(first, "SEQUENCE")) + 1);
    assertThat(RecordedNotices.to("schedule.moved", outsiderUser)).isEmpty();
  }

  @Test
  void theDayBeforeEveryoneIsRemindedOnceInTheirZone() {
    String id =
        Api.as(f.lead)
            .body(call("2030-05-07T09:00", "COLLABORATIVE", null))
            .post("/api/collaboratives/{c}/calls", f.collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Instant startsAt =
        java.time.LocalDateTime.parse("2030-05-07T09:00")
            .atZone(ZoneId.of("America/Chicago"))
            .toInstant();
    // 50 hours ahead: too early
    reminders.run(startsAt.minus(Duration.ofHours(50)));
    assertThat(RecordedNotices.of("schedule.upcoming", "/calls/" + id)).isEmpty();
    reminders.run(startsAt.minus(Duration.ofHours(30)));
    reminders.run(startsAt.minus(Duration.ofHours(29)));
    List<Notify> told = RecordedNotices.of("schedule.upcoming", "/calls/" + id);
    assertThat(told.stream().flatMap(n -> n.recipients().stream()))
        .contains(berlinUser, plainUser, reviewerUser, leadUser)
        .doesNotContain(outsiderUser);
    assertThat(RecordedNotices.rows(berlin.member(), "schedule.upcoming")).isEqualTo(1);
    assertThat(RecordedNotices.rows(plain.member(), "schedule.upcoming")).isEqualTo(1);
    assertThat(
            told.stream()
                .filter(n -> n.recipients().contains(berlinUser))
                .findFirst()
                .orElseThrow()
                .body())
        .contains("16:00\u201316:45 (Europe/Berlin");

    // a learning session starting in the window (midnight where it is held)
    String s2 = f.sessions().get(1);
    LocalDate day = ScheduleFixtures.TODAY.plusDays(30);
    f.schedule(s2, 2, day, day);
    Instant midnight = day.atStartOfDay(ZoneId.of("America/Chicago")).toInstant();
    reminders.run(midnight.minus(Duration.ofHours(36)));
    reminders.run(midnight.minus(Duration.ofHours(35)));
    assertThat(RecordedNotices.rows(plain.member(), "schedule.upcoming")).isEqualTo(2);
    assertThat(RecordedNotices.rows(outsider.member(), "schedule.upcoming")).isZero();
  }

  @Test
  void anUnknownTimeZoneIsRefusedNamingTheField() {
    String name =
        Api.as(f.admin)
            .get("/api/organizations/{id}", plain.organizationId())
            .then()
            .extract()
            .path("name");
    Api.badInput(f.admin)
        .header(
            "If-Match", Fixtures.etag(f.admin, "/api/organizations/{id}", plain.organizationId()))
        .body(Map.of("name", name, "timeZone", "Mars/Olympus"))
        .put("/api/organizations/{id}", plain.organizationId())
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("timeZone"));
  }
}
