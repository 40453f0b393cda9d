package org.lcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.notification.Notify;
import org.lcp.support.Api;
import org.lcp.support.RecordedNotices;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;

/**
 * A recording that puts a team at risk on attendance tells its people and the lead faculty, once
 * per reason; a team already at risk, or another team, is not told again.
 */
@QuarkusTest
class AtRiskNoticeTest {

  static final String SHEET = "/api/collaboratives/{c}/learning-sessions/{s}/attendance";

  @Test
  void aTeamNewlyAtRiskIsToldOncePerReason() {
    ScheduleFixtures f = new ScheduleFixtures();
    EnrolledTeam river = f.enrol(90);
    EnrolledTeam lake = f.enrol(90);
    String s1 = f.sessions().get(0);
    f.schedule(s1, 1, ScheduleFixtures.TODAY.minusDays(10), ScheduleFixtures.TODAY.minusDays(9));
    String link = "/teams/" + river.teamId() + "/attendance";

    record(f, s1, river, "PRESENT", "PRESENT");
    record(f, s1, lake, "PRESENT", "PRESENT");
    assertThat(RecordedNotices.of("attendance.at-risk", link)).isEmpty();

    // Sam, the supervisor, was absent: river is at risk now
    record(f, s1, river, "ABSENT", "PRESENT");
    List<Notify> told = RecordedNotices.of("attendance.at-risk", link);
    assertThat(told).hasSize(1);
    UUID leader = RecordedNotices.userId(river.member());
    assertThat(told.get(0).recipients())
        .contains(leader, RecordedNotices.userId(f.lead))
        .doesNotContain(RecordedNotices.userId(f.reviewer), RecordedNotices.userId(lake.member()));
    assertThat(told.get(0).body())
        .contains("Sam Super (supervisor) was absent from learning session 1");
    assertThat(RecordedNotices.rows(river.member(), "attendance.at-risk")).isEqualTo(1);
    assertThat(RecordedNotices.rows(lake.member(), "attendance.at-risk")).isZero();

    // still at risk with a second absence: nothing new
    record(f, s1, river, "ABSENT", "ABSENT");
    assertThat(RecordedNotices.rows(river.member(), "attendance.at-risk")).isEqualTo(1);

    // corrected, then the same absence again: the same reason, told already
    record(f, s1, river, "PRESENT", "PRESENT");
    record(f, s1, river, "ABSENT", "PRESENT");
    assertThat(RecordedNotices.rows(river.member(), "attendance.at-risk")).isEqualTo(1);

    // a new reason is news
    record(f, s1, river, "PRESENT", "PRESENT");
    record(f, s1, river, "PRESENT", "ABSENT");
    assertThat(RecordedNotices.rows(river.member(), "attendance.at-risk")).isEqualTo(2);
    assertThat(RecordedNotices.rows(lake.member(), "attendance.at-risk")).isZero();
  }

  /** Records the team's core: Sam (supervisor) and Carl (a clinician) as given, others present. */
  static void record(ScheduleFixtures f, String session, EnrolledTeam t, String sam, String carl) {
    String etag =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, session)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "records",
                List.of(
                    Map.of("rosterMemberId", t.id("Rita Rivers"), "status", "PRESENT"),
                    Map.of("rosterMemberId", t.id("Sam Super"), "status", sam),
                    Map.of("rosterMemberId", t.id("Carl Clark"), "status", carl),
                    Map.of("rosterMemberId", t.id("Cleo Clinic"), "status", "PRESENT"))))
        .put(SHEET, f.collaborative, session)
        .then()
        .statusCode(200);
  }
}
