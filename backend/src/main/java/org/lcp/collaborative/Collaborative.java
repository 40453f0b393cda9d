package org.lcp.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.web.Tracked;

/** A collaborative: teams from several organisations adopting one practice over months. */
@Entity
@Table(name = "collaborative")
public class Collaborative extends Tracked {

  @Id public UUID id;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String practice;

  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CollaborativeKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Phase phase;

  @Column(name = "applications_open_at")
  public Instant applicationsOpenAt;

  @Column(name = "applications_close_at")
  public Instant applicationsCloseAt;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  public Integer capacity;

  @Column(name = "min_clinicians", nullable = false)
  public int minClinicians;

  @Column(name = "created_by")
  public UUID createdBy;

  public boolean isDraft() {
    return phase == Phase.DRAFT;
  }

  public boolean isClosed() {
    return phase == Phase.CLOSED;
  }

  /** What the policies need to know of it. */
  public CollaborativeRef ref() {
    return new CollaborativeRef(id, isDraft(), isClosed());
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("practice", practice);
    m.put("description", description);
    m.put("kind", kind.toString());
    m.put("phase", phase.toString());
    m.put("applicationsOpenAt", applicationsOpenAt == null ? null : applicationsOpenAt.toString());
    m.put(
        "applicationsCloseAt", applicationsCloseAt == null ? null : applicationsCloseAt.toString());
    m.put("startDate", startDate == null ? null : startDate.toString());
    m.put("endDate", endDate == null ? null : endDate.toString());
    m.put("capacity", capacity);
    m.put("minClinicians", minClinicians);
    return m;
  }
}
