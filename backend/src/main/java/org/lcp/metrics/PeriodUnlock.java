package org.lcp.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A locked month reopened for one team of a collaborative until a date, with the reason. */
@Entity
@Table(name = "period_unlock")
public class PeriodUnlock {

  /** Which team's month of which collaborative: the period is the month's first day. */
  @Embeddable
  public record Key(
      @Column(name = "collaborative_id") UUID collaborativeId,
      @Column(name = "organization_id") UUID organizationId,
      LocalDate period)
      implements Serializable {}

  @EmbeddedId public Key id;

  @Column(nullable = false)
  public LocalDate until;

  @Column(nullable = false)
  public String reason;

  @Column(name = "unlocked_by")
  public String unlockedBy;

  @Column(name = "unlocked_at", nullable = false)
  public Instant unlockedAt;

  TeamPeriod teamPeriod() {
    return new TeamPeriod(id.organizationId(), YearMonth.from(id.period()));
  }
}
