package org.lcp.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lcp.team.TeamRole;

/** The rows an application's sections and history are made of. */
public final class ApplicationParts {

  private ApplicationParts() {
  }

  /** A readiness item of a collaborative. */
  @Entity
  @Table(name = "readiness_item")
  public static class ReadinessItem {
    @EmbeddedId
    public ItemKey id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    public String help;
  }

  @Embeddable
  public static class ItemKey implements Serializable {
    @Column(name = "collaborative_id")
    public UUID collaborativeId;

    @Column(name = "key")
    public String key;

    public ItemKey() {
    }

    public ItemKey(UUID collaborativeId, String key) {
      this.collaborativeId = collaborativeId;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ItemKey k && Objects.equals(k.collaborativeId, collaborativeId) && Objects.equals(k.key, key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(collaborativeId, key);
    }
  }

  /** One rating of the readiness section. */
  @Entity
  @Table(name = "readiness_rating")
  public static class ReadinessRating {
    @EmbeddedId
    public RatingKey id;

    public int rating;

    public String comment;

    static ReadinessRating of(UUID applicationId, String itemKey, int rating, String comment) {
      ReadinessRating r = new ReadinessRating();
      r.id = new RatingKey(applicationId, itemKey);
      r.rating = rating;
      r.comment = comment;
      return r;
    }
  }

  @Embeddable
  public static class RatingKey implements Serializable {
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "item_key")
    public String itemKey;

    public RatingKey() {
    }

    public RatingKey(UUID applicationId, String itemKey) {
      this.applicationId = applicationId;
      this.itemKey = itemKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RatingKey k && Objects.equals(k.applicationId, applicationId)
          && Objects.equals(k.itemKey, itemKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, itemKey);
    }
  }

  /** One member of the core team section. */
  @Entity
  @Table(name = "core_team_member")
  public static class CoreTeamMember {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String title;

    public BigDecimal fte;

    static CoreTeamMember of(UUID applicationId, int position, TeamRole role, String name, String email,
        String title, BigDecimal fte) {
      CoreTeamMember m = new CoreTeamMember();
      m.id = UUID.randomUUID();
      m.applicationId = applicationId;
      m.position = position;
      m.role = role;
      m.name = name;
      m.email = email;
      m.title = title;
      m.fte = fte;
      return m;
    }
  }

  /** The team's commitment to attend one learning session. */
  @Entity
  @Table(name = "session_commitment")
  public static class SessionCommitment {
    @EmbeddedId
    public CommitmentKey id;

    public boolean commits;

    public String conflicts;

    static SessionCommitment of(UUID applicationId, UUID learningSessionId, boolean commits, String conflicts) {
      SessionCommitment c = new SessionCommitment();
      c.id = new CommitmentKey(applicationId, learningSessionId);
      c.commits = commits;
      c.conflicts = conflicts;
      return c;
    }
  }

  @Embeddable
  public static class CommitmentKey implements Serializable {
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "learning_session_id")
    public UUID learningSessionId;

    public CommitmentKey() {
    }

    public CommitmentKey(UUID applicationId, UUID learningSessionId) {
      this.applicationId = applicationId;
      this.learningSessionId = learningSessionId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CommitmentKey k && Objects.equals(k.applicationId, applicationId)
          && Objects.equals(k.learningSessionId, learningSessionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, learningSessionId);
    }
  }

  /** The application's status history. */
  @Entity
  @Table(name = "application_status_change")
  public static class StatusChange {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public Instant at;
  }
}
