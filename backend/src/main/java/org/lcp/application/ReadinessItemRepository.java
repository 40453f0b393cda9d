package org.lcp.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.lcp.application.ApplicationParts.ItemKey;
import org.lcp.application.ApplicationParts.ReadinessItem;

/** A collaborative's readiness items, in their order. */
@ApplicationScoped
public class ReadinessItemRepository implements PanacheRepositoryBase<ReadinessItem, ItemKey> {

  public List<ReadinessItem> ofCollaborative(UUID collaborativeId) {
    return list("id.collaborativeId = ?1 order by position", collaborativeId);
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
