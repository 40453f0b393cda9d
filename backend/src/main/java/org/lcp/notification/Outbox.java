package org.lcp.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.api.model.FailedMail;
import org.lcp.api.model.FailedMailPage;
import org.lcp.common.security.Actor;
import org.lcp.common.security.NotificationPolicy;
import org.lcp.common.tx.AfterCommit;
import org.lcp.common.web.Paging;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Times;

/**
 * The mail outbox. An e-mail is written as a row in the transaction of the change that caused it (a
 * change that rolls back leaves none), and sent once that transaction has committed, on a worker
 * thread: never inside the transaction, never holding up the request. A failed send is tried again
 * by {@link NotificationJobs#retryMail()} after a pause that doubles each time ({@code
 * lcp.mail.retry-first} up to {@code lcp.mail.retry-max}); after {@code lcp.mail.max-attempts} the
 * row is FAILED and admins see it ({@code GET /api/mail-outbox/failed}).
 *
 * <p>No SMTP conversation happens inside a database transaction. A send is three steps:
 *
 * <ol>
 *   <li>a short transaction claims the row ({@code for update skip locked}, so two workers never
 *       claim it at once), counts the attempt and leases the row: its next attempt is moved to now
 *       plus {@code lcp.mail.lease}, so no worker finds it due while it is being sent; it commits;
 *   <li>the mail is sent, no transaction open and no row locked; the mailer gives up after its
 *       {@code quarkus.mailer.timeout}, which the lease must exceed (checked at start);
 *   <li>a second short transaction records SENT, or the error and the next attempt (FAILED after
 *       the last), only if the row is still pending under this attempt's lease (its attempts count
 *       unchanged).
 * </ol>
 *
 * <p>So two workers (this replica's after-commit send, another replica's retry job) never send one
 * row twice in normal operation, and a row whose outcome is committed is never sent again. A row is
 * sent twice only when its outcome could not be recorded after the SMTP server accepted it: a crash
 * (or a failing database) between acceptance and the second commit, after which the lease runs out
 * and the retry job sends it again; or a send our side gave up on at the timeout that the server
 * still accepted, which counts as failed and is retried. A crash during a send costs a pause of one
 * lease and counts as an attempt.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class);
  static final int BATCH = 200;

  private final OutboxRepository rows;
  private final NotificationPolicy policy;
  private final Mailer mailer;
  private final AfterCommit afterCommit;
  private final Vertx vertx;
  private final PublicUrl urls;
  private final int maxAttempts;
  private final Duration retryFirst;
  private final Duration retryMax;
  private final Duration leaseTime;

  public Outbox(
      OutboxRepository rows,
      NotificationPolicy policy,
      Mailer mailer,
      AfterCommit afterCommit,
      Vertx vertx,
      PublicUrl urls,
      @ConfigProperty(name = "lcp.mail.max-attempts") int maxAttempts,
      @ConfigProperty(name = "lcp.mail.retry-first") Duration retryFirst,
      @ConfigProperty(name = "lcp.mail.retry-max") Duration retryMax,
      @ConfigProperty(name = "lcp.mail.lease") Duration leaseTime,
      @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "60S")
          Duration mailerTimeout) {
    this.rows = rows;
    this.policy = policy;
    this.mailer = mailer;
    this.afterCommit = afterCommit;
    this.vertx = vertx;
    this.urls = urls;
    this.maxAttempts = maxAttempts;
    this.retryFirst = retryFirst;
    this.retryMax = retryMax;
    this.leaseTime = leaseTime;
    if (leaseTime.compareTo(mailerTimeout.plusSeconds(30)) < 0) {
      throw new IllegalStateException(
          "lcp.mail.lease ("
              + leaseTime
              + ") must exceed the mailer's timeout ("
              + mailerTimeout
              + ") by at least 30 s: a row whose send is still waiting would be sent again");
    }
  }

  /** Built at start, so that a lease shorter than the mailer's timeout stops the start. */
  void onStart(@Observes StartupEvent event) {
    LOG.debugf("outbox: lease %s", leaseTime);
  }

  /** What to write: one e-mail to one person. */
  record Letter(
      UUID userId,
      String recipient,
      List<String> topics,
      MailComposer.Rendered mail,
      UUID notificationId,
      String dedupKey,
      List<Notify.Attachment> attachments) {}

  /** The one-click unsubscribe address of a token (List-Unsubscribe, RFC 8058). */
  String unsubscribeApi(String token) {
    return urls.of("api", "unsubscribe", token).toString();
  }

  /**
   * Writes the e-mail in the caller's transaction and sends it once that commits (nothing is sent
   * when it rolls back: the row is gone with it).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  UUID write(Letter letter, String unsubscribeToken, Instant now) {
    OutboxMail m = new OutboxMail();
    m.id = UUID.randomUUID();
    m.userId = letter.userId();
    m.recipient = letter.recipient();
    m.topic = String.join(",", letter.topics());
    m.subject = truncate(letter.mail().subject(), 300);
    m.textBody = letter.mail().text();
    m.htmlBody = letter.mail().html();
    m.unsubscribeUrl = unsubscribeToken == null ? null : unsubscribeApi(unsubscribeToken);
    m.status = OutboxMail.Status.PENDING;
    m.attempts = 0;
    m.nextAttemptAt = now;
    m.createdAt = now;
    m.notificationId = letter.notificationId();
    m.dedupKey = letter.dedupKey();
    rows.persist(m);
    int position = 0;
    for (Notify.Attachment a : letter.attachments()) {
      OutboxAttachment row = new OutboxAttachment();
      row.id = UUID.randomUUID();
      row.outboxId = m.id;
      row.position = position++;
      row.name = a.name();
      row.contentType = a.contentType();
      row.content = a.content();
      rows.persistAttachment(row);
    }
    return m.id;
  }

  /**
   * After the current transaction commits, sends these rows (written at {@code writtenAt}) on a
   * worker thread.
   */
  void sendAfterCommit(List<UUID> ids, Instant writtenAt) {
    if (ids.isEmpty()) {
      return;
    }
    afterCommit.run(
        () ->
            vertx
                .executeBlocking(
                    () -> {
                      Instant now = Instant.now();
                      if (now.isBefore(writtenAt)) {
                        now = writtenAt; // a job run for an instant ahead of the clock (tests)
                      }
                      for (UUID id : ids) {
                        deliverNext(mailer, now, id);
                      }
                      return null;
                    },
                    false)
                .onFailure(e -> LOG.warnf(e, "could not send %d e-mails now", ids.size())));
  }

  /**
   * Sends every e-mail due at {@code now} through the configured mailer (the retry job); returns
   * how many it tried.
   */
  public int deliverDue(Instant now) {
    return deliverDue(mailer, now);
  }

  /** The same through the mailer given (tests send to a real or a dead SMTP server). */
  int deliverDue(Mailer through, Instant now) {
    int tried = 0;
    while (tried < BATCH && deliverNext(through, now, null)) {
      tried++;
    }
    return tried;
  }

  /** A row leased for one send: what to send, and the attempt that holds the lease. */
  private record Lease(UUID id, int attempt, String recipient, Mail mail) {}

  /**
   * Claims one due e-mail (or the one given, when still pending), leases it, sends it outside any
   * transaction and records the outcome if the lease is still this attempt's; false when there was
   * none to claim. Must not be called inside a transaction: the send would hold it open.
   */
  boolean deliverNext(Mailer through, Instant now, UUID only) {
    if (QuarkusTransaction.isActive()) {
      throw new IllegalStateException("an e-mail is never sent inside a database transaction");
    }
    Lease lease = QuarkusTransaction.requiringNew().call(() -> lease(only, now));
    if (lease == null) {
      return false;
    }
    String error = null;
    try {
      through.send(lease.mail());
    } catch (RuntimeException e) {
      error = truncate(describe(e), 1000);
    }
    String failure = error;
    QuarkusTransaction.requiringNew().run(() -> record(lease, failure, now));
    return true;
  }

  /**
   * The first short transaction: claims the row ({@code for update skip locked}), counts the
   * attempt and moves its next attempt past the lease, so that no other worker claims it while it
   * is being sent; reads what to send.
   */
  private Lease lease(UUID only, Instant now) {
    OutboxMail m = rows.claim(only, now);
    if (m == null) {
      return null;
    }
    m.attempts++;
    Instant clock = Instant.now();
    m.nextAttemptAt = (clock.isAfter(now) ? clock : now).plus(leaseTime);
    return new Lease(m.id, m.attempts, m.recipient, toMail(m));
  }

  /**
   * The second short transaction: SENT, or the failure and the next attempt (FAILED after the
   * last), written only while the row is still pending under this attempt's lease. A lease that ran
   * out (the send took longer than {@code lcp.mail.lease}) may have been claimed again: that
   * attempt records its own outcome, and this one's is only logged.
   */
  private void record(Lease lease, String error, Instant now) {
    OutboxMail m = rows.leased(lease.id(), lease.attempt());
    if (m == null) {
      LOG.warnf(
          "e-mail %s to %s: attempt %d no longer holds the row (its lease of %s ran out and"
              + " another attempt claimed it, or it was settled), outcome not recorded: %s",
          lease.id(),
          lease.recipient(),
          lease.attempt(),
          leaseTime,
          error == null ? "sent" : error);
      return;
    }
    if (error == null) {
      m.status = OutboxMail.Status.SENT;
      m.sentAt = Instant.now();
      m.lastError = null;
      return;
    }
    m.lastError = error;
    if (m.attempts >= maxAttempts) {
      m.status = OutboxMail.Status.FAILED;
      LOG.warnf(
          "gave up e-mail %s to %s after %d attempts: %s",
          m.id, m.recipient, m.attempts, m.lastError);
    } else {
      m.nextAttemptAt = now.plus(backoff(m.attempts));
      LOG.infof(
          "e-mail %s not sent (attempt %d), next at %s: %s",
          m.id, m.attempts, m.nextAttemptAt, m.lastError);
    }
  }

  /** The pause after the n-th failed attempt: retry-first, doubled each time, at most retry-max. */
  Duration backoff(int attempts) {
    Duration d = retryFirst;
    for (int i = 1; i < attempts && d.compareTo(retryMax) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(retryMax) > 0 ? retryMax : d;
  }

  private Mail toMail(OutboxMail m) {
    Mail mail = Mail.withText(m.recipient, m.subject, m.textBody).setHtml(m.htmlBody);
    if (m.unsubscribeUrl != null) {
      mail.addHeader("List-Unsubscribe", "<" + m.unsubscribeUrl + ">");
      mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    for (OutboxAttachment a : rows.attachments(m.id)) {
      mail.addAttachment(a.name, a.content, a.contentType);
    }
    return mail;
  }

  /** Admins: the e-mails given up, newest first. */
  @Transactional
  public FailedMailPage failed(Actor actor, Integer page, Integer size) {
    policy.requireOutboxReader(actor);
    Paging<OutboxMail> result = Paging.of(rows.failed(), page, size);
    return new FailedMailPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(
            result.items().stream()
                .map(
                    m ->
                        new FailedMail()
                            .id(m.id)
                            .recipient(m.recipient)
                            .subject(m.subject)
                            .topic(m.topic)
                            .attempts(m.attempts)
                            .lastError(m.lastError)
                            .createdAt(Times.utc(m.createdAt)))
                .toList());
  }

  private static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 1000; t = t.getCause()) {
      if (!b.isEmpty()) {
        b.append(": ");
      }
      b.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    return b.toString();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
