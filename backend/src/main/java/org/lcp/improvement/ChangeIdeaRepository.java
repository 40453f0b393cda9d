package org.lcp.improvement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.OrganizationScope;

/** The change ideas of teams. */
@ApplicationScoped
public class ChangeIdeaRepository implements PanacheRepositoryBase<ChangeIdea, UUID> {

  /** The idea, or 404 when it is not one of the collaborative's. */
  ChangeIdea require(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("change idea", id));
  }

  /** The ideas of the teams in scope, newest first; aimed at {@code measureId} when given. */
  PanacheQuery<ChangeIdea> of(UUID collaborativeId, OrganizationScope scope, UUID measureId) {
    var filter = scope.where("organizationId");
    Map<String, Object> params = new HashMap<>(filter.params());
    params.put("c", collaborativeId);
    String q = "collaborativeId = :c and " + filter.jpql();
    if (measureId != null) {
      q += " and array_contains(measureIds, :m)";
      params.put("m", measureId);
    }
    return find(q + " order by createdAt desc, id", params);
  }

  List<ChangeIdea> byIds(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
