package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The scheduler as the API runs it (on in this profile): Quartz's clustered JDBC job store holds
 * the notification jobs' triggers, and the retry job sends an e-mail whose first send was lost.
 */
@QuarkusTest
@TestProfile(ScheduledRetryTest.SchedulerOn.class)
class ScheduledRetryTest {

  public static class SchedulerOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.scheduler.enabled", "true", "lcp.mail.retry-every", "1s");
    }
  }

  @Inject Outbox outbox;

  @Test
  void theJobsAreInTheClusteredStoreAndTheRetryJobSendsWhatWasLeft() throws Exception {
    Person p = Person.member();
    Fixtures.signIn(p);
    UUID user =
        UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
    // written, but the send after commit never happened (as after a crash)
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                outbox.write(
                    new Outbox.Letter(
                        user,
                        p.email(),
                        List.of("other"),
                        new MailComposer.Rendered("Left behind", "text", "<p>html</p>"),
                        null,
                        null,
                        List.of()),
                    null,
                    Instant.now()));

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String status = "";
    while (System.nanoTime() < deadline) {
      status =
          Db.text("select status from mail_outbox where recipient = '" + p.email() + "' limit 1");
      if ("SENT".equals(status)) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(status).isEqualTo("SENT");
    assertThat(
            Db.count(
                "select count(*) from qrtz_triggers where sched_name = 'lcp' and trigger_name in"
                    + " ('notification.mail-retry', 'notification.daily-digest',"
                    + " 'notification.weekly-digest')"))
        .as("the notification jobs' triggers, in the clustered job store")
        .isEqualTo(3);
    assertThat(Db.count("select count(*) from qrtz_scheduler_state where sched_name = 'lcp'"))
        .as("this process checked in to the cluster")
        .isGreaterThanOrEqualTo(1);
  }
}
