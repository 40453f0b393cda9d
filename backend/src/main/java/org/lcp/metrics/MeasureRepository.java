package org.lcp.metrics;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/** The measures of collaboratives. */
@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

  /** The collaborative's measures, by key. */
  public PanacheQuery<Measure> ofCollaborative(UUID collaborativeId) {
    return find("collaborativeId = ?1 order by key, id", collaborativeId);
  }

  public List<Measure> all(UUID collaborativeId) {
    return ofCollaborative(collaborativeId).list();
  }

  /** The measures of several collaboratives, in one query. */
  List<Measure> ofCollaboratives(java.util.Collection<UUID> collaborativeIds) {
    return collaborativeIds.isEmpty()
        ? List.of()
        : list("collaborativeId in ?1 order by key, id", collaborativeIds);
  }

  /** The measure, or 404 when it is not one of the collaborative's. */
  public Measure require(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("measure", id));
  }

  /** Whether another measure of the collaborative has this key. */
  boolean keyTaken(UUID collaborativeId, String key, UUID self) {
    return self == null
        ? count("collaborativeId = ?1 and key = ?2", collaborativeId, key) > 0
        : count("collaborativeId = ?1 and key = ?2 and id <> ?3", collaborativeId, key, self) > 0;
  }
}
