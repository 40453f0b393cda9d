package org.lcp.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's calendar link: the nonce its secret token is derived from (with the server's link key)
 * and the SHA-256 of that token, by which a feed request finds it.
 */
@Entity
@Table(name = "calendar_feed_token")
public class CalendarFeedToken {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  /** Null for a link made before links could be shown again. */
  public String nonce;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;
}
