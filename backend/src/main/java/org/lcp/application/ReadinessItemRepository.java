package org.lcp.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.application.ApplicationParts.ItemKey;
import org.lcp.application.ApplicationParts.ReadinessItem;

/** A collaborative's readiness items, in their order. */
@ApplicationScoped
public class ReadinessItemRepository implements PanacheRepositoryBase<ReadinessItem, ItemKey> {

  public List<ReadinessItem> ofCollaborative(UUID collaborativeId) {
    return list("id.collaborativeId = ?1 order by position", collaborativeId);
  }

  /**
   * How many applications to the collaborative rated each of these items (one query; only items
   * rated at least once appear).
   */
  public Map<String, Long> ratedBy(UUID collaborativeId, Collection<String> keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return counts;
    }
    getEntityManager()
        .createQuery(
            "select r.id.itemKey, count(r) from ApplicationParts$ReadinessRating r, Application a "
                + "where a.id = r.id.applicationId and a.collaborativeId = :c "
                + "and r.id.itemKey in :keys group by r.id.itemKey order by r.id.itemKey",
            Object[].class)
        .setParameter("c", collaborativeId)
        .setParameter("keys", keys)
        .getResultList()
        .forEach(r -> counts.put((String) r[0], (Long) r[1]));
    return counts;
  }

  /** Gives a new collaborative the default items. */
  public void copyDefaults(UUID collaborativeId) {
    // native: a set-based copy from default_readiness_item, which has no entity
    getEntityManager()
        .createNativeQuery(
            "insert into readiness_item (collaborative_id, position, key, text, help) "
                + "select ?1, position, key, text, help from default_readiness_item")
        .setParameter(1, collaborativeId)
        .executeUpdate();
  }

  /** Replaces the collaborative's items with these (already loaded ones are left to the caller). */
  public void replace(
      UUID collaborativeId, List<ReadinessItem> current, List<ReadinessItem> items) {
    current.forEach(
        getEntityManager()::detach); // the bulk delete below does not touch the persistence context
    delete("id.collaborativeId", collaborativeId);
    persist(items);
    flush();
  }
}
