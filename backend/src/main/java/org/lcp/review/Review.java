package org.lcp.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One faculty reviewer's review of one application. Never shown to applicants. */
@Entity
@Table(name = "review")
public class Review {

  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "reviewer_id")
    public UUID reviewerId;

    public Key() {}

    public Key(UUID applicationId, UUID reviewerId) {
      this.applicationId = applicationId;
      this.reviewerId = reviewerId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.applicationId, applicationId)
          && Objects.equals(k.reviewerId, reviewerId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, reviewerId);
    }
  }

  @EmbeddedId public Key id;

  @MapsId("reviewerId")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "reviewer_id")
  public AppUser reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReviewStatus status;

  @Column(name = "score_readiness")
  public Integer scoreReadiness;

  @Column(name = "score_commitment")
  public Integer scoreCommitment;

  @Column(name = "score_core_team")
  public Integer scoreCoreTeam;

  @Column(name = "score_attendance")
  public Integer scoreAttendance;

  public String comment;

  @Enumerated(EnumType.STRING)
  public Recommendation recommendation;

  @Column(name = "recusal_reason")
  public String recusalReason;

  @Column(name = "assigned_at", nullable = false)
  public Instant assignedAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Version public int version;

  public boolean counts() {
    return status == ReviewStatus.SUBMITTED;
  }

  public Integer total() {
    return scoreReadiness == null
        ? null
        : scoreReadiness + scoreCommitment + scoreCoreTeam + scoreAttendance;
  }
}
