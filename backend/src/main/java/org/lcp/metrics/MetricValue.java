package org.lcp.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reported value (read side; uploads write through set-based SQL in MetricImportService). */
@Entity
@Table(name = "metric_value")
public class MetricValue {

  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "measure_id")
    public UUID measureId;

    @Column(name = "organization_id")
    public UUID organizationId;

    public LocalDate period;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.measureId, measureId)
          && Objects.equals(k.organizationId, organizationId) && Objects.equals(k.period, period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(measureId, organizationId, period);
    }
  }

  @EmbeddedId
  public Key id;

  public BigDecimal value;

  public BigDecimal numerator;

  public BigDecimal denominator;

  public String source;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
