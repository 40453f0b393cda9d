package org.lcp.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** Faculty feedback on a team's chart of a measure: one month of it, or the whole chart. */
@Entity
@Table(name = "chart_comment")
public class ChartComment extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "measure_id", nullable = false)
  public UUID measureId;

  /** The first day of the month commented on; null: the whole chart. */
  public LocalDate period;

  @Column(nullable = false)
  public String body;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;
}
