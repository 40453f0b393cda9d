package org.lcp.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** A note at one month of a team's chart of one measure. */
@Entity
@Table(name = "chart_annotation")
public class ChartAnnotation extends Tracked {

  public enum Kind {
    NOTE,
    CHANGE,
    EVENT
  }

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "measure_id", nullable = false)
  public UUID measureId;

  /** The first day of the month annotated. */
  @Column(nullable = false)
  public LocalDate period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(nullable = false)
  public String text;

  @Column(name = "change_idea_id")
  public UUID changeIdeaId;

  @Column(name = "pdsa_cycle_id")
  public UUID pdsaCycleId;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measureId", measureId.toString());
    m.put("period", YearMonth.from(period).toString());
    m.put("kind", kind.toString());
    m.put("text", text);
    m.put("changeIdeaId", changeIdeaId == null ? null : changeIdeaId.toString());
    m.put("pdsaCycleId", pdsaCycleId == null ? null : pdsaCycleId.toString());
    return m;
  }
}
