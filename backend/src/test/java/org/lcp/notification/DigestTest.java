package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.MockMail;
import org.lcp.support.Person;

/** Digests: one e-mail per person and period, never twice, whatever runs again. */
@QuarkusTest
class DigestTest {

  @Inject Event<Notify> notify;
  @Inject DigestService digests;
  @Inject MockMailbox mailbox;

  static UUID userOf(Person p) {
    Fixtures.signIn(p);
    return UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
  }

  void tell(UUID user, String kind, String title) {
    QuarkusTransaction.requiringNew()
        .run(() -> notify.fire(new Notify(List.of(user), kind, title, "About " + title, "/x")));
  }

  static long digestRows(Person p) {
    return Db.count(
        "select count(*) from mail_outbox where recipient = '"
            + p.email()
            + "' and dedup_key like 'digest:%'");
  }

  @Test
  void aDailyDigestTellsOfTheDaysNotificationsOnceWhateverRunsAgain() {
    Person p = Person.member();
    UUID user = userOf(p);
    // attendance and collaborative are daily digests by default
    tell(user, "attendance.at-risk", "Lakeside is at risk");
    tell(user, "collaborative.phase", "Applications are open");
    tell(user, "application.accepted", "Accepted"); // e-mail at once, not in the digest
    MockMail.await(mailbox, p.email(), 1);
    Instant now = Instant.now().plusSeconds(1);

    assertThat(digests.run(Delivery.WEEKLY_DIGEST, now)).isZero(); // not a weekly topic of theirs
    digests.run(Delivery.DAILY_DIGEST, now);
    assertThat(digestRows(p)).isEqualTo(1);
    var mails = MockMail.await(mailbox, p.email(), 2);
    var digest = mails.stream().filter(m -> m.getSubject().contains("daily summary")).toList();
    assertThat(digest).hasSize(1);
    assertThat(digest.get(0).getSubject()).isEqualTo("Your daily summary: 2 notifications");
    assertThat(digest.get(0).getText())
        .contains("Lakeside is at risk", "Applications are open")
        .doesNotContain("Accepted");
    assertThat(digest.get(0).getHtml()).contains("Lakeside is at risk", "unsubscribe?token=");
    assertThat(digest.get(0).getHeaders().get("List-Unsubscribe")).hasSize(1);

    // again the same day, and again a day later with nothing new: nothing
    digests.run(Delivery.DAILY_DIGEST, now);
    digests.run(Delivery.DAILY_DIGEST, now.plus(Duration.ofDays(1)));
    assertThat(digestRows(p)).isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + user
                    + "' and digested_at is not null and digest_outbox_id is not null"))
        .isEqualTo(2);

    // something new after today's digest waits for tomorrow's
    tell(user, "attendance.at-risk", "Riverside is at risk");
    digests.run(Delivery.DAILY_DIGEST, now.plusSeconds(5));
    assertThat(digestRows(p)).isEqualTo(1);
    digests.run(Delivery.DAILY_DIGEST, now.plus(Duration.ofDays(1)));
    assertThat(digestRows(p)).isEqualTo(2);
    assertThat(MockMail.await(mailbox, p.email(), 3).get(2).getText())
        .contains("Riverside is at risk")
        .doesNotContain("Lakeside");
  }

  @Test
  void aCrashAfterTheDigestWasWrittenSendsNothingTwice() {
    Person p = Person.member();
    UUID user = userOf(p);
    tell(user, "collaborative.phase", "Announced");
    Instant now = Instant.now().plusSeconds(1);
    // the first run writes the digest and marks what it told of; suppose the process died right
    // after: the outbox sends the row (or already did), and the next run finds nothing to tell
    digests.run(Delivery.DAILY_DIGEST, now);
    Db.execute(
        "update notification set awaiting_digest = true where user_id = '"
            + user
            + "'"); // even if the marks were lost, the period's key holds
    digests.run(Delivery.DAILY_DIGEST, now);
    assertThat(digestRows(p)).isEqualTo(1);
  }

  @Test
  void weeklyDigestsAndAChangeOfMind() {
    Person p = Person.member();
    UUID user = userOf(p);
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(
            Map.of("preferences", List.of(Map.of("topic", "metrics", "delivery", "WEEKLY_DIGEST"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200);
    tell(user, "metrics.due-soon", "Values due in 5 days");
    tell(user, "attendance.at-risk", "At risk");
    // the person turns attendance to in-app only before the digest: it is not mailed
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(Map.of("preferences", List.of(Map.of("topic", "attendance", "delivery", "IN_APP"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200);
    Instant now = Instant.now().plusSeconds(1);
    digests.run(Delivery.DAILY_DIGEST, now);
    assertThat(digestRows(p)).isZero();
    digests.run(Delivery.WEEKLY_DIGEST, now);
    assertThat(digestRows(p)).isEqualTo(1);
    var mail = MockMail.await(mailbox, p.email(), 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("Your weekly summary: 1 notification");
    assertThat(mail.getText()).contains("Values due in 5 days").doesNotContain("At risk");
    digests.run(Delivery.WEEKLY_DIGEST, now.plus(Duration.ofDays(1)));
    assertThat(digestRows(p)).isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + user
                    + "' and awaiting_digest"))
        .isZero();
  }
}
