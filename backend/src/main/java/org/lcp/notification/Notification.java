package org.lcp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a person should know about: a decision, an assignment. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String body;

  public String link;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Set when a person is to be told at most once under this key (see {@link Notify}). */
  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "read_at")
  public Instant readAt;

  /** Told in-app now, and by the next digest e-mail (the person's delivery for its topic). */
  @Column(name = "awaiting_digest", nullable = false)
  public boolean awaitingDigest;

  @Column(name = "digested_at")
  public Instant digestedAt;

  /** The digest e-mail that told of it. */
  @Column(name = "digest_outbox_id")
  public UUID digestOutboxId;
}
