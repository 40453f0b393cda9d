package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Mailbox;
import org.lcp.support.MockMail;
import org.lcp.support.Person;

/**
 * The outbox: written with the change, sent after commit, retried with backoff when the SMTP server
 * fails, given up after the last attempt and listed for admins; and a real send to GreenMail, read
 * back.
 */
@QuarkusTest
class MailOutboxTest {

  @Inject Event<Notify> notify;
  @Inject Outbox outbox;
  @Inject MockMailbox mailbox;
  @Inject Mailer mailer;

  /** Nothing listens on port 1 of this machine: every send fails at once. */
  @Inject
  @MailerName("dead")
  Mailer dead;

  /** GreenMail standalone on 127.0.0.1:3025 (infra/scripts/mail.sh; make test starts it). */
  @Inject
  @MailerName("greenmail")
  Mailer greenmail;

  static UUID userOf(Person p) {
    Fixtures.signIn(p);
    return UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
  }

  static String row(Person p, String column) {
    return Db.text(
        "select " + column + " from mail_outbox where recipient = '" + p.email() + "' limit 1");
  }

  /**
   * Writes an outbox row for this person without sending it (as if the send after commit was lost);
   * its id.
   */
  static UUID writeUnsent(Outbox outbox, UUID user, Person p, String subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                outbox.write(
                    new Outbox.Letter(
                        user,
                        p.email(),
                        List.of("other"),
                        new MailComposer.Rendered(subject, "text of " + subject, "<p>html</p>"),
                        null,
                        null,
                        List.of()),
                    null,
                    Instant.now()));
  }

  @Test
  void anEmailIsWrittenWithTheChangeAndSentAfterCommit() {
    Person p = Person.member();
    UUID user = userOf(p);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                notify.fire(
                    new Notify(
                        List.of(user),
                        "schedule.moved",
                        "The call moved",
                        "It is now at 10:00.\n\nSee you there.",
                        "/calls/1",
                        null,
                        List.of(
                            new Notify.Attachment(
                                "call.ics",
                                "text/calendar",
                                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                                    .getBytes(StandardCharsets.UTF_8))))));
    var mail = MockMail.await(mailbox, p.email(), 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("The call moved");
    assertThat(mail.getText()).contains("It is now at 10:00.", "http://localhost:5173/calls/1");
    assertThat(mail.getText()).contains("http://localhost:5173/unsubscribe?token=");
    assertThat(mail.getHtml()).contains("<h1", "The call moved", "/calls/1", "unsubscribe?token=");
    assertThat(mail.getHeaders().get("List-Unsubscribe").get(0))
        .startsWith("<https://api.lcp.test/api/unsubscribe/");
    assertThat(mail.getHeaders().get("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(mail.getAttachments()).extracting(a -> a.getName()).containsExactly("call.ics");
    awaitStatus(p, "SENT");
    assertThat(row(p, "attempts")).isEqualTo("1");
    assertThat(row(p, "notification_id")).isNotNull();
  }

  @Test
  void aFailedSendIsRetriedWithGrowingPausesThenGivenUpAndShownToAdmins() {
    Person p = Person.member();
    UUID user = userOf(p);
    writeUnsent(outbox, user, p, "Never arrives " + UUID.randomUUID());
    Instant t = Instant.now();

    assertThat(outbox.deliverNext(dead, t, idOf(p))).isTrue();
    assertThat(row(p, "status")).isEqualTo("PENDING");
    assertThat(row(p, "attempts")).isEqualTo("1");
    assertThat(row(p, "last_error")).isNotBlank();
    Instant next =
        Instant.parse(
            row(
                p,
                "to_char(next_attempt_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"));
    assertThat(Duration.between(t, next)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));

    // not due before its pause is over: the retry job leaves it alone
    assertThat(outbox.deliverNext(dead, t.plusSeconds(30), idOf(p))).isFalse();
    assertThat(row(p, "attempts")).isEqualTo("1");

    // each later attempt waits twice as long, until the last one gives up
    Instant now = t;
    for (int attempt = 2; attempt <= 8; attempt++) {
      Instant due = now.plus(outbox.backoff(attempt - 1));
      assertThat(outbox.deliverNext(dead, due.minusSeconds(1), idOf(p)))
          .as("attempt %d, a second early", attempt)
          .isFalse();
      assertThat(outbox.deliverNext(dead, due, idOf(p))).as("attempt %d", attempt).isTrue();
      now = due;
    }
    assertThat(row(p, "status")).isEqualTo("FAILED");
    assertThat(row(p, "attempts")).isEqualTo("8");
    assertThat(outbox.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(outbox.backoff(30)).isEqualTo(Duration.ofHours(6));
    // given up: never tried again
    assertThat(outbox.deliverNext(dead, now.plus(Duration.ofDays(30)), idOf(p))).isFalse();

    Person admin = Person.admin();
    Api.as(admin)
        .queryParam("size", 100)
        .get("/api/mail-outbox/failed")
        .then()
        .statusCode(200)
        .body("items.recipient", hasItem(p.email()))
        .body("items.find { it.recipient == '" + p.email() + "' }.attempts", equalTo(8));
    Api.as(p).get("/api/mail-outbox/failed").then().statusCode(403);
    Api.anonymous().get("/api/mail-outbox/failed").then().statusCode(401);
  }

  @Test
  void aRetryAfterTheServerIsBackSendsItOnce() {
    Person p = Person.member();
    UUID user = userOf(p);
    writeUnsent(outbox, user, p, "Second time lucky");
    Instant t = Instant.now();
    outbox.deliverNext(dead, t, idOf(p));
    assertThat(row(p, "status")).isEqualTo("PENDING");
    // the server answers again: the retry job sends it, and a second run sends nothing more
    Instant later = t.plus(Duration.ofMinutes(2));
    assertThat(outbox.deliverDue(later)).isGreaterThanOrEqualTo(1);
    assertThat(row(p, "status")).isEqualTo("SENT");
    assertThat(outbox.deliverNext(mailer, later.plus(Duration.ofDays(1)), idOf(p))).isFalse();
    assertThat(mailbox.getMailsSentTo(p.email())).hasSize(1);
  }

  @Test
  void anEmailReallyArrivesThroughSmtpWithItsAttachment() {
    Assumptions.assumeTrue(
        Mailbox.answers() || System.getProperty("lcp.test.keycloak", "").equals("required"),
        "GreenMail does not answer at " + Mailbox.API + " (infra/scripts/mail.sh start)");
    Person p = Person.member();
    UUID user = userOf(p);
    String subject = "Real mail " + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                outbox.write(
                    new Outbox.Letter(
                        user,
                        p.email(),
                        List.of("schedule"),
                        new MailComposer.Rendered(subject, "Plain words", "<p>Rich words</p>"),
                        null,
                        null,
                        List.of(
                            new Notify.Attachment(
                                "session.ics",
                                "text/calendar",
                                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                                    .getBytes(StandardCharsets.UTF_8)))),
                    "x".repeat(30),
                    Instant.now()));
    assertThat(outbox.deliverNext(greenmail, Instant.now(), idOf(p))).isTrue();
    assertThat(row(p, "status")).isEqualTo("SENT");

    Mailbox.Message m = Mailbox.await(p.email(), 1).get(0);
    assertThat(m.subject()).isEqualTo(subject);
    assertThat(m.mime())
        .contains("Plain words", "Rich words", "session.ics", "text/calendar")
        .contains("List-Unsubscribe: <https://api.lcp.test/api/unsubscribe/" + "x".repeat(30) + ">")
        .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  }

  static UUID idOf(Person p) {
    return UUID.fromString(row(p, "id"));
  }

  static void awaitStatus(Person p, String status) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!status.equals(row(p, "status"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the outbox row is " + row(p, "status") + ", not " + status);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
