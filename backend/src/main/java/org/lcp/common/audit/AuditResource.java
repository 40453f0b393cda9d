package org.lcp.common.audit;

import java.time.OffsetDateTime;
import org.lcp.common.web.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.lcp.api.AuditApi;
import org.lcp.api.model.AuditEventPage;
import org.lcp.common.security.Access;
import org.lcp.common.web.Paging;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.Authenticated;

/** The audit trail, for admins. */
@Authenticated
public class AuditResource implements AuditApi {

  private final Access access;
  private final AuditLog log;

  public AuditResource(Access access, AuditLog log) {
    this.access = access;
    this.log = log;
  }

  @Override
  public Response listAuditEvents(Integer page, Integer size, String entityType, UUID entityId, String action,
      UUID actor, OffsetDateTime from, OffsetDateTime to) {
    access.requireAdmin();
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (entityType != null) {
      where.add("entityType = :entityType");
      params.and("entityType", entityType);
    }
    if (entityId != null) {
      where.add("entityId = :entityId");
      params.and("entityId", entityId);
    }
    if (action != null) {
      where.add("action = :action");
      params.and("action", action);
    }
    if (actor != null) {
      where.add("actorUserId = :actor");
      params.and("actor", actor);
    }
    if (from != null) {
      where.add("occurredAt >= :from");
      params.and("from", from.toInstant());
    }
    if (to != null) {
      where.add("occurredAt < :to");
      params.and("to", to.toInstant());
    }
    String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by occurredAt desc, id";
    Paging<AuditEvent> result = Paging.of(log.find(query, params), page, size);
    AuditEventPage body = new AuditEventPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(AuditResource::toApi).toList());
    return Response.ok(body).build();
  }

  static org.lcp.api.model.AuditEvent toApi(AuditEvent e) {
    return new org.lcp.api.model.AuditEvent()
        .id(e.id)
        .occurredAt(Times.utc(e.occurredAt))
        .actorKind(org.lcp.api.model.AuditEvent.ActorKindEnum.fromValue(e.actorKind))
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
