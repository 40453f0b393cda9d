package org.lcp.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lcp.common.security.Caller;
import org.lcp.common.security.CurrentCaller;

/**
 * Writes audit events in the transaction of the change they describe, so a change and its record
 * land together or not at all.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEvent, UUID> {

  private final Instance<CurrentCaller> callers;

  public AuditLog(Instance<CurrentCaller> callers) {
    this.callers = callers;
  }

  /** What one change touched: the entity, and the organisation or collaborative it belongs to. */
  public record Subject(
      String entityType, UUID entityId, UUID organizationId, UUID collaborativeId) {
    public static Subject organization(UUID id) {
      return new Subject("organization", id, id, null);
    }

    public static Subject collaborative(UUID id) {
      return new Subject("collaborative", id, null, id);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      String action,
      Subject subject,
      Map<String, Object> before,
      Map<String, Object> after,
      String reason) {
    AuditEvent e = new AuditEvent();
    e.id = UUID.randomUUID();
    e.occurredAt = Instant.now();
    e.action = action;
    e.entityType = subject.entityType();
    e.entityId = subject.entityId();
    e.organizationId = subject.organizationId();
    e.collaborativeId = subject.collaborativeId();
    e.before = before;
    e.after = after;
    e.reason = reason;
    Caller caller = Arc.container().requestContext().isActive() ? currentCaller() : null;
    if (caller == null) {
      e.actorKind = ActorKind.SYSTEM;
      e.actorName = "system";
    } else {
      e.actorKind = caller.isPerson() ? ActorKind.PERSON : ActorKind.MACHINE_CLIENT;
      e.actorUserId = caller.userId();
      e.actorSubject = caller.subject();
      e.actorName = caller.displayName();
    }
    persist(e);
    return e;
  }

  private Caller currentCaller() {
    try {
      return callers.get().get();
    } catch (RuntimeException anonymous) {
      return null; // work done outside a signed-in request, e.g. loading demo data
    }
  }

  /** Only the fields that differ between two snapshots, as a pair of maps (before, after). */
  public static Map<String, Map<String, Object>> diff(
      Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> b = new LinkedHashMap<>();
    Map<String, Object> a = new LinkedHashMap<>();
    for (String key : after.keySet()) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        b.put(key, before.get(key));
        a.put(key, after.get(key));
      }
    }
    Map<String, Map<String, Object>> d = new LinkedHashMap<>();
    d.put("before", b);
    d.put("after", a);
    return d;
  }
}
