package org.lcp.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lcp.common.security.Caller;
import org.lcp.common.security.CurrentCaller;
import org.lcp.common.web.Search;

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

  /**
   * The ids of the people whose name or e-mail matches the LIKE pattern (see {@link
   * org.lcp.common.web.Search#containsPattern}), at most {@code max}.
   */
  public List<UUID> peopleMatching(String pattern, int max) {
    return getEntityManager()
        .createQuery(
            "select u.id from AppUser u where "
                + Search.like("u.name", "who")
                + " or "
                + Search.like("u.email", "who"),
            UUID.class)
        .setParameter("who", pattern)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The names recorded for changes without a person (data systems, "system") that match the LIKE
   * pattern, at most {@code max}. They are few and repeat on many events: each distinct name is one
   * probe of audit_event_unattributed_idx (a loose index scan), not a read of every event.
   */
  @SuppressWarnings("unchecked")
  public List<String> unattributedNamesMatching(String pattern, int max) {
    return getEntityManager()
        .createNativeQuery(
            "with recursive names(name) as ("
                + " select min(actor_name) from audit_event where actor_user_id is null"
                + " union all"
                + " select (select min(e.actor_name) from audit_event e"
                + "   where e.actor_user_id is null and e.actor_name > names.name)"
                + " from names where names.name is not null)"
                + " select name from names where name is not null and "
                + Search.like("name", "who")
                + " limit :max",
            String.class)
        .setParameter("who", pattern)
        .setParameter("max", max)
        .getResultList();
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
