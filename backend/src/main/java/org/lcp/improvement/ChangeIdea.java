package org.lcp.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lcp.common.web.Tracked;

/** A change a team tests, aimed at some of the collaborative's measures. */
@Entity
@Table(name = "change_idea")
public class ChangeIdea extends Tracked {

  public enum Status {
    PROPOSED,
    TESTING,
    ADOPTED,
    ABANDONED
  }

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(nullable = false)
  public String title;

  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

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
    m.put("description", description);
    m.put("status", status.toString());
    m.put("measureIds", Arrays.stream(measureIds).map(UUID::toString).toList());
    return m;
  }
}
