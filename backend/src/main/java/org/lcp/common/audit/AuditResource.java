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
      UUID actor,
      OffsetDateTime from,
      OffsetDateTime to) {
    return Responses.ok(
        audit.list(
            actors.current(),
            new AuditService.Query(entityType, entityId, action, actor, from, to),
            page,
            size));
  }
}
