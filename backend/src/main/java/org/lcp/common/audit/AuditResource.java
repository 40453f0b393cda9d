package org.lcp.common.audit;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.lcp.api.AuditApi;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Responses;

/** The audit trail, for admins. */
@Authenticated
public class AuditResource implements AuditApi {

  private final Actors actors;
  private final AuditService audit;

  public AuditResource(Actors actors, AuditService audit) {
    this.actors = actors;
    this.audit = audit;
  }

  @Override
  public Response listAuditEvents(
      Integer page,
      Integer size,
      String entityType,
      UUID entityId,
      String action,
      String actionPrefix,
      UUID actor,
      String actorSearch,
      UUID collaborativeId,
      UUID organizationId,
      OffsetDateTime from,
      OffsetDateTime to) {
    return Responses.ok(
        audit.list(
            actors.current(),
            new AuditService.Query(
                entityType,
                entityId,
                action,
                actionPrefix,
                actor,
                actorSearch,
                collaborativeId,
                organizationId,
                from,
                to),
            page,
            size));
  }

  @Override
  public Response exportAuditEvents(
      String entityType,
      UUID entityId,
      String action,
      String actionPrefix,
      UUID actor,
      String actorSearch,
      UUID collaborativeId,
      UUID organizationId,
      OffsetDateTime from,
      OffsetDateTime to) {
    AuditService.Export export =
        audit.export(
            actors.current(),
            new AuditService.Query(
                entityType,
                entityId,
                action,
                actionPrefix,
                actor,
                actorSearch,
                collaborativeId,
                organizationId,
                from,
                to));
    return Response.ok(export.csv(), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"")
        .header("X-Truncated", String.valueOf(export.truncated()))
        .build();
  }
}
