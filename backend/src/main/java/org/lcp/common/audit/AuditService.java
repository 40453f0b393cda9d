package org.lcp.common.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lcp.api.model.AuditEventPage;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AuditPolicy;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Reading the audit trail (admins only). */
@ApplicationScoped
public class AuditService {

  /** What the trail may be filtered by. */
  public record Query(
      String entityType,
      UUID entityId,
      String action,
      UUID actor,
      OffsetDateTime from,
      OffsetDateTime to) {}

  private final AuditLog log;
  private final AuditPolicy policy;

  public AuditService(AuditLog log, AuditPolicy policy) {
    this.log = log;
    this.policy = policy;
  }

  @Transactional
  public AuditEventPage list(Actor actor, Query q, Integer page, Integer size) {
    policy.requireReader(actor);
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (q.entityType() != null) {
      where.add("entityType = :entityType");
      params.and("entityType", q.entityType());
    }
    if (q.entityId() != null) {
      where.add("entityId = :entityId");
      params.and("entityId", q.entityId());
    }
    if (q.action() != null) {
      where.add("action = :action");
      params.and("action", q.action());
    }
    if (q.actor() != null) {
      where.add("actorUserId = :actor");
      params.and("actor", q.actor());
    }
    if (q.from() != null) {
      where.add("occurredAt >= :from");
      params.and("from", q.from().toInstant());
    }
    if (q.to() != null) {
      where.add("occurredAt < :to");
      params.and("to", q.to().toInstant());
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where)) + " order by occurredAt desc, id";
    Paging<AuditEvent> result = Paging.of(log.find(query, params), page, size);
    return new AuditEventPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(AuditService::toApi).toList());
  }

  static org.lcp.api.model.AuditEvent toApi(AuditEvent e) {
    return new org.lcp.api.model.AuditEvent()
        .id(e.id)
        .occurredAt(Times.utc(e.occurredAt))
        .actorKind(Enums.map(e.actorKind, org.lcp.api.model.AuditEvent.ActorKindEnum.class))
        .actorUserId(e.actorUserId)
        .actorSubject(e.actorSubject)
        .actorName(e.actorName)
        .action(e.action)
        .entityType(e.entityType)
        .entityId(e.entityId)
        .organizationId(e.organizationId)
        .collaborativeId(e.collaborativeId)
        .before(e.before)
        .after(e.after)
        .reason(e.reason);
  }
}
