package org.lcp.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lcp.common.security.AppUser;

/** A person assigned as faculty of a collaborative; lead faculty decide and manage. */
@Entity
@Table(name = "faculty_assignment")
public class FacultyAssignment {

  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "collaborative_id")
    public UUID collaborativeId;

    @Column(name = "user_id")
    public UUID userId;

    public Key() {}

    public Key(UUID collaborativeId, UUID userId) {
      this.collaborativeId = collaborativeId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.collaborativeId, collaborativeId)
          && Objects.equals(k.userId, userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(collaborativeId, userId);
    }
  }

  @EmbeddedId public Key key;

  @MapsId("userId")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  public AppUser user;

  public boolean lead;

  @Column(name = "assigned_at", nullable = false)
  public Instant assignedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;
}
