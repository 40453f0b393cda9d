package org.lcp.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** A Core Data Set measure of a collaborative, reported monthly by every enrolled team. */
@Entity
@Table(name = "measure")
public class Measure extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(nullable = false)
  public String key;

  @Column(nullable = false)
  public String name;

  public String definition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeasureType type;

  /** For a PROPORTION: what the numerator counts, in words. */
  public String numerator;

  /** For a PROPORTION: what the denominator counts, in words. */
  public String denominator;

  public String unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Direction direction;

  public BigDecimal target;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_type", nullable = false)
  public PeriodType periodType;

  @Column(name = "due_day", nullable = false)
  public int dueDay;

  @Column(name = "lock_after_days", nullable = false)
  public int lockAfterDays;

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("name", name);
    m.put("type", type.toString());
    m.put("numerator", numerator);
    m.put("denominator", denominator);
    m.put("direction", direction.toString());
    m.put("target", target == null ? null : target.toPlainString());
    m.put("dueDay", dueDay);
    m.put("lockAfterDays", lockAfterDays);
    return m;
  }
}
