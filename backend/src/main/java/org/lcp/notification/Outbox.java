package org.lcp.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
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
 * <p>Each send claims its row with {@code for update skip locked} and records the outcome in the
 * same transaction, so two workers (this replica's after-commit send, another replica's retry job)
 * never send one row twice; a row whose outcome is committed is never sent again. Only a crash in
 * the instant between the SMTP server's acceptance and the commit can send a row twice.
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

  public Outbox(
      OutboxRepository rows,
      NotificationPolicy policy,
      Mailer mailer,
      AfterCommit afterCommit,
      Vertx vertx,
      PublicUrl urls,
      @ConfigProperty(name = "lcp.mail.max-attempts") int maxAttempts,
      @ConfigProperty(name = "lcp.mail.retry-first") Duration retryFirst,
      @ConfigProperty(name = "lcp.mail.retry-max") Duration retryMax) {
    this.rows = rows;
    this.policy = policy;
    this.mailer = mailer;
    this.afterCommit = afterCommit;
    this.vertx = vertx;
    this.urls = urls;
    this.maxAttempts = maxAttempts;
    this.retryFirst = retryFirst;
    this.retryMax = retryMax;
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

  /**
   * Claims one due e-mail (or the one given, when still pending), sends it and records the outcome,
   * in one transaction of its own; false when there was none to claim.
   */
  boolean deliverNext(Mailer through, Instant now, UUID only) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OutboxMail m = rows.claim(only, now);
              if (m == null) {
                return false;
              }
              m.attempts++;
              try {
                through.send(toMail(m));
                m.status = OutboxMail.Status.SENT;
                m.sentAt = Instant.now();
                m.lastError = null;
              } catch (RuntimeException e) {
                m.lastError = truncate(describe(e), 1000);
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
              return true;
            });
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
