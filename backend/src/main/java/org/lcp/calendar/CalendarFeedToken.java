package org.lcp.calendar;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's calendar link: only the SHA-256 of its secret token is kept. */
@Entity
@Table(name = "calendar_feed_token")
public class CalendarFeedToken {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;
}
