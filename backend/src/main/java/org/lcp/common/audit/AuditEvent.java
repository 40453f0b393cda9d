package org.lcp.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One state change: who, when, what, and the changed fields before and after. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id public UUID id;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(name = "actor_kind", nullable = false)
  @Enumerated(EnumType.STRING)
  public ActorKind actorKind;

  @Column(name = "actor_user_id")
  public UUID actorUserId;

  @Column(name = "actor_subject")
  public String actorSubject;

  @Column(name = "actor_name")
  public String actorName;

  @Column(nullable = false)
  public String action;

  @Column(name = "entity_type", nullable = false)
  public String entityType;

  @Column(name = "entity_id")
  public UUID entityId;

  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "collaborative_id")
  public UUID collaborativeId;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> before;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> after;

  public String reason;
}
