package org.lcp.common.web;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** When a row was created and last changed, and its version: the resource's ETag. */
@MappedSuperclass
public abstract class Tracked {

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;

  /** Stamps a new row. */
  public void created(Instant now) {
    createdAt = now;
    updatedAt = now;
  }
}
