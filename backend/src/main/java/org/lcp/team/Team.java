package org.lcp.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.TeamRef;

/** An organisation enrolled in a collaborative (from its accepted application). */
@Entity
@Table(name = "team")
public class Team {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "application_id")
  public UUID applicationId;

  @Column(name = "enrolled_at", nullable = false)
  public Instant enrolledAt;

  /** What the policies look at, with the collaborative the team belongs to. */
  public TeamRef ref(CollaborativeRef collaborative) {
    return new TeamRef(id, organizationId, collaborative);
  }

  /** A person on a team's roster between two dates (the end open while they stay). */
  @Entity
  @Table(name = "roster_member")
  public static class RosterMember extends TeamPerson {
    @Id public UUID id;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public boolean currentOn(LocalDate day) {
      return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
  }
}
