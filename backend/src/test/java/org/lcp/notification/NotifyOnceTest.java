package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.MockMail;
import org.lcp.support.Person;

/** A request with a dedup key tells each person once, however often it is fired. */
@QuarkusTest
class NotifyOnceTest {

  @Inject Event<Notify> notify;
  @Inject MockMailbox mailbox;

  UUID userOf(Person p) {
    Fixtures.signIn(p);
    return UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
  }

  long rows(UUID user, String kind) {
    return Db.count(
        "select count(*) from notification where user_id = '"
            + user
            + "' and kind = '"
            + kind
            + "'");
  }

  @Test
  void aKeyedRequestFiredTwiceTellsEachPersonOnceAndMailsOnce() {
    Person first = Person.member();
    Person second = Person.member();
    UUID a = userOf(first);
    UUID b = userOf(second);
    String kind = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
    String key = "test:" + UUID.randomUUID();

    // the first run reaches only the first person; the second (a retry) adds the second person
    QuarkusTransaction.requiringNew()
        .run(() -> notify.fire(new Notify(List.of(a), kind, "Due soon", "Body", null, key, null)));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                notify.fire(new Notify(List.of(a, b), kind, "Due soon", "Body", null, key, null)));

    assertThat(rows(a, kind)).isEqualTo(1);
    assertThat(rows(b, kind)).isEqualTo(1);
    assertThat(MockMail.await(mailbox, first.email(), 1)).hasSize(1);
    assertThat(MockMail.await(mailbox, second.email(), 1)).hasSize(1);
    assertThat(
            Db.count(
                "select count(*) from mail_outbox where recipient in ('"
                    + first.email()
                    + "', '"
                    + second.email()
                    + "')"))
        .isEqualTo(2);
  }

  @Test
  void requestsWithoutAKeyAreEachNew() {
    UUID a = userOf(Person.member());
    String kind = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 2; i++) {
      QuarkusTransaction.requiringNew()
          .run(() -> notify.fire(new Notify(List.of(a), kind, "Moved", "Body", null)));
    }
    assertThat(rows(a, kind)).isEqualTo(2);
  }

  @Test
  void aRequestWhoseTransactionRollsBackLeavesNoTraceAndNoMail() {
    Person p = Person.member();
    UUID a = userOf(p);
    String kind = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                notify.fire(new Notify(List.of(a), kind, "Never", "Body", null, "k:" + kind, null));
                throw new IllegalStateException("the change failed");
              });
    } catch (IllegalStateException expected) {
      // the change's own failure
    }
    assertThat(rows(a, kind)).isZero();
    assertThat(Db.count("select count(*) from mail_outbox where recipient = '" + p.email() + "'"))
        .isZero();
    assertThat(mailbox.getMailsSentTo(p.email())).isEmpty();
  }
}
