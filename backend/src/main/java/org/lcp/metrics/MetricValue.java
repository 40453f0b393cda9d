package org.lcp.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reported value: one per measure, organisation and month. Read through this entity; uploads
 * write it (and its revision) set-based, in {@link MetricValueRepository#stage}.
 */
@Entity
@Table(name = "metric_value")
public class MetricValue {

  /** A value's identity: its measure, organisation and month (first day). */
  @Embeddable
  public record Key(
      @Column(name = "measure_id") UUID measureId,
      @Column(name = "organization_id") UUID organizationId,
      LocalDate period)
      implements Serializable {}

  @EmbeddedId public Key id;

  public BigDecimal value;

  public BigDecimal numerator;

  public BigDecimal denominator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ValueSource source;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
