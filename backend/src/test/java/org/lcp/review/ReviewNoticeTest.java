package org.lcp.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.RecordedNotices;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.Applied;

/** The lead faculty are told once when the last assigned reviewer hands in (or recuses). */
@QuarkusTest
class ReviewNoticeTest {

  @Test
  void theLeadIsToldWhenTheLastReviewIsInAndNotBefore() {
    ScheduleFixtures f = new ScheduleFixtures();
    Person second = Fixtures.signIn(Person.faculty());
    Api.as(f.lead)
        .body(Map.of("email", second.email()))
        .post("/api/collaboratives/{id}/faculty", f.collaborative)
        .then()
        .statusCode(201);
    String secondId = Api.as(second).get("/api/me").then().extract().path("userId");
    Applied a = f.submitted();
    String link = "/applications/" + a.applicationId() + "/decision";
    for (String reviewer : new String[] {f.reviewerId, secondId}) {
      Api.as(f.lead)
          .body(Map.of("userId", reviewer))
          .post("/api/applications/{id}/reviews", a.applicationId())
          .then()
          .statusCode(201);
    }
    score(f.reviewer, f.reviewerId, a.applicationId());
    assertThat(RecordedNotices.of("review.all-submitted", link)).isEmpty();
    // the second reviewer recuses: every review that counts is in
    Api.as(second)
        .body(Map.of("reason", "I used to work there"))
        .post("/api/applications/{id}/reviews/{r}/recusal", a.applicationId(), secondId)
        .then()
        .statusCode(200);
    assertThat(RecordedNotices.of("review.all-submitted", link)).hasSize(1);
    assertThat(RecordedNotices.of("review.all-submitted", link).get(0).recipients())
        .containsExactly(RecordedNotices.userId(f.lead));
    // the reviewer corrects their scores: nobody is told again
    score(f.reviewer, f.reviewerId, a.applicationId());
    assertThat(RecordedNotices.rows(f.lead, "review.all-submitted")).isEqualTo(1);
    assertThat(RecordedNotices.rows(f.reviewer, "review.all-submitted")).isZero();
    assertThat(RecordedNotices.rows(a.leader(), "review.all-submitted")).isZero();
  }

  static void score(Person reviewer, String reviewerId, String application) {
    Api.as(reviewer)
        .header(
            "If-Match",
            Fixtures.etag(reviewer, "/api/applications/{id}/reviews/{r}", application, reviewerId))
        .body(
            Map.of(
                "scores",
                Map.of("readiness", 4, "commitment", 3, "coreTeam", 4, "attendance", 5),
                "recommendation",
                "ACCEPT"))
        .put("/api/applications/{id}/reviews/{r}", application, reviewerId)
        .then()
        .statusCode(200);
  }
}
