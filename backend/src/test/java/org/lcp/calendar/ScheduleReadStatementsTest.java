package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.RepresentationCache;
import org.lcp.support.Api;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;
import org.lcp.support.Statements;

/**
 * The schedule's and attendance's reads take a fixed number of SQL statements whatever the size of
 * the collaborative: counted with Hibernate's statistics for two teams, two calls and attendance at
 * one session, then for six teams, eight calls and attendance at two sessions. A read whose count
 * grows (a statement per team, roster member, session or call) fails here.
 */
@QuarkusTest
class ScheduleReadStatementsTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;

  @Inject SessionFactory sessions;
  @Inject RepresentationCache cache;

  ScheduleFixtures f;
  final List<EnrolledTeam> teams = new ArrayList<>();
  List<String> learningSessions;
  String leadFeed;
  String memberFeed;

  @Test
  void everyScheduleAndAttendanceReadTakesAsManyStatementsForABigCollaborativeAsForASmallOne() {
    f = new ScheduleFixtures();
    teams.add(f.enrol(90));
    teams.add(f.enrol(90));
    learningSessions = f.sessions();
    f.schedule(learningSessions.get(0), 1, TODAY.minusDays(60), TODAY.minusDays(59));
    f.schedule(learningSessions.get(1), 2, TODAY.minusDays(20), TODAY.minusDays(20));
    f.schedule(learningSessions.get(2), 3, TODAY.plusDays(60), TODAY.plusDays(61));
    FeedETagTest.call(f, "COLLABORATIVE", null);
    FeedETagTest.call(f, "TEAM", teams.get(0).teamId());
    attend(learningSessions.get(0));
    leadFeed = feed(f.lead);
    memberFeed = feed(teams.get(0).member());

    Map<String, Long> small = counts();
    assertThat(small.values()).as("statements counted").allMatch(n -> n > 0);

    for (int i = 0; i < 4; i++) {
      teams.add(f.enrol(90));
    }
    for (int i = 0; i < 3; i++) {
      FeedETagTest.call(f, "COLLABORATIVE", null);
      FeedETagTest.call(f, "TEAM", teams.get(i).teamId());
    }
    attend(learningSessions.get(0));
    attend(learningSessions.get(1));
    Map<String, Long> big = counts();

    assertThat(big)
        .as("statements per read, 6 teams, 8 calls, two sessions attended")
        .isEqualTo(small);
  }

  /** The statements of each read, as the role that uses it. */
  Map<String, Long> counts() {
    String c = "/api/collaboratives/" + f.collaborative;
    Person member = teams.get(0).member();
    Map<String, Supplier<Long>> reads = new LinkedHashMap<>();
    reads.put("attendance overview", () -> count(f.lead, c + "/attendance-report"));
    reads.put(
        "a team's attendance report as faculty",
        () -> count(f.lead, "/api/teams/" + teams.get(0).teamId() + "/attendance-report"));
    reads.put(
        "a team's attendance report as its member",
        () -> count(member, "/api/teams/" + teams.get(0).teamId() + "/attendance-report"));
    reads.put(
        "a session's attendance sheet",
        () -> count(f.lead, c + "/learning-sessions/" + learningSessions.get(0) + "/attendance"));
    reads.put("the lead's schedule", () -> count(f.lead, "/api/me/schedule"));
    reads.put("a member's schedule", () -> count(member, "/api/me/schedule"));
    reads.put("the collaborative's schedule", () -> count(f.lead, c + "/schedule"));
    reads.put("the lead's calendar feed", () -> count(null, leadFeed));
    reads.put("a member's calendar feed", () -> count(null, memberFeed));
    reads.put(
        "a member's feed of the collaborative",
        () -> count(null, memberFeed + "/collaboratives/" + f.collaborative));
    reads.put("the lead's home", () -> count(f.lead, "/api/me/home"));
    reads.put("a member's home", () -> count(member, "/api/me/home"));
    Map<String, Long> out = new LinkedHashMap<>();
    reads.forEach((name, read) -> out.put(name, read.get()));
    return out;
  }

  long count(Person who, String path) {
    return Statements.computed(
        sessions,
        cache,
        () -> (who == null ? Api.open() : Api.as(who)).get(path).then().statusCode(200));
  }

  /** The person's schedule feed path (a feed needs no token: its address is the credential). */
  static String feed(Person p) {
    String url =
        Api.as(p)
            .post("/api/me/calendar-feed")
            .then()
            .statusCode(200)
            .extract()
            .path("scheduleUrl");
    return URI.create(url).getPath();
  }

  /** Every roster member of every team is marked present at the session. */
  void attend(String sessionId) {
    String sheet = "/api/collaboratives/{c}/learning-sessions/{s}/attendance";
    List<Map<String, String>> records = new ArrayList<>();
    for (EnrolledTeam t : teams) {
      t.roster()
          .values()
          .forEach(id -> records.add(Map.of("rosterMemberId", id, "status", "PRESENT")));
    }
    String etag =
        Api.as(f.lead)
            .get(sheet, f.collaborative, sessionId)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(Map.of("records", records))
        .put(sheet, f.collaborative, sessionId)
        .then()
        .statusCode(200);
  }
}
