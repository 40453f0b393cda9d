package org.lcp.common.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person known to the platform: either signed in once (subject set) or named by e-mail in an
 * invitation or a faculty assignment and recognised at first sign-in.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id public UUID id;

  @Column(unique = true)
  public String subject;

  public String email;

  public String name;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  public boolean hasSignedIn() {
    return subject != null;
  }
}
