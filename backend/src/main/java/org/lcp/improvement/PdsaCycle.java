package org.lcp.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lcp.common.web.Tracked;

/**
 * One Plan-Do-Study-Act cycle testing a change idea: what was planned, done and learnt, its dates
 * and what the team decided.
 */
@Entity
@Table(name = "pdsa_cycle")
public class PdsaCycle extends Tracked {

  public enum Outcome {
    ADOPT,
    ADAPT,
    ABANDON
  }

  @Id public UUID id;

  @Column(name = "change_idea_id", nullable = false)
  public UUID changeIdeaId;

  @Column(nullable = false)
  public String title;

  public String plan;

  @Column(name = "do_text")
  public String doText;

  public String study;

  public String act;

  @Column(name = "start_date", nullable = false)
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  /** The measures it watches; none: its idea's. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "measure_ids", nullable = false)
  public UUID[] measureIds;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("plan", plan);
    m.put("do", doText);
    m.put("study", study);
    m.put("act", act);
    m.put("startDate", startDate.toString());
    m.put("endDate", endDate == null ? null : endDate.toString());
    m.put("outcome", outcome == null ? null : outcome.toString());
    m.put("measureIds", Arrays.stream(measureIds).map(UUID::toString).toList());
    return m;
  }
}
