package org.lcp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.lcp.team.TeamPerson;
import org.lcp.team.TeamRole;

/** The rows an application's sections and history are made of. */
public final class ApplicationParts {

  private ApplicationParts() {}

  /** A readiness item of a collaborative. */
  @Entity
  @Table(name = "readiness_item")
  public static class ReadinessItem {
    @EmbeddedId public ItemKey id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    public String help;
  }

  @Embeddable
  public record ItemKey(
      @Column(name = "collaborative_id") UUID collaborativeId, @Column(name = "key") String key)
      implements Serializable {}

  /** One rating of the readiness section. */
  @Entity
  @Table(name = "readiness_rating")
  public static class ReadinessRating {
    @EmbeddedId public RatingKey id;

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
  public record RatingKey(
      @Column(name = "application_id") UUID applicationId,
      @Column(name = "item_key") String itemKey)
      implements Serializable {}

  /** One member of the core team section. */
  @Entity
  @Table(name = "core_team_member")
  public static class CoreTeamMember extends TeamPerson {
    @Id public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    public int position;

    /** The member of the organisation this person is (null when removed since, or older rows). */
    @Column(name = "member_id")
    public UUID memberId;

    static CoreTeamMember of(
        UUID applicationId,
        int position,
        UUID memberId,
        TeamRole role,
        String name,
        String email,
        String title,
        BigDecimal fte) {
      CoreTeamMember m = new CoreTeamMember();
      m.id = UUID.randomUUID();
      m.applicationId = applicationId;
      m.position = position;
      m.memberId = memberId;
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
    @EmbeddedId public CommitmentKey id;

    public boolean commits;

    public String conflicts;

    static SessionCommitment of(
        UUID applicationId, UUID learningSessionId, boolean commits, String conflicts) {
      SessionCommitment c = new SessionCommitment();
      c.id = new CommitmentKey(applicationId, learningSessionId);
      c.commits = commits;
      c.conflicts = conflicts;
      return c;
    }
  }

  @Embeddable
  public record CommitmentKey(
      @Column(name = "application_id") UUID applicationId,
      @Column(name = "learning_session_id") UUID learningSessionId)
      implements Serializable {}

  /** The application's status history. */
  @Entity
  @Table(name = "application_status_change")
  public static class StatusChange {
    @Id public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public Instant at;
  }
}
