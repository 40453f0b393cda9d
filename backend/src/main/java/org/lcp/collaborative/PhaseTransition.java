package org.lcp.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of a collaborative from one phase to another; the timeline of its phases. */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_phase")
  public Phase fromPhase;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_phase", nullable = false)
  public Phase toPhase;

  public boolean reopen;

  public String reason;

  @Column(name = "actor_user_id")
  public UUID actorUserId;

  @Column(name = "actor_name")
  public String actorName;

  @Column(nullable = false)
  public Instant at;
}
