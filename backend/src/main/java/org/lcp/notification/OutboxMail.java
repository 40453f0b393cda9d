package org.lcp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail to send: written in the transaction of the change that caused it, sent after commit,
 * retried with backoff when the SMTP server fails, given up (FAILED) after the last attempt.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false)
  public String recipient;

  @Column(nullable = false)
  public String topic;

  @Column(nullable = false)
  public String subject;

  @Column(name = "text_body", nullable = false)
  public String textBody;

  @Column(name = "html_body", nullable = false)
  public String htmlBody;

  @Column(name = "unsubscribe_url")
  public String unsubscribeUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(nullable = false)
  public int attempts;

  /** When it is next due; while an attempt is sending it, the end of that attempt's lease. */
  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "notification_id")
  public UUID notificationId;

  @Column(name = "dedup_key")
  public String dedupKey;
}
