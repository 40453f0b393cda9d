package org.lcp.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The first answer to an upload sent with an Idempotency-Key, kept so that a retry with the same
 * key and body gets it again without writing.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

  /** Whose key (the caller's subject and the collaborative), and the key. */
  @Embeddable
  public record Key(String scope, String key) implements Serializable {}

  @EmbeddedId public Key id;

  /** SHA-256 of the body and of the parameters that change the answer. */
  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  /** The status of the first answer (200, or 422 for a refused atomic upload). */
  @Column(nullable = false)
  public int status;

  /** The first answer's import report, as JSON. */
  @Column(nullable = false)
  public String body;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
