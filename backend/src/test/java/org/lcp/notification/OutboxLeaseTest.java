package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lcp.support.Db;
import org.lcp.support.Person;

/**
 * How the outbox sends: a short transaction leases the row, the SMTP conversation happens with no
 * transaction open and no row locked, a second short transaction records the outcome. So a send
 * slower than the transaction timeout keeps its outcome, and a second worker (another replica's
 * retry job) does not send a row another worker has leased.
 */
@QuarkusTest
class OutboxLeaseTest {

  @Inject Outbox outbox;

  @ConfigProperty(name = "lcp.mail.lease")
  Duration lease;

  @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout")
  Duration transactionTimeout;

  /** Writes an outbox row for this person without sending it; its id. */
  UUID unsent(Person p, String subject) {
    return MailOutboxTest.writeUnsent(outbox, MailOutboxTest.userOf(p), p, subject);
  }

  /** Whether another connection could lock the row now (false: someone holds it). */
  static boolean lockable(UUID id) {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                Db.text("select id from mail_outbox where id = '" + id + "' for update nowait");
                return true;
              } catch (IllegalStateException e) {
                return false;
              }
            })
        .join();
  }

  static String column(UUID id, String column) {
    return Db.text("select " + column + " from mail_outbox where id = '" + id + "'");
  }

  /** A mailer that waits in its send until released, as a slow SMTP server keeps it waiting. */
  static class HeldMailer implements Mailer {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final RuntimeException failure;

    HeldMailer(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public void send(io.quarkus.mailer.Mail... mails) {
      entered.countDown();
      try {
        if (!release.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  @Test
  void theSmtpSendRunsWithNoTransactionOpenAndNoRowLocked() {
    Person p = Person.member();
    UUID id = unsent(p, "Outside " + UUID.randomUUID());
    Instant now = Instant.now();
    List<Object> seen = new ArrayList<>();
    Mailer probe =
        mails -> {
          seen.add(QuarkusTransaction.isActive());
          seen.add(lockable(id));
          seen.add(column(id, "attempts"));
          seen.add(column(id, "next_attempt_at > now() + interval '1 minute'"));
        };

    assertThat(outbox.deliverNext(probe, now, id)).isTrue();

    assertThat(seen)
        .as("during the send: a transaction open, the row lockable, attempts, leased")
        .containsExactly(false, true, "1", "t");
    assertThat(column(id, "status")).isEqualTo("SENT");
    assertThat(column(id, "attempts")).isEqualTo("1");
  }

  @Test
  void aSendSlowerThanTheTransactionTimeoutStillRecordsItsOutcome() {
    Person p = Person.member();
    UUID id = unsent(p, "Slow server " + UUID.randomUUID());
    Mailer slow =
        mails -> {
          try {
            Thread.sleep(transactionTimeout.plusSeconds(2).toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        };

    assertThat(outbox.deliverNext(slow, Instant.now(), id)).isTrue();

    assertThat(column(id, "status")).isEqualTo("SENT");
    assertThat(column(id, "attempts")).isEqualTo("1");
    assertThat(column(id, "last_error")).isNull();
  }

  @Test
  void aLeasedRowIsNotSentByASecondWorker() throws Exception {
    Person p = Person.member();
    UUID id = unsent(p, "Leased " + UUID.randomUUID());
    Instant now = Instant.now();
    HeldMailer first = new HeldMailer(null);
    CompletableFuture<Boolean> firstWorker =
        CompletableFuture.supplyAsync(() -> outbox.deliverNext(first, now, id));
    assertThat(first.entered.await(30, TimeUnit.SECONDS)).as("the first worker sends").isTrue();

    // meanwhile: the after-commit send and other replicas' retry jobs, now and while the lease
    // lasts
    AtomicInteger secondSends = new AtomicInteger();
    Mailer second = mails -> secondSends.incrementAndGet();
    assertThat(outbox.deliverNext(second, now, id)).isFalse();
    assertThat(outbox.deliverNext(second, now.plus(lease).minusSeconds(5), id)).isFalse();
    assertThat(secondSends).hasValue(0);

    first.release.countDown();
    assertThat(firstWorker.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(column(id, "status")).isEqualTo("SENT");
    assertThat(column(id, "attempts")).isEqualTo("1");
    // settled: never sent again
    assertThat(outbox.deliverNext(second, now.plus(Duration.ofDays(1)), id)).isFalse();
    assertThat(secondSends).hasValue(0);
  }

  @Test
  void aLeaseThatRanOutIsTriedAgainAndTheStaleAttemptRecordsNothing() throws Exception {
    Person p = Person.member();
    UUID id = unsent(p, "Lease ran out " + UUID.randomUUID());
    Instant now = Instant.now();
    // the first worker hangs (as if its replica had died mid-send), then fails late
    HeldMailer first = new HeldMailer(new IllegalStateException("late failure"));
    CompletableFuture<Boolean> firstWorker =
        CompletableFuture.supplyAsync(() -> outbox.deliverNext(first, now, id));
    assertThat(first.entered.await(30, TimeUnit.SECONDS)).isTrue();

    // once the lease is over, the retry job claims it again and sends it
    AtomicInteger secondSends = new AtomicInteger();
    Instant later = now.plus(lease).plusSeconds(1);
    assertThat(outbox.deliverNext(mails -> secondSends.incrementAndGet(), later, id)).isTrue();
    assertThat(secondSends).hasValue(1);
    assertThat(column(id, "status")).isEqualTo("SENT");
    assertThat(column(id, "attempts")).isEqualTo("2");

    // the first attempt's late outcome does not overwrite the second's
    first.release.countDown();
    assertThat(firstWorker.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(column(id, "status")).isEqualTo("SENT");
    assertThat(column(id, "attempts")).isEqualTo("2");
    assertThat(column(id, "last_error")).isNull();
  }

  @Test
  void sendingInsideATransactionIsRefused() {
    Person p = Person.member();
    UUID id = unsent(p, "Inside " + UUID.randomUUID());
    AtomicInteger sends = new AtomicInteger();
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            outbox.deliverNext(
                                mails -> sends.incrementAndGet(), Instant.now(), id)))
        .hasMessageContaining("never sent inside a database transaction");
    assertThat(sends).hasValue(0);
    assertThat(column(id, "status")).isEqualTo("PENDING");
    assertThat(column(id, "attempts")).isEqualTo("0");
  }
}
